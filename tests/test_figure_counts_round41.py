"""Round 41: a count's measure keeps what tells it from another number of the story.

A partitive's part takes the verb and its whole is the total ("37 of the ship's 1,210 crew members were
sickened"); an aside of ages after the counted noun does not hide the verb said of it; a passive says what it counts
them "as"; an active verb keeps its object phrase. Invented sentences; each shows the label a reader sees.
"""

from __future__ import annotations

import datetime as dt

from briefing.figures import extract_figures
from briefing.models import Article


def _labels(text: str) -> dict[str, str]:
    article = Article(id="r41", title="A story", text=text, outlet="Test", published=dt.date(2026, 11, 30))
    return {claim.display: figure.label for figure in extract_figures([article]) for claim in figure.claims}


def test_the_part_is_sickened_and_the_whole_is_the_total() -> None:
    labels = _labels("Another 42 of the ferry's 1,340 crew members were also sickened.")
    assert labels["42 members"] == "crew members sickened"
    assert labels["1,340 members"] == "total crew members"


def test_a_possessive_whole_is_not_given_the_parts_state() -> None:
    labels = _labels("About 2,150 of the utility's 48,000 connections are enrolled, the council said.")
    assert labels["about 2,150 connections"] == "connections enrolled"
    assert labels["48,000 connections"] == "total connections"


def test_a_part_the_sentence_says_nothing_of_is_not_shown_bare() -> None:
    labels = _labels("Temperatures were 5 degrees above normal in 23 of the state's 57 districts.")
    assert "23 districts" not in labels
    assert labels["57 districts"] == "total districts"


def test_one_of_a_group_leaves_the_group_its_own_words() -> None:
    labels = _labels("A jury convicted one of the three men accused of robbing a Tulsa bank.")
    assert labels["3 people"] == "men accused of robbing"


def test_an_aside_of_ages_after_the_counted_noun_does_not_hide_its_verb() -> None:
    labels = _labels("Three mill workers, ages 29 and 52, were treated for burns on Tuesday.")
    assert labels["3 workers"] == "mill workers treated"


def test_a_passive_keeps_what_it_counts_them_as() -> None:
    labels = _labels("About 310 people were registered as living in the tower's 96 flats.")
    assert labels["about 310 people"] == "people registered as living in the tower"
    assert _labels("Five people are being treated as probable cases.")["5 people"] == \
        "people treated as probable cases"


def test_an_active_verb_keeps_its_object_phrase() -> None:
    labels = _labels("More than 3,000 people have crossed the border since Monday.")
    assert labels["more than 3,000 people"] == "people crossed the border since Monday"  # the stretch: round 45


def test_a_kind_told_by_an_ing_noun_or_a_participle_after_it() -> None:
    # round 52 (clauseU): the shown label keeps its clause's subject and verb before the measure ("men cut, ...")
    assert _labels("The men cut through three layers of fencing on the east side.")["3 layers"].endswith(
        "layers of fencing on the east side")
    labels = _labels("The accord came after six rounds of talks held largely by video link.")
    assert labels["6 rounds"] == "rounds of talks"
