"""Where counted things are, read from the words after a count (briefing/figures/count_places.py)."""

from __future__ import annotations

import pytest

from briefing.figures import structure as st
from briefing.figures.count_places import where


def _where_of(sentence: str, count: str, *, plural: bool = True) -> str:
    toks = st.tokens(sentence)
    first = next(i for i, t in enumerate(toks) if t.text == count)
    return where(toks, first, first + 1, len(toks), plural=plural)


@pytest.mark.parametrize(("sentence", "count", "said"), [
    ("Five women were inside the church.", "Five", " inside the church"),
    ("The three coworkers from her shift left early.", "three", " from her shift"),
    ("About 5,000 routes were off-line early Friday.", "5,000", " off-line"),
])
def test_where_the_counted_are(sentence: str, count: str, said: str) -> None:
    assert _where_of(sentence, count) == said


@pytest.mark.parametrize(("sentence", "count"), [
    ("At least 12 people were at least partly to blame.", "12"),  # "at least" is no place
    ("The charges against the two staffers were dropped.", "two"),  # governed by "against": no subject
    ("He scored 20 of his 31 points in the first half.", "31"),  # the phrase is said of the part
])
def test_no_place_said(sentence: str, count: str) -> None:
    assert _where_of(sentence, count) == ""
