"""Reading text, below every stage: numbers, dates, names, and the small helpers several stages share."""

from __future__ import annotations

import datetime as dt

# Month names and their common abbreviations -> month number; one table for every date reader.
_SPELLINGS = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)
MONTHS: dict[str, int] = {name: number for number, names in enumerate(_SPELLINGS, start=1) for name in names}
MONTH_NAMES = tuple(names[0] for names in _SPELLINGS)  # the full names alone, January first
# Each month name's first three letters: every spelling in MONTHS starts with one ("sept", "june").
MONTH_STEMS = sorted({name[:3] for name in MONTHS})

# Monday first, as datetime.date.weekday() counts.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# The words of a page's own posting stamp ("Posted Monday, May 23, 2005 7:21 AM EDT", "Last updated"): when
# a page went up, not what happened. Headlines leave them out (dedupe/headlines.py), and a lead's line of
# nothing but these and numbers is no event's day (text/evidence.py, which adds more zones and clock words).
CLOCK_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    ("am", "pm", "gmt", "est", "edt", "pst", "utc", "posted", "updated", "published", "last"))


def plural(n: int, word: str) -> str:
    """'1 source', '3 sources'."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def long_date(day: dt.date) -> str:
    """'May 6, 2026'."""
    return f"{day:%B} {day.day}, {day.year}"


def word_set(words: str) -> frozenset[str]:
    """A frozenset of the space-separated words (keeps long word lists readable)."""
    return frozenset(words.split())


def jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    """Shared words over all words; 0 when either side is empty."""
    return len(a & b) / len(a | b) if a and b else 0.0
