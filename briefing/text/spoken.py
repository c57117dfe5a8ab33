"""Numbers said in words around them: ages ('a 61-year-old', 'Kirkpatrick, 61,'), heights
('5-foot-8'), multipliers said as verbs ('doubled', 'tenfold') and quake magnitudes ('5.6 on the Richter
scale')."""

from __future__ import annotations

import re

from briefing.text import word_set
from briefing.text.quantity import OLDEST_AGE, WORD_NUMBER_PATTERN, Quantity, fmt_number, parse_number

_STOP = word_set("a an the of in on at to for from by with and or but as is are was were")
# Verbs of change only: "double" and "triple" are as often nouns and adjectives ("doubles match", "triple taillights").
_MULT_WORDS = {"doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "quadrupled": 4, "tenfold": 10,
               "halved": 0.5}
_MULT_WORD_RE = re.compile(r"\b(" + "|".join(_MULT_WORDS) + r"|(\w+)-?fold)\b", re.I)
# "more than tripled", "nearly doubled": the hedge before the verb belongs to the multiple it says.
_MULT_HEDGE = re.compile(r"\b(more than|nearly|almost|about|roughly|at least|over|just over|just under)\s+"
                         r"(?:\w+ly\s+)?$", re.I)
_AGE_RE = re.compile(r"(?<![\w.,])(\d{1,3})[- ]years?[- ]old\b", re.I)
# "aged 14 months", "ages 6 months and up": an age in months, weeks or days is no age in years
_AGED_RE = re.compile(r"\b(?:aged?|ages)\s+(\d{1,3})(?:\s+and\s+(\d{1,3}))?\b(?!\s+(?:months?|weeks?|days?)\b)", re.I)
_APPOSITIVE_AGE_RE = re.compile(r"\b([A-Z][\w'’-]+)(?:,? (?:Jr|Sr|II|III|IV)\.?)? ?, (\d{1,3})"  # "Carlineo Jr., 55", "Ray , 7 ,"
                                r"(?= ?[.;)]| ?,(?!\s*\d)| of\b)"  # not "IE6, 7, 8"
                                r"|\b[A-Z][\w'’-]+ (?:[A-Z]\. )?([A-Z][\w'’-]+) (\d{1,3}),? (?=of [A-Z])")  # a police list
_HEIGHT_RE = re.compile(r"\b(\d)[- ](?:foot|feet|ft),?[- ](\d{1,2})[- ]inch(?:es)?\b", re.I)
# A person's build: "6-foot-9" (feet and inches with no unit after the inches), "six-foot-five", "a 6-foot,
# 200-pound man". Neither the feet alone nor a length: no figure at all.
_DIGIT_OR_WORD = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)"
_BUILD_RE = re.compile(rf"\b{_DIGIT_OR_WORD}-(?:foot|feet)(?:-{_DIGIT_OR_WORD}(?![\w-])(?:\s*,\s*\d{{2,3}}-pounds?)?"
                       rf"|\s*,\s*\d{{2,3}}-pound\b)", re.I)
# "the nineteen fifties": a decade said in words is a time, not nineteen of anything.
_DECADE_RE = re.compile(r"\b(?:eighteen|nineteen|twenty)[\s-]+(?:twenties|thirties|forties|fifties|sixties|seventies|"
                        r"eighties|nineties)\b", re.I)

# "two Sundays ago", "two floors below", "two wins shy of": a count that only says how far
# off something is (in time, place or standing) counts nothing the story has.
_OFFSET_RE = re.compile(r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                        r"[A-Za-z]+s\s+(?:ago|apart|below|above|shy)\b", re.I)

# "40 East 5th Ave.", "221 Baker Street": a house number, then one to three capitalised or ordinal words,
# then a street type (a closed class, like a unit), is where something happened, not a count.
_ADDRESS_RE = re.compile(r"\b\d{1,5}(?:\s+(?:[A-Z][\w'’-]*\.?|\d+(?:st|nd|rd|th))){1,3}\s+"
                         r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Lane|Ln|Place|Pl|Court|Ct|Terrace|"
                         r"Parkway|Pkwy|Highway|Hwy)\b\.?")


