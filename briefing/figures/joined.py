"""The verb of a count that opens a subject joined with more: "Two churches, a fire station and the school gym
were also hit", "38 elective surgeries and more than 1,200 outpatient appointments have been postponed".

A count whose clause goes on past other nouns of its subject (a list, an appositive of who they were, a phrase of
where they lay) before the auxiliary of its verb is still that verb's subject: the label says the verb ("churches
hit"), not a bare "number of churches" that reads as every church in town (label_audit_dev.md, numR).
"""

from __future__ import annotations

from briefing.figures import structure as st
from briefing.text import english as en

# The finite auxiliary that opens the verb of the whole subject (English grammar): "were hit", "have asked".
_FINITE = st.AUX - en.RELATIVES - {"be", "been", "being", "did", "does", "do"}
# What ends the subject without its verb: a clause of its own opens, or the sentence breaks (English grammar).
_OPENERS = en.RELATIVES | en.SUBORDINATORS | {"but", "nor", "so", "yet", "then", "where", "there", "it", "they",
                                              "he", "she", "we", "i", "you"}
_PUNCT = frozenset({",", "-", "—", "–", "’", "'", "&"})
_FAR = 18  # tokens a subject runs before its verb: a list of three named things with their words


def verb_at(toks: list[st.Token], last: int) -> int | None:
    """The finite auxiliary of a passive or a state after the subject that the count ending at token `last` opens,
    past more of that subject: other nouns joined by commas or 'and', an aside, or a phrase of which ones ('between
    Italy and Egypt', 'besides the bank'); None when a verb, a clause opener or a stop ends the subject first."""
    k = last + 1
    while k < len(toks) and k <= last + _FAR:
        t = toks[k]
        if t.low in _FINITE:
            # "... and 165 points and is expected to rise": a verb after "and" is one more of an earlier subject's
            return k if _passive(toks, k) and toks[k - 1].low not in ("and", "or") and _one_subject(toks, last, k) \
                else None
        if t.low in _OPENERS or (t.word and st.is_verb(toks, k)) or (not t.word and t.text not in _PUNCT
                                                                        and not t.text[:1].isdigit()):
            return None  # "Two people died, and ...": a verb of the count's own came first
        k += 1
    return None


def _one_subject(toks: list[st.Token], last: int, aux: int) -> bool:
    """Is what follows the last comma before the auxiliary still the count's subject: nothing (an aside closed),
    a number ('the mayor's brother-in-law, 66, were'), or a list's last items ('a fire station and the gym')? Not
    a new subject ('Excluding Brand's 10 rebounds, the team's stars have')."""
    comma = next((k for k in range(aux - 1, last, -1) if toks[k].text == ","), None)
    rest = toks[comma + 1:aux] if comma is not None else []
    return all(t.text[:1].isdigit() for t in rest) or any(t.low in ("and", "or") for t in rest)


def _passive(toks: list[st.Token], aux: int) -> bool:
    """Does the plural auxiliary open a passive or a state ('were hit', 'have been postponed', 'are already signed')?
    An active perfect far from its subject ('have asked', 'have claimed') says little without its object, and a
    singular one has a subject of its own ('Two nurses were injured, one seriously, and part of the building was')."""
    if toks[aux].low in ("was", "is", "has"):
        return False
    return toks[aux].low not in ("have", "had") or (aux + 1 < len(toks) and toks[aux + 1].low == "been")
