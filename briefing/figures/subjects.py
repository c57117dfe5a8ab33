"""Whose is the verb's subject when it is no name (used by figures.owners.subject_before).

A proper noun owns a number only as its clause's subject, a possessive or a modifier of the counted noun. Where
the verb's subject is a common noun that a relative pronoun stands for ("a franchise that won two games", "a
contractor whose company won $4.6 million"), no name before it is that subject, unless the noun restates a name
("Kestrel Exchange, the crypto platform that froze withdrawals").
"""

from __future__ import annotations

import re

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


_ASIDE_RELATIVES = frozenset({"which", "who", "whom", "where"})  # a comma's relative; never "that"


def relative_aside(toks: list[st.Token], verb: int, lo: int) -> tuple[int, int, int] | None:
    """'Indonesia, which straddles the Pacific "Ring of Fire", has 127 active volcanoes': the verb's subject stands
    before a ', which ... ,' aside closed right before the verb, and no name inside the aside is that subject.
    (floor, aside start, aside end) as characters: the floor is where the aside's noun phrase opens ('the main line,
    which carries trains between Regina and Swift Current, would be closed': no name owns it), 0 after a name."""
    close = _before_aux(toks, verb, lo)
    if close <= lo or toks[close].text != ",":
        return None
    opening = next((k for k in range(close - 1, lo, -1) if toks[k].text in ",.;:()"), None)
    if opening is None or toks[opening].text != "," or toks[opening + 1].low not in _ASIDE_RELATIVES:
        return None
    head = opening - 1
    floor = 0
    if toks[head].word and toks[head].text.islower() and toks[head].low not in st.CLOSED \
            and not restates_a_name(toks, head):
        while head - 1 >= lo and _describes(toks, head - 1):
            head -= 1  # "The Kestrel probe": its name is the subject's
        head -= head - 1 >= lo and toks[head - 1].low in en.NOUN_OPENERS
        floor = toks[head].start
    return floor, toks[opening].start, toks[close].end


def _describes(toks: list[st.Token], k: int) -> bool:
    """A name's word or a describing word of the noun phrase before a relative aside ('the Kestrel probe')."""
    tok = toks[k]
    return tok.word and (tok.text[:1].isupper() or (tok.low not in st.CLOSED and not st.is_verb(toks, k)))


# Prepositions whose object is not who acted ("by" names the doer); "off" places a thing as well ("a motel off
# Route 19"). Not "near": "a blaze near Odemira that had burned 3,200 hectares" is named by its place.
PLACING = (st.OBJECT_PREPOSITIONS - {"by"}) | {"off"}


def joined_to_object(toks: list[st.Token], k: int, name_end: int) -> bool:
    """'between Third and Sixth avenues', 'between Europe and the Middle East and Asia': a name after the 'and' at k
    whose other conjunct is a preposition's object is that preposition's object too. Not after a comma ('Kurt
    Volker, the former envoy to Ukraine, and Tim Morrison testified': the 'and' joins what stands before the aside),
    nor a name its own verb follows after a clause that has one ('Montour scored for the Sabres and Linus Ullmark
    stopped 22 shots': the 'and' joins two clauses; not 'communications between the Middle East and Europe were
    disrupted', one noun phrase)."""
    after = next((j for j, t in enumerate(toks) if t.start >= name_end), len(toks))
    if after < len(toks) and (toks[after].low in st.AUX or st.is_verb(toks, after)) and _verb_before(toks, k):
        return False
    while k >= 2 and toks[k].low in ("and", "or"):
        j = k - 1
        if not toks[j].text[:1].isupper():
            return False
        while j - 1 >= 0 and toks[j - 1].word and toks[j - 1].text[:1].isupper():
            j -= 1  # "the Middle East"
        j -= j - 1 >= 0 and toks[j - 1].low == "the"
        if j < 1 or toks[j - 1].low in PLACING:
            return j >= 1
        k = j - 1  # "between Europe and the Middle East and Asia": back along the list
    return False


def _verb_before(toks: list[st.Token], k: int) -> bool:
    """Whether the sentence has a verb before token k (back to a full stop or a semicolon)."""
    for j in range(k - 1, -1, -1):
        if toks[j].text in ".;":
            return False
        if st.is_verb(toks, j):
            return True
    return False


# "between the Middle East and Europe", "in Halloway or Pruett": the second place of a preposition's pair
_PAIRED_PLACE = re.compile(rf"\b(?:{'|'.join(sorted(en.PLACE_PREPOSITIONS | {'between', 'off'}))})\s+(?:the\s+)?"
                           r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+(?:and|or)\s+(?:the\s+)?)+$")
_OFF = re.compile(r"\b(?:off|between)\s+(?:the\s+)?$")


def placed(sentence: str, start: int) -> bool:
    """'between the Middle East and Europe', 'a motel off Interstate 85': the name at `start` says where something
    is, so none of what is measured there is its own."""
    return any(p.search(sentence, 0, start) for p in (_PAIRED_PLACE, _OFF))

