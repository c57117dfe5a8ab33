"""Who, where and when of a report: the evidence that tells one event from another of the same kind.

Two reports of one shooting name the same city, the same day and the same ages; two shootings of one
week share every topic word but not those. The deduplicator (linking and splitting) and the memory
across editions read the same `Evidence`, so "same event" means one thing in both.

- places: the city (and state or country) the text puts the event in (places.py);
- day: the earliest date the lead gives for what happened, relative days ("on Saturday") resolved
  against the publication date;
- ages: "34-year-old", "Marcus Hill, 34," in the lead — who the victims and suspects are, by the one figure
  every outlet reports;
- people: names of two or more words mid-sentence ("Marcus Hill"), for agreement only: a report can
  quote different officials without being about another event;
- scores: the game results the headline and opening give ("beat the Sabres 4-1"): two games of one night
  share every word of their kind (the league, "power-play goal", "third period") but not their score;
- streets: the streets the headline and lead name (streets.py), and every street the text names: two fires of one
  week in one city share the city and every word of their kind, but each leads with its own street.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.text import CLOCK_WORDS, MONTH_STEMS, MONTHS, WEEKDAYS, word_set
from briefing.text.dayparts import UNKNOWN, agreed, apart, hurt_at, minutes, part_at, planned, relative_days, staged, told_out
from briefing.text.places import Places, far_apart, find_places
from briefing.text.quantity import OLDEST_AGE
from briefing.text.scores import SCORE_CHARS, game_scores
from briefing.text.streets import clash, lead_streets

# The lead (the first sentence or two of a report) says when it happened; later dates are background
# (an earlier shooting, last year's figures) more often than the event's own.
LEAD_CHARS = 300
# The day forms a lead uses, each found by a small regex that opens with a short character class: one
# regex with every form as an alternative scanned ten times slower (the full date reader, text/dates.py,
# more still: over every lead of a 100k batch it cost more than the rest of the deduplicator). Case
# matters: "may" the verb is not a month, and weekdays are capitalised in English.
# A weekday is one of these stems before "day". A lead is searched for "day" (a C-level substring search)
# and only the few places found are tried: a scan of the lead for the whole name tried every capital
# letter, which cost half of reading the lead's days.
_WEEKDAY_STEM = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)\Z")
_MONTH_WORD = re.compile(r"[ADFJMNOS](?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)[a-z]*")
_DAY_AFTER = re.compile(r"\.?\s([0-3]?\d)(?:st|nd|rd|th)?\b")  # "May 6"
_DAY_BEFORE = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\s(?:of\s)?$")  # "6 May", "6th of May"
_YEAR_AFTER = re.compile(r",?\s((?:19|20)\d\d)\b")
_ISO = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d\b")
# Every month name starts with one of these: one regex search for them (a lead without any is not
# scanned for month words) costs less than a substring test for each.
_MONTH_START = re.compile("|".join(stem.capitalize() for stem in MONTH_STEMS))
_WEEKDAYS = tuple(day[:3].capitalize() for day in WEEKDAYS)
# "police said Monday" dates the statement, "next Monday" a plan: neither is when it happened.
_NOT_EVENT = frozenset(("said", "says", "told", "confirmed", "announced", "next", "until", "by", "since"))
# ... and so does a count's change ("the toll rose to 11 on Wednesday"): a next-day report dates its new toll so
# (h5-02), and its event's day is another or untold. The verbs of a rise or fall are a closed class. (A verb of
# saying before "on", "retailers said on Tuesday", was weighed too and left: as often the only day a report of an
# announcement gives, its news and its event's; grouping round 46, bench/survey_news_days.py --said.)
NEWS_DAYS = True  # module constant, read at call time, that a bench may turn off to weigh the rule
_NEWS_DAY = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|jumped|grew|fell|dropped)\sto\s"
                       r"(?:at\sleast\s|more\sthan\s|about\s|nearly\s)?[\w,.]+(?:\son)?\s$")
# "34-year-old" (found by a substring search) and "Marcus Hill, 34,", a pattern that opens with a literal,
# which the regex engine finds by a fast substring search instead of trying every position.
_YEAR_OLD = "-year-old"
_AGE_AFTER = re.compile(r", (\d{1,3})(?:,? and (\d{1,3}))?,")  # "Marcus Hill, 34," / "two children, 6 and 9,"
_AGES_WORD = re.compile(r"ages? (\d{1,3})(?:,? and (\d{1,3}))?\b")  # "ages 6 and 9"
_DIGITS = re.compile(r"\d{1,3}$")
# A text set apart from its site's chrome has its sentences rejoined by line breaks, and the splitter cuts a
# dotted clock in two ("at 2.\n20am on Tuesday", "at 9 p.\nm. Tuesday"): the tail's line then reads as a page's
# stamp, and its day is lost (or its hour misread: "25pm"). The lead is rejoined where it was cut so.
# An age told in a clause that sets another casualty against this one ("five hours after a 19-year-old was
# stabbed") is that incident's: read as this report's, it joined a second stabbing to the first (set H).
TOLD_BACK = True
# An age told of the one charged or arrested ("A 20-year-old man has been charged", "police arrested a
# 24-year-old") is the suspect's: beside the victim's age in another report of the same attack it read as a
# clash (n-17, o-16; grouping round 47). A module constant, read at call time, that
# bench/survey_suspect_ages.py turns off to weigh the rule.
SUSPECT_AGES = True
_SUSPECT_AGE = re.compile(r"(?:\b(?:arrested|charged|detained)\s(?:a|an)\s(\d{1,3})-year-old"
                          r"|\b(\d{1,3})-year-old(?:\s\w+){0,3}?\s(?:has|had|was|were|is|have)\s(?:been\s)?"
                          r"(?:charged|arrested|detained|remanded|accused|taken\sinto\scustody))")
REJOIN_CLOCKS = True  # module constants, read at call time, that bench_dedupe_joint.py turns off to weigh the rule
_CUT_CLOCK = re.compile(r"\.\n(?:(?<=\d\.\n)(?=\d\d\s?[ap]\.?\s?m\b)|(?<=\b[ap]\.\n)(?=m\.))")
# A line of a page that holds nothing but a date, a time and these words is the page's own stamp ("Posted
# Oct 26, 2011 8:57 AM CDT", "Thursday, December 11, 2008", "23 July 2013 Last updated at 13:42 GMT"): when
# it was published or updated, not when what it reports happened. Follow-ups (a trial, a repair, a
# verdict) are published days or months after their event, so a stamp read as the event's day sets
# reports of one event apart.
_STAMP_WORDS = CLOCK_WORDS | frozenset(d[:3] for d in WEEKDAYS) | word_set(
    """tues thur thurs st nd rd th a m p noon bst cet cest cst cdt mst mdt pdt et ct mt pt modified first at on date
    time""")
_LETTERS = re.compile(r"[a-z]+")
# A capitalised run after a lower-case word or a comma: a name of two or more words. A word may be hyphenated
# ("Tri-County Polymers", "Annette Ruiz-Delgado", "Stratford-upon-Avon"); before, the first word stopped at the
# hyphen and the last kept it ("ruiz-"), so such names were not read or not compared whole.
_PERSON = re.compile(r"[A-Z](?<=[a-z,:;] [A-Z])[a-z]+(?:-[A-Z]?[a-z]+)*(?:\s[A-Z]\.)?"
                     r"(?:\s[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)+")
# A follow-up tells its event's moment further on than the lead ("died after being stabbed on Grosvenor Road at
# around 1.40am on Tuesday" in the third paragraph of a charge's report); this much of a text is read for them.
MOMENT_CHARS = 1200
# A day named this near a clock is the clock's ("at about 10:20 p.m. Wednesday", "Thursday at 9:50 p.m.").
_MOMENT_REACH = 40
# The sentence splitter cuts "p.m." in two, and where a site's chrome is set apart (dedupe/boilerplate.py) the lone
# "m." goes with it, a "sentence" of every page: "at about 10:20 p.\nWednesday.", whose day then reads as a page's
# stamp. The clock is made whole again before its moment is read.
_LOST_M = re.compile(r"(?:(?<=\d[ap])|(?<=\d [ap]))\.\n")
# What every clock to the minute holds ("10:20", "1.40", or "10.\n20" that _CUT_CLOCK rejoins): a text without it
# has no moment, and one scan for it (0.1 s per 20k synthetic articles) spares the two rejoining passes and the
# clock's own scan, whose look-behind opening cannot skip ahead (0.7 s).
_CLOCK_HINT = re.compile(r"[:.]\n?[0-5]\d")


def _person(run: str) -> str:
    """A name as compared: lower-case, without a possessive ("Marcus Hill's" is Marcus Hill)."""
    return run.lower().removesuffix("'s").removesuffix("’s")


def _people(runs: Sequence[str]) -> frozenset[str]:
    """The runs of two or more words, each as _person gives it."""
    return frozenset(_person(r) for r in runs if " " in r)


@dataclass(frozen=True, kw_only=True)
class Evidence:
    """What one report says about where, when and who."""

    places: Places
    day: int | None  # proleptic ordinal of the event day (dt.date.toordinal), None when not stated
    ages: frozenset[int]
    people: frozenset[str]
    # Game scores of the opening, each as (smaller, larger): "won 4-1" and "lost 1-4" are one result.
    scores: frozenset[tuple[int, int]] = frozenset()
    # The part of the event's day the lead tells (text/dayparts.py: "Wednesday morning", "late Thursday").
    part: int = UNKNOWN
    # Whether the lead tells that day beside someone hurt ("was shot Monday night": dayparts.hurt_at), so that
    # the day is the casualty's own and not a follow-up's news ("were detained on Tuesday").
    hurt: bool = False
    # The moments the text tells to the minute, each (day, hour, minute): the day named beside the clock, else the
    # event's. A next-day piece dates its lead by its own news ("turned himself in Friday") and tells the event's
    # moment further on ("struck ... at about 10:20 p.m. Wednesday"): one moment in common, their days do not clash.
    moments: frozenset[tuple[int, int, int]] = frozenset()
    # The streets the headline and lead name, and those the whole text names (text/streets.py).
    streets: frozenset[str] = frozenset()
    named_streets: frozenset[str] = frozenset()
    # Each age and its neighbours: outlets give one victim as 34 and 35 (a birthday, a first report), so
    # ages a year apart are the same person's (a's near_ages meet b's ages). Made once per record, not per pair.
    near_ages: frozenset[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "near_ages", ages_near(self.ages))


def evidence_of(title: str, text: str, published: dt.date | None, runs: Sequence[str] | None = None, *,
                known: dict[tuple[object, ...], Evidence] | None = None) -> Evidence:
    """The evidence of one report; empty fields where the text does not say.

    `runs`, when given, are the text's capitalised runs that follow a lower-case word or a comma (as the
    deduplicator finds them for its terms); they stand in for a second scan of the text. `known`, when
    given, holds the records read so far by their fields: an equal one is returned instead of a new one."""
    if runs is None:
        runs = _PERSON.findall(text)
    # Ages are read from the lead too: further on, a report of a second shooting tells the first one's victim
    # ("a night after 31-year-old Marcus Hill was killed nearby"), and that age would tie the two together.
    lead = text[:LEAD_CHARS]
    if REJOIN_CLOCKS and ".\n" in lead:
        lead = _CUT_CLOCK.sub(".", lead)
    day_part_hurt = _event_day(lead, published)
    fields = (find_places(title, text), *day_part_hurt, _ages(_own(lead)), _people(runs),
              game_scores(title, text[:SCORE_CHARS]), _moments(text[:MOMENT_CHARS], published, day_part_hurt[0]),
              *lead_streets(title, text, LEAD_CHARS))
    if known is None:
        return _record(fields)
    # A batch's records mostly repeat (no city, one of a few days, no ages): looked up by their fields,
    # a record is built only once, where building and hashing one each cost 0.21 s at 100k synthetic
    # articles (now 0.04 s).
    found = known.get(fields)
    if found is None:
        found = known[fields] = _record(fields)
    return found


def people_of(text: str) -> frozenset[str]:
    """evidence_of(...).people of a text, without reading its places, days, ages and scores."""
    return _people(_PERSON.findall(text))


def _record(fields: tuple[Places, int | None, int, bool, frozenset[int], frozenset[str],
                          frozenset[tuple[int, int]], frozenset[tuple[int, int, int]], frozenset[str],
                          frozenset[str]]) -> Evidence:
    places, day, part, hurt, ages, people, scores, moments, lead, named = fields
    return Evidence(places=places, day=day, ages=ages, people=people, scores=scores, part=part, hurt=hurt,
                    moments=moments, streets=lead, named_streets=named)


def _moments(text: str, published: dt.date | None, day: int | None) -> frozenset[tuple[int, int, int]]:
    """(day, hour, minute) of each clock to the minute in `text`: the day named nearest beside it, else `day`."""
    if not _CLOCK_HINT.search(text):  # the rejoining below makes no digit, colon or point: no clock before, none after
        return frozenset()
    if REJOIN_CLOCKS and ".\n" in text:
        text = _LOST_M.sub(".m. ", _CUT_CLOCK.sub(".", text))
    clocks = minutes(text)
    if not clocks:
        return frozenset()
    days = _days(text, published)
    found = set()
    for start, end, hour, minute in clocks:
        near = [(min(abs(at - end), abs(start - stop)), told) for told, _, at, stop in days
                if at - _MOMENT_REACH <= end and start <= stop + _MOMENT_REACH]
        told = min(near)[1] if near else day
        if told is not None:
            found.add((told, hour, minute))
    return frozenset(found)


def _own(lead: str) -> str:
    """The lead with the clauses that tell another casualty back blanked (dayparts.told_back)."""
    if SUSPECT_AGES and "-year-old" in lead and _suspected(lead):
        lead = _SUSPECT_AGE.sub(_blank_age, lead)
    if not TOLD_BACK or "after" not in lead:
        return lead
    return told_out(lead)


def _suspected(lead: str) -> bool:
    """Whether `lead` holds a verb every _SUSPECT_AGE match does (C-level tests before a scan tried everywhere)."""
    return ("arrested" in lead or "charged" in lead or "detained" in lead or "remanded" in lead or "accused" in lead
            or "taken" in lead)


def _blank_age(found: re.Match[str]) -> str:
    group = 1 if found.group(1) else 2
    start, end = found.span(group)
    whole = found.group()
    return whole[:start - found.start()] + " " * (end - start) + whole[end - found.start():]


def ages_near(ages: frozenset[int]) -> frozenset[int]:
    """The ages and those a year either side."""
    return frozenset(age + step for age in ages for step in (-1, 0, 1))


def _ages(text: str) -> frozenset[int]:
    found = _AGE_AFTER.findall(text)
    if "age" in text:  # the rarer form is looked for only where a C-level substring test finds its literal
        found += _AGES_WORD.findall(text)
    ages = {int(a) for pair in found for a in pair if a} if found else set()
    at = text.find(_YEAR_OLD)
    while at >= 0:
        digits = _DIGITS.search(text, max(0, at - 3), at)
        if digits:
            ages.add(int(digits.group()))
        at = text.find(_YEAR_OLD, at + len(_YEAR_OLD))
    # "a 140-year-old warehouse" beside a victim's 45 read as a clash (lookalikes_q, q-11): no person is that old
    return frozenset(a for a in ages if a <= OLDEST_AGE)


def _event_day(lead: str, published: dt.date | None) -> tuple[int | None, int, bool]:
    """The earliest day the lead gives for something that happened, as an ordinal, and the part of that
    day it is told in (dayparts.py). A follow-up leads with its news ("was charged on Monday in Sunday's
    shooting"), so the earliest day, not the first, is the incident's. Weekdays and "yesterday" count back
    from the publication date; a month and day without a year take the publication's year. The third is
    whether a mention of that day is told beside someone hurt (dayparts.hurt_at). A day told as a later stage
    ("for a second day on Monday", dayparts.staged) is not the event's."""
    days = [d for d in _days(lead, published) if not staged(lead, d[2])]
    if not days:
        return None, UNKNOWN, False
    earliest = min(day for day, *_ in days)
    return (earliest, agreed([part for day, part, *_ in days if day == earliest]),
            any(hurt_at(lead, start, end) for day, _, start, end in days if day == earliest))


def _days(lead: str, published: dt.date | None) -> list[tuple[int, int, int, int]]:
    """(day, part, start, end) of each day `lead` tells something happened on, as _event_day reads them."""
    days: list[tuple[int, int, int, int]] = []  # (day, part, start, end of the mention)
    if published is not None:
        today, weekday = published.toordinal(), published.weekday()
        for at, end, number in _weekdays(lead):
            if lead.startswith("-", end):  # hyphenated to a noun, it names a kind: "Saturday-night television"
                continue
            # "Wednesday's explosion" is an event's day whatever precedes it ("forced out by Wednesday's").
            possessive = lead.startswith(("'s", "’s"), end)
            # ... unless a future in its clause makes it a plan's ("will play in Sunday's final").
            if ((possessive and not planned(lead, at)) or not _reported(lead, at)) and not _stamp(lead, at):
                days.append((today - (weekday - number) % 7, part_at(lead, at, end), at, end))
        at = lead.find("esterday")
        if at > 0 and not _reported(lead, at - 1):
            days.append((today - 1, part_at(lead, at - 1, at + 8), at - 1, at + 8))
    first = _MONTH_START.search(lead)
    # No month word starts before the first month start, nor does one found before it reach past it.
    for match in _MONTH_WORD.finditer(lead, first.start()) if first else ():
        month = MONTHS.get(match.group().lower())  # "Mayor" and "Marching" are no months
        if month is None:
            continue
        after = _DAY_AFTER.match(lead, match.end())
        before = None if after else _DAY_BEFORE.search(lead, max(0, match.start() - 12), match.start())
        if not after and not before:
            continue
        year_match = _YEAR_AFTER.match(lead, after.end() if after else match.end())
        year = int(year_match.group(1)) if year_match else published.year if published else None
        start = match.start() if after else before.start()  # type: ignore[union-attr]
        if year and not _reported(lead, start) and not _stamp(lead, start):
            end = after.end() if after else match.end()
            with contextlib.suppress(ValueError):
                days.append((dt.date(year, month, int((after or before).group(1))).toordinal(),  # type: ignore[union-attr]
                             part_at(lead, start, end), start, end))
    if "-0" in lead or "-1" in lead:  # an ISO date's month: a hyphenated word needs no scan
        for iso in _ISO.finditer(lead):
            if not _stamp(lead, iso.start()):
                with contextlib.suppress(ValueError):
                    days.append((dt.date.fromisoformat(iso.group()).toordinal(), part_at(lead, *iso.span()), *iso.span()))
    if not days and published is not None:
        # No day named: "overnight", "this morning" are told against the publication's day.
        days = [(published.toordinal() - back, part, at, at + 1) for at, back, part in relative_days(lead)
                if not _reported(lead, at)]
    return days


def _weekdays(lead: str) -> list[tuple[int, int, int]]:
    """(start, end, weekday number, Monday 0) of each weekday name in `lead`, "Sundays" and "XMonday" too."""
    found = []
    at = lead.find("day")
    while at >= 0:
        # No stem is the end of another, so at most one ends here.
        stem = _WEEKDAY_STEM.search(lead, max(0, at - 6), at)
        if stem:
            found.append((stem.start(), at + 3, _WEEKDAYS.index(stem.group()[:3])))
        at = lead.find("day", at + 3)
    return found


def _stamp(lead: str, at: int) -> bool:
    """Whether the date at `at` is on a line of its own, with no word but _STAMP_WORDS (a page's stamp)."""
    start = lead.rfind("\n", 0, at) + 1
    end = lead.find("\n", at)
    line = lead[start:] if end < 0 else lead[start:end]
    # Word by word, to stop at the first that is no stamp's: a date in running text stops at once.
    return all(word.group() in _STAMP_WORDS for word in _LETTERS.finditer(line.lower()))


def _reported(lead: str, at: int) -> bool:
    """Whether the word before `at` (or a future in its clause, dayparts.planned, or a count's change, _NEWS_DAY)
    makes the date a statement's, a plan's or a news day's, not the event's."""
    before = lead[max(0, at - 12):at].split()
    if bool(before) and before[-1].lower().strip(",:") in _NOT_EVENT or planned(lead, at):
        return True
    # A count's change holds "to": a C-level search first (_NEWS_DAY opens on \b, tried at every position).
    start = max(0, at - 40)
    return NEWS_DAYS and lead.find("to", start, at) >= 0 and bool(_NEWS_DAY.search(lead, start, at))


@dataclass(frozen=True, kw_only=True)
class Verdict:
    """How two reports' evidence compares: which kinds agree, and which clearly clash."""

    place: bool = False  # each names its own city, far from the other's
    day: bool = False  # their event days are further apart than allowed
    ages: bool = False  # both give ages and share none
    score: bool = False  # both give a game score and share none
    street: bool = False  # each leads with a street the other never names (streets.clash; `compare` says when it counts)
    hurt: bool = False  # the days clash, each lead dates someone hurt that day, and no age is in common
    same_place: bool = False
    same_day: bool = False
    same_ages: bool = False  # an age in common
    same_people: bool = False  # a name of two or more words in common

    @property
    def clash(self) -> int:
        """How many kinds clash."""
        return self.place + self.day + self.ages + self.score + self.street

    @property
    def agree(self) -> int:
        """How many kinds agree."""
        return self.same_place + self.same_day + self.same_ages + self.same_people


def compare(a: Evidence, b: Evidence, *, day_gap: int = 1, day_parts: bool = True, moments: bool = True,
            street: bool = True) -> Verdict:
    """Agreements and clashes between two reports. A place clashes when each names its own city, never
    mentions the other's, and the two are not one area; days clash when more than `day_gap` days apart, when
    they differ beside clashing ages, or (`day_parts`) a night apart in parts that cannot meet (`parted`), unless
    (`moments`) both tell one moment to the minute (a next-day piece dated by its own news); ages clash
    when both give ages and none is within a year of one of the other's; scores when both give a game score
    and share none; (`street`) streets, beside one of those, when each leads with one the other never names: alone a
    street is as often a second place of one event (where the getaway car was found) as another event's.
    (A score in common is no agreement: one night's results are often reported together.)"""
    pa, pb = a.places, b.places
    # Cities only: states and countries are named for who acts ("Washington", "India's navy") as often
    # as for where, and a shared one is too broad to count as agreement.
    both_cities = bool(pa.city and pb.city)
    same_place = both_cities and pa.city == pb.city
    place = (both_cities and not same_place and pa.city not in pb.mentioned and pb.city not in pa.mentioned
             and far_apart(pa.city, pb.city))
    both_days = a.day is not None and b.day is not None
    same_day = both_days and a.day == b.day
    same_ages = not a.near_ages.isdisjoint(b.ages)
    ages = bool(a.ages and b.ages) and not same_ages
    # Days a night apart clash only beside other victims or parts of the day that cannot meet (dedupe/compare.py's
    # weigh_pair, which inlines this verdict for the grouping's pairs).
    day = (both_days and not same_day and (ages or abs(a.day - b.day) > day_gap  # type: ignore[operator]
                                           or day_parts and parted(a, b))
           and not (moments and not a.moments.isdisjoint(b.moments)))
    score = bool(a.scores and b.scores) and not a.scores & b.scores
    street = street and (place or day or ages or score) and clash(a.streets, a.named_streets, b.streets, b.named_streets)
    return Verdict(place=place, day=day, ages=ages, score=score, street=street, same_place=same_place, same_day=same_day,
                   same_ages=same_ages, same_people=bool(a.people & b.people), hurt=day and a.hurt and b.hurt and not same_ages)


def parted(a: Evidence, b: Evidence) -> bool:
    """Whether two reports dated a day apart tell parts of those days that no one event spans (dayparts.apart)."""
    if a.day is None or b.day is None or abs(a.day - b.day) != 1:
        return False
    earlier, later = (a, b) if a.day < b.day else (b, a)
    return apart(earlier.part, later.part)
