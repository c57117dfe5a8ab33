"""One number read from a sentence, normalised: the value type every text reader returns."""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "one": 1,
}
# Ordinal words past "first" (which says an order, not a count: "the first time"): "the third death" is three
# killed, and "at the second farm" picks a place.
ORDINAL_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                 "tenth": 10}
# No person is older than the oldest on record (122): "a 140-year-old warehouse" is a building's age.
OLDEST_AGE = 122
# The number words as a regex alternation, longest first ("fourteen" before "four"), for every pattern that reads them.
WORD_NUMBER_PATTERN = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
# A number in digits, and one in words ("a dozen" too): the number patterns that numbers.py and counted.py share.
# Digits take "46. 8 %" and "13 . 6 %" as one percentage: a tokeniser spaces them so.
NUMERAL_PATTERN = r"\d+\s?\.\s\d+(?=\s?(?:%|per\s?cent))|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SPOKEN_NUMBER_PATTERN = r"(?:a\s+)?dozen|" + WORD_NUMBER_PATTERN
_TENS = frozenset({20, 30, 40, 50, 60, 70, 80, 90})
_SPACED_POINT = re.compile(r"(?<=\d)\s?\.\s(?=\d)")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_WORD_SPLIT = re.compile(r"[- ]+")

@dataclass(frozen=True, kw_only=True)
class Quantity:
    """One number found in a sentence, normalised."""

    value: float
    unit: str
    dim: str  # "money" | "count" | "power" | "length" | ... | "multiplier" | "date" | "age"
    display: str
    qualifier: str | None = None
    upper: float | None = None
    start: int = 0
    end: int = 0
    noun: str = ""  # the words the unit came from (for counts), to keep out of subjects
    aspect_text: str | None = None  # override of the words that say what is measured
    casualty: str | None = None  # "killed", "injured", ... when the words already said (casualties in words)


def parse_number(text: str) -> float | None:
    """Digits ('1,250.5') or number words ('a dozen', 'twenty-five') as a float."""
    t = _SPACED_POINT.sub(".", text.lower().replace(",", "").strip())  # "46. 8": a decimal, tokenised
    if _DIGITS.fullmatch(t):
        return float(t)
    total, last = 0.0, 0
    for part in _WORD_SPLIT.split(t):
        if part == "a":
            continue
        if part not in WORD_NUMBERS:
            return None
        scale = {"hundred": 100, "dozen": 12}.get(part) if total else None  # "two dozen" is 24, not 14
        if total and not scale and not (last in _TENS and WORD_NUMBERS[part] < 10):
            return None  # "three four times": an edit left in the text, not "seven"; only "twenty-four" adds up
        total, last = (total * scale if scale else total + WORD_NUMBERS[part]), WORD_NUMBERS[part]
    return total or None


def fmt_number(value: float) -> str:
    """1250000.0 -> '1,250,000'; 1.25 -> '1.25'."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


# How a reader sees a value: the scale named, money with its sign and cents.
_SCALE_NAMES = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}
_SIGN_OF = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def _scaled(value: float) -> str:
    for scale in (1e12, 1e9, 1e6):
        if value >= scale:
            return f"{fmt_number(value / scale)} {_SCALE_NAMES[scale]}"
    if round(value, 2) != value:
        return f"{value:,.4f}".rstrip("0")  # a price in fractions of a cent: "$5.22-1/4" is $5.2225
    if value != int(value):
        return f"{value:,.2f}"  # a price keeps its cents: $904.80, not $904.8
    return fmt_number(value)


def money_display(value: float, unit: str, upper: float | None = None) -> str:
    """'$1.25 billion/month', '€3 billion', '$100–$200/month'."""
    code, _, period = unit.partition("/")
    sign = _SIGN_OF.get(code)
    one = (lambda v: f"{sign}{_scaled(v)}") if sign else (lambda v: f"{_scaled(v)} {code}")
    text = one(value) + (f"–{one(upper)}" if upper is not None else "")
    return text + (f"/{period}" if period else "")


def quantity_display(q_value: float, unit: str, dim: str, qualifier: str | None, plus: bool,
                     upper: float | None = None) -> str:
    """How a reader sees one value: 'over 300 MW', '220,000+ GPUs', '3x to 10x'."""
    if dim == "money":
        core = money_display(q_value, unit, upper)
    elif dim == "multiplier":
        core = f"{fmt_number(q_value)}x" + (f" to {fmt_number(upper)}x" if upper is not None else "")
    else:
        number = fmt_number(q_value) + ("+" if plus else "")
        if upper is not None:
            number += f"–{fmt_number(upper)}"
        sep = "" if unit == "%" else " "
        unit = "person" if unit == "people" and q_value == 1 and upper is None else unit
        if dim == "duration" and q_value == 1 and upper is None:  # "1 minute 11 seconds", not "1 minutes"
            unit = "century" if unit == "centuries" else unit.removesuffix("s")
        core = f"{number}{sep}{unit}" if unit else number
    return f"{qualifier} {core}" if qualifier else core
