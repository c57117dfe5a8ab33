"""A day in a clause that looks ahead is a plan's day, read alike by grouping and by memory (issue 12, ahead.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.text.ahead import looks_ahead
from briefing.text.dates import find_dates
from briefing.text.evidence import evidence_of

_THURSDAY = dt.date(2026, 6, 11)


@pytest.mark.parametrize("before", [
    "A man will appear in court on ", "The defendant would be sentenced on ", "The hearing shall resume on ",
    "He is to appear before magistrates on ", "The final is due on ", "She is due to give evidence on ",
    "The vote is set to take place on ", "The derby is scheduled for ", "The funeral is set for ",
    "Crews will be back next ", "Fans queued for tickets for this coming ", "Ahead of the upcoming ",
    # "for September" is the period the plan covers, no turn back to what happened (figures round 71)
    "The government will publish its consumer price index for September on ", "It will report results for 2025 on ",
])
def test_a_future_or_a_next_before_the_day_looks_ahead(before: str) -> None:
    assert looks_ahead(before)


@pytest.mark.parametrize("before", [
    "A man was stabbed on ", "Police said on ", "The man was shot next to a bar on ",
    "He will be sentenced on Friday for a robbery on ", "Scheduled flights were cancelled on ",
    "Will Smith arrived on ",
])
def test_a_past_a_turn_back_or_a_lookalike_word_does_not(before: str) -> None:
    assert not looks_ahead(before)


def _day(lead: str) -> dt.date | None:
    day = evidence_of("Court", lead, _THURSDAY).day
    return dt.date.fromordinal(day) if day is not None else None


def test_grouping_takes_no_plans_day_for_the_events() -> None:
    assert _day("A man is due to appear in court on Tuesday charged over the stabbing.") is None
    assert _day("City will play in Sunday's final at Wembley.") is None  # a possessive told ahead, too
    assert _day("A man appeared in court on Tuesday charged over the stabbing.") == dt.date(2026, 6, 9)
    assert _day("Fans mourned after Sunday's crash at Wembley.") == dt.date(2026, 6, 7)
    assert _day("He will be sentenced on Friday for a robbery on Monday in Leeds.") == dt.date(2026, 6, 8)


def test_memory_reads_a_plans_weekday_as_the_coming_one() -> None:
    def days(sentence: str) -> list[str]:
        return [q.display for q in find_dates(sentence, _THURSDAY, None)]

    assert days("The derby, moved after the storm, is scheduled for Sunday.") == ["June 14, 2026"]
    assert days("The man would be arraigned Monday, prosecutors said.") == ["June 15, 2026"]
    assert days("The man was arraigned Monday, prosecutors said.") == ["June 8, 2026"]


def test_a_follow_ups_plan_told_of_the_events_day_keeps_that_day() -> None:
    # a day told after "during" is what happened, though the clause opens with a plan (followups8's h8-06)
    assert _day("The bank will pay £150 to customers hit during Monday's outage.") == dt.date(2026, 6, 8)
    assert _day("A faulty update was to blame for an outage on Monday.") == dt.date(2026, 6, 8)
