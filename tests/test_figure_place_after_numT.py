"""Round 51 (numT): a phrase of place right after a counted noun says which of them are counted; invented
sentences, read as a reader sees their labels."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import labels_of

from briefing.figures import structure as st
from briefing.figures.attached import place_after

PUBLISHED = dt.date(2026, 3, 10)


def _labels(text: str) -> dict[str, str]:
    """Each shown label -> its value."""
    return labels_of(text, published=PUBLISHED)


@pytest.mark.parametrize(("text", "label"), [
    # a toll of one place is not the whole toll
    ("The blast, which tore through a reactor unit, killed five workers at the scene.", "workers killed at the scene"),
    ("Health officials said 40 people in the north died.", "people killed in the north"),
    ("The army evacuated 3,000 residents from the capital on Monday.", "residents evacuated from the capital"),
    ("Rescuers said 12 people on board the ferry were missing.", "on board the ferry"),
    # a bare count of some of a kind says which ones
    ("One of six African-American women on the panel spoke to reporters.",
     "number of African-American women on the panel"),
])
def test_a_place_after_the_counted_noun_is_in_the_label(text: str, label: str) -> None:
    labels = _labels(text)
    assert any(shown.endswith(label) for shown in labels), labels


@pytest.mark.parametrize(("sentence", "count"), [
    ("The 12 cities in the world with the most pollution are in India.", "12"),  # the phrase goes on: "with ..."
    ("They recorded 40 people in the city of Bam.", "40"),  # "of" carries it on to the name
    ("He scored 20 points in the first half.", "20"),  # a stretch of time, figures.scopes' to say
    ("She had 11 points at the time.", "11"),  # no place: "at the time"
    ("He made 212 payments from the fund to four companies.", "212"),  # the phrase leads to another number
    ("The gunman shot 2 people in a wild spree.", "2"),  # "a": no one place named
    ("Police found 3 men in the Exarchia district.", "3"),  # a name in the phrase: where it ends is unclear
    ("The navy took 923 rounds from the boat along with ladders.", "923"),  # "along with": it goes on
])
def test_no_place_read(sentence: str, count: str) -> None:
    toks = st.tokens(sentence)
    last = next(i for i, t in enumerate(toks) if t.text == count) + 1  # the counted noun
    assert place_after(toks, last, len(toks), "things") == ""


def test_a_measure_with_a_phrase_of_its_own_gets_no_second_one() -> None:
    sentence = "About 1,500 seats in the upper tier will be sold."
    toks = st.tokens(sentence)
    last = next(i for i, t in enumerate(toks) if t.text == "seats")
    assert place_after(toks, last, len(toks), "seats in the upper") == ""
    assert place_after(toks, last, len(toks), "seats") == " in the upper tier"
