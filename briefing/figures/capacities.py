"""A number a place or a thing has room for is no count of what it holds: "Pine Hollow ... was designed to hold
1,150 inmates but housed 1,312", "the treatment centre was built for 80 patients" (it held 112).

The label says so: "capacity for inmates", "water capacity". Round 51 (avgT, issue 11). Closed-class grammar only:
the modals of ability, the words that say a thing was made or is fit for a number ("designed", "built", "able",
"enough") and the verbs of holding. An average read as a count was measured too and left (label_audit_dev.md).
"""

from __future__ import annotations

from briefing.figures import owners as ow
from briefing.figures import structure as st
from briefing.text import english as en
from briefing.text import word_set
from briefing.text.numbers import Quantity

# Verbs of holding: what a place or a vessel has room for ("designed to hold", "can seat", "able to carry"). Not
# "take": "boats will be able to take up to 13,000 tonnes of mackerel" is a catch allowed (the held-out read found it).
_HOLDING = word_set("hold seat house accommodate carry sleep fit")
# What makes a verb of holding a capacity, before its "to": made or fit for the number, not a number held now.
_MADE_FOR = word_set("designed built able enough meant intended equipped")
# "can hold 60,000": ability; "will hold 40 seats" is what a list will have, and "holds 1,500 shipwrecks" what a
# lake has, so only these two
_ABLE = word_set("can could")
# "was built for 80 patients", "room for 500 guests": the number "for" which a thing was made or has room
_FOR = word_set("built designed room space")
# kinds of number a capacity is not: a price a thing was built for, a time it can take, a share
_NOT_ROOM = frozenset({"money", "duration", "percent", "date"})
_BEFORE = ow.QUALIFIERS | en.ARTICLES  # "designed to hold up to 1,150", "can carry about 1,450"


def capacity(toks: list[st.Token], q: Quantity, first: int, lo: int, measure: str) -> str:
    """`measure` said as a capacity when the words right before the number say what there is room for."""
    if not measure or "capacity" in measure.split() or q.dim in _NOT_ROOM:
        return measure
    k = first - 1
    while k > lo and toks[k].low in _BEFORE:
        k -= 1
    if k < lo or k >= first or not _room(toks, k, lo):
        return measure
    if q.dim == "count":  # "capacity for inmates": the counted noun after "for", as English says a capacity
        return f"capacity for {measure.removeprefix('number of ')}"
    return f"{measure} capacity"  # "water capacity"


def _room(toks: list[st.Token], k: int, lo: int) -> bool:
    """Does the word at `k` say what there is room for: 'designed to hold', 'able to carry', 'can seat', 'built for',
    'room for'?"""
    if toks[k].low == "for":
        return k > lo and toks[k - 1].low in _FOR
    if toks[k].low not in _HOLDING or k - 1 < lo:
        return False
    if toks[k - 1].low in _ABLE:
        return True
    return toks[k - 1].low == "to" and k - 2 >= lo and toks[k - 2].low in _MADE_FOR
