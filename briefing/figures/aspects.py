"""What a number measures, from the words around it, and how a figure is labelled in a table."""

from __future__ import annotations

import re

from briefing.text.entities import opening_comma
from briefing.text.numbers import Quantity

# (aspect, trigger words). Money, multipliers and durations: first listed aspect present wins
# (a price sentence often also says "pay"); counts, lengths and dates: the nearest trigger wins.
_MONEY = (
    ("price", "subscriber subscribers subscription tier tiers price priced prices users"),
    ("contract value", "contract contracts deal deals agreement"),
    ("spending", "capex expenditure expenditures spending spend spent invest investment investing"),
    ("cost", "plant fab factory facility build building cost costs"),
    ("value", "oil cargo worth valued"),
    ("payment", "pay paying payment payments paid"),
)
_MULTIPLIER = (
    ("usage limit increase", "usage cap caps limit limits rate"),
    ("compute growth", "compute"),
    ("scale", "scale number size"),
)
_DURATION = (("term", "deal contract agreement lease"),)
_COUNT = (
    ("deaths", "killed killing kill kills dead died deaths death fatally fatalities"),
    ("injured", "wounded wounding injured injuring hurt injuries"),
    ("shot", "shot shooting shoots"),
    ("captured", "captured capture arrested nabbed seized seizing apprehended caught detained"),
    ("present", "present attending attended attendees guests gathered aboard"),
    ("got out", "leave left escaped fled evacuate evacuated"),
)
_LENGTH = (
    ("fall", "fell falling fall falls plunged slipped"),
    ("chase", "chased chase pursuit pursued"),
    ("distance", "north south east west away outside"),
)
_DATE = (
    ("signing", "signed signs sign signing"),
    ("announcement", "announced announces unveiled"),
    ("release", "released releases release published launched"),
    ("death", "died dies killed death"),
    ("fall", "fell falls slipped"),
    ("verdict", "convicted guilty verdict sentenced"),
    ("shooting", "shot shooting opened"),
    ("crash", "hit struck crash crashed"),
    ("arrest", "arrested charged"),
)
_WORD = re.compile(r"[A-Za-z]+")


def _words(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0).lower()) for m in _WORD.finditer(text)]


def _window(sentence: str, q: Quantity, span: int) -> list[tuple[int, str]]:
    """(distance in words, word) around the quantity; words after it win ties."""
    if q.aspect_text:
        return [(i, w) for i, (_, w) in enumerate(_words(q.aspect_text))]
    skip = opening_comma(sentence, q.end)
    clause = re.search(r"[,;—–]|\s-\s", sentence[q.end + skip:])  # aspects after a number stop at the clause
    before = [w for _, w in _words(_presence(sentence[:q.start]))][-span:]
    inside = [w for _, w in _words(sentence[q.start:q.end])]
    after = [w for _, w in _words(_presence(sentence[q.end:q.end + skip + clause.start() if clause else None]))][:span]
    return ([(0, w) for w in inside] + [(i * 2 + 1, w) for i, w in enumerate(after)]
            + [(i * 2 + 2, w) for i, w in enumerate(reversed(before))])


def _presence(text: str) -> str:
    """'people were at the party' says who was present."""
    return re.sub(r"\b(?:were|was) (?:at|inside|aboard|on board)\b", "present", text, flags=re.I)


def _first_listed(window: list[tuple[int, str]], table: tuple[tuple[str, str], ...]) -> str | None:
    present = {w for _, w in window}
    return next((aspect for aspect, words in table if present & set(words.split())), None)


def _nearest(window: list[tuple[int, str]], table: tuple[tuple[str, str], ...]) -> str | None:
    lookup = {w: aspect for aspect, words in table for w in words.split()}
    hits = sorted((d, lookup[w]) for d, w in window if w in lookup)
    return hits[0][1] if hits else None


# Per kind of quantity: how many words around it to read, which word table, and how to choose
# (money, multipliers and durations by the table's order of precedence; the rest by the nearest word).
_ASPECT_RULES = {
    "money": (8, _MONEY, _first_listed),
    "multiplier": (6, _MULTIPLIER, _first_listed),
    "duration": (6, _DURATION, _first_listed),
    "count": (5, _COUNT, _nearest),
    "length": (6, _LENGTH, _nearest),
    "date": (12, _DATE, _nearest),
}


def aspect_of(sentence: str, q: Quantity) -> str | None:
    """The aspect the words around the quantity name ('contract value', 'deaths', 'signing'), or None."""
    rule = _ASPECT_RULES.get(q.dim)
    if rule is None:
        return None
    reach, table, pick = rule
    return pick(_window(sentence, q, reach), table)


_DIM_LABELS = {"power": "power capacity", "energy": "energy", "speed": "speed", "area": "floor area",
               "mass": "weight", "percent": "percentage", "age": "age"}
_PEOPLE_LABELS = {"deaths": "deaths", "injured": "injured", "shot": "people shot",
                  "present": "people present", "got out": "people who got out"}


def _base_label(q: Quantity, aspect: str | None) -> str:
    if q.dim == "count":
        if q.unit == "people" and aspect in _PEOPLE_LABELS:
            return _PEOPLE_LABELS[aspect]
        noun = q.unit[:-1] if q.unit in ("GPUs", "TPUs", "CPUs") else q.unit
        if aspect:
            return f"{q.unit} {aspect}"
        return f"{noun} count" if noun != q.unit else f"number of {q.unit}"
    if q.dim == "money":
        label = aspect or "amount"
        return f"monthly {label}" if q.unit.endswith("/month") and aspect in ("payment", None) else label
    if q.dim == "multiplier":
        return aspect or "multiple"
    if q.dim == "duration":
        return "contract term" if aspect == "term" else "duration"
    if q.dim == "length":
        return {"fall": "fall height", "chase": "chase distance", "distance": "distance"}.get(
            aspect or "", "height" if q.unit == "in" else "length")
    if q.dim == "date":
        return f"{aspect} date" if aspect else "date"
    return _DIM_LABELS.get(q.dim, q.dim)


def figure_label(q: Quantity, aspect: str | None, subject: str | None) -> str:
    """A label that reads well in a table: 'Colossus 1 GPU count', 'signing date'."""
    base = _base_label(q, aspect)
    if not subject:
        return base
    if q.dim == "age":
        return f"{subject}’s age"
    return f"{subject} {base}"
