"""A gap said around a count is a lead, a deficit or what is still needed, not the count itself (round 64).

"finish three strokes clear of Brannigan" read as Brannigan's strokes, "two shots behind Brannigan" as a number of
shots, "came from 12 points down" and "need another 313 runs" as points and runs, "by a margin of just 212 votes" as
the votes cast. English phrasings of a contest's gap; a place behind something stays a place.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import read_values

PUBLISHED = dt.date(2023, 1, 7)


@pytest.mark.parametrize(("text", "label", "value"), [
    ("Lindqvist won the Open, closing with a 66 to finish three strokes clear of American Cole Brannigan.",
     "lead over American Cole Brannigan", "3 strokes"),
    ("Lindqvist began the day two shots behind Brannigan, but birdies put him in front for good.",
     "deficit to Brannigan", "2 shots"),
    ("The Port Elston Seahawks came from 12 points down to beat the Highveld Rams 27-24.",
     "Port Elston Seahawks deficit overcome", "12 points"),
    ("Residents of the island of Fjellerø voted by a margin of just 212 votes to approve the bridge.",
     "Fjellerø margin", "212 votes"),
])
def test_a_gap_around_a_count_is_named_as_one(text: str, label: str, value: str) -> None:
    # the label may carry an owner before the gap ("Open lead over ..."): the gap itself is what is asserted
    values = read_values(text, published=PUBLISHED)
    assert [shown for name, shown in values.items() if name.endswith(label)] == [value]


def test_runs_still_needed_are_named_so() -> None:
    values = read_values("West Indies need another 313 runs on the final day.", published=PUBLISHED)
    assert [label for label, shown in values.items() if shown == "313 runs" and label.endswith("runs needed")]


@pytest.mark.parametrize(("text", "label"), [
    ("He scored 12 points behind the arc.", "points scored"),
    ("Police found the body 200 yards behind the school.", "yards found"),
])
def test_a_place_behind_something_is_no_gap(text: str, label: str) -> None:
    assert label in read_values(text, published=PUBLISHED)
