"""Whose is the verb's subject when it is no name (used by figures.owners.subject_before).

A proper noun owns a number only as its clause's subject, a possessive or a modifier of the counted noun. Where
the verb's subject is a common noun that a relative pronoun stands for ("a franchise that won two games", "a
contractor whose company won $4.6 million"), no name before it is that subject, unless the noun restates a name
("Kestrel Exchange, the crypto platform that froze withdrawals").
"""

from __future__ import annotations

from briefing.figures import structure as st
from briefing.text import english as en

_AUX = st.AUX - en.RELATIVES  # "have", "had" before the verb; not "that", "who"


def own_subject(toks: list[st.Token], verb: int, lo: int) -> int:
    """Past where the verb's own subject stands when that is a common noun before a relative pronoun ('a paving
    contractor whose company won $4.6 million', 'a franchise that won two games', 'Steve Marr, whose side have
    conceded'): no name before it is the verb's subject. Not a noun restating a name ('Kestrel Exchange, the crypto
    platform that froze', 'LaCalamita, a Troy resident who was fired'): that name is. 0 when there is none."""
    at = _before_aux(toks, verb, lo)
    if whose := _whose(toks, at, lo):
        return whose
    if at >= lo + 1 and toks[at].low in en.RELATIVES and toks[at - 1].word and toks[at - 1].text.islower() \
            and toks[at - 1].low not in st.CLOSED and not restates_a_name(toks, at - 1):
        return toks[at].end  # "a franchise that won"
    return 0


def whose_subject(toks: list[st.Token], verb: int, lo: int) -> int:
    """Past a 'whose' noun that is the verb's subject ('whose side have conceded', 'whose company won'), else 0.
    Unlike a noun before 'that' or 'who', which may stand in a phrase of the name's own clause ('Luck was terrible
    for a stretch in the game that included'), a 'whose' noun is never the name's."""
    return _whose(toks, _before_aux(toks, verb, lo), lo)


def _whose(toks: list[st.Token], at: int, lo: int) -> int:
    if at >= lo and toks[at].word and toks[at].text.islower() and at - 1 >= lo and toks[at - 1].low == "whose":
        return toks[at].end  # the side's, the company's
    return 0


def _before_aux(toks: list[st.Token], verb: int, lo: int) -> int:
    at = verb - 1
    while at >= lo and (toks[at].low in _AUX or toks[at].low in st.ADVERBS):
        at -= 1  # past "have", "had not", "also"
    return at


def restates_a_name(toks: list[st.Token], noun: int) -> bool:
    """'Kestrel Exchange, the Singapore-based platform': the noun phrase ending at `noun` is a name's apposition."""
    comma = next((k for k in range(noun - 1, -1, -1) if toks[k].text in ",.;:()"), None)
    return comma is not None and comma >= 1 and toks[comma].text == "," and toks[comma + 1].low in en.ARTICLES \
        and toks[comma - 1].text[:1].isupper()
