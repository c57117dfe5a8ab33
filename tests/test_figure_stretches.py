"""A number told of a stretch of time ("for the week", "in the past 48 hours", "since 2019") says that stretch in
its label (round 45, bareP): blind readers marked the bare labels too bare, as the story's other number of the
same measure (the season's toll, the five-year cost) could carry them."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import read_values

_DAY = dt.date(2026, 1, 16)


def _labels(*sentences: str) -> dict[str, str]:
    opening = "State health officials said the flu season has filled hospitals across Ohio this winter."
    return read_values(" ".join((opening, *sentences)), published=_DAY)


@pytest.mark.parametrize(("sentence", "label", "value"), [
    ("The department reported 38 flu-related deaths for the week, bringing the season's toll to 214.",
     "flu-related deaths for the week", "38 people"),
    ("Eleven of the deaths were recorded in the past 48 hours, the ministry said.",
     "people killed in the past 48 hours", "11 people"),
    ("Analysts estimate the change would cost $42 million in its first year and add about $640 million to the "
     "system's unfunded liability.", "change estimated cost in its first year", "$42 million"),
    ("Ohio hospitals admitted 2,417 patients with influenza in the week ending January 10, officials said.",
     "Ohio patients with influenza in the week ending January 10", "2,417 patients"),
])
def test_a_number_of_a_stretch_says_it(sentence: str, label: str, value: str) -> None:
    assert _labels(sentence).get(label) == value, _labels(sentence)


def test_a_stretch_said_of_a_superlative_is_not_the_number_s() -> None:
    labels = _labels("The walkout closed 41 schools and left roughly 38,000 students at home in the district's "
                     "first strike since 1989.")
    assert not any("since 1989" in label for label in labels), labels


def test_a_stretch_after_a_place_the_number_is_of_is_when_something_else_happens() -> None:
    labels = _labels("A cloud of smoke is set to descend upon the 20 million residents of Delhi this week, "
                     "forecasters said.")
    assert not any("this week" in label for label in labels if not label.startswith("date")), labels


def test_a_stretch_after_another_clause_or_number_is_not_taken() -> None:
    labels = _labels("The plant employs 450 workers, who have walked out twice since 2019.",
                     "Sales rose 4% to $31 million in the quarter.")
    assert not any("since 2019" in label for label in labels), labels
    assert not any(value == "4%" and "quarter" in label for label, value in labels.items()), labels


def test_an_age_takes_no_stretch() -> None:
    labels = _labels("The 41-year-old Bowe was fighting for the first time since 2005.")
    assert not any("since 2005" in label for label in labels), labels
