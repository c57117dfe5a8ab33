"""A proper noun owns a number only as its clause's subject, a possessive or a modifier of the counted noun.

Invented articles: a name that is the object of a preposition ("in the game against Atlanta", "bound for Green
Bay", "the heir to Peyton Manning") is no owner of a count of another clause, unless it is a possessive ("a premium
to Pine Hollow's closing price"); a number word opening the sentence ("Nine children") is the count, not a name; one
place of several a group came from ("two teams, from Katowice and Krakow") owns none of it.
"""

from __future__ import annotations

import pytest
from helpers import figure_labels


@pytest.mark.parametrize(("text", "wrong"), [
    ("Thomas was hurt in the game against Atlanta and missed 10 games this season.", "Atlanta games missed"),
    ("The Marigold Crane left Chicago on November 17, bound for Green Bay with 1,800 tons of coal.",
     "Green Bay coal weight"),
    ("Being the heir to Peyton Manning is heady stuff for a rookie joining a franchise that won two games last "
     "season.", "Peyton Manning games won last season"),
])
def test_a_prepositions_object_owns_no_count_of_the_clause(text: str, wrong: str) -> None:
    labels = figure_labels(text)
    assert not any(label.startswith(wrong.split()[0]) for label in labels), labels


def test_a_possessive_after_a_preposition_still_owns() -> None:
    text = "Norwell will pay $46.50 per share, a premium of 31% to Pine Hollow's closing price of $35.49 on Friday."
    assert any(label.startswith("Pine Hollow") for label in figure_labels(text)), figure_labels(text)


def test_a_number_word_opening_the_sentence_is_no_name() -> None:
    labels = figure_labels("Nine children were taken to hospital on Monday after the fire at the school.")
    assert not any(label.startswith("Nine") for label in labels), labels


def test_one_place_of_several_a_group_came_from_owns_none_of_it() -> None:
    labels = figure_labels("Two rescue teams, from Katowice and Krakow, joined the search on Tuesday.")
    assert not any(label.startswith(("Katowice", "Krakow", "Two")) for label in labels), labels


def test_a_place_after_a_count_still_owns_it() -> None:
    labels = figure_labels("Two motels in Greenwood were fully booked by Wednesday afternoon.")
    assert any(label.startswith("Greenwood") for label in labels), labels


@pytest.mark.parametrize(("text", "wrong"), [
    ("Bill Lane, the new head coach, joined a franchise that won two games last season.", "Bill Lane"),
    ("Presiding judge Marianne Kessler said the payment of €31 million to Novadis had no plausible purpose.",
     "Marianne Kessler"),
])
def test_a_verb_whose_subject_is_no_name_gives_no_name_the_count(text: str, wrong: str) -> None:
    labels = figure_labels(text)
    assert not any(label.startswith(wrong) for label in labels), labels


def test_a_noun_restating_a_name_keeps_the_name_as_subject() -> None:
    text = ("On Monday, Kestrel Exchange, the crypto platform that froze withdrawals on November 20, 2025, applied "
            "for protection.")
    labels = figure_labels(text)
    assert any("Kestrel Exchange" in label for label in labels), labels
