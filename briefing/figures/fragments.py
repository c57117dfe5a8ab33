"""Labels that are not a phrase: a unit counted as a thing, a measure cut where another number begins, a measure
word doubled by a generic one.

Issue 11: a figure whose label cannot be made specific is not shown. These are structural faults of the label
against its own sentence (bench/gold/label_audit_dev.md, round 33): "number of percentage points", "number of
nautical miles", "hectares per year" name only the unit the number is told in; "Bangladesh runs in a little"
("57 runs in a little over 22 overs") and "equity and up value" ("€550 million in equity and up to €350 million")
run on into another number's words; "altitude length", "weighs weight" say one measure twice. figures.support reads
them as one feature, and bench/bench_label_hiding.py chooses by cross-validation whether it hides. Units and
closed-class words only, no word of any corpus.
"""

from __future__ import annotations

import re

from briefing.figures import structure as st
from briefing.text import english as en
from briefing.text.numbers import Quantity
from briefing.text.quantity import WORD_NUMBERS
from briefing.text.units import UNIT_RE

# Units of measure the number parser does not read as a dimension (it counts them: "13 nautical miles" is a count of
# miles to it), past a modifier of the unit ("nautical", "square", "percentage", "basis").
_UNIT = re.compile(r"(?:(?:kilo|mega|giga|milli|centi)?(?:met(?:er|re)s?|lit(?:er|re)s?|grams?|watts?)|miles?|"
                   r"inch(?:es)?|feet|acres?|hectares?|tonnes?|tons?|knots?|cents?|pence|degrees?)", re.I)
_POINTS = frozenset({"percentage", "basis"})  # "percentage points" is a unit; "points" alone is a tally in sport
_PERIOD = re.compile(r"\s+(?:per|a|an|each)\s+(?:year|month|week|day|hour|minute|second)$")
# The words that may stand between a measure and another number it runs into ("in a little over 22", "and up to 350").
_QUALIFYING = frozenset({"over", "under", "up", "to", "about", "around", "nearly", "almost", "more", "less", "than",
                         "at", "least", "some", "just", "roughly", "approximately"})
_LEANING = st.CLOSED | _QUALIFYING | en.PARTICLES | {"little", "few", "past"}  # "a little over", "the past 12 months"
_DETERMINERS = en.ARTICLES | en.POSSESSIVES
# A dimension's own names: one of them needs no generic word after it ("altitude length", "depth length").
DIMENSIONS = frozenset({"length", "width", "height", "depth", "altitude", "elevation", "distance", "weight", "mass",
                        "size", "area", "volume", "duration", "value", "diameter", "radius", "thickness"})


def fragment(measure: str, sentence: str, q: Quantity) -> str:
    """Why the measure is not a phrase a reader can take ("unit", "cut", "doubled"), or "" if it is one."""
    if q.dim == "count" and unit_only(measure):
        return "unit"
    if _runs_into_a_number(measure, sentence, q):
        return "cut"
    if doubled(measure):
        return "doubled"
    return ""


def unit_only(measure: str) -> bool:
    """Is the counted noun only a unit of measure ("number of nautical miles", "hectares per year")?"""
    words = _PERIOD.sub("", measure.lower()).split()
    if "of" in words:
        if words[:2] != ["number", "of"] and "number" not in words:
            return False  # "hectares of oranges": what is measured is named
        words = words[words.index("of") + 1:]
    if not words or len(words) > 2:
        return False
    unit, modifier = words[-1], words[:-1]
    if unit in ("points", "point"):
        return bool(modifier) and modifier[0] in _POINTS
    return bool(_UNIT.fullmatch(unit)) or any(p.fullmatch(" " + unit) and dim != "percent" for p, _, dim in UNIT_RE)


def _runs_into_a_number(measure: str, sentence: str, q: Quantity) -> bool:
    """Do the measure's last words stop right before another number, or inside the words that qualify it ("runs in a
    little" of "57 runs in a little over 22 overs")?"""
    words = [w for w in measure.lower().split() if not w.isdigit()]
    if not words or words != measure.lower().split():
        return False  # "people killed in 2013": a year ends it on purpose
    toks = st.tokens(sentence)
    for i, t in enumerate(toks[:-1]):
        if t.low != words[-1] or q.start <= t.start < q.end:
            continue
        # it must be a word that leans on what follows: a closed-class word ("in a little", "and up"), or the
        # modifier between a determiner and a number ("released an initial 45 million"); a verb or a noun may well
        # stand before another number ("scored 14 points", "booths closed more than 2,000")
        leaning = t.low in _LEANING or (i > 0 and toks[i - 1].low in _DETERMINERS)
        if not leaning:
            continue
        j = i + 1
        while j < len(toks) and toks[j].low in _QUALIFYING:
            j += 1
        k = j + 1 if j < len(toks) and toks[j].text in "$€£¥" else j
        if k < len(toks) and toks[k].start >= q.end and (toks[k].text[0].isdigit() or st.number_word(toks[k].low)):
            return True
    return False


