"""The day rules' pre-tests (text/dayparts.py) only skip scans that would find nothing: every reading of a lead,
and the evidence read from it, is the same with them as with the rules' own scans alone."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from briefing.text import dayparts
from briefing.text.ahead import looks_ahead
from briefing.text.evidence import evidence_of
from briefing.text.sentences import MARK_STOPS, clause_start

FRIDAY = dt.date(2026, 6, 12)
# Pieces of leads: each rule's words (hurt, plans, late/early, stages, a day told back), their case-blind look-alikes
# outside ASCII ("kılled", "ſhot", "nıght": a case-blind scan matches them, a lower-cased substring test does not),
# and plain words.
PIECES = ["A man was", " kılled", " ſhot", " stabbed", " KILLED", " will appear", " is set to", " next", " coming",
          " late", " EARLY", " for a second day", " for a 3rd nıght", " a day earlier", " after", ", police said",
          " on Thursday", " Wednesday night", " at 9 p.m. Tuesday", ".", "\n", " at March 3"]


def _leads() -> list[str]:
    return ["".join(PIECES[k] for k in range(len(PIECES)) if mask >> k & 1)
            for mask in range(0, 1 << len(PIECES), 2047)]


def _dates(lead: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[A-Z][a-z]+day|March 3", lead)]


def _part_at_scans_only(lead: str, start: int, end: int) -> int:
    """part_at as it read before its pre-test: every scan tried."""
    after = lead[end:end + dayparts._REACH]
    noun = dayparts._AFTER_NOUN.match(after)
    if noun:
        return dayparts._NOUNS[noun.group(1)]
    clock = dayparts._AFTER_CLOCK.match(after)
    if clock:
        return dayparts._clock(clock.group(1), clock.group(2))
    before = lead[max(0, start - dayparts._REACH):start]
    clock = dayparts._BEFORE_CLOCK.search(before)
    if clock:
        return dayparts._clock(clock.group(1), clock.group(2))
    word = dayparts._BEFORE_WORD.search(before)
    if word:
        return dayparts.LATE if word.group(1).lower() == "late" else dayparts.EARLY
    return dayparts.UNKNOWN


def test_the_day_rules_read_alike_with_and_without_their_pre_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    leads = _leads()
    readings = [(dayparts.hurt_at(lead, start, end), dayparts.planned(lead, start), dayparts.staged(lead, start),
                 dayparts.part_at(lead, start, end)) for lead in leads for start, end in _dates(lead)]
    evidence = [evidence_of("", lead, FRIDAY) for lead in leads]
    # Hints that hold everywhere: every scan runs, as before the pre-tests.
    monkeypatch.setattr(dayparts, "_HURT_LOWER", re.compile(""))
    monkeypatch.setattr(dayparts, "_AHEAD_HINT", re.compile(""))
    scans = [(dayparts.hurt_at(lead, start, end), looks_ahead(lead[clause_start(lead, start, MARK_STOPS):start]),
              bool(dayparts._STAGE.search(lead, max(0, start - 40), start)), _part_at_scans_only(lead, start, end))
             for lead in leads for start, end in _dates(lead)]
    assert readings == scans
    assert [evidence_of("", lead, FRIDAY) for lead in leads] == evidence
    # The leads reach every rule both ways.
    for rule in range(4):
        assert len({reading[rule] for reading in readings}) > 1


def test_a_casualty_spelt_with_a_dotless_i_is_still_read() -> None:
    # The lower-cased substring test would miss "kılled"; a sentence outside ASCII is scanned case-blind as before.
    assert dayparts.hurt_at("A man was kılled on Thursday.", 18, 26)
    assert not dayparts.hurt_at("A man was seen on Thursday.", 17, 25)
