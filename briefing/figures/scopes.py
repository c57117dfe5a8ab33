"""The place or rate a number is told of, when the sentence gives it another scope than the story's: "58 main-track
derailments ... in Canada last year", "about 200,000 deaths worldwide every year", "In the US it is blamed for 19
million to 21 million cases a year". Round 42 (branch otherM): blind readers marked such bare labels wrong ("people
killed" for the CDC's annual US deaths in a story where nobody died); the label now says the scope, shown after it
like a tally's span. English grammar, closed classes and the bundled gazetteer of countries and US states only.
"""

from __future__ import annotations

import re

from briefing.figures import structure as st
from briefing.text import word_set
from briefing.text.places import gazetteer
from briefing.text.quantity import WORD_NUMBER_PATTERN

# A scope wider than one place: the nation, the world, a state or region as a whole.
_WIDE = (r"nationwide|worldwide|globally|nationally|statewide|around the world|"
         r"across (?:the )?(?:country|nation|state|world|continent|region|Europe|Britain|UK|U\.S\.|US|EU)")
# A named country or state ("in Canada", "in the United States"); checked against the gazetteer's regions.
_IN_PLACE = r"[Ii]n (?:the )?(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})(?![\w'’-])"
_RATE = r"(?:a|per|each|every) year|annually|yearly"
# A time said right after the scope is part of it ("in Canada last year"); alone it is figures.spans' to read.
_THEN = r"last (?:year|season|month|week|summer|winter|spring|autumn|fall)"
_PHRASE = re.compile(rf"\s*(?:(?P<wide>{_WIDE})|{_IN_PLACE}|(?P<rate>{_RATE})|(?P<then>{_THEN}))\b")
# A county, province or district ("in San Diego County"): the name's last word says it is a place.
_DIVISION = re.compile(r"\s(?:County|Province|Prefecture|District|Region|Oblast|Governorate|Parish|Borough)$")
# After "nationwide" or "worldwide" an open-class word makes it an adjective of that word ("a 24-hour nationwide
# general strike"); a function word, a time or a past tense leaves it the scope of the number ("deaths nationwide
# last year").
_GOES_ON = word_set("last earlier later alone so far this year")
_NOT_DESCRIBED = st.CLOSED | _GOES_ON  # words after "nationwide" that leave it the number's scope
_NEXT = re.compile(r"\s+([a-z][\w-]*)")
# Names the gazetteer spells otherwise or not at all.
_ALIASES = frozenset({"us", "u.s.", "uk", "eu", "europe", "britain", "england", "scotland", "wales"})
# Words that may stand between the number and its scope: its counted noun and modifiers, a passive "are issued",
# another number of one list ("58 derailments and five collisions in Canada"); no clause and no preposition.
_WORD = re.compile(r"\s+[^\s]+")
_MOST_WORDS = 7
_BLOCK = re.compile(r",(?!\d)|[;:()—–\"“”]|\b(?:who|which|that|when|after|before|while|as|because|but|since|until|where|from|"
                    r"than|of|for|with|by|to|on|at|into|over|under|near|per|in|across|around|each|every|a|an|the|"
                    r"compared|versus|including|up|down|or)\b", re.I)
# Another number between is the scope's own ("two banks together spend about RM1.4 billion a year") unless "and"
# lists it with this one ("58 derailments and five collisions in Canada").
_OTHER_NUMBER = re.compile(r"(?<!\band)\s+(?:[$£€¥]|RM|Rs)?\d")
# Where a sentence opens inside the passage read: after . ! or ? (and a closing quote, single ones too) before a
# capital. Its own, not referents.py's (which takes no single quotes) nor text/sentences.py's (which cuts before
# any word): the scope's clause was measured with this one.
_SENTENCE = re.compile(r"[.!?][\"”’]?\s+(?=[\"“‘]?[A-Z])")
# The sentence opens on the scope: "In the US it is blamed for ...", "Nationwide, 163 people have died ...".
_FRONT = re.compile(rf"\W*(?:(?P<wide>(?i:{_WIDE}))|{_IN_PLACE})(?:,\s|\s+(?=[a-z]))")
_STOPS = re.compile(r"[;:—–]|\s-\s")
# A number in a list that a participle hangs on the scoped clause shares its scope: "19 million to 21 million
# illnesses in the United States every year, leading to about 109,000 hospitalizations and 900 deaths".
_ABOUT = r"(?:(?:about|an estimated|some|nearly|more than|almost|roughly|around|at least|over)\s+)?"
_ITEM = rf"{_ABOUT}(?:\d[\d,.]*|{WORD_NUMBER_PATTERN})(?:\s+(?:million|billion))?(?:\s+[a-z-]+){{1,2}}"
_CARRIED = re.compile(rf",?\s+(?:leading to|causing|resulting in|and)\s+(?:{_ITEM}(?:,|\s+and)\s+)*{_ABOUT}")
_NUMBER = re.compile(r"\d[\d,.]*(?:\s+(?:million|billion))?")
_CHAIN = re.compile(rf"(?:{_PHRASE.pattern})+")


