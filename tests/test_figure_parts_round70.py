"""Round 70: a bare count after "Of the injured," is a part of that toll, told by what is said of it.

"Of the 87 injured, 31 were in serious condition" gave 31 the label "people injured", as if it were the toll; "Of the
dead, 11 were women" gave "people women". The part keeps what the sentence says of it, or no label; its own death
("two later died") is still a casualty. Invented sentences.
"""

from __future__ import annotations

from tests.helpers import label_of_value


def test_a_part_of_the_injured_is_not_the_injured_toll() -> None:
    labels = label_of_value("Of the 87 injured, 31 were in serious condition on Sunday, officials said.")
    assert labels["87 people"] == "people injured"
    assert labels["31 people"] == "people in serious condition"


def test_a_part_told_by_a_noun_is_no_state() -> None:
    labels = label_of_value("Of the dead, 11 were women, officials said.")
    assert labels.get("11 people") != "people women"
    assert "people women" not in labels.values()


def test_a_state_word_after_a_count_is_still_read() -> None:
    assert label_of_value("Two victims remain hospitalized.")["2 people"] == "victims hospitalized"
