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
