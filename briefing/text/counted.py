"""The counted noun read from the words after a number: "46 of their close contacts", "graphics processing units"."""

from __future__ import annotations

import re

from briefing.text import word_set
from briefing.text.number_kinds import complex_preposition, compound_head
from briefing.text.quantity import NUMERAL_PATTERN as _NUM
from briefing.text.quantity import SPOKEN_NUMBER_PATTERN as _WORDNUM

# Function words: a counted noun phrase ends before one, and a word before a number that is one is no name.
STOP_WORDS = word_set("a an the of in on at to for from by with and or but as is are was were be been has have had "
    "that which who this these those it its their our your my his her than then per each every "
    "into over under about after before during since until while more most less between among around near")
# "of the ship's 1,210 crew members": an owner's possessive may stand between the article and the whole
# (a number after a bare article is left as it was: "two of the 12 passengers" reads as a toll of people)
# A number then a space ("1,210 ", "twelve "), and "and"/"or" then one ("12 Somali and 11 Yemeni pirates")
_NUMBER_THEN = re.compile(rf"(?:{_NUM}|{_WORDNUM})\s+", re.I)
_AND_NUMBER = re.compile(rf"\s+(?:and|or)\s+(?:{_NUM}|{_WORDNUM})\s+", re.I)
_PARTITIVE = re.compile(r"\s+of\s+(?:(?:the|their|his|her|its|our|these|those)\s+(?:[a-z][\w-]*['’]s\s+(?=[a-z\d])|"
                        r"(?=[a-z]))|[A-Z][\w-]*['’]s\s+(?=[a-z\d]))")
_TWO_LOWER = re.compile(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")  # the two words after a name
_IRREGULAR_PLURALS = word_set("people men women children police staff crew personnel")
_PEOPLE = word_set("people persons person men man women woman victims victim children child")
_BOTH_PEOPLE = re.compile(r"\s+(and|or)\s+(men|women|children|boys|girls|adults|teens|teenagers)\b")
_WORD_RE = re.compile(r"\s*((?:[A-Z]\.){2,}(?!\w)|[A-Za-z][\w'’-]*)")  # "200 U.S. military personnel"


def _is_people_name(word: str) -> bool:
    return word[:1].isupper() and len(word) > 5 and word.endswith("is")


# Words in -s that are not plurals: a count goes on to the noun after them ("263 daily news organizations",
# "two plainclothes officers").
_NOT_PLURAL = frozenset({"news", "series", "species", "means", "plainclothes", "overseas", "physics", "economics",
                         "politics", "athletics", "mathematics", "gas", "chaos", "atlas", "bias", "alias", "canvas"})


def is_plural_noun(word: str) -> bool:
    """Whether `word` is a plural noun ('workers', 'women', 'GPUs'), not a word in -s that is none ('news', 'serious')."""
    low = word.lower()
    if low in _NOT_PLURAL:
        return False
    if word.isupper() and len(word) > 1:
        return False  # "nine CLPS providers": an acronym in capitals is a name, not a plural
    if low in _IRREGULAR_PLURALS:
        return True
    if re.fullmatch(r"[A-Z0-9]{2,}s", word):
        return True  # acronym plurals: GPUs, TPUs
    if _is_people_name(word):
        return True  # "600,000 Israelis", "Pakistanis": a people, not "analysis"
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))


def _acronym_ahead(words: list[str], text: str, pos: int, context: str) -> tuple[str, str, int] | None:
    """(acronym, words, end) when the phrase, read on for up to two more words, spells out a plural
    acronym the sentence also uses ("graphics processing units" ... "GPUs")."""
    words, ends = list(words), [pos]
    for _ in range(2):
        match = _WORD_RE.match(text, ends[-1])
        if not match:
            break
        words.append(match.group(1))
        ends.append(match.end())
    for extra in range(len(ends) - 1, -1, -1):
        shown = words[:len(words) - (len(ends) - 1 - extra)]
        for size in (4, 3, 2):
            initials = "".join(w[0] for w in shown[-size:]).upper()
            if len(shown) >= size and initials.isalpha() and re.search(rf"\b{initials}s\b", context):
                return f"{initials}s", " ".join(shown), ends[extra]
    return None


