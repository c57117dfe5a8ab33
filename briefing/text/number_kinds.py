"""Numbers that measure no amount of the noun after them: ratios, denominators, names, vague multiples, parts.

"16:9 monitors" is an aspect ratio, "one in every 500 users" a rate, "911 calls" a phone number, "several
hundred protesters" no precise count, "made 3 of 4 attempts" a part of a whole a bare count would misread;
"11m euros" and "2m users" are millions, never metres. Number syntax and English words only.
"""

from __future__ import annotations

import functools
import re

from briefing.text import MONTHS, WEEKDAYS, word_set
from briefing.text.quantity import WORD_NUMBER_PATTERN as _WORD
from briefing.text.quantity import parse_number
from briefing.text.units import CURRENCY_WORD_RE

# "16:9", "a 3:2 screen": numbers a colon joins; not "Colossus 1: 220,000" (a table row read as a sentence)
_RATIO = re.compile(r"\d:$")
_RATIO_AFTER = re.compile(r":\d")
# "one in every 500 users", "six in 10 voters", "nine out of 10": a rate; neither number counts the noun.
_DENOMINATOR = re.compile(rf"\b(?P<n>\d+|{_WORD}|a)\s+(?P<out>in|out\s+of)\s+(?:every\s+)?$", re.I)
_NUMERATOR = re.compile(rf"\s+(?P<out>in|out\s+of)\s+(?:every\s+)?(?P<d>\d+|{_WORD})\b", re.I)
# "scored 2 in 5 minutes", "3 in 4 games": a number in a span of time or of occasions, not a rate of the noun.
_SPAN = re.compile(r"\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|seasons?|games?|matches|starts|"
                   r"appearances|races|attempts|innings|outings|tries|shots)\b", re.I)
# Emergency numbers of English-speaking countries, said before what one does with them ("911 calls").
_EMERGENCY = re.compile(r"(?:911|999|112|000)(?=[\s-]+(?:calls?|call-?takers?|dispatch\w*|operators?|lines?|"
                        r"cent(?:er|re)s?|system|emergency)\b)", re.I)
# "several hundred", "a few dozen", "many thousand": a multiple, not the round number.
_VAGUE = re.compile(r"\b(?:several|a\s+few|few|many|some|dozens\s+of|hundreds\s+of|half)\s+(?:a\s+)?$", re.I)
_SCALE_WORDS = ("hundred", "dozen", "thousand")
# "made 3 of 4", "3-of-4", "seven of nine": one number a part of the other; a bare count of either misreads it.
_PART_OF = re.compile(rf"[\s-]of[\s-](?:\d+|{_WORD})\b", re.I)
# "three quarters of the market": a fraction, not a count of quarters.
_FRACTION = re.compile(r"[\s-](?:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)\s+of\b", re.I)
_ORDER = re.compile(r"\b(?:first|last|next|past|final|previous|consecutive)\s+$", re.I)  # "the first two quarters of"
# "the 8 Block crew": after "the", a number then a capitalised singular word, then a noun, is a name.
_NAMED = re.compile(r"\s+[A-Z][a-z]+(?<!s)\s+[a-z]+(?<!s)\b")  # not "the 220,000 Nvidia processors": a count
_THE = re.compile(r"\bthe\s+$")
# "the 0-14 Lions", "a 15-17 Drake team": two numbers joined by a dash before a name are a win-loss record, not a
# range of that name's members (a range of a count goes before a plural in lower case: "10-12 films").
_RECORD = re.compile(r"[-–]\d{1,3}\s+[A-Z][a-z]")
# After a number and "m", "k" or "b": a currency ("11m euros") or a plural ("2m Windows users") makes it a scale.
_CURRENCY = CURRENCY_WORD_RE  # "11m euros", "45m zloty"
_COUNTED = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,2}[a-z]{3,}s\b")
_RACE = re.compile(r"\s+(?:[a-z]+\s+)?(?:hurdles|relays?|freestyle|backstroke|breaststroke|butterfly|medley|"
                   r"sprints?|dash|runs?|races?|walks?)\b", re.I)  # "the 400m hurdles": a race, in metres


