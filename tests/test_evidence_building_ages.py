"""A building's age is no person's: "a 140-year-old warehouse" beside a victim's 45 read as two people and kept two
reports of one collapse apart (lookalikes_q, q-11; docs/dedupe.md). No age past the oldest person on record counts."""

from __future__ import annotations

import datetime as dt

from briefing.text.evidence import compare, evidence_of
from briefing.text.spoken import spoken_quantities

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
    # the bound is the record itself: 122 is a person's age, 123 no longer
    assert evidence_of("Oldest", "A 122-year-old woman died on Thursday.", THURSDAY).ages == {122}
    assert evidence_of("Oldest", "A 123-year-old woman died on Thursday.", THURSDAY).ages == frozenset()


def test_an_age_set_off_by_commas_has_the_same_bound() -> None:
    # text.quantity.OLDEST_AGE serves the figures' appositive ages too ("Maria Branyas, 117,"); one bound, not two
    ages = {text: [q.display for q in spoken_quantities(text)]
            for text in ("Maria Branyas, 117, died on Monday.", "Maria Branyas, 123, died on Monday.")}
    assert ages == {"Maria Branyas, 117, died on Monday.": ["117 years old"], "Maria Branyas, 123, died on Monday.": []}
