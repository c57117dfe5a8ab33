"""A name before a relative clause does not own the number the clause's own subject holds (round 42).

Invented articles: "whose side have conceded 12 goals", "a contractor whose company won $4.6 million": the nearest
name before the number is not the subject of its verb, so the label must not open on it.
"""

from __future__ import annotations

from helpers import figure_labels


def test_whose_noun_holds_the_count_not_the_name_before() -> None:
    labels = figure_labels("Ashby manager Tom Reeve, whose side have conceded 14 goals in their last six matches, "
                           "refused to blame the referee.")
    assert not any(label.startswith(("Tom Reeve", "Reeve")) for label in labels), labels


def test_whose_company_won_the_money_not_the_mayor() -> None:
    labels = figure_labels("Mayor Paul Denning was charged with taking $90,000 in bribes from a builder whose "
                           "company won $3.2 million in city work, prosecutors said.")
    assert not any("Denning" in label and "work" in label for label in labels), labels
    assert any("Denning" in label and "bribes" in label for label in labels), labels