def _region(place: str) -> str:
    """'the United States' if `place` names a country or US state ('United States'), else ''."""
    key = place.lower()
    if _DIVISION.search(place):
        return place
    if key in _ALIASES or key in gazetteer().regions:
        return f"the {place}" if key in ("united states", "united kingdom", "us", "u.s.", "uk", "eu") else place
    return ""


def _said(match: re.Match[str]) -> str:
    if wide := match.group("wide"):
        return wide[0].lower() + wide[1:]  # "Nationwide, ..." opening a sentence
    if match.groupdict().get("rate"):
        return "a year"
    if then := match.groupdict().get("then"):
        return then
    region = _region(match.group("place"))
    return f"in {region}" if region else ""


def _attributive(sentence: str, match: re.Match[str]) -> bool:
    """Is a wide scope word an adjective of the word after it ('nationwide general strike')?"""
    after = _NEXT.match(sentence, match.end())
    return bool(match.group("wide") and after and after.group(1) not in _NOT_DESCRIBED
                and not after.group(1).endswith("ed"))


def _after(sentence: str, end: int) -> list[str]:
    """The scope phrases that follow the number's noun phrase in its own clause, in order ('in Canada', 'a year')."""
    ends = [end, *(w.end() for w, _ in zip(_WORD.finditer(sentence, end), range(_MOST_WORDS), strict=False))]
    for at in ends:
        if _BLOCK.search(sentence, end, at) or _OTHER_NUMBER.search(sentence[end:at]):
            return []
        found: list[str] = []
        while (phrase := _PHRASE.match(sentence, at)) and (said := _said(phrase)) and not _attributive(sentence, phrase):
            found.append(said)
            at = phrase.end()
        if any(not phrase.startswith("last ") for phrase in found):
            return found
    return []


def _carried(sentence: str, opens: int, start: int) -> list[str]:
    """The scope of an earlier number's clause that a list hung on it by a participle or 'and' carries to `start`."""
    for chain in _CHAIN.finditer(sentence, opens, start):
        said = [_said(p) for p in _PHRASE.finditer(chain.group(0))]
        if all(said) and _CARRIED.fullmatch(sentence, chain.end(), start) and any(
                _after(sentence, number.end()) == said for number in _NUMBER.finditer(sentence, opens, chain.start())):
            return said  # the chain is an earlier number's own scope, not any place the sentence names
    return []


def scope(sentence: str, start: int, end: int, label: str, counted: bool) -> str:
    """'in Canada', 'worldwide a year', 'in the United States' for the number at `sentence[start:end]`, when its
    clause gives it that scope and its label (`label`, measure and subject words) does not say it yet; else ''. A
    rate ('a year') is said of counts only (`counted`): a sum or share told by the year carries it in its unit."""
    found = _after(sentence, end)
    opens = max((m.end() for m in _SENTENCE.finditer(sentence, 0, start)), default=0)
    if not found:
        found = _carried(sentence, opens, start)
    front = _FRONT.match(sentence, opens)
    if front and front.end() <= start and not _STOPS.search(sentence, front.end(), start) and (said := _said(front)):
        found = [said, *(f for f in found if f != said)]
    kept: list[str] = []
    for phrase in found:
        bare = phrase.removeprefix("in ").removeprefix("the ").lower()
        yearly = phrase == "a year" and (not counted or re.search(r"\b(?:year|annual)", label, re.I))
        if bare not in label.lower() and not yearly and phrase not in kept:
            kept.append(phrase)
    return " ".join(kept)


