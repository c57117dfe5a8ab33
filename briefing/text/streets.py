"""The streets and roads a text names ("East Biddle Street", "E. Biddle St.", "the A580 East Lancashire Road"),
each reduced to the words that tell it apart, for text/evidence.py: two reports of one day's local news that each
lead with their own street, and never name the other's, tell two incidents."""

from __future__ import annotations

import re

# The street types of English addresses and their usual abbreviations (postal conventions, not a corpus's words).
# "Court", "Square", "Circle" and "Dr" are left out: courts of law, town squares and doctors are named far more
# often in news than addresses of those types.
_TYPES = {"street": "street", "st": "street", "road": "road", "rd": "road", "avenue": "avenue", "ave": "avenue",
          "boulevard": "boulevard", "blvd": "boulevard", "drive": "drive", "lane": "lane", "ln": "lane", "way": "way",
          "place": "place", "highway": "highway", "hwy": "highway", "parkway": "parkway", "pkwy": "parkway",
          "terrace": "terrace", "crescent": "crescent", "close": "close", "row": "row", "pike": "pike",
          "trail": "trail", "expressway": "expressway", "motorway": "motorway", "freeway": "freeway", "quay": "quay",
          "parade": "parade", "esplanade": "esplanade", "mews": "mews", "alley": "alley"}
# Compass words and their initials: "E. Biddle St." and "East Biddle Street" are one street.
_COMPASS = frozenset({"e", "w", "n", "s", "ne", "nw", "se", "sw", "east", "west", "north", "south"})
# Words a capitalised run may open with that are no part of a street's name ("On Main Street", "Old Kent Road"
# keeps "kent").
_OPENERS = frozenset({"the", "a", "an", "on", "in", "at", "near", "of", "and", "off", "from", "to", "into", "along",
                      "old", "new", "upper", "lower", "great", "little"})
# A street type as a capitalised word: "St" followed by a capitalised word is a saint ("St Mary's"). Found first,
# then the words before it are read: a scan for the whole name tried every capitalised word of the text (77 µs
# a report against 24).
_TYPE = re.compile(r" (?:" + "|".join(sorted((t.capitalize() for t in _TYPES), key=len, reverse=True))
                   + r")\b(?!\.? [A-Z][a-z])")
_LONGEST_TYPE = max(map(len, _TYPES))
# A road's or a house's number ("the A580 East Lancashire Road", "I-80", "1200 Main Street"): one outlet gives
# it, another not; "35th" is a name.
_ROAD_NUMBER = re.compile(r"[a-z]{0,2}-?\d+")
# One to three capitalised words right before it.
_NAME = re.compile(r"((?:[A-Z0-9][\w'’-]*\.? ){1,3})$")


def streets(text: str, start: int = 0) -> frozenset[str]:
    """The streets `text` names, each as the lower-case words of its name without compass words, road numbers
    or its type ("East Biddle Street" and "E. Biddle St." are both "biddle", "East 35th Street" is "35th"); with
    `start`, those whose type comes at or after it."""
    found = set()
    for match in _TYPE.finditer(text, start):
        name = _NAME.search(text, max(0, match.start() - 60), match.start() + 1)
        if name is None:
            continue
        words = [w.rstrip(".").lower() for w in name.group(1).split()]
        while words and words[0] in _OPENERS:
            words = words[1:]
        core = [w for w in words if w not in _COMPASS and not _ROAD_NUMBER.fullmatch(w)]
        if core:
            found.add(" ".join(core))
    return frozenset(found)


def lead_streets(title: str, text: str, lead_chars: int) -> tuple[frozenset[str], frozenset[str]]:
    """The streets of the headline and lead, and of headline and text: only a lead's streets can clash, so the
    rest of a text whose lead names none is not read."""
    whole = f"{title}\n{text}"
    end = len(title) + 1 + lead_chars
    lead = streets(whole[:end])
    # the rest of the text from where a street type could still overlap the lead's end, not the lead again
    return (lead, lead | streets(whole, max(0, end - _LONGEST_TYPE - 1))) if lead else (lead, lead)


def clash(lead_a: frozenset[str], named_a: frozenset[str], lead_b: frozenset[str], named_b: frozenset[str]) -> bool:
    """Whether each report leads with a street the other never names: two incidents, each on its own street."""
    return bool(lead_a and lead_b) and not _named_in(lead_a, named_b) and not _named_in(lead_b, named_a)


def _named_in(own: frozenset[str], other: frozenset[str]) -> bool:
    """Whether one of the streets `own` is among `other`, as a whole name or the end of one ("york" in "a64
    york" has lost its road number already; "kent" in "old kent")."""
    return any(s == o or o.endswith(" " + s) or s.endswith(" " + o) for s in own for o in other)
