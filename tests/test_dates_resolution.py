"""Which day a date in a sentence is: the tense and grammar of the date's own clause decide (issue 11, "Dates")."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.text.dates import find_dates

_THURSDAY = dt.date(2026, 6, 11)


def _days(sentence: str, published: dt.date = _THURSDAY) -> list[str]:
    return [q.display for q in find_dates(sentence, published, None)]


def test_two_weekdays_joined_are_a_span_not_a_day() -> None:
    assert _days("The city handed out bottled water at three sites on Monday and Tuesday.") == []
    assert _days("Waiting times stretched to nine hours on Friday and Saturday nights.") == []
    assert _days("Crowds passed through the gates over three days from Friday to Sunday.") == []
    assert _days("The city handed out water on Monday, and crews fixed the main on Tuesday.") == [
        "June 8, 2026", "June 9, 2026"]


def test_a_weekday_a_reporting_verb_takes_with_on_dates_the_statement() -> None:
    assert _days("Police said on Monday that the thieves had taken seven clocks.") == []
    assert _days("The thieves took seven clocks on Sunday, police said.") == ["June 7, 2026"]


def test_a_weekday_after_a_planned_verb_in_its_clause_is_the_coming_one() -> None:
    # "was expected to", "said it expected to": the plan is told in the past, its day is ahead
    assert _days("It was expected to leave the bay by early Friday.") == ["June 12, 2026"]
    assert _days("The airline said it expected to cancel 280 more flights on Wednesday and urged calm.") == [
        "June 17, 2026"]
    assert _days("The storm left the bay on Wednesday, and it was expected to weaken.") == ["June 10, 2026"]


def test_a_yearless_date_looks_ahead_only_from_its_own_clause() -> None:
    published = dt.date(2026, 9, 20)
    assert _days("A deal was reached on Sept. 6, less than two days before nurses were due to strike.",
                 published) == ["September 6, 2026"]


def test_a_plan_word_that_describes_a_noun_does_not_move_a_past_date_ahead() -> None:
    # a past verb between "planned" and the date governs the date: these operations were cancelled last winter
    published = dt.date(2019, 2, 7)
    assert _days("And 412 planned operations were cancelled between December 1 and January 31 because beds were "
                 "needed.", published) == ["December 1, 2018", "January 31, 2019"]
    assert _days("The company will open the plant on December 27.", published) == ["December 27, 2019"]


def test_a_date_a_thing_is_set_or_moved_to_lies_ahead() -> None:
    published = dt.date(2026, 11, 26)
    assert _days("Sentencing was set for September 15.", dt.date(2026, 6, 10)) == ["September 15, 2026"]
    assert _days("The case was postponed to 4 December for a bail hearing.", published) == ["December 4, 2026"]
    assert _days("The hearing was held on 4 November.", published) == ["November 4, 2026"]


def test_through_a_date_is_a_deadline_like_until() -> None:
    assert _days("Workers receive coverage and vesting of awards due through May 15.", dt.date(2026, 2, 2)) == [
        "May 15, 2026"]


def test_a_date_with_a_year_before_1900_keeps_it() -> None:
    assert _days("The schooner left Chicago on November 17, 1893, bound for Green Bay.") == ["November 17, 1893"]


def test_a_scheduled_thing_before_its_noun_is_no_plan() -> None:
    # "its 518 scheduled flights" describes the flights; the cancelling happened
    assert _days("The airline cancelled 342 of its 518 scheduled flights on Tuesday as crews walked out.") == [
        "June 9, 2026"]
    assert _days("The vote is scheduled Tuesday.") == ["June 16, 2026"]


def test_a_date_opening_its_sentence_takes_the_tense_of_the_clause_after_it() -> None:
    published = dt.date(2026, 11, 20)
    assert _days("On Dec. 12, voters will go to the polls.", published) == ["December 12, 2026"]
    assert _days("Reed, the chairman, told investors, the owners, on Oct. 31 that the merger would pay down debt "
                 "and return capital, and that it will drive revenue.", published) == ["October 31, 2026"]


@pytest.mark.parametrize(("sentence", "published", "day"), [
    # a day something is moved to lies ahead, as an explicit date's does ("postponed to 4 December")
    ("The ship's next departure was pushed back to Thursday morning for a deep cleaning.", dt.date(2019, 1, 22),
     dt.date(2019, 1, 24)),
    ("Funerals are expected on Saturday.", dt.date(2017, 3, 22), dt.date(2017, 3, 25)),
    # "broke" is past beyond doubt: "scheduled" earlier in the sentence makes no plan of it
    ("No sessions have been scheduled since talks broke down late Sunday.", dt.date(2012, 9, 11),
     dt.date(2012, 9, 9)),
    # told in the past, an expectation's day stays the past one
    ("The verdict was expected on Friday.", dt.date(2017, 3, 22), dt.date(2017, 3, 17)),
])
def test_a_weekday_moved_to_or_expected_lies_ahead(sentence: str, published: dt.date, day: dt.date) -> None:
    found = find_dates(sentence, published, None)
    assert [q.value for q in found] == [day.year * 10000 + day.month * 100 + day.day]
