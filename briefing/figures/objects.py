"""What a verb did to the count that is its object, said whole: "laying off 210 workers" -> workers laid off,
"forcing 6,000 residents to evacuate" -> residents forced to evacuate, "leaving 410,000 homes and businesses without
electricity" -> homes and businesses left without electricity, and the later items of a list of objects
("recovered $410,000 in cash, 26 luxury watches, 11 handguns") done to as the first was.

English grammar only (particles, "to" and a verb, "without", commas and "and"): no corpus's words.
"""

from __future__ import annotations

from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.casualties import is_person
from briefing.figures.structure import past, words
from briefing.text.quantity import WORD_NUMBERS

# What may stand between a list's comma and the number of its next item ("and nearly 3 kilograms").
_BEFORE_ITEM = frozenset({"and", "about", "around", "nearly", "almost", "some", "over", "roughly", "more", "than",
                          "at", "least", "up", "to", "$", "£", "€"})


def told_to(toks: list[st.Token], last: int, hi: int, noun: str) -> str:
    """' to evacuate' of 'forcing 6,000 residents to evacuate' or 'ordered 90,000 residents of three counties to
    evacuate': what people a verb acts on were made or told to do ('' for things, or no verb after 'to')."""
    at = last + 1
    if not is_person(noun) or at >= hi:
        return ""
    if toks[at].low == "of":  # past the group they belong to
        at = next((k for k in range(at + 1, min(hi, at + 6)) if toks[k].low == "to"), hi)
    if at + 1 >= hi or toks[at].low != "to" or not toks[at + 1].text.islower() or not st.is_verb(toks, at + 1) \
            or toks[at + 1].low in st.AUX:
        return ""
    return f" to {toks[at + 1].low}"


def without(toks: list[st.Token], last: int, hi: int) -> str:
    """' without electricity' of 'leaving 410,000 homes without electricity': the state a verb of result left
    its object in, said by 'without' and a bare noun."""
    at = last + 1
    if at + 1 >= hi or toks[at].low != "without":
        return ""
    what = st.noun_after(toks, at + 1, hi, 2)
    return f" without {words(what)}" if what and all(t.text.islower() for t in what) else ""


def and_more(toks: list[st.Token], last: int, hi: int) -> int:
    """How many tokens 'and businesses' of '410,000 homes and businesses left' adds to a counted noun: a bare
    plural noun joined to it, that no verb or number opens and that ends its phrase (0 if none)."""
    at = last + 1
    if at + 1 >= hi or toks[at].low not in ("and", "or"):
        return 0
    t = toks[at + 1]
    if not t.word or not t.text.islower() or t.low in st.CLOSED or not t.low.endswith("s") or t.low in WORD_NUMBERS \
            or st.is_verb(toks, at + 1) or t.low.endswith("ly"):
        return 0
    end = at + 2
    return 2 if end >= hi or not toks[end].word or toks[end].low in st.PREPOSITIONS or st.is_verb(toks, end) else 0


def listed_verb(toks: list[st.Token], first: int) -> int | None:
    """The verb of the first item of a list of objects whose later item opens on token `first`: 'recovered'
    of 'Investigators recovered $410,000 in cash, 26 luxury watches, 11 handguns'. Each item back to it must open
    on a number; a past verb that is no verb of having, reporting or scoring (None otherwise)."""
    k = first - 1
    while k >= 0 and toks[k].low in _BEFORE_ITEM:
        k -= 1
    if k < 1 or toks[k].text != ",":
        return None
    for j in range(k - 1, max(-1, k - 30), -1):
        t = toks[j]
        if not t.word and t.text not in ",$£€" and not t.text[:1].isdigit():
            return None  # a clause's end: ";", ":", a dash, a bracket
        if not (t.text[:1].isdigit() or t.low in WORD_NUMBERS):
            if st.is_verb(toks, j) and t.text.islower():
                return None  # a verb inside an item: "11 handguns were found": no list of one verb's objects
            continue
        v = j - 1
        while v >= 0 and toks[v].low in _BEFORE_ITEM - {"and"}:
            v -= 1
        if v < 0:
            return None
        if toks[v].text == ",":
            continue  # an earlier item of the list
        verb = toks[v].low
        passive = v > 0 and toks[v - 1].low in st.AUX
        done = toks[v].text.islower() and st.is_verb(toks, v) and past(verb) and not passive
        having = {verb, verb[:-1], verb[:-2]} & vocab.HAVING  # "included", "contained": a whole's parts
        return v if done and not having and verb not in vocab.REPORTING | vocab.SCORING else None
    return None
