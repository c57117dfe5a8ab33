"""What a follow-up tells back beyond its lead: the first day, its one-word names, and the guards (told_back.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.text.event_evidence import EventEvidence
from briefing.writeup.continuing import MATCHING
from briefing.writeup.told_back import continues, proper_words, told_days, told_of, told_weeks

SATURDAY = dt.date(2026, 6, 13)
TUESDAY = dt.date(2026, 6, 16)
RUNOFF = EventEvidence(words=frozenset({"lindqvist", "runoff", "soto"}), cities=frozenset(), mentioned=frozenset(),
                       days=frozenset({SATURDAY.toordinal()}), ages=frozenset(),
                       people=frozenset({"maria elena soto", "comal county"}))
RARE = frozenset({"maria elena soto", "comal county", "lindqvist"})
FOLLOW_UP = ("Lindqvist files for recount",
             "Mayor Greg Lindqvist requested a recount Tuesday in his loss to council member Maria Elena Soto. "
             "His petition, filed in Comal County, asks for a manual recount of Saturday's runoff ballots. "
             "A hearing is set for Friday.", TUESDAY)
LEAD = EventEvidence(words=frozenset({"lindqvist", "recount"}), cities=frozenset(), mentioned=frozenset(),
                     days=frozenset({TUESDAY.toordinal()}), ages=frozenset(),
                     people=frozenset({"maria elena soto", "comal county"}))
TOLD_BACK = replace(MATCHING, told_back=2)


def test_the_days_a_follow_up_tells_back_are_past_days_anywhere_in_its_text() -> None:
    days = told_days([FOLLOW_UP])
    assert SATURDAY.toordinal() in days and TUESDAY.toordinal() in days
    assert all(day <= TUESDAY.toordinal() for day in days)  # Friday's hearing is a plan
    assert told_days([FOLLOW_UP], possessive=True) == {SATURDAY.toordinal()}  # "Saturday's runoff" only


def test_a_lead_dated_by_its_development_continues_the_story_on_the_day_told_back() -> None:
    assert not continues(told_of([FOLLOW_UP], LEAD, MATCHING), RUNOFF, RARE, MATCHING)  # off: the days clash
    assert continues(told_of([FOLLOW_UP], LEAD, TOLD_BACK), RUNOFF, RARE, TOLD_BACK)


def test_a_look_alike_that_tells_the_other_story_back_further_on_is_kept_apart_by_the_lead_guard() -> None:
    look_alike = ("Man shot at gas station",
                  "A man was wounded Tuesday at a gas station on Cleveland Avenue, police said. " * 5
                  + "Investigators know of Saturday's killing nearby, named by Maria Elena Soto of Comal County.",
                  TUESDAY)
    guarded = replace(TOLD_BACK, told_lead=True)
    assert continues(told_of([look_alike], LEAD, TOLD_BACK), RUNOFF, RARE, TOLD_BACK)
    assert not continues(told_of([look_alike], LEAD, guarded), RUNOFF, RARE, guarded)
    assert continues(told_of([FOLLOW_UP], LEAD, guarded), RUNOFF, RARE, guarded)  # it names Soto in its lead


def test_one_word_names_are_capitalised_words_between_uncapitalised_ones() -> None:
    text = ("The homeowner sued Trailvolt, says Lt. Gregory Haines of the Dorr Street station. The mayor of "
            "Millican Springs met Jennings on Monday and Hollins & Pratt.")
    assert proper_words([("", text, None)]) == {"trailvolt", "jennings"}


def test_one_word_names_count_beside_the_day_only() -> None:
    words = replace(MATCHING, told_words=True)
    first = replace(RUNOFF, people=frozenset(), words=frozenset({"trailvolt", "recall", "denver"}),
                    cities=frozenset({"denver"}))
    lawsuit = ("Homeowner sues Trailvolt", "A homeowner sued Trailvolt on Tuesday over Saturday's fire.", TUESDAY)
    told = told_of([lawsuit], replace(first, words=frozenset({"trailvolt", "fire"})), words)  # its city and day
    assert told.words == {"trailvolt"}
    assert continues(told, first, frozenset({"trailvolt"}), words)  # the name, the city and the day
    assert continues(told_of([lawsuit], told.evidence, MATCHING), first, frozenset({"trailvolt"}), MATCHING)  # on
    assert not continues(told, first, frozenset({"trailvolt"}), replace(MATCHING, told_words=False))
    assert not continues(replace(told, evidence=replace(told.evidence, days=frozenset())), first,
                         frozenset({"trailvolt"}), words)  # no day: a name of one word is too little


def test_a_lead_dated_within_a_day_keeps_its_own_day_when_it_stands_in() -> None:
    stand_in = replace(TOLD_BACK, told_stand_in=True)
    next_night = replace(LEAD, days=frozenset({SATURDAY.toordinal() + 1}))
    told = told_of([FOLLOW_UP], next_night, stand_in)
    assert not continues(told, RUNOFF, RARE, stand_in)  # Sunday's own event, telling Saturday's back
    assert continues(told_of([FOLLOW_UP], LEAD, stand_in), RUNOFF, RARE, stand_in)  # Tuesday clashes: told back


def test_many_names_of_the_story_allow_two_clashes() -> None:
    names = frozenset({f"name {n} x" for n in range(6)})
    first = replace(RUNOFF, people=names, cities=frozenset({"seattle"}), mentioned=frozenset({"seattle"}))
    deal = replace(LEAD, people=names, cities=frozenset({"vancouver"}), mentioned=frozenset({"vancouver"}))
    strong = replace(MATCHING, strong_names=6)
    assert not continues(told_of((), deal, MATCHING), first, names, MATCHING)  # another city and another day
    assert continues(told_of((), deal, strong), first, names, strong)


# An invented verdict on Friday and the motion against it on the Monday after, which leads with its own day and
# names the verdict by its week.
FRIDAY, MONDAY = dt.date(2026, 5, 29), dt.date(2026, 6, 1)
VERDICT = replace(RUNOFF, words=frozenset({"verdict", "jury", "freight"}), days=frozenset({FRIDAY.toordinal()}),
                  people=frozenset({"dwayne tillery", "chatham county"}), cities=frozenset({"savannah"}),
                  mentioned=frozenset({"savannah"}))
MOTION = ("Freight firm seeks new trial", "The trucking company asked a Chatham County judge on Monday to throw out "
          "last week's wrongful-death verdict, arguing that jurors heard about driver Dwayne Tillery's drug test.",
          MONDAY)
MOTION_LEAD = replace(VERDICT, words=frozenset({"trial", "motion"}), days=frozenset({MONDAY.toordinal()}))


def test_a_week_told_as_the_events_name_is_that_weeks_days_up_to_the_report() -> None:
    def days(text: str, published: dt.date) -> set[dt.date]:
        return {dt.date.fromordinal(d) for d in told_weeks([("", text, published)])}

    assert days(MOTION[1], MONDAY) == {dt.date(2026, 5, 25) + dt.timedelta(days=n) for n in range(7)}
    saturday = dt.date(2026, 3, 7)
    assert days("his car was swept away during this week's flooding", saturday) == {
        dt.date(2026, 3, 2) + dt.timedelta(days=n) for n in range(6)}
    assert days("data was stolen in last weekend's cyberattack", dt.date(2026, 9, 25)) == {
        dt.date(2026, 9, 19), dt.date(2026, 9, 20)}
    assert days("This weekend's riverside festival has been cancelled", dt.date(2025, 7, 18)) == set()  # a plan
    wednesday = dt.date(2026, 6, 3)
    assert days("the past week's storms", wednesday) == {wednesday - dt.timedelta(days=n) for n in range(7)}
    assert days("He said last week that the verdict stood", MONDAY) == set()  # a week, not the event's name


def test_a_follow_up_that_names_the_event_by_its_week_continues_it() -> None:
    rare = frozenset({"dwayne tillery", "chatham county"})
    off = replace(MATCHING, told_week=False)
    assert continues(told_of([MOTION], MOTION_LEAD, MATCHING), VERDICT, rare, MATCHING)  # names, place, week
    assert not continues(told_of([MOTION], MOTION_LEAD, off), VERDICT, rare, off)  # Monday clashes with Friday
    older = replace(VERDICT, days=frozenset({FRIDAY.toordinal() - 7}))  # another verdict, the week before
    assert not continues(told_of([MOTION], MOTION_LEAD, MATCHING), older, rare, MATCHING)