def doubled(measure: str) -> bool:
    """Does a generic dimension word follow a word that already names the dimension or its verb ("altitude length",
    "weighs weight", "assessed value value")?"""
    words = measure.lower().split()
    if len(words) < 2 or words[-1] not in DIMENSIONS:
        return False
    before = words[-2]
    return before in DIMENSIONS or before[:4] == words[-1][:4]


# Words that name no thing a dimension could be of ("themselves length", "burnt out length", "forecast below
# length", "gold last weight", "equity and up value"): auxiliaries, pronouns, particles, adverbs (English
# grammar); not a quantifier ("total length", "combined value"), a conjunction ("height and weight") nor a
# preposition of the dimension's own phrase ("2.5 microns in diameter").
_NOT_MEASURED = st.AUX | st.ADVERBS | en.SUBJECT_PRONOUNS | en.OBJECT_PRONOUNS | en.REFLEXIVES | en.PARTICLES | {
    "below", "above", "last", "behind", "beyond", "past"}

# What a counted noun never opens on: a number ("number of five drives": four of five) or a word that opens a clause.
_OPENS_NO_NOUN = frozenset(WORD_NUMBERS) | en.SUBORDINATORS | {"behind", "when", "while", "where"}


# Words that say when, where, how sure or how much, but never what: a measure of only these names nothing ("last
# week" of "£212,500 last week", "five years" of "1.9% five years earlier", "estimated somewhere north" of "at
# 'somewhere north of $214 million'", "Spain's north-western" of "60 km of Spain's north-western coast"). Time and
# compass words, number words and hedges: closed classes of English, no word of a corpus.
_TIME = frozenset({"last", "this", "next", "past", "previous", "earlier", "later", "ago", "week", "weeks", "weekend",
                   "month", "months", "year", "years", "day", "days", "night", "morning", "afternoon", "evening",
                   "yesterday", "today", "tonight", "season", "quarter", "decade", "hour", "hours"})
_COMPASS = re.compile(r"(?:north|south|east|west|central|(?:north|south)(?:-?(?:east|west))?(?:ern)?|"
                      r"(?:east|west)ern|mid-?\w+)", re.I)
_HEDGES = frozenset({"estimated", "expected", "forecast", "projected", "planned", "somewhere", "well", "alone",
                     "along", "roughly", "about", "around", "nearly", "almost", "some", "just", "only", "more", "less",
                     "than", "over", "under", "up", "to", "at", "least", "of", "in", "the", "a", "an"})
_NAMES_NOTHING = _TIME | _HEDGES | frozenset(WORD_NUMBERS)
# A verb of showing is the report's, not the count's: "records showing two doses", "figures showed 65,900
# mortgages" leave "doses showed", "mortgages showed" (the doses did not show anything).
_SHOWING = frozenset({"showed", "shows", "show", "showing", "shown"})


def no_thing_measured(measure: str) -> bool:
    """Does a dimension word stand right after a word that names nothing ('themselves length', 'out length'), a
    count's noun open on a number or a word that names nothing ('number of five drives'), the measure hold only
    words of when, where and how sure ('last week', 'estimated somewhere north'), or end on a report's verb of
    showing ('doses showed')?"""
    words = measure.lower().split()
    if words[:2] == ["number", "of"] and len(words) > 2 and (words[2] in _OPENS_NO_NOUN or len(words[2]) == 1):
        return True  # "number of five drives" (four of five), "number of when Cheeks", "number of C start"
    if words and all(_names_nothing(w) for w in measure.split()):
        return True
    if len(words) >= 2 and words[-1] in _SHOWING:
        return True
    return len(words) >= 2 and words[-1] in DIMENSIONS and words[-2] in (_NOT_MEASURED | {"alone", "along"})


def _names_nothing(word: str) -> bool:
    """Is the word one of when, where, how sure or how much, or an owner's possessive ('Spain's')?"""
    low = word.lower()
    return low in _NAMES_NOTHING or low.isdigit() or bool(_COMPASS.fullmatch(low)) or (
        word[:1].isupper() and low.endswith(("'s", "’s")))


def said_once(label: str) -> str:
    """'house house value' -> 'house value': a word right after itself is said once."""
    words = label.split(" ")
    return " ".join(w for k, w in enumerate(words) if k == 0 or w != words[k - 1])  # "Kafue Copper copper": a name, then a noun


def undouble(measure: str) -> str:
    """The measure said once: "altitude length" -> altitude, "assessed value value" -> assessed value, "rocket weighs
    weight" -> rocket weight (the verb of the dimension is no part of its name), "house house value" -> house value."""
    measure = said_once(measure)
    if not doubled(measure):
        return measure
    words = measure.split()
    if words[-2].lower() in DIMENSIONS:
        return " ".join(words[:-1])
    return " ".join(words[:-2] + words[-1:])
