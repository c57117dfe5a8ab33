"""What a verb of change tells of: the head of its subject's noun phrase, not the last noun before the verb.

"Shares of Lumora rose 2.3%" -> "shares of Lumora", "prices in the region dropped about 14%" -> "prices in the
region", "The average rent for a two-bedroom apartment in the metro area rose 2.4%" -> "average rent for a
two-bedroom apartment", "Average hourly earnings adjusted for inflation rose 0.8%" -> "average hourly earnings
adjusted for inflation": the noun right before the verb is often the object of a preposition ("of", "in", "for")
whose group hangs on the subject, and what moved is that subject. English grammar only: prepositions,
determiners, the participle that takes such a group ("adjusted for"), and a sentence's opening participle used as
an adjective ("Used car prices fell 1.8%", "Closed sales dropped 8.1 percent").
"""

from __future__ import annotations

from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.text import english as en

_HANGING = frozenset({"of", "in", "for"})  # prepositions whose group hangs on the noun before them
_MOST_GROUPS = 3


def _phrase_start(toks: list[st.Token], end: int, lo: int) -> int:
    """Index of the first token of the noun phrase ending at `end` (inclusive), names and a place's comma
    ("the Brentmoor, New Jersey-based company") included; `end + 1` when there is none."""
    k = end
    while k >= lo:
        t = toks[k]
        inner_comma = t.text == "," and lo <= k - 1 and k + 1 <= end and toks[k - 1].text[:1].isupper() \
            and toks[k + 1].text[:1].isupper()
        if not inner_comma and (not t.word or t.low in st.CLOSED or st.is_verb(toks, k)):
            break
        k -= 1
    return k + 1


def _skip_determiners(toks: list[st.Token], k: int, lo: int) -> int:
    while k >= lo and toks[k].low in st.DETERMINERS:
        k -= 1
    return k


def _participle(toks: list[st.Token], k: int, lo: int) -> bool:
    """'adjusted' of 'earnings adjusted for inflation': a lowercase past participle that takes the group."""
    return k > lo and toks[k].text.islower() and toks[k].low.endswith("ed") and st.is_verb(toks, k)


def _opening_participle(toks: list[st.Token], head: list[st.Token]) -> list[st.Token]:
    """'Used car prices fell': a sentence's first word in -ed right before the subject noun is its adjective."""
    if head and head[0] is toks[1] and toks[0].text[:1].isupper() and st.is_verb(toks, 0) \
            and toks[0].low.endswith("ed"):
        return [toks[0], *head]
    return []


def changed_subject(toks: list[st.Token], verb_at: int, lo: int) -> list[st.Token]:
    """The words naming what a verb of change moved, when they are more than the noun right before it: the head
    noun phrase of the subject with the group hung on it ('shares of Lumora'), or with the sentence's opening
    participle ('used car prices'); [] when the noun before the verb is the whole subject."""
    preps: list[int] = []  # the prepositions of the groups hung on the subject, nearest the verb first
    end = verb_at - 1
    while True:
        start = _phrase_start(toks, end, lo)
        if start > end:
            return []
        k = _skip_determiners(toks, start - 1, lo)
        if k < lo or toks[k].low not in _HANGING or len(preps) == _MOST_GROUPS:
            break
        preps.append(k)
        end = k - 1 - _participle(toks, k - 1, lo)
    head = st.noun_before(toks, end + 1, lo)
    if not head or head[0] is not toks[start] or not all(t.text.islower() or t is toks[0] for t in head):
        return []
    if not preps:
        return _opening_participle(toks, head)
    before = _skip_determiners(toks, start - 1, lo)  # the head opens its clause: "as global shipments of ..."
    if before >= lo and toks[before].word and toks[before].low not in en.SUBORDINATORS \
            and toks[before].low not in st.FUNCTION:
        return []
    group_end = verb_at if len(preps) == 1 else preps[-2] - _participle(toks, preps[-2] - 1, lo)
    subject = toks[start:group_end]
    return _opening_participle(toks, subject) or subject


def amount_moved(toks: list[st.Token], comma: int) -> list[st.Token]:
    """'net sales' of 'Pine Hollow had net sales of $1.1 billion in its last fiscal year, up 9%', 'new vehicles
    purchased this year' of 'Consumers have purchased 208,560 new vehicles this year, down 5 percent': a trailing 'up' or
    'down' after a clause that states an amount is the change of that amount, not of the sentence's first words.
    `comma` is the index of the comma before 'up'/'down'; [] when no amount stands in that clause."""
    at = next((k for k in range(comma - 1, -1, -1) if toks[k].text[:1].isdigit()), None)
    if at is None or any(not t.word and t.text != "," for t in toks[at + 1:comma]):
        return []
    start = at
    while start > 0 and (toks[start - 1].text in "$€£¥" or toks[start - 1].low in ("about", "nearly", "some")):
        start -= 1
    if start > 0 and toks[start - 1].low == "of":  # "net sales of $1.1 billion"
        noun = st.noun_before(toks, start - 1, 0)
        return noun if noun and all(t.text.islower() or t is toks[0] for t in noun) else []
    counted = st.noun_after(toks, at + 1, comma, 2)  # "purchased 208,560 new vehicles"
    verb = start - 1
    if not counted or not all(t.text.islower() for t in counted) or verb < 1 or not st.is_verb(toks, verb) \
            or not st.past(toks[verb].low):
        return []
    when = next((toks[k:k + 2] for k in range(comma - 1) if toks[k].low in ("last", "this")
                 and toks[k + 1].low in vocab.WHEN), [])  # "Dealers last year sold ...": the change is last year's too
    return [*counted, toks[verb], *when]
