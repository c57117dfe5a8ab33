"""A building's age is no person's: "a 140-year-old warehouse" beside a victim's 45 read as two people and kept two
reports of one collapse apart (lookalikes_q, q-11; docs/dedupe.md). No age past the oldest person on record counts."""

from __future__ import annotations

import datetime as dt

from briefing.text.evidence import compare, evidence_of

THURSDAY = dt.date(2026, 8, 13)
FIRST = ("Part of a 140-year-old warehouse in the Lace Market collapsed on Thursday morning, and a man was pulled "
         "from the rubble by firefighters.")
SECOND = ("A 45-year-old man was rescued after part of a former lace warehouse on Stoney Street gave way on Thursday, "
          "fire crews said.")


def test_a_buildings_age_is_left_out_and_the_reports_agree_on_the_victim() -> None:
    first = evidence_of("Warehouse collapses in Lace Market", FIRST, THURSDAY)
    second = evidence_of("Man rescued from collapsed building", SECOND, THURSDAY)
    assert first.ages == frozenset() and second.ages == {45}
    assert compare(first, second).ages is False  # the warehouse's 140 no longer clashes with the man's 45


def test_the_oldest_ages_a_person_can_have_still_count() -> None:
    assert evidence_of("Centenarian honoured", "A 104-year-old woman was honoured on Thursday.", THURSDAY).ages == {104}