def _name_as_modifier(words: list[str], text: str, pos: int) -> bool:
    """'Two Grant Gibbs free throws': a capitalised plural after a capitalised word, a lower-case noun next."""
    if not (words[-1][:1].isupper() and words[-2][:1].isupper()):
        return False
    ahead = _TWO_LOWER.match(text, pos)
    if not ahead or ahead.group(1) in STOP_WORDS or ahead.group(1).endswith("ed"):
        return False
    return any(w and w not in STOP_WORDS and is_plural_noun(w) for w in ahead.groups())


def noun_phrase(text: str, value: float, context: str = "") -> tuple[str, str, int] | None:
    """The counted noun after a number: (unit, words, length consumed) or None; `context` is the sentence."""
    partitive = _PARTITIVE.match(text)
    found = _noun_phrase(text, value, context, partitive)
    if found and partitive and text[partitive.end():partitive.end() + 1].isdigit():
        # "37 of the ship's 1,210 crew members": the part ends before its whole, a figure of its own
        return found[0], found[1], partitive.start()
    return found


def _noun_phrase(text: str, value: float, context: str,
                 partitive: re.Match[str] | None) -> tuple[str, str, int] | None:
    words: list[str] = []
    ends: list[int] = []  # where each word began
    pos = 0
    if partitive:  # "46 of their close contacts", "two of the victims": a count of them
        pos = partitive.end()
        pos += len(whole.group(0)) if (whole := _NUMBER_THEN.match(text[pos:])) else 0
    for _ in range(6 if partitive or re.match(r"\s*[A-Z]", text) else 4):
        match = _WORD_RE.match(text, pos)
        joined = match and match.group(1).lower() in ("and", "or") and words and not is_plural_noun(words[-1]) \
            and len(words) <= 2
        if not match or (match.group(1).lower() in STOP_WORDS and not joined):
            break  # "18 Northern and central California counties": adjectives joined by "and" still lead to it
        words.append(match.group(1))
        ends.append(pos)
        pos = match.end()
        if is_plural_noun(words[-1]) and (nxt := _WORD_RE.match(text, pos)) and is_plural_noun(nxt.group(1)) \
                and nxt.group(1) not in STOP_WORDS and compound_head(nxt.group(1), context) \
                and not complex_preposition(text, nxt.group(1), nxt.end()):
            continue  # "rules violations", "Windows users": a plural before a plural modifies it
        if len(words) > 1 and _name_as_modifier(words, text, pos):
            continue  # "two United States service members": a name of two words describes the noun after it
        if is_plural_noun(words[-1]) or (value == 1 and words[-1].lower() in _PEOPLE):
            phrase = " ".join(words)
            spelled = _acronym_ahead(words, text, pos, context)
            if spelled:  # "graphics processing units" where the sentence says "GPUs": one unit for both
                return spelled
            head = words[-1] if re.search(r"[A-Z].*[A-Z]", words[-1]) or _is_people_name(words[-1]) \
                else words[-1].lower()
            both = _BOTH_PEOPLE.match(text, pos) if head in _PEOPLE else None
            if both:  # "14,620 men and women": both nouns are the people counted
                return "people", f"{phrase} {both.group(1)} {both.group(2)}", both.end()
            if len(words) > 1 and words[-2].lower() in ("square", "cubic", "nautical"):
                head = f"{words[-2].lower()} {head}"  # "600 square miles" is an area, not 600 miles
            return ("people" if head in _PEOPLE else head), phrase, pos
    while words and words[-1].lower() in ("and", "or"):
        words.pop()
        pos = ends.pop()
    coordination = _AND_NUMBER.match(text[pos:])
    if words and coordination:
        later = noun_phrase(text[pos + coordination.end():], 2, context)
        if later:  # "12 Somali and 11 Yemeni pirates": 12 Somali pirates, the noun both share
            shared = f"{' '.join(words)} {later[0].split()[-1]}"
            return shared, shared, pos
    return None
