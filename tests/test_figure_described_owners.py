"""Whose an age is when the sentence names its owner only by description (figures.aged, figures.referents).

Invented articles: an indefinite person ("a 64-year-old man") is told apart by what befell them or where they
are from; a definite one opening its sentence ("The 27-year-old striker") is the one person the sentence before
names; a country is never that person.
"""

from __future__ import annotations

import pytest
from helpers import figure_labels


@pytest.mark.parametrize(("text", "label"), [
    ("A 64-year-old man was killed when a barn roof fell in Orton on Monday.", "age of the man killed"),
    ("A 45-year-old woman died after her car left the road near Ellsby.", "age of the woman who died"),
    ("Among the dead was a 58-year-old farmer in the hills above Tarn who was crushed by a wall.",
     "age of the farmer crushed"),
    ("The mother of a 7-year-old boy killed by a falling branch spoke on Monday.", "age of the boy killed"),
    ("Two were taken to hospital, including a 52-year-old runner who collapsed near the finish.",
     "age of the runner who collapsed"),
    ("A 33-year-old man from Dunmere said the crossing had cost him dearly.", "age of the man from Dunmere"),
    ("Prosecutors said the alleged ringleader, a 51-year-old Harlow man, had fled twice.",
     "age of the alleged ringleader"),
])
def test_an_indefinite_person_is_told_apart_by_what_befell_them(text: str, label: str) -> None:
    assert label in figure_labels(text)


@pytest.mark.parametrize("text", [
    "A 40-year-old woman said the water rose in minutes.",  # saying tells no one apart
    "Doctors told the tale of a 43-year-old man who saw his doctor in May.",  # a verb with its object
    "A 55-year-old man had contracted plague after a hunting trip.",
    "A 16-year-old girl whose brother called for help was hurt.",  # the verb of another clause
])
def test_an_indefinite_person_keeps_the_bare_noun_when_the_verb_tells_nothing(text: str) -> None:
    labels = [x for x in figure_labels(text) if x.startswith("age")]
    assert labels and all(x.split()[-1] in ("man", "woman", "girl") for x in labels), labels


def test_a_description_opening_a_sentence_is_the_one_person_the_sentence_before_names() -> None:
    text = ("Rovers beat Athletic 2-1 at Halden Park on Saturday, with Tomas Brennick's late header settling it.\n\n"
            "The 27-year-old striker has now scored nine goals this season.")
    assert "Tomas Brennick’s age" in figure_labels(text)


def test_the_person_before_outranks_the_person_named_most() -> None:
    text = ("Captain Dale Varga made 88 as Harwick won by 40 runs. Varga was named captain in May.\n\n"
            "The damage was done on Friday by left-arm spinner Arlo Pettit, whose six for 40 ended the innings. "
            "The 31-year-old finished with match figures of 9 for 88.\n\n"
            "Varga said the side would rest on Sunday.")
    assert "Arlo Pettit’s age" in figure_labels(text)


def test_a_scorecard_gives_a_full_name_despite_its_figures() -> None:
    text = ("Harwick beat Dunmore by six wickets on Saturday.\n\n"
            "Scores: Dunmore 210 (Jon Tavell 88; Mo Barda 4-51) and 160; Harwick 250 and 121-4.\n\n"
            "The collapse was started by left-arm spinner Barda, whose four wickets came in 30 balls. "
            "The 25-year-old finished with seven in the match.")
    assert "Mo Barda’s age" in figure_labels(text)


def test_a_country_is_never_the_person_described() -> None:
    text = ("New Zealand beat South Africa by 30 runs in Hamilton. New Zealand lead the series.\n\n"
            "New Zealand won the toss. The 30-year-old said the pitch was slow.")
    assert not [x for x in figure_labels(text) if "New Zealand" in x or "South Africa" in x]


@pytest.mark.parametrize(("second", "label"), [
    ("The 30-year-old congregation moved into its church in May.", "age of the congregation"),  # no person's noun
    ("The 11-year-old daughter was not hurt.", "age of the daughter"),  # kin is someone else's
])
def test_a_description_that_names_no_one_who_acts_keeps_its_noun(second: str, label: str) -> None:
    text = f"The service was led by pastor Mark Ellery of Wasilla on Sunday.\n\n{second}"
    assert label in figure_labels(text)


def test_the_counts_of_a_sentence_that_opens_on_the_described_person_are_theirs() -> None:
    text = ("Harwick won by four wickets, with Arlo Pettit's unbeaten 64 seeing them home.\n\n"
            "The 22-year-old left-hander faced 97 balls and struck seven fours, the first to hit 12 sixes in a Test innings.")
    labels = figure_labels(text)
    assert "Arlo Pettit balls faced" in labels and "Arlo Pettit number of fours" in labels, labels
    assert not [x for x in labels if x.startswith("Arlo Pettit") and "six" in x], labels  # another clause's


def test_a_time_zone_owns_no_number() -> None:
    labels = figure_labels("The quake struck at 9:10 p.m. local time (0210 GMT Friday) at a depth of 40 kilometres.")
    assert not [x for x in labels if "GMT" in x or "Friday" in x], labels
