"""One event's evidence, read from all its reports together (briefing/text/event_evidence.py)."""

from __future__ import annotations

import datetime as dt

from briefing.text.event_evidence import compare_events, event_evidence

MONDAY = dt.date(2024, 3, 11)


def test_reports_of_one_event_pool_their_days_ages_and_people() -> None:
    first = event_evidence([("Man shot on Sunday", "A 34-year-old man was shot on Sunday, said officer Dana Reyes.",
                             MONDAY)])
    second = event_evidence([("Victim named", "Police named Marcus Hill, 34, who was shot on Sunday night.", MONDAY)])
    both = event_evidence([("Man shot on Sunday", "A 34-year-old man was shot on Sunday, said officer Dana Reyes.",
                            MONDAY), ("Victim named", "Police named Marcus Hill, 34, who was shot on Sunday night.",
                                      MONDAY)])
    assert both.days == first.days == second.days == frozenset({dt.date(2024, 3, 10).toordinal()})
    assert both.ages == frozenset({34})
    assert both.people == first.people | second.people == {"dana reyes", "marcus hill"}
    verdict = compare_events(first, second)
    assert verdict.same_day and verdict.same_ages and not verdict.clash


def test_another_day_and_other_ages_clash() -> None:
    a = event_evidence([("Shooting", "A 34-year-old man was shot on March 1.", MONDAY)])
    b = event_evidence([("Shooting", "A 61-year-old woman was shot on March 9.", MONDAY)])
    verdict = compare_events(a, b)
    assert verdict.day and verdict.ages and verdict.clash == 2
