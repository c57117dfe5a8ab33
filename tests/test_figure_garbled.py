"""Labels whose words do not describe their number (issue 11, garbP): a number that is part of a name, a name
particle cut from another word, a measure of only when and where, a report's verb of showing."""

from __future__ import annotations

import pytest
from helpers import read_values

from briefing.figures.fragments import no_thing_measured


@pytest.mark.parametrize(("text", "number"), [
    ("It is roughly three times the average for the Group of 20 economies and compares with 24% in Spain.", "20"),
    ("Until then it was sold only for type 2 diabetes under another name.", "2"),
])
def test_a_number_that_is_part_of_a_name_is_no_figure(text: str, number: str) -> None:
    assert not [v for v in read_values(text).values() if v.split()[0] == number]


@pytest.mark.parametrize(("text", "label"), [
    ("Two of 20 suspects fled before dawn, police said.", "number of suspects"),  # a capital of the sentence's own
    ("Rescuers reached 14 villages cut off by the flood.", "villages cut off"),
])
def test_a_count_of_things_stays_a_figure(text: str, label: str) -> None:
    assert label in read_values(text)


@pytest.mark.parametrize(("text", "label"), [
    ("Team leader Karl Brandstetter, 63, said the search had taken 26 years.", "Karl Brandstetter’s age"),
    ("Okoro won the 50m, while Tom Hargraves, 31, won the 1500m.", "Tom Hargraves’s age"),
    ("Chief executive Pieter van der Merwe, 55, said the mine would reopen.", "Pieter van der Merwe’s age"),
])
def test_a_name_particle_is_a_word_of_its_own(text: str, label: str) -> None:
    assert label in read_values(text)


@pytest.mark.parametrize("text", [
    "First-time buyers completed on a two-bedroom flat in Leeds for £212,500 last week after years of saving.",
    "Foreign nationals now make up about 2.9% of the population, compared with 1.9% five years earlier.",
    "Oil washed up along more than 60 km of Spain's north-western coast.",
    "At Cedar Ridge, just 71% of students have records showing two doses of the vaccine.",
])
def test_a_label_of_only_when_where_or_showing_is_not_read(text: str) -> None:
    labels = read_values(text)
    assert not [label for label in labels if label in ("last week", "five years", "Spain's north-western")
                or label.endswith("showed")]


@pytest.mark.parametrize(("measure", "nothing"), [
    ("last week", True), ("estimated somewhere north", True), ("doses showed", True), ("estimated alone value", True),
    ("spending bill", False), ("people killed", False), ("homes in western", False), ("share of students", False),
])
def test_what_names_nothing(measure: str, nothing: bool) -> None:
    assert no_thing_measured(measure) is nothing
