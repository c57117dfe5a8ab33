"""Is a name or noun phrase inside a prepositional phrase: then it is no actor a date's label can name."""

from __future__ import annotations

from briefing.figures import date_objects as do
from briefing.figures import structure as st
from briefing.text import english as en
from briefing.text import word_set

# words that open a clause when a verb follows ("after the volcano erupted"), though some are also prepositions;
# "as" opens a phrase more often ("as a result")
_SUBORDINATORS = en.SUBORDINATORS - {"as"} | word_set("once whenever")


def in_phrase(toks: list[st.Token], start: int, lo: int, determined: bool = True) -> bool:
    """Does the noun phrase at `start` sit in a prepositional phrase ('over harsh measures', `determined`: 'in a town')?"""
    for k in range(start - 1, lo - 1, -1):
        t = toks[k]
        if t.low in _SUBORDINATORS:  # "after Mount Keruwang erupted": a conjunction opens a clause, its subject
            return False
        if t.low in st.PREPOSITIONS:
            return True
        if t.low in st.DETERMINERS:  # "in a Somerset town", not "after the deal was approved" (a clause)
            # "in a Somerset town caught fire"; not "was announced in an article published Monday": a verb
            # before the phrase makes the noun its object, the subject of the participle after it
            return determined and k > lo and toks[k - 1].low in st.OBJECT_PREPOSITIONS and not any(
                st.is_verb(toks, j) and toks[j].low not in st.AUX and not toks[j].low.endswith("ing")
                and not (j > 0 and toks[j - 1].low in st.DETERMINERS) for j in range(lo, k))
        if not t.word or t.low in st.AUX or t.low in st.FUNCTION or st.is_verb(toks, k):
            return False
    return False


def named_in_phrase(toks: list[st.Token], start: int) -> bool:
    """Is the name at `start` the object of a preposition, past the other names, commas and 'and' of a list
    ('from the U.S. Chemical Safety Board', 'with LASD's Gang Enforcement Unit', 'from Guayaquil, Ecuador')?"""
    lower = 0
    for k in range(start - 1, -1, -1):  # past the clause's start: the name may stand in an aside before it
        t = toks[k]
        if t.low in do.DATE_WORDS or t.low in _SUBORDINATORS or t.low in st.AUX or st.is_verb(toks, k):
            return False  # "On Monday, Apple said": a time is no phrase the name is in
        if t.low in st.PREPOSITIONS:
            return t.low != "to"  # "according to" and "to" before a verb: no phrase that hides an actor
        if t.text == ",":
            if not (k > 0 and toks[k - 1].text[:1].isupper() and toks[k - 1].word):
                return False  # "In a statement, Apple said": a comma after a lower-case word ends the phrase
            continue
        if t.low == "and" and not (k > 0 and toks[k - 1].text[:1].isupper()):
            return False  # "ran for another and Eastern Michigan rolled": "and" joins clauses, not names
        if not t.word and t.text not in ".-’'&":
            return False  # "In 2019, Apple": a number or a mark ends the phrase
        if t.text[:1].isupper() or t.low in st.DETERMINERS or t.low in ("and", "of", "&") or not t.word:
            continue
        lower += 1  # "the Geneva-based charity Medina Relief": a word or two describing the name
        if lower > 2:
            return False
    return False


_PARTICIPLE_STOPS = en.RELATIVES | st.AUX | _SUBORDINATORS  # a clause of its own: its noun is no modifier's


def modified_head(toks: list[st.Token], start: int) -> list[st.Token] | None:
    """The noun a participle after it describes, when the phrase at `start` is the participle's object ('a freight
    train carrying crude oil, potash and [grain] derailed', 'events involving the five [schools]', 'paintings valued
    at between €18 million and €24 [million]'): [] if the phrase hangs on a participle whose noun the label cannot
    take, None if it hangs on none."""
    listed = False  # a comma only inside a list that "and" or "or" closes before the phrase
    for k in range(start - 1, max(-1, start - 15), -1):
        t = toks[k]
        listed = listed or t.low in ("and", "or")
        if t.text in ";:—()" or t.low in _PARTICIPLE_STOPS or t.low in do.DATE_WORDS or (t.text == "," and not listed):
            return None
        if k < start - 1 and _participle(toks, k):  # "warning service": a participle right before is a modifier
            if toks[k - 1].text[:1].isupper():  # "Greeks protesting against ... threw"
                j = k
                while j > 0 and toks[j - 1].word and toks[j - 1].text[:1].isupper():
                    j -= 1
                return toks[j:k]
            head = st.noun_before(toks, k, 0, 3)
            glued = bool(head) and any(p.end == head[0].start for p in toks)  # "17th-century": not "th-century"
            return head[1:] if glued else head
        if st.is_verb(toks, k) or not (t.word or t.text[:1].isdigit() or t.text in ",.€$£%-'’"):
            return None  # a verb of its own or a mark that ends the phrase
    return None


def _participle(toks: list[st.Token], k: int) -> bool:
    """A participle right after a noun, with no auxiliary ('train carrying', 'paintings valued at')."""
    t = toks[k]
    if k == 0 or not t.word or t.text[:1].isupper():
        return False
    prev = toks[k - 1]
    if not prev.word or prev.low in st.CLOSED or prev.low in st.AUX or prev.low.endswith("ly") or st.is_verb(toks, k - 1):
        return False
    if t.low in st.CLOSED or "-" in t.text:  # "during", "role-playing game"
        return False
    if t.low.endswith("ing") and len(t.low) > 5:
        return True
    return t.low.endswith("ed") and st.is_verb(toks, k) and k + 1 < len(toks) \
        and toks[k + 1].low in st.PREPOSITIONS and toks[k + 1].low != "to"  # "valued at", not "said about"
