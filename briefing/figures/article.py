"""What else a number's article counts or measures: the article-level half of a label's provenance.

Issue 11: a right label is specific enough that no other number in the story could carry it. Round 31's provenance
looks at one sentence (figures.support); this looks at the whole article, structurally: how many other numbers of the
same article count the same head noun, or measure in the same unit. bench/bench_label_hiding.py measures them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing.figures.align import Mention, same_amount

# Words a measure is built from that name no thing ("number of people", "date of the ...", "share of GDP"): no
# sentence need say them (figures.support).
FRAME = frozenset({"number", "of", "the", "a", "an", "value", "amount", "date", "age", "share", "per", "count"})
_FRAME = FRAME | {"in", "on", "at", "for", "to", "from", "by", "with", "and"}  # and what joins a measure's words
_PREPOSITIONS = frozenset({"of", "in", "on", "at", "for", "to", "from", "by", "with", "between", "since", "during",
                           "over", "under", "after", "before", "per", "into", "off", "against", "among"})


def stem(word: str) -> str:
    """One form for a word's inflections ("flights"/"flight", "cuts"/"cut"): its first five letters."""
    word = word.lower().strip("’'")
    return word[:5] if len(word) > 4 else word.removesuffix("s")


def head(m: Mention) -> str:
    """The stem of the noun a number counts or measures: a count's counted noun, else the measure's last word before
    its first preposition ("distance between farms" -> distance; "share of GDP" -> GDP, past the frame)."""
    if m.quantity.dim == "count" and m.quantity.unit:
        return stem(m.quantity.unit.split()[-1])
    words = m.reading.measure.lower().split()
    while words and words[0] in _FRAME:
        words = words[1:]  # "number of", "date of the", "share of"
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    return stem(words[cut - 1]) if cut else ""


def _kind(m: Mention) -> tuple[str, str]:
    """What a number is told in: its dimension and unit ("count", "people"; "length", "km"; "money", "USD")."""
    unit = m.quantity.unit.split()[-1].lower() if m.quantity.unit else ""
    return m.quantity.dim, stem(unit) if m.quantity.dim == "count" else unit


def in_article(mentions: Sequence[Mention]) -> list[Mention]:
    """Each of one article's mentions with how many other numbers of the article count its head noun, and how many
    are told in its unit (a number repeated is not another)."""
    heads = [head(m) for m in mentions]  # each mention's head and kind once, not once per pair
    kinds = [_kind(m) for m in mentions]
    out = []
    for i, m in enumerate(mentions):
        others = [j for j, o in enumerate(mentions) if o is not m and not same_amount(o.value, m.value)]
        noun = heads[i]
        nouns = len({mentions[j].value for j in others if noun and heads[j] == noun})
        units = len({mentions[j].value for j in others if kinds[j] == kinds[i]})
        out.append(replace(m, reading=replace(m.reading, made=replace(m.reading.made, heads=nouns, units=units))))
    return out


def owned_words(measure: str) -> list[str]:
    """The words of a measure that name a thing, past the frame ("number of pupils" -> ["pupils"])."""
    return [w for w in measure.lower().split() if w not in _FRAME]
