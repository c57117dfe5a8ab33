"""What a number is said per: a distributive phrase the measure would otherwise drop.

Issue 11 (labels right for a reader): "10,000 pesos to each family of the dead" is not 10,000 pesos in all, "0.62
new Halcyon shares ... for each share they own" not 0.62 shares in all, "bricks of about 1.1 kilograms each" not
the bricks' weight, "250,000 tonnes of mussels a year" not a stock, and "each day of strike action would cost
Kestrel between £9 million and £11 million" not the strike's whole cost. The label says what the value is per:
"number of pesos per family of the dead", "weight per brick", "mussels weight per year", "estimated cost per day
of strike action" (bench/gold/label_audit_dev.md, perN). English closed classes only ("each", "every", "per",
"apiece", "a"/"an" before a unit of time); no word of any corpus.
"""

from __future__ import annotations

import re

from briefing.figures import structure as st
from briefing.figures.structure import number_word
from briefing.text.numbers import Quantity

_TIME = r"(?:day|week|month|year|hour|minute|second|night)"
# A noun phrase a value is per: up to three words, maybe "of the dead"; every word lowercase, no closed-class word
# (checked after the match: "each share they own" stops before the pronoun).
_WORD = r"[a-z][a-z0-9-]*"
_NP = rf"(?P<np>{_WORD}(?:\s+{_WORD}){{0,2}}?(?:\s+of\s+(?:the\s+)?{_WORD})?)"
# Between the number and its distributive phrase: what it is of ("tonnes of mussels"), an aside in brackets
# ("10,000 pesos (about $199)"), or a second part of the same payment ("plus 38.5p in cash").
_OF = rf"(?:\s+(?:worth\s+)?of\s+(?:{_WORD}\s+){{0,2}}{_WORD})?"
_ASIDE = r"(?:\s*\([^()]{1,40}\))?"
_PLUS = r"(?:\s+plus\s+\S*\d\S*(?:\s+in\s+[a-z]+)?)?"
# A time word that ends a span rather than a rate: "a year earlier", "a month ago".
_NOT_RATE = r"(?!\s+(?:earlier|ago|later|prior|previously|or\s+two|and\s+a\s+half)\b)"
_AFTER = re.compile(
    rf"{_OF}{_ASIDE}{_PLUS}\s+(?:"
    rf"(?:to|for|from)\s+(?:each|every)\s+{_NP}"           # "to each family of the dead", "for each share"
    rf"|per\s+(?P<per>{_TIME})\b"                            # "per day"
    rf"|(?:a|an|each|every)\s+(?P<time>{_TIME}){_NOT_RATE}\b"  # "a year", "each day"
    rf"|per\s+{_NP.replace('np', 'pernp')}"                  # "per household", "per 30-day supply"
    rf"|(?P<each>each|apiece)\b(?!\s+(?:of|other)\b))")       # "about 1.1 kilograms each"
# The measure already says it: "patients per day", "points each", "monthly payment", "annual loss".
_SAID = re.compile(r"\b(?:per|each|apiece|daily|weekly|monthly|yearly|annual|annually|hourly|nightly|a\s+"
                   rf"{_TIME})\b", re.I)
_OPENERS = frozenset({"each", "every"})
# "2,870 bricks of about 1.1 kilograms each": the plural the amount of each is told of.
_EACH_OF = re.compile(r"\b([a-z]+s)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|up\s+to|over|under|"
                      r"approximately|at\s+least|more\s+than|less\s+than)\s+)?$")


def per_unit(sentence: str, toks: list[st.Token], q: Quantity, measure: str,
             verb_at: int | None) -> tuple[str, str]:
    """(the measure with what its number is per, the measure without it): "number of pesos per family of the dead"
    when the clause says the number is per something and the measure does not; else the measure twice. The
    measure is as bare as it was without the phrase: "water per day" names no more whose water than "water"."""
    if not measure or _SAID.search(measure) or q.dim in ("date", "age", "percent", "multiplier"):
        return measure, measure
    said = _after(sentence, q) or _each_subject(toks, verb_at, measure, money=q.dim == "money")
    if said == "each":  # "bricks of about 1.1 kilograms each": per brick; "each" alone ends no label
        return _each_of(sentence, q, measure), measure
    return (f"{measure} {said}" if said else measure), measure


def _each_of(sentence: str, q: Quantity, measure: str) -> str:
    """'weight per brick' of 'bricks of about 1.1 kilograms each' (measure 'bricks weight'): the plural before
    'of' is what each value is of; the measure as it is when no plural stands there."""
    of = _EACH_OF.search(sentence, 0, q.start)
    one = singular(of.group(1)) if of else ""
    if not of or not one:
        return measure
    kept = [w for w in measure.split() if w.lower() != of.group(1).lower() and not number_word(w.lower())]
    return f"{' '.join(kept)} per {one}" if kept else measure


def singular(noun: str) -> str:
    """'brick' of 'bricks', 'box' of 'boxes', 'battery' of 'batteries' (regular English plurals); '' if not one."""
    low = noun.lower()
    if not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return ""
    if low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "xes", "sses", "zes")):
        return low[:-2]
    return low[:-1]


def _after(sentence: str, q: Quantity) -> str:
    """'per family of the dead' of '10,000 pesos (about $199) to each family of the dead'; '' if none follows."""
    found = _AFTER.match(sentence, q.end)
    if not found:
        return ""
    if found.group("each"):
        return "each"
    time = found.group("per") or found.group("time")
    if time:
        return f"per {time}"
    phrase = _noun_phrase(found.group("np") or found.group("pernp") or "")
    return f"per {phrase}" if phrase else ""


def _noun_phrase(phrase: str) -> str:
    """The words of a noun phrase up to a closed-class word: 'share they own' -> 'share'; 'family of the dead' as
    it is ("of the" joins it to its complement)."""
    kept: list[str] = []
    parts = phrase.split()
    for k, word in enumerate(parts):
        joins = word == "of" or (word == "the" and k and parts[k - 1] == "of")
        if not joins and word in st.CLOSED:
            break
        kept.append(word)
    while kept and kept[-1] in ("of", "the"):
        kept.pop()
    return " ".join(kept)


def _each_subject(toks: list[st.Token], verb_at: int | None, measure: str, *, money: bool) -> str:
    """'per day of strike action' of 'each day of strike action would cost Kestrel £9 million': the verb's subject
    opens on 'each' or 'every', so the amount is per one of them."""
    if verb_at is None:
        return ""
    k = verb_at - 1
    while k >= 0 and toks[k].low in st.AUX:
        k -= 1
    for start in range(k, max(-1, k - 6), -1):
        if toks[start].low in _OPENERS:
            phrase = toks[start + 1:k + 1]
            ok = phrase and all(t.word and t.text.islower() and (t.low not in st.CLOSED or t.low == "of")
                                for t in phrase)
            said = {w.lower() for w in measure.split()}  # "strike day cost": the day is said already
            # "each strike day cost it ...": an amount's noun of two words after "each" is named as its payer
            # ("strike day cost"); only a longer phrase ("each day of strike action") is left for "per" to say
            short = money and len(phrase) <= 2
            ok = ok and not short and phrase[-1].low != "of" and not any(t.low in said for t in phrase)
            return f"per {' '.join(t.low for t in phrase)}" if ok else ""
        if not toks[start].word or toks[start].low in st.FUNCTION:
            return ""
    return ""
