"""The event's day where a lead tells it but was not read: a clock cut by the sentence splitter, a day told
against publication ("early this morning", "last night"), a weekday of a plan ("will appear on Monday")."""

from __future__ import annotations

import datetime as dt

from briefing.text.dayparts import EARLY, LATE, UNKNOWN
from briefing.text.evidence import compare, evidence_of

WEDNESDAY = dt.date(2026, 6, 10)
TUESDAY = dt.date(2026, 6, 9).toordinal()


def test_a_dotted_clock_cut_in_two_keeps_its_weekday() -> None:
    # A text set apart from its site's chrome has one sentence a line, and "10.25pm" is cut at its stop:
    # the line "25pm on Tuesday." held only stamp words, so its Tuesday was read as the page's stamp.
    text = ("A woman has died in a house fire at Mallee Crescent.\nCrews were called at about 10.\n"
            "25pm on Tuesday.\nA neighbour tried to get in.")
    found = evidence_of("Woman dies in house fire", text, WEDNESDAY)
    assert found.day == TUESDAY
    assert found.part == LATE  # 10.25 pm, not "25pm" (1 pm, midday)


def test_a_clock_cut_at_its_meridiem_keeps_its_weekday() -> None:
    text = "A cyclist was hurt on Ferry Road at about 9 p.\nm. Tuesday.\nShe was taken to hospital."
    found = evidence_of("Cyclist hurt on Ferry Road", text, WEDNESDAY)
    assert found.day == TUESDAY
    assert found.part == LATE


def test_early_hours_of_this_morning_is_the_publication_day() -> None:
    text = "A man is in hospital after he was stabbed outside a takeaway in the early hours of this morning."
    found = evidence_of("Man stabbed outside takeaway", text, WEDNESDAY)
    assert found.day == WEDNESDAY.toordinal()
    assert found.part == EARLY


def test_overnight_is_the_publication_day_of_unknown_part() -> None:
    found = evidence_of("Shed destroyed", "A shed was destroyed by fire on Kent Road overnight.", WEDNESDAY)
    assert (found.day, found.part) == (WEDNESDAY.toordinal(), UNKNOWN)


def test_last_night_is_the_day_before_late() -> None:
    found = evidence_of("Van hits wall", "A van driver was hurt when his van hit a wall on Mill Lane last night.", WEDNESDAY)
    assert (found.day, found.part) == (TUESDAY, LATE)


def test_a_named_day_comes_before_a_relative_one() -> None:
    # "overnight" of a report published Wednesday about a fire at 10.25 pm Tuesday: the weekday is the day.
    text = "A woman died in a house fire overnight. Crews were called at about 10.25pm on Tuesday."
    assert evidence_of("Woman dies in fire", text, WEDNESDAY).day == TUESDAY


def test_a_statement_this_morning_dates_no_event() -> None:
    text = "A council spokesperson said this morning that the bridge would stay shut for repairs."
    assert evidence_of("Bridge stays shut", text, WEDNESDAY).day is None


def test_a_weekday_of_a_plan_is_not_the_event_day() -> None:
    # Published Sunday: "will appear ... on Monday" is tomorrow, not the Monday six days back; the stabbing
    # was in the early hours of Saturday.
    text = ("A 20-year-old man will appear in court on Monday charged over a stabbing in the early hours of "
            "Saturday.\nPolice allege he stabbed a man on Brunswick Street.")
    found = evidence_of("Man charged over stabbing", text, dt.date(2026, 6, 14))
    assert found.day == dt.date(2026, 6, 13).toordinal()


def test_a_plan_for_an_event_keeps_the_event_day() -> None:
    text = "A man will be sentenced on Friday for a robbery at a pharmacy on Monday."
    found = evidence_of("Man to be sentenced", text, dt.date(2026, 6, 10))
    assert found.day == dt.date(2026, 6, 8).toordinal()


def test_a_weekday_hyphenated_to_a_noun_is_no_day() -> None:
    # "Saturday-night television" names a show, not a day: read as one, it set a trial's second report two days
    # before the first (grouping round 45).
    text = ("A celebrity chef pleaded not guilty in a Milan court on Wednesday to fraud charges.\n"
            "The chef, a familiar face from Saturday-night television, denies wrongdoing.")
    assert evidence_of("Chef denies fraud", text, WEDNESDAY).day == WEDNESDAY.toordinal()


def test_a_day_told_as_a_later_stage_is_not_the_event_day() -> None:
    # The fire broke out on Tuesday; "for a second day on Wednesday" dates its second day, which clashed with
    # Tuesday's first report and kept the two apart.
    first = evidence_of("Wildfire breaks out", "A wildfire broke out on Tuesday afternoon in the hills.", WEDNESDAY)
    later = evidence_of("Wildfire burns on", "A wildfire burned for a second day on Wednesday, destroying 12 homes.",
                        WEDNESDAY)
    assert later.day is None
    assert not compare(first, later).day
    search = "The search for the missing yacht entered its third straight day on Wednesday."
    assert evidence_of("Search goes on", search, WEDNESDAY).day is None


def test_a_stage_leaves_the_event_day_told_beside_it() -> None:
    text = "Rescuers dug for a second day on Wednesday after a landslide buried a village on Tuesday night."
    assert evidence_of("Rescuers dig", text, WEDNESDAY).day == TUESDAY


def test_a_count_that_rose_on_a_day_is_the_reports_news() -> None:
    # A next-day report dates its toll's rise: the collapse itself was the day before (h5-02).
    text = ("The death toll from the collapse of a residential block in Githurai rose to 11 on Wednesday as "
            "rescuers worked through the night.")
    assert evidence_of("Toll rises to 11", text, WEDNESDAY).day is None


def test_a_count_that_rose_keeps_the_events_own_day() -> None:
    # Only a count's change is the report's news: "fell into a river on Tuesday" is the event's, and a toll's day
    # told beside it does not displace it.
    text = "A bus fell into a river on Tuesday; the death toll rose to 14 on Wednesday, officials said."
    found = evidence_of("Bus falls into river", text, WEDNESDAY)
    assert found.day == TUESDAY
    assert evidence_of("Bus crash", "A bus crashed on Wednesday, killing 11.", WEDNESDAY).day == WEDNESDAY.toordinal()
