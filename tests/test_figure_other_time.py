"""Round 36's provenance features (figures.other_time): a date clause with no subject, and a number told of another
time than the article's whose label names no year; invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import labelled_of

from briefing.figures.support import features

PUBLISHED = dt.date(2026, 3, 10)


def _feature(text: str, name: str) -> dict[str, str]:
    """Each labelled figure's label -> the value of feature `name`."""
    labelled = labelled_of(text, published=PUBLISHED)
    story = [m for _, m in labelled]
    return {f.label: features(f, m, story)[name] for f, m in labelled}


@pytest.mark.parametrize(("text", "label", "value"), [
    ("Hurt in the crash, he was released from hospital on Monday.", "date released from hospital", "none"),
    ("Arrived without fuss on Monday, the liner docked at noon.", "date arrived without fuss", "none"),
    ("The liner arrived without fuss on Monday.", "date liner arrived without fuss", "named"),
    ("Heavy drifts closed parts of Route 9 on Tuesday.", "date heavy drifts closed parts", "named"),
])
def test_a_date_label_says_whether_its_clause_has_a_subject(text: str, label: str, value: str) -> None:
    assert _feature(text, "date subject")[label] == value


def test_a_number_that_is_no_date_has_no_date_subject() -> None:
    assert set(_feature("The liner carries 2,400 passengers.", "date subject").values()) == {"-"}


@pytest.mark.parametrize(("text", "value"), [
    ("Last year, 400 ships were held up at the strait, the port authority said.", "yes"),  # "last year"
    ("The eruption of 2015 forced some 6,500 people out of their homes.", "yes"),  # an earlier year
    ("The storm dropped 40 centimetres of snow, beating the previous record by a wide margin.", "yes"),
    ("A year earlier, the bakery sold 9,000 loaves at the fair.", "yes"),
    ("The bakery sold 9,000 loaves at the fair on Saturday.", "no"),  # the story's own time
])
def test_a_number_told_of_another_time_is_marked(text: str, value: str) -> None:
    values = set(_feature(text, "other time").values())
    assert values == {value}, values


def test_a_label_that_names_its_year_is_not_of_another_time() -> None:
    from briefing.figures.other_time import other_time
    assert other_time("In 2013, 40 people were killed.", True, "people killed in 2013") is False
    assert other_time("In 2013, 40 people were killed.", True, "people killed") is True
