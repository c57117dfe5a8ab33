"""What a verb says of the count that is its subject, with what follows it: "laid off" (its particle), "were put
under medical quarantine" (where a light verb put them), "came from the defensive line" (an active verb's
complement), "expected to receive notice" (what they are to do), "who lost power" (a relative clause after people),
and the counted object of an active verb ("drugmakers pulled over 1,000 lots" -> "drugmakers pulled lots": the "over"
is the number's, not the verb's).

English grammar only: particles, prepositions, "to" and a verb, relative pronouns.
"""

from __future__ import annotations

from briefing.figures import owners as ow
from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.structure import past, words
from briefing.text.quantity import WORD_NUMBERS

_DANGLING = st.PREPOSITIONS | st.DETERMINERS  # words a relative clause cannot end on


def light_object(toks: list[st.Token], verb: int, hi: int) -> str:
    """'were put under medical quarantine': a verb of three letters says little without where to."""
    if len(toks[verb].low) > 3 or verb + 2 >= hi or toks[verb + 1].low not in st.PREPOSITIONS:
        return ""
    where = st.noun_after(toks, verb + 2, hi, 3)
    return f" {toks[verb + 1].low} {words(where)}" if where and all(t.text.islower() for t in where) else ""


def complement(toks: list[st.Token], at: int, hi: int, said: str) -> str:
    """An active verb says little without what follows: '8 hits came [from the defensive line]', 'two
    gangbangers went [on trial]', 'protesters set up [burning barricades]'."""
    if said and said.strip() not in vocab.PARTICLES or at + 1 >= hi:
        return ""
    prep = toks[at + 1].low if not said and toks[at + 1].low in st.PREPOSITIONS - {"by"} else ""
    start = at + 1 + bool(prep)
    start += start < hi and toks[start].low in st.DETERMINERS
    what = st.noun_after(toks, start, hi, 3)
    what = what[:next((k for k, t in enumerate(what) if not t.text.islower()), len(what))]  # "on trial Wednesday"
    if not what or not prep and said.strip() == "":
        return ""
    return f"{' ' + prep if prep else ''} {words(what)}"


def direct_object(toks: list[st.Token], verb: int, hi: int) -> str:
    """' vessels' of 'four shipowners have already diverted vessels around the Cape', ' overtime shifts' of '260
    nurses have worked overtime shifts': a bare noun an active verb takes, said with it ('' for a time, a name, a
    number or an adverb)."""
    what = st.noun_after(toks, verb + 1, hi, 3)
    end = verb + 1 + len(what)
    if not what or not all(t.text.islower() and t.low not in st.CLOSED and not t.low.endswith("ly")
                           and t.low not in WORD_NUMBERS and t.low.rstrip("s") not in vocab.WHEN for t in what) \
            or end < hi and toks[end].word and toks[end].low not in st.CLOSED \
            and not (past(toks[end].low) and st.is_verb(toks, end)):  # "... gastroenteritis confirmed as norovirus"
        return ""
    return f" {words(what)}"


def to_do(toks: list[st.Token], verb: int, hi: int) -> str:
    """'are expected to receive notice': what they are expected to do."""
    if verb + 2 >= hi or toks[verb + 1].low != "to" or not st.is_verb(toks, verb + 2):
        return ""
    det = toks[verb + 3].low if verb + 3 < hi and toks[verb + 3].low in st.DETERMINERS else ""
    what = [t for t in st.noun_after(toks, verb + 3 + bool(det), hi, 2) if t.text.islower()]
    if what and what[0].low in vocab.WHEN:  # "expected to cross each day": when, not what they cross
        return f" to {toks[verb + 2].low}{f' {det} {what[0].low}' if det in ('each', 'every') else ''}"
    return f" to {toks[verb + 2].low}{' ' + words(what) if what else ''}"


def particle(toks: list[st.Token], verb: int) -> str:
    """'got out', 'were let go', 'laid off': the particle is part of the verb."""
    nxt = toks[verb + 1].low if verb + 1 < len(toks) else ""
    if nxt == "over" and verb + 2 < len(toks) and _number(toks[verb + 2]):
        return ""  # "pulled over 1,000 lots": more than 1,000, as the number reads it; not "pulled over"
    return f" {nxt}" if nxt in vocab.PARTICLES else ""


def _number(t: st.Token) -> bool:
    return st.number_word(t.low) or t.text in "$€£¥"


def counted_object(toks: list[st.Token], verb: int, hi: int) -> str:
    """' lots' of 'drugmakers pulled over 1,000 lots': an active verb whose object is another count says what it
    acted on by that count's noun (the count is a figure of its own)."""
    at = verb + 1
    while at < hi and toks[at].low in ow.QUALIFIERS:
        at += 1
    if at == verb + 1 and at < hi and toks[at].low in vocab.PARTICLES or at >= hi or not _number(toks[at]):
        return ""
    noun = st.noun_after(toks, at + 1, hi, 2)
    return f" {words(noun)}" if noun and all(t.text.islower() for t in noun) else ""


def relative(toks: list[st.Token], last: int, hi: int) -> str:
    """'who he came into contact with' -> 'came into contact', 'who lost power' -> 'lost power': a relative
    clause in the past tense after a count of people, up to its object."""
    at = last + 1
    if at >= hi or toks[at].low not in ("who", "that") or at + 1 >= len(toks):
        return ""
    at += 1 + (toks[at + 1].low in ("he", "she", "they", "we"))
    if at >= len(toks) or not (past(toks[at].low) or toks[at].low in st.SIMPLE_PAST) or toks[at].low in st.AUX:
        return ""
    said = [toks[at]]
    for k in range(at + 1, min(len(toks), at + 4)):
        t = toks[k]
        if not t.word or not t.text.islower() or t.low in st.AUX or st.is_verb(toks, k):
            break
        said.append(t)
    while len(said) > 1 and said[-1].low in _DANGLING:
        said.pop()
    return words(said)
