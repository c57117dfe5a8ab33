"""A number the sentence tells of another scope than the story's (a country, the nation, the world, a year) says
that scope in its label (round 42): blind readers took the bare labels for the story's own figures."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import read_values

_DAY = dt.date(2026, 11, 20)


def _labels(*sentences: str) -> dict[str, str]:
    opening = "A norovirus outbreak sickened dozens of passengers on a cruise ship that docked in Miami on Thursday."
    return read_values(" ".join((opening, *sentences)), published=_DAY)


@pytest.mark.parametrize(("sentence", "label", "value"), [
    ("Norovirus causes an estimated 685 million illnesses and about 200,000 deaths worldwide every year.",
     "people killed worldwide a year", "about 200,000 people"),
    ("According to preliminary TSB figures, there were 58 main-track derailments and five main-track collisions in "
     "Canada last year.", "number of main-track derailments in Canada last year", "58 derailments"),
    ("The virus causes an estimated 19 million to 21 million illnesses in the United States every year, leading to "
     "about 109,000 hospitalizations and 900 deaths, mostly among adults 65 and older, according to the CDC.",
     "people killed in the United States a year", "900 people"),
    ("A MADD official spoke, noting that roughly 13,000 DUI convictions are issued every year in San Diego County.",
     "DUI convictions issued a year in San Diego County", "roughly 13,000 convictions"),
])
def test_a_number_of_another_scope_says_it(sentence: str, label: str, value: str) -> None:
    assert _labels(sentence).get(label) == value


def test_the_story_s_own_toll_keeps_its_plain_label() -> None:
    labels = _labels("At least 140 passengers fell ill, and two people were killed when a lifeboat overturned.")
    assert "passengers fell ill" in " ".join(labels)
    assert not any("a year" in label or "worldwide" in label for label in labels)


def test_an_adjective_or_a_possessive_place_is_no_scope() -> None:
    labels = _labels("The crew joined a 24-hour nationwide general strike on Friday.",
                     "An estimated 1,500 pirates are based in Somalia's semiautonomous Puntland region.")
    assert not any("nationwide" in label or "Somalia" in label for label in labels if not label.startswith("date")), labels


def test_a_place_the_sentence_names_for_something_else_is_not_carried() -> None:
    labels = _labels("He used investors' money to fund a lifestyle that included a ski condo in Vermont and $640,000 "
                     "in private jet charters.")
    assert not any("Vermont" in label for label in labels), labels


def test_a_clause_hung_on_last_fall_says_so() -> None:
    labels = _labels("The hoax follows a wave of similar calls last fall, when more than 90 schools in at least 10 "
                     "states reported false active-shooter alarms.")
    assert any(label.endswith("last fall") and "10 states" in value for label, value in labels.items()), labels


def test_a_rate_of_another_number_in_the_clause_is_not_taken() -> None:
    labels = _labels("The two banks together spend about RM1.4 billion a year on technology.")
    assert not any(value == "2 banks" and "a year" in label for label, value in labels.items()), labels
