"""The reading stage's shortcuts (speed round 2026-12-01, fourth) give what the plain computation gives: the clause
cuts written out, the pre-tests before the count's-change and suspect scans, the hints written out, and the title's
words taken from one scan of title and text."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from itertools import chain

import pytest

from briefing.dedupe import similarity
from briefing.dedupe.similarity import Features, extract_with_names
from briefing.text import dayparts, evidence
from briefing.text.sentences import CLAUSE_STOPS, MARK_STOPS, clause_end, clause_start

FRIDAY = dt.date(2026, 6, 12)
# Pieces of texts that reach every shortcut: stops of both sets, a count's change, a suspect's age, the relative days'
# hints and the told-apart hints, case-blind look-alikes, a final sigma and digits outside ASCII.
PIECES = ["A 24-year-old man was", " arrested", " charged", " taken into custody", " on Thursday", ". ", ";", "\n",
          " the toll rose to 11", " on Wednesday", " overnight", " last evening", " Hours later,", " an unrelated",
          " shooting", " ΟΔΟΣ", " ١٢ ", " O'Neil-Smith", " said"]


def _texts() -> list[str]:
    return ["".join(PIECES[k] for k in range(len(PIECES)) if mask >> k & 1) for mask in range(0, 1 << len(PIECES), 997)]


def test_the_clause_cuts_are_the_generic_ones() -> None:
    for text in _texts():
        for stops in (CLAUSE_STOPS, MARK_STOPS):
            for at in range(-2, len(text) + 3):
                assert clause_start(text, at, stops) == max(text.rfind(stop, 0, at) for stop in stops) + 1
                assert clause_end(text, at, stops) == min(
                    (found for found in (text.find(stop, at) for stop in stops) if found >= 0), default=len(text))


def test_the_hints_written_out_are_the_hint_lists() -> None:
    for text in [*_texts(), "it rained all night", "this morning", "last evening", "separately", "later, police"]:
        assert dayparts._hinted(text) == any(hint in text for hint in dayparts._RELATIVE_HINTS)
        if not any(hint in text for hint in dayparts._APART_HINTS):
            assert dayparts.told_apart_passages(text) == dayparts.told_back(text)


def _reported_scans_only(lead: str, at: int) -> bool:
    """evidence._reported as it read before its pre-test."""
    before = lead[max(0, at - 12):at].split()
    return (bool(before) and before[-1].lower().strip(",:") in evidence._NOT_EVENT or dayparts.planned(lead, at)
            or bool(evidence._NEWS_DAY.search(lead, max(0, at - 40), at)))


def test_a_days_reading_is_the_same_with_the_pre_tests() -> None:
    readings = 0
    for lead in _texts():
        for match in re.finditer(r"[A-Z][a-z]+day", lead):
            assert evidence._reported(lead, match.start()) == _reported_scans_only(lead, match.start())
            readings += evidence._reported(lead, match.start())
        owned = evidence._SUSPECT_AGE.sub(evidence._blank_age, lead) if "-year-old" in lead else lead
        assert evidence._own(lead) == (dayparts.told_out(owned) if "after" in owned else owned)
    assert readings  # the texts reach the count's change


def test_the_count_s_change_still_dates_no_event() -> None:
    assert evidence.evidence_of("", "The toll rose to 11 on Wednesday.", FRIDAY).day is None
    assert evidence.evidence_of("", "Police charged a 24-year-old on Wednesday.", FRIDAY).ages == frozenset()


def _extract_plain(title: str, text: str) -> tuple[Features, list[str]]:
    """extract_with_names as it read before this round: the body scanned whole, the title again."""
    body = text if text.startswith(title) else f"{title}\n{text}"
    stem = similarity._stem_cache.__getitem__
    extra = set(similarity._WORD.findall(title.lower()))
    counts = Counter(map(stem, chain(similarity._WORD.findall(body.lower()), *([extra] * similarity.TITLE_EXTRA))))
    counts.pop("", None)
    runs = similarity._NAME.findall(body)
    found = set(map(stem, similarity._WORD.findall(" ".join(runs).lower())))
    found.discard("")
    return Features(counts=counts, names=frozenset(found)), runs


@pytest.mark.parametrize("title", ["Man shot in Dayton", "ΟΔΟΣ closed", "Toll rose to ١٢", "Man shot", ""])
def test_the_title_s_words_are_counted_as_before(title: str) -> None:
    for text in [*_texts(), "Man shot dead in Dayton, police said.", "Man shotgun attack: ΟΔΟΣ"]:
        got, want = extract_with_names(title, text), _extract_plain(title, text)
        assert got == want
        assert list(got[0].counts) == list(want[0].counts)  # the same order: vectors cut ties by it
