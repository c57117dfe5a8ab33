"""The figures a follow-up shares with the first day, as evidence that it tells the same story.

A follow-up told days later by another outlet, most of all national and foreign news (a government decision, a
wire story from abroad), has new words, a new headline and few local places, but it restates the first day's
figures: the day it happened, resolved from "Tuesday's derailment" (a figure with the unit "date"), the $48
million contract, the 7.8 tonnes seized. A value that only the two events give is read as a name is
(continuing.py): one point of the told-alike rule, one rare name of the named-apart rule. A value many events
give ("2 people", yesterday's date in a real edition, where every story happened on it) is not rare, and counts
for nothing. Today's values count only where its reports tell them of their own story, not only aside
(aside.py, Matching.figure_aside). Off in use (Matching.told_figures): measured in docs/dedupe.md, "Memory
across days, round 7" and "round 8".
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

DATE_UNIT = "date"  # the unit figures/ gives a calendar date (value yyyymmdd)
# An age is the evidence's own kind (text/evidence.py reads the lead's ages, and a clash there parts two
# stories); as a mark it would count twice, and two stabbings' victims are often of an age.
AGE_UNIT = "years old"
# Matching.told_figures: which values count (0: none).
OFF, DATES, AMOUNTS, ALL = 0, 1, 2, 3


def marks(values: Iterable[tuple[float, str, float | None]], mode: int, least: float = 0.0) -> frozenset[str]:
    """The values (value, unit, upper) `mode` counts, each as a mark that no name can spell ("#7.8 t"); an
    amount under `least` is not counted (two shootings: many stories of a kind give them), nor an age."""
    if mode == OFF:
        return frozenset()
    found = set()
    for value, unit, upper in values:
        is_date = unit == DATE_UNIT
        if (mode == AMOUNTS if is_date else mode == DATES or abs(value) < least or unit == AGE_UNIT):
            continue
        found.add(day_mark(value) if is_date and upper is None else
                  f"#{value:.15g} {unit}" + ("" if upper is None else f"-{upper:.15g}"))
    return frozenset(found)


def day_mark(yyyymmdd: float) -> str:
    """A date's mark, by its ordinal as text/evidence.py gives an event's days, so a shared day is told apart."""
    n = int(yyyymmdd)
    try:
        return f"#{dt.date(n // 10000, n // 100 % 100, n % 100).toordinal()} date"
    except ValueError:  # a date figures/ read wrongly: kept as a value, never as a day
        return f"#{yyyymmdd:.15g} date?"


def shared(a: frozenset[str], b: frozenset[str], days: frozenset[int], limit: int) -> frozenset[str]:
    """The marks both events give, but the day they already agree on (the told-alike rule counts it once, as
    the day), at most `limit` of them (0: all), the same ones whichever way round."""
    both = sorted(a & b - {f"#{day} date" for day in days})
    return frozenset(both[:limit] if limit else both)


def rare_marks(given: Iterable[frozenset[str]], limit: int) -> frozenset[str]:
    """The marks that at most `limit` of the events compared (today's and the remembered) give. Unlike a name,
    each remembered event counts, not each edition: every story of an edition happened on about the same day
    and many give yesterday's date, which tells none of them from the others."""
    counted: Counter[str] = Counter(mark for found in given for mark in found)
    return frozenset(mark for mark, n in counted.items() if n <= limit)