# The stretch of time a number is told of, said after its noun phrase in its clause: "38 flu-related deaths for the
# week", "Eleven of the deaths were recorded in the past 48 hours", "$42 million in its first year", "three fires
# since 2019", "eight losses in their last 10 games". Round 45 (bareP): blind readers marked such labels too bare,
# as another number of the story (the season's toll, the five-year cost) could carry them. "last year" and the
# like are figures.spans' and other_time's (a time before the story's); a rate ("a month") is said by the unit.
_STRETCH_UNITS = (r"(?:hours?|days?|nights?|weeks?|weekends?|months?|years?|quarters?|seasons?|games?|matches|"
                  r"starts?|outings?|sessions?|minutes?|innings|half)")
_ORDER = r"(?:past|last|first|previous|opening|final|latest)"
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
# "the final week of November", "the week ending January 10": which week it was
_OF_WHEN = rf"(?: of (?:(?:19|20)\d\d|{_MONTHS})| (?:ending|ended|to|through) (?:{_MONTHS})(?: \d{{1,2}}(?!\d))?)?"
_STRETCH = re.compile(
    rf"\b(?:(?:in|over|during|within) (?:the|its|their|his|her) {_ORDER} (?:(?:\d+|{WORD_NUMBER_PATTERN})[- ])?"
    rf"(?:full )?{_STRETCH_UNITS}{_OF_WHEN}"
    rf"|for the (?:week|month|quarter|season|day|period|(?:first|second) half){_OF_WHEN}"
    r"|so far(?: this (?:year|season|month|week|winter|summer|spring|autumn|fall))?"
    r"|this (?:cycle|year|month|week|quarter|season)"
    rf"|in the (?:month|week|quarter|(?:first|second) half){_OF_WHEN}"
    rf"|since (?:(?:19|20)\d\d|(?:{_MONTHS})(?: \d{{1,2}}(?!\d))?(?:,? (?:19|20)\d\d)?|the start of (?:the|this) \w+)"
    r"|(?:in|for) (?:fiscal )?(?:FY|fiscal )'?\d+|after the interval)(?![\w-])")
# Between the number and the stretch: its noun phrase and verb, no other clause, list or number.
_STRETCH_BLOCK = re.compile(r"[;:()—–\"“”]|,(?!\d)|\d|\b(?:who|which|that|when|after|before|while|because|but|"
                            r"until|where|than|from|compared|versus|including|and|or|by)\b", re.I)
# A place or name the noun is "of", an ordinal or a superlative between: the stretch is said of that ("residents of
# Delhi this week" is when the smoke comes, "the district's first strike since 1989" is the strike's).
_STRETCH_NOUN = re.compile(r"\bof\s+(?:the\s+)?[A-Z]|\b(?:first|last|only|next|most|least|best|worst|(?:high|low|larg|bigg|great|"
                           r"small|long|short|strong|weak|fast|slow|heavi|wett|dri|hott|cold)est)\b")
_STRETCH_REACH = 70  # characters: a stretch farther off is said of another thing in the sentence
_PLAIN = re.compile(r"[a-z0-9]+")


def stretch(sentence: str, end: int, label: str) -> str:
    """'for the week', 'in the past 48 hours', 'since 2019' after the number that ends at `sentence[:end]`, in its
    clause, when its label (`label`, measure and subject words) does not say that stretch yet; else ''."""
    found = _STRETCH.search(sentence, end, end + _STRETCH_REACH)
    if found is None or _STRETCH_BLOCK.search(sentence, end, found.start()) \
            or _STRETCH_NOUN.search(sentence, end, found.start()):
        return ""
    said = found.group(0)
    own = set(_PLAIN.findall(said.lower())) - {"in", "the", "its", "their", "his", "her", "for", "over", "of", "so"}
    return "" if own <= set(_PLAIN.findall(label.lower())) else said