# "the top 10 films grossed", "the school's top four scorers", "a top-five finish": a rank that bounds a group,
# not a count of anything the story has (a share, "the top 1% of earners", is one).
_RANK_RE = re.compile(rf"\btop[- ](?:\d{{1,3}}|{WORD_NUMBER_PATTERN})\b(?!\s*(?:%|per\s?cent|percent))", re.I)


def not_figures(s: str) -> list[tuple[int, int]]:
    """Spans whose numbers measure nothing a figure can show: a person's build, a decade in words, an offset,
    a street address, a rank's bound."""
    return [m.span() for m in (*_BUILD_RE.finditer(s), *_DECADE_RE.finditer(s), *_OFFSET_RE.finditer(s),
                               *_ADDRESS_RE.finditer(s), *_RANK_RE.finditer(s))]


def spoken_quantities(s: str) -> list[Quantity]:
    """Ages, heights, multiplier words and quake magnitudes in a (masked) sentence."""
    return _ages(s) + _heights(s) + _multiplier_words(s) + _magnitudes(s)


def _ages(s: str) -> list[Quantity]:
    found = []
    for match in _AGE_RE.finditer(s):
        found.append(_age(float(match.group(1)), match.start(), match.end()))
    for match in _AGED_RE.finditer(s):
        for group in (1, 2):
            if match.group(group):
                found.append(_age(float(match.group(group)), match.start(group), match.end(group)))
    for match in _APPOSITIVE_AGE_RE.finditer(s):
        group = 2 if match.group(2) else 4
        name = match.group(group - 1)
        if 0 < int(match.group(group)) <= OLDEST_AGE and name.lower() not in _STOP:
            found.append(_age(float(match.group(group)), match.start(group), match.end(group)))
    return found


def _age(value: float, start: int, end: int) -> Quantity:
    return Quantity(value=value, unit="years old", dim="age", display=f"{fmt_number(value)} years old",
                    start=start, end=end)


def _heights(s: str) -> list[Quantity]:
    return [Quantity(value=float(int(m.group(1)) * 12 + int(m.group(2))), unit="in", dim="length",
                     display=f"{m.group(1)} ft {m.group(2)} in", start=m.start(), end=m.end())
            for m in _HEIGHT_RE.finditer(s)]


def _multiplier_words(s: str) -> list[Quantity]:
    found = []
    for match in _MULT_WORD_RE.finditer(s):
        word = match.group(1).lower()
        value = _MULT_WORDS.get(word)
        if value is None and match.group(2):
            value = parse_number(match.group(2))
        if value:
            hedge = _MULT_HEDGE.search(s, 0, match.start())
            qualifier = hedge.group(1).lower() if hedge and hedge.end() == match.start() else None
            found.append(Quantity(value=float(value), unit="x", dim="multiplier", qualifier=qualifier,
                                  display=(f"{qualifier} " if qualifier else "") + f"{fmt_number(value)}x",
                                  start=hedge.start() if qualifier and hedge else match.start(),
                                  end=match.end()))
    return found


_MAGNITUDE_RE = re.compile(r"\bmagnitude(?:\s+of)?[\s-]+(\d(?:\.\d)?)\b|\b(\d\.\d)[\s-]+magnitude\b|"
                           r"\b(\d(?:\.\d)?)(?:\s+(?:to|-)\s+(\d(?:\.\d)?))?\s+(?:degrees\s+)?on\s+the\s+Richter\s+scale",
                           re.I)


def _magnitudes(s: str) -> list[Quantity]:
    """'a magnitude 5.6 quake', 'a 6.1-magnitude earthquake': a scale, not a count."""
    found = []
    for match in _MAGNITUDE_RE.finditer(s):
        group = next(g for g in (1, 2, 3) if match.group(g))  # "measuring 5.6 on the Richter scale"
        value = float(match.group(group))
        upper = float(match.group(4)) if match.group(4) else None  # "from 2.8 to 3.8 degrees on the Richter scale"
        shown = f"magnitude {value:g}" + (f"–{upper:g}" if upper else "")
        found.append(Quantity(value=value, upper=upper, unit="magnitude", dim="magnitude", display=shown,
                              start=match.start(group), end=match.end(4 if upper else group)))
    return found
