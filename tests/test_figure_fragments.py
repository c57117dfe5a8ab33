"""Labels that are not a phrase (figures.fragments): a unit counted as a thing, a measure cut where another number
begins, a dimension said twice; and a window of time read as how long something lasted (figures.wording)."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import labelled_of, labels_of

from briefing.figures.fragments import fragment, undouble


def _fragments(text: str) -> dict[str, str]:
    """Each labelled figure's label -> why it is no phrase ("" if it is one), before any is hidden."""
    return {f.label: fragment(m.reading.measure, m.passage.text, m.quantity) for f, m in labelled_of(text)}


@pytest.mark.parametrize(("text", "label"), [
    ("Turnout reached 61.5% of voters, up 2.4 percentage points from 2022.", "number of percentage points"),
    ("A country's territorial waters extend to 14 nautical miles from shore.", "number of nautical miles"),
    ("Winds of up to 40 knots and waves of about two metres slowed the rescue.", "number of knots"),
    ("Forest loss is put at about 12,000 hectares a year in the province.", "hectares per year"),
])
def test_a_count_whose_noun_is_only_its_unit_is_a_fragment(text: str, label: str) -> None:
    assert _fragments(text).get(label) == "unit"


@pytest.mark.parametrize(("text", "label"), [
    ("The club has 37 acres of playing fields and 12 coaches.", "number of coaches"),
    ("Mendez scored 31 points in the win.", "points scored"),  # a tally, not a unit
    ("The farm grows 120 hectares of barley.", "hectares of barley"),  # what is measured is named
])
def test_a_count_of_a_thing_is_no_fragment(text: str, label: str) -> None:
    assert _fragments(text).get(label, "") == ""


def test_a_measure_that_runs_into_another_numbers_words_is_a_fragment() -> None:
    text = "Rovers lost their last seven wickets for 57 runs in a little over 22 overs."
    assert "cut" in _fragments(text).values()
    assert not [label for label in labels_of(text) if label.endswith("little")]


def test_a_verb_before_another_number_does_not_cut_the_measure() -> None:
    assert "cut" not in _fragments("Diaz scored 14 points and grabbed 9 rebounds.").values()


@pytest.mark.parametrize("text", [
    "Turnout reached 61.5% of voters, up 2.4 percentage points from 2022.",
    "Winds of up to 40 knots and waves of about two metres slowed the rescue.",
])
def test_a_count_whose_noun_is_only_its_unit_is_not_shown(text: str) -> None:
    assert not [label for label in labels_of(text) if "points" in label or "knots" in label]


@pytest.mark.parametrize(("measure", "said_once"), [
    ("altitude length", "altitude"), ("diameter length", "diameter"), ("assessed value value", "assessed value"),
    ("rocket weighs weight", "rocket weight"), ("pups weigh weight", "pups weight"),
    ("runway length", "runway length"), ("market value", "market value"),
])
def test_a_dimension_is_said_once(measure: str, said_once: str) -> None:
    assert undouble(measure) == said_once


@pytest.mark.parametrize(("text", "label"), [
    ("The moon Titan has a diameter of 3,200 miles.", "Titan diameter"),
    ("The rocket weighs about 14.2 tonnes when fully fuelled.", "rocket weight"),
])
def test_a_label_names_its_dimension_once(text: str, label: str) -> None:
    labels = {f.label for f, _ in labelled_of(text)}
    assert label in labels
    assert not [other for other in labels if other.endswith((" length", " weight")) and other != label]


@pytest.mark.parametrize("text", [
    "Teachers will get the allowance in their first five years of work.",
    "Voters judged him on the last 18 months of government.",
])
def test_a_window_of_time_is_not_how_long_its_noun_lasted(text: str) -> None:
    assert not [f.label for f, _ in labelled_of(text) if f.label.endswith("duration")]


def test_a_span_told_with_of_is_still_how_long_it_lasted() -> None:
    assert "unexplained malaise duration" in labels_of("He suffered three months of unexplained malaise last year.")


@pytest.mark.parametrize(("text", "cut"), [
    ("Trains will not run from 4am Saturday 3 October until Monday, the operator said, affecting 40,000 passengers.",
     "until"),
    ("A sinkhole about 40 feet across and 25 feet deep opened beneath the car park late Monday.", "beneath"),
    ("Drivers face a 22-mile detour via Routes 66 and 380, officials said.", "via"),
    ("Fuel oil washed ashore along the coast on Wednesday, two days after the spill.", "along"),
    ("Fire broke out aboard the container ship Corvina Bay late on Sunday, the coastguard said.", "aboard"),
    ("His kayak was found overturned near the Highway 9 bridge on Friday evening.", "near"),
])
def test_a_subordinator_or_rare_preposition_ends_a_labels_noun(text: str, cut: str) -> None:
    # "date of the until" was shown for the first: such words are closed, never part of what a number measures.
    assert not [label for label in labels_of(text, published=dt.date(2020, 9, 28)) if cut in label.split()]


@pytest.mark.parametrize(("text", "label"), [
    ("A fire broke out at the Gulfmark refinery late Thursday, sending smoke over the town.", "date fire broke out"),
    ("An explosion tore through a chemical plant on Tuesday afternoon.", "date explosion tore through chemical plant"),
    ("A strong earthquake shook the Andes before dawn on Thursday.", "date strong earthquake shook Andes"),
])
def test_an_irregular_past_dates_its_event(text: str, label: str) -> None:
    # "broke", "tore", "shook" are simple pasts (structure.SIMPLE_PAST): without them these dates had no event
    assert label in labels_of(text, published=dt.date(2020, 9, 28))
