"""Where a length is, not how long a thing is: 'a farm track about six miles away', 'about 4 km from the crater',
'two townships about 30 km apart', 'the 40-foot-tall steel tank', 'a column of ash up to 9 km into the sky'.

English grammar only: a length followed by 'away', 'apart', 'from'/'off'/'of' (after a compass direction) a
place, or said of the sky, is a distance or a height; the noun before it is what stands there, or, when a comma
sets the length off, the noun phrase before the comma ('its Cheongsan campus, about 60 km south of Seoul').
"""

from __future__ import annotations

import re

from briefing.figures import owners as ow
from briefing.figures import structure as st
from briefing.text import MONTHS, WEEKDAYS
from briefing.text import english as en
from briefing.text.numbers import Quantity

# A compass direction, one word or two: "north", "northwest", "north-west", "south-east" (both patterns use it)
COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?"
# "6 km away", "30 km apart", "3 km from the road", "17 miles off Port Harlow", "9 miles north-west of the village"
_WHERE = re.compile(rf"\s+(?:(?P<away>away|apart)\b(?!\s+from\b)|(?:away\s+)?(?:{COMPASS}\s+of|from|off(?=\s+[A-Z]))\s+)")
# "the 40-foot-tall steel tank", "a 30-metre-high wall": a hyphenated extent before its noun
_HYPHENED = re.compile(r"-(tall|high|long|wide|deep)\b", re.I)
_HYPHENED_WORDS = {"tall": "height", "high": "height", "long": "length", "wide": "width", "deep": "depth"}
# English verbs of position ("lies", "stands") and the copula: the noun before them is what stands there
_POSTURE = frozenset({"lies", "lie", "lay", "sits", "sit", "sat", "stands", "stand", "stood", "rests", "is", "are",
                      "was", "were", "located", "situated"})
_WH = frozenset({"where", "when", "what", "which", "who", "whom", "whose", "how"})  # "northwest of where he escaped"
# Prepositions of place the shared list lacks; a noun phrase ends before them (a closed class)
_PLACE_PREPOSITIONS = st.PREPOSITIONS | frozenset({"along", "alongside", "near", "beside", "behind", "beyond", "below",
                                                  "above", "beneath", "underneath", "inside", "outside", "past", "via"})
_SKY = re.compile(r"\s+(?:(?:high\s+)?into|in)\s+the\s+(?:sky|air|atmosphere|stratosphere)\b", re.I)


def placed(sentence: str, toks: list[st.Token], q: Quantity, span: tuple[int, int, int, int],
           verb_at: int | None) -> tuple[str, str] | None:
    """(measure, word) for a length that says where something is or how high it rises; None if it does not."""
    first, last, lo, hi = span
    if (hyphened := _HYPHENED.match(sentence, q.end)):
        after = next((k for k, t in enumerate(toks) if t.start >= hyphened.end()), len(toks))
        noun = st.noun_after(toks, after, hi, 3)
        cut = next((k for k, t in enumerate(noun) if t.low in _PLACE_PREPOSITIONS), len(noun))
        thing = [t for t in noun[:cut] if t.text.islower()]  # "a 3.5-metre-wide path along the river": the path
        what = _HYPHENED_WORDS[hyphened.group(1).lower()]
        return (f"{st.words(thing)} {what}", what) if thing else None
    whose = _standing(toks, first, lo)
    went = bool(whose) and _acted(toks, whose)  # "falling 150 meters from a ridge": how far something went
    whose = [] if went else whose or apposed(toks, first)
    if _SKY.match(sentence, q.end):  # "sending a column of ash up to 9 km into the sky"
        return f"{st.words(whose)} height".strip(), "height"
    where = _WHERE.match(sentence, q.end)
    if not where:
        return None
    if where.group("away"):
        if where.group("away").lower() == "apart":  # "two townships about 30 km apart"
            return (f"distance between {st.words(whose)}", "between") if whose else ("distance apart", "apart")
        return (f"{st.words(whose)} distance away", "away") if whose else None
    if went and where.group(0).strip().lower().startswith("from"):
        return None  # "traveled 1,200 miles from Oregon"; but "sank 12 miles off Kestrel Point" is where it lies
    place = _place(toks, next((k for k, t in enumerate(toks) if t.start >= where.end()), len(toks)))
    after = toks.index(place[-1]) + 1 if place else len(toks)
    if not place or (after < len(toks) and toks[after].low == "to"):
        return None  # "a 40 km drive from Paris to Lyon": a route's length, not where something is
    return f"{st.words(whose) + ' ' if whose else ''}distance from {st.words(place)}", "from"


def _standing(toks: list[st.Token], first: int, lo: int) -> list[st.Token]:
    """The lowercase noun right before the length (past 'about', 'up to', and a verb of where a thing is):
    'a farm track about six miles away' -> farm track; 'the smokestack lies about 150 feet' -> smokestack;
    'a column of ash up to 9 km' -> column of ash."""
    k = first
    while k > lo and toks[k - 1].low in ow.QUALIFIERS:
        k -= 1
    if k > lo and toks[k - 1].low in _POSTURE:
        k -= 1
    noun: list[st.Token] = []
    while k > lo and len(noun) < 2 and toks[k - 1].word and toks[k - 1].text.islower() \
            and toks[k - 1].low not in st.CLOSED and not st.number_word(toks[k - 1].low):
        k -= 1
        noun.insert(0, toks[k])
    if noun and k - 3 >= lo and toks[k - 1].low == "of" and toks[k - 2].text.islower() \
            and toks[k - 2].low not in st.CLOSED:  # "a column of ash"; "410 feet of water" measures the water
        noun = [toks[k - 2], toks[k - 1], *noun] if toks[k - 3].low in st.DETERMINERS else []
    return noun