# "three of the seven bullets fired by police": the part is told by a verb of its own ("Four of the nine charges
# were dropped"), or it is not shown and the whole ("seven bullets fired") is read instead.
_PART_OF_WHOLE = re.compile(rf"\s+of\s+(?:the|their|his|her|its|our|these|those)\s+(?:\d+|{_WORD})\s+"
                            r"(?:[\w-]+\s+){0,3}?[\w-]+s\s+(?!(?:were|was|are|is|have|has|had|will|would|could|may|might)\b)",
                            re.I)


# "two of the three victims died", "Two of the 12 passengers were killed": the count after "N of the" is the
# whole, and what the sentence says next is said of the part
# "37 of the ship's 1,210 crew members", "1,140 of Acme's 31,500 connections": an owner's possessive may stand
# between the article and the whole.
_WHOLE_OF_PART = re.compile(rf"\b(?:\d+|{_WORD})\s+of\s+(?:(?:the|their|his|her|its|these|those)\s+"
                            r"(?:[\w-]+['’]s\s+)?|[A-Z][\w-]*['’]s\s+)$", re.I)


def whole_of_a_part(s: str, start: int) -> bool:
    """Is the count at `start` the whole of a part named before it ('two of the three victims'), not the part?"""
    return bool(_WHOLE_OF_PART.search(s, 0, start))


# "eight losses in their last 10 games", "18 of their next 23 games": the whole of a part that is a window the
# sentence looks through, not a count of anything in it (not after a record, "6-2-1 in their past nine", nor "one of").
_WINDOW = re.compile(rf"(?<![-–\d])\b(?!one\b)(?:\d+|{_WORD})\s+(?:[a-z]+\s+)?(?:of|in|over|during)\s+(?:the|their|his|her|"
                     r"its|our|my|your|(?:the\s+)?[\w-]+['’]s)\s+(?:last|first|final|past|next|previous|opening)\s+$", re.I)
_CLOCK = re.compile(r"\s+(?:seconds|minutes|hours|days|weeks|months|years|decades)\b", re.I)


_PRONOUN_ONE = re.compile(r"\b(?:another|the|this|that|each|every|any|which|last|other)\s+$", re.I)


def no_amount(s: str, start: int, end: int, number: str) -> bool:
    """Is the number at s[start:end] a ratio, a denominator, a phone number, a vague multiple or one of a part?"""
    before, after = s[:start], s[end:]
    if _RATIO.search(before) or _RATIO_AFTER.match(after) or _rate(before, after, number):
        return True
    if _EMERGENCY.match(s, start) or (number.lower().removeprefix("a ") in _SCALE_WORDS and _VAGUE.search(before)):
        return True
    if number.lower() == "one" and _PRONOUN_ONE.search(before):
        return True  # "shoot another one", "the last one": a pronoun, not a count of one
    if number.isdigit() and _RECORD.match(after):
        return True
    if _WINDOW.search(before) and not _CLOCK.match(after):
        return True
    if re.search(r"\d[\s-]+$", before) and not number[:1].isdigit():
        return True  # "made 3-of-4 three attempts": "three" names the shot (three-pointers), it counts nothing
    if _PART_OF.match(after) or _PART_OF_WHOLE.match(after):  # the part; the whole ("4 attempts") is a count
        return True
    if _FRACTION.match(after) and not number[:1].isdigit() and not _ORDER.search(before):
        return True
    return bool(number[:1].isdigit() and _THE.search(before) and _NAMED.match(after)
                and not re.match(r"\s+[A-Z][a-z]+\s+(?:and|or)\b", after))


def _rate(before: str, after: str, number: str) -> bool:
    """Is the number either side of 'six in 10' or 'one out of every 500'? ('killed 3 in 2 attacks' is no rate.)"""
    value = parse_number(number)
    if (over := _DENOMINATOR.search(before)) and _SPAN.match(after):
        over = None
    if over and (over.group("out").lower() != "in" or (parse_number(over.group("n")) or 1) < (value or 0)):
        return True
    under = _NUMERATOR.match(after)
    if under and _SPAN.match(after, under.end()):
        under = None
    return bool(under and (under.group("out").lower() != "in" or (value or 0) < (parse_number(under.group("d")) or 0)))


