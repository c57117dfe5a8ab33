"""Two structural marks of a label told of another time or of no one: bench/bench_label_hiding.py crosses them with
the other provenance features (figures.support) and chooses by leaving one judged set out at a time.

Round 35 of bench/gold/label_audit_dev.md left them: a date label whose clause has no subject ("date closed parts"),
and a number whose sentence tells of another time than the article's (an earlier year, "last year", "the previous
record") while its label names no year ("ships held up" for a 2021 blockage). English grammar and time words only.
"""

from __future__ import annotations

import re

from briefing.figures.reading import Reading

YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # a year in a label: "people killed in 2013" (figures.support too)
# Words that place a number before the story's time past what figures.spans.earlier_event reads (an earlier year,
# "last year", "years ago"): "the previous record", "a year earlier", "the season before".
_BEFORE = re.compile(r"\b(?:previous|prior)\b|\b(?:a|the|one) (?:day|week|month|year|decade|season) "
                     r"(?:earlier|before)\b", re.I)


def date_subject(reading: Reading) -> str:
    """Whose a date label's event is: "-" (no date), "noun" ("date of the signing"), "none" (the clause's verb
    follows "date" at once: "date closed parts"), or "named" ("date Smith joined Blazers")."""
    if reading.kind != "date" or not reading.specific:
        return "-"
    rest = reading.measure.removeprefix("date").strip()
    if rest.startswith("of "):
        return "noun"
    verb = reading.word
    return "none" if verb and (rest == verb or rest.startswith(f"{verb} ")) else "named"


def other_time(sentence: str, background: bool, label: str) -> bool:
    """Does the number's sentence tell of another time than the article's while its label names no year?"""
    return (background or bool(_BEFORE.search(sentence))) and not YEAR.search(label)