def apposed(toks: list[st.Token], first: int) -> list[st.Token]:
    """The noun phrase a length set off by a comma describes: 'its Cheongsan campus, about 60 km south of Seoul'
    -> Cheongsan campus; 'in Santa Rosa, California, 55 miles north of' -> Santa Rosa, California; [] if no noun
    phrase (a day, a verb, a number, a pronoun) stands before the comma."""
    k = first
    while k > 0 and toks[k - 1].low in ow.QUALIFIERS:
        k -= 1
    if k < 2 or toks[k - 1].text != ",":
        return []
    noun = _apposed_noun(toks, k - 1)
    at = toks.index(noun[0]) if noun else 0
    if noun and noun[0].text[:1].isupper() and at >= 2 and toks[at - 1].text == ",":  # "Baytown, Texas,"
        town = _apposed_noun(toks, at - 1)
        if town and all(t.text[:1].isupper() for t in town):
            noun = [*town, toks[at - 1], *noun]
    return noun


def _apposed_noun(toks: list[st.Token], comma: int) -> list[st.Token]:
    """Up to four words of a noun phrase ending right before `comma`, stopping at a determiner, a preposition, a
    verb or a closed word ('the hamlet of Los Pellines' -> Los Pellines)."""
    noun: list[st.Token] = []
    k = comma
    while k > 0 and len(noun) < 4:
        t = toks[k - 1]
        lowered = t.text[:1].islower()
        if not t.word or t.low in _PLACE_PREPOSITIONS or t.low in st.CLOSED or t.low in en.POSSESSIVES \
                or st.number_word(t.low) \
                or (lowered and (st.is_verb(toks, k - 1) or t.low in st.PARTICIPLES or t.low in st.SIMPLE_PAST)) \
                or t.low in WEEKDAYS or t.low in MONTHS or t.low in _WH:
            break
        noun.insert(0, t)
        k -= 1
    if noun and noun[-1].text[:1].islower() and noun[-1].low.endswith("ing"):
        return []  # "..., according to ...", a participle's clause
    if k > 0 and toks[k - 1].word and toks[k - 1].low not in st.CLOSED | _PLACE_PREPOSITIONS \
            and toks[k - 1].low not in en.POSSESSIVES:
        return []  # the phrase runs on past four words or into a verb: not one short noun phrase
    if k > 0 and (st.number_word(toks[k - 1].low) or toks[k - 1].low in ("and", "or")):
        return []  # "winds of 60 mph, about 40 miles ...": a unit; "Pittsburgh and Wheeling, ...": the whole list's
    return noun if noun and not (len(noun) == 1 and noun[0].low in ("said", "says")) else []


def _acted(toks: list[st.Token], whose: list[st.Token]) -> bool:
    """A verb, not a noun, right before the length: 'falling', 'struck', 'traveled', 'to stay', 'burnt out'
    ('a separate building' is a noun: a word before it)."""
    word = whose[-1]
    at = toks.index(word)
    return st.is_verb(toks, at) or word.low in st.PARTICIPLES or word.low in st.SIMPLE_PAST \
        or (len(whose) == 1 and word.low.endswith("ing") and at > 0 and toks[at - 1].low not in st.DETERMINERS) \
        or word.low in ("out", "up", "down", "off", "back")


def _attributive(toks: list[st.Token], k: int) -> bool:
    """'the nearest paved road': a participle before a lowercase noun describes it; 'Detroit spotted a' acts."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and nxt.word and nxt.text.islower() and nxt.low not in st.CLOSED


def _place(toks: list[st.Token], at: int) -> list[st.Token]:
    """The place a distance is from: a determiner, up to three words, and an 'of' and a name after them
    ('the town of Dargou', 'the nearest paved road', 'Port Harlow'); [] if no noun follows."""
    out: list[st.Token] = []
    k = at
    if k < len(toks) and toks[k].low in st.DETERMINERS:
        out.append(toks[k])
        k += 1
    start = len(out)
    named = k < len(toks) and toks[k].text[:1].isupper()  # "Port Harlow" stops before "spotted"
    while k < len(toks) and len(out) - start < 4 and toks[k].word and toks[k].low not in st.CLOSED \
            and toks[k].text[:1].isupper() == named and not (st.is_verb(toks, k) and not _attributive(toks, k)) \
            and toks[k].low not in _WH:
        out.append(toks[k])
        k += 1
    if len(out) == start:
        return []
    if k + 1 < len(toks) and toks[k].low == "of" and toks[k + 1].text[:1].isupper():  # "the village of Glenrach"
        out.append(toks[k])
        k += 1
        while k < len(toks) and toks[k].text[:1].isupper() and toks[k].word:
            out.append(toks[k])
            k += 1
    return out