def scale_letter(rest: str) -> bool:
    """Is a lone 'm', 'k' or 'b' after a number a scale (million), read from what follows it ('euros', 'users')?"""
    return bool(_CURRENCY.match(rest) or (_COUNTED.match(rest) and not _RACE.match(rest)))


# Plurals that open an adverbial, not a compound: "two free throws moments later", "always", "perhaps".
_ADVERBS_IN_S = word_set("always perhaps sometimes towards afterwards besides nevertheless whereas thus moments "
                         "seconds minutes hours days weeks months years decades times")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|[a-z]{3,}ed)\b")


_TO = re.compile(r"\s+to\b")


def complex_preposition(text: str, word: str, end: int) -> bool:
    """'23 points thanks to ...': the plural after the noun opens a preposition ("thanks to"), it is no head."""
    return word.lower() == "thanks" and bool(_TO.match(text, end))


def compound_head(word: str, sentence: str) -> bool:
    """Is a plural after the counted plural its head ('rules violations', 'Windows users'), not a verb or adverb?"""
    # "all three ad units results in ..." has no other finite verb: "results" is the verb there
    return word.islower() and word not in _ADVERBS_IN_S and bool(_FINITE.search(sentence))


# A number the story uses as a name: after a capitalised word inside a sentence ("Boeing 787", "the Airbus 380"),
# in the plural of a model ("787s") or before a name with no head noun ("the 787 Dreamliner in service").
# (not a score: "the Celtics 110-100")
_NAME_BEFORE = r"(?<=[a-z,;] )(?!(?:{not_makers})\b)[A-Z][\w-]*\s+{n}\b(?![,.]\d|\s?[-–]\s?\d)"
_NAME_AFTER = r"\b{n}(?:s\b|\s+[A-Z][a-z]+(?<!s)(?:\s+[a-z]+(?<!s))?(?:\s?[,.;:)]|\s+(?:in|on|at|for|from|to|is|was|has|had|"\
              r"and|with|that|which|will|would|jet|plane|aircraft|airliner|model|series|program|fleet)\b))"
# Capitalised words a number follows that are no model's name: a date ("May 787" is no plane) or a numbering.
_NOT_MAKERS = "|".join([name.capitalize() for name in (*MONTHS, *WEEKDAYS)] + ["No", "Number", "Route", "Highway"])


@functools.lru_cache(maxsize=1024)  # a story-wide search, asked of each of its numbers (extract.py, per count)
def model_number(story: str, value: float) -> bool:
    """Does the story use this three- or four-digit number as a model's name ('Boeing 787', 'the 787 Dreamliner')?"""
    if value != int(value) or not 100 <= value < 10000 or 1800 <= value <= 2100:
        return False  # small numbers and years are read as counts and dates by their own rules
    n = str(int(value))
    return bool(re.search(_NAME_BEFORE.format(not_makers=_NOT_MAKERS, n=n), story)
                or re.search(_NAME_AFTER.format(n=n), story))


# "dropped 5 points per game", "rose by 3 goals a season": the change of a rate, which a rate's label would read as
# the rate itself (a change of a total, "fell 102 points", is labelled as a change by the measures).
_MOVED = re.compile(r"\b(?:rose|risen|fell|fallen|dropped|declined|climbed|jumped|increased|decreased|shrank|shrunk|grew|"
                    r"slipped|slid|plunged|soared|surged|dipped|tumbled|sank|improved|cut|gained|lost)\s+(?:by\s+)?$", re.I)
_PER = re.compile(r"\s*(?:[\w-]+\s+){1,2}(?:per|a|an|each)\s+(?:game|match|season|year|month|week|day|night|start|"
                  r"outing|contest)\b", re.I)


def a_change(before: str, after: str) -> bool:
    """Is the count after 'dropped' a change of a rate ('dropped 5 points per game'), not the rate?"""
    return bool(_MOVED.search(before) and _PER.match(after))


# "a father of three", "the mother of two": the size of a family, a way of naming the person.
_KIN_OF = re.compile(r"\b(?:mother|father|parent|mum|mom|dad|grandmother|grandfather|grandparent)s?\s+of\s+$", re.I)


def kin_of(before: str) -> bool:
    """Is a number with no noun the size of a family ('the mother of two died'), not people the verb tells of?"""
    return bool(_KIN_OF.search(before))
