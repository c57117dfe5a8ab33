"""Which verb a date belongs to: the clause's verb before it, whether that verb tells a past event or a plan, and
whether a subordinate or coordinated clause takes it (split from dating.py, which reads the date's label)."""

from __future__ import annotations

from briefing.figures import date_objects as do
from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.structure import past
from briefing.text import MONTHS, WEEKDAYS, word_set
from briefing.text import english as en

_AUXILIARIES = st.AUX - en.RELATIVES
_ADJECTIVE_AFTER = st.PREPOSITIONS - {"to"}  # "on injured reserve"; "to" is before a verb ("to play")
_FUTURE = word_set("will would shall can")  # told plainly ("can be enjoyed until"), not "could", "may"
_NOT_DESCRIBED = st.PREPOSITIONS | st.FUNCTION | st.DETERMINERS
_ARTICLES = en.ARTICLES | en.POSSESSIVES  # what opens a noun phrase an -ed word may describe
_DATE_WORDS = do.DATE_WORDS  # "Monday night", "Jan. 6", "last week": not what the date is of
_SUBORDINATE = en.SUBORDINATORS - {"until", "till", "as", "when", "while"}
_BE = word_set("is are was were be been")  # "was operating": a state going on
_MONTHS = frozenset(MONTHS)
_SPELL_UNITS = word_set("minute hour day week month year")  # "lasted about 30 hours": a spell of its own


def happened(toks: list[st.Token], i: int, told: bool = False) -> bool:
    """Does the verb at `i` tell a past event ('was arrested'), or, `told`, one plainly to come ('will testify')?"""
    chain = aux_chain(toks, i)
    if i > 0 and toks[i - 1].low == "to":
        return False  # "due to meet on Monday to set the details": an infinitive (a past form like "set") is an aim
    if any(t.low in en.MODALS for t in chain):  # "would leave the EU on Oct. 31" is told plainly; "could" is not
        return told and any(t.low in _FUTURE for t in chain)
    return (past(toks[i].low) or toks[i].low in st.SIMPLE_PAST
            or (i > 0 and toks[i - 1].low in ("has", "have", "had", "was", "were"))) and not attributive(toks, i)


def aux_chain(toks: list[st.Token], i: int) -> list[st.Token]:
    """The auxiliaries (and adverbs) before the verb at `i`: 'will be', 'has officially'."""
    k = i
    while k > 0 and (toks[k - 1].low in _AUXILIARIES or toks[k - 1].low.endswith("ly")):
        k -= 1
    return toks[k:i]


def verb_before(toks: list[st.Token], lo: int, first: int) -> int | None:
    """The verb a date written after it belongs to ('captured Monday'), -1 (an aim: 'advances to play Saturday')
    or None (no verb, a statement, a copula)."""
    for k in range(first - 1, lo - 1, -1):
        t = toks[k]
        if not st.is_verb(toks, k) or t.low in st.AUX or attributive(toks, k) \
                or (k > 0 and toks[k - 1].low in _ADJECTIVE_AFTER):  # "placed on injured reserve": an adjective
            continue
        if t.low in vocab.SAYING:
            return None  # "said on May 5 it signed": the reported event's date
        to = k - 1 if k > 0 and toks[k - 1].low == "to" else None
        if k > 1 and toks[k - 1].low.endswith("ly") and toks[k - 2].low == "to":
            to = k - 2  # "to officially announce"
        if to is not None:
            if to > lo and (st.is_verb(toks, to - 1) or toks[to - 2].low in ("and", "or")):
                # "is set to announce the terms Wednesday" is a plan; "advances to play Saturday" an aim
                return to - 1 if planned(toks, to - 1) or happened(toks, to - 1) else -1
            continue  # "crossing a street to attend a service Friday was mowed down": a purpose, no clause's verb
        if t.low.endswith("ing") and not (k > 0 and toks[k - 1].low in st.AUX):
            continue  # "The Navy patrolling the Gulf on Thursday thwarted": a participle is no clause's verb
        return k
    return None


def subordinate(toks: list[st.Token], lo: int, first: int, end: int, i: int) -> bool:
    """Is the verb at `i`, after a date ending before token `end`, in a clause a subordinator opens between them
    ('on Monday if conditions allowed', 'was operating on paper Tuesday after a ransomware attack knocked out')?
    That clause tells another event, whose day the sentence does not give. 'After' says so only when the date's
    own clause tells a state going on ('was operating'); 'the view on Nov. 14 after the deal was approved' dates it."""
    opener = next((k for k in range(i - 1, end - 1, -1) if toks[k].low in _SUBORDINATE or toks[k].text in ",;:"), None)
    if opener is None or toks[opener].low not in _SUBORDINATE:
        return False
    return toks[opener].low != "after" or any(toks[k].low.endswith("ing") and (toks[k - 1].low in _BE or k > 1 and (
        toks[k - 1].low in st.ADVERBS or toks[k - 1].low.endswith("ly")) and toks[k - 2].low in _BE)
        for k in range(max(lo, 1), first))  # "were still looking"


def coordinated(toks: list[st.Token], end: int, hi: int) -> bool:
    """'walked in on Monday and shot three people': a verb joined right after the date shares it."""
    while end < hi and toks[end].low in _DATE_WORDS:
        end += 1
    return end + 1 < hi and toks[end].low == "and" and st.is_verb(toks, end + 1) and not own_time(toks, end + 2, hi)


def own_time(toks: list[st.Token], start: int, hi: int) -> bool:
    """Does the clause part from `start` tell a time of its own: a day ('continued into early Tuesday') or a
    counted spell ('lasted about 30 hours')? A verb so told does not share a day written before it."""
    for k in range(start, hi):
        t = toks[k]
        if t.text in ",;:":
            return False  # the part ends; what follows is another's
        named = t.low in WEEKDAYS or t.low in _MONTHS and t.text[:1].isupper()  # not "may"; not "night", the same day
        if named or t.text[:1].isdigit() and k + 1 < hi and toks[k + 1].low.rstrip("s") in _SPELL_UNITS:
            return True
    return False


def attributive(toks: list[st.Token], i: int) -> bool:
    """'a detached garage', 'an unscheduled trip', 'a South Carolina shared workspace': an -ed word between a
    determiner and a noun describes the noun; it is no verb."""
    k = i - 1
    while k >= 0 and (toks[k].text[:1].isupper() and toks[k].word or toks[k].text[:1].isdigit()):
        k -= 1  # names describing the noun too, and a count ("its 518 scheduled flights")
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (k >= 0 and toks[k].low in _ARTICLES and k < i and nxt is not None and nxt.word
            and nxt.text.islower() and nxt.low not in _NOT_DESCRIBED
            and nxt.low not in en.OBJECT_PRONOUNS)  # "the Trail Blazers hired him": a pronoun is no noun described


def planned(toks: list[st.Token], i: int) -> bool:
    """'was set to begin', 'is expected to announce': a passive participle before 'to' and a verb says what is
    planned, not what happened on the date."""
    return (i > 0 and toks[i - 1].low in ("is", "are", "was", "were") and i + 2 < len(toks)
            and toks[i + 1].low == "to" and toks[i + 2].word and toks[i + 2].low not in st.DETERMINERS)
