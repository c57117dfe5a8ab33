"""Whose a change is when the clause's subject is a common noun phrase, not a name (used by figures.extract).

"Wholesale gasoline futures rose 7.4 cents", "A similar survey in New Zealand rose 2.6 points": the number is what
the subject rose or fell by, and a label that leaves the subject out ("cents rose", "points rose") could carry any
other rise or fall of the article. The names path (figures.measures) only ever finds a name; this one reads a short
noun phrase that opens the clause, stands right before a verb of change and holds no pronoun, number or clause
word, and shows it as the owner ("wholesale gasoline futures"). A length, sum or time inside a who-clause is the
name's the clause hangs on, as a count there is ("Lloyd-Hughes, 23, who ran 35 metres"). The object of a
which-clause's verb is the noun phrase's the clause hangs on ("the tillage sector, which has lost about 12,000
hectares").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.figures import names as nm
from briefing.figures import owners as ow
from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.text import english as en
from briefing.text import word_set
from briefing.text.numbers import HEDGE_WORDS

if TYPE_CHECKING:
    from briefing.figures.reading import Reading
    from briefing.text.entities import EntityIndex
    from briefing.text.numbers import Quantity

_ARTICLES = word_set("the a an")
# Inside the phrase only "of"/"in" and an article may join its words ("share of the vote", "survey in New Zealand")
_JOINS = word_set("of in the")
_MOST_WORDS = 5  # a longer run before the verb is a clause or a list, not one noun phrase
# A comparative describes the noun it stands before ("a second, smaller teachers' union"): it says which one
_COMPARATIVES = word_set("smaller bigger larger higher lower greater wider older newer")
# Between "which" and its verb: an auxiliary or an adverb of habit ("which has lost", "which normally sees")
_BEFORE_VERB = st.AUX | st.ADVERBS | word_set("normally usually typically currently now")


def clause_owner(sentence: str, q: Quantity, reading: Reading) -> tuple[str, frozenset[str]] | None:
    """'Wholesale gasoline futures rose 7.4 cents': the common noun phrase a change belongs to, and its words."""
    if reading.subject or reading.casualty or q.dim in ("date", "age", "percent"):
        return None
    toks = st.tokens(sentence)
    first = next((i for i, t in enumerate(toks) if t.end > q.start), None)
    if first is None:
        return None
    lo, _ = st.clause(toks, first, first)
    verb = _change_verb(toks, first, lo)
    # only where the label is the unit and the verb ("cents rose"): a measure of its own ("distance from Harlow
    # Point") already says what the number is
    if verb is None or verb - lo < 1 or verb - lo > _MOST_WORDS + 1 or not reading.measure.endswith(toks[verb].low):
        return None
    phrase = toks[lo:verb]
    if phrase[0].low in _ARTICLES:
        phrase = phrase[1:]
    if not _noun_phrase(phrase):
        return None
    shown = " ".join(t.text for t in phrase)
    shown = shown[:1].lower() + shown[1:] if phrase[0].text[1:].islower() and lo == 0 else shown
    if shown.lower() in reading.measure.lower():
        return None  # "final ascent rise" already says whose
    return shown, frozenset(t.low for t in phrase if t.low not in _JOINS)


def _change_verb(toks: list[st.Token], first: int, lo: int) -> int | None:
    """The verb of change right before the number, only qualifiers between ('fell about 8.2 points')."""
    k = first - 1
    while k >= lo and toks[k].low in _QUALIFIERS:
        k -= 1
    if k < lo or toks[k].low in ("up", "down", "won"):
        return None
    return k if toks[k].low in vocab.CHANGE_VERBS else None


_QUALIFIERS = HEDGE_WORDS | {"by"}  # text.numbers' hedges, and "by" of a change ("fell by 8 points")


def _noun_phrase(phrase: list[st.Token]) -> bool:
    """A short run of words ending in a noun: no pronoun, number, closed word (but 'of', 'in', 'the'), comma or verb."""
    if not phrase or len(phrase) > _MOST_WORDS or phrase[-1].low in _JOINS:
        return False
    for k, t in enumerate(phrase):
        if t.low in _JOINS and k > 0:
            continue
        if not t.word or t.low in st.CLOSED or t.low in en.SUBJECT_PRONOUNS or t.low in en.POSSESSIVES \
                or t.low in en.RELATIVES or t.low in st.ADVERBS or t.low.endswith("ly") or t.low == "own":
            return False
    return True


def relative_name(sentence: str, q: Quantity, reading: Reading, index: EntityIndex) -> tuple[str, frozenset[str]] | None:
    """'Lloyd-Hughes, 23, who ran 35 metres': the name a who-clause hangs on owns a length, a sum or a time in it
    as it owns a count there (figures.measures reads counts so)."""
    if reading.subject or reading.casualty or q.dim in ("count", "date", "age", "percent"):
        return None
    name = ow.relative_owner(sentence, nm.names(index, sentence), q.start)
    if name is None or name.text.lower() in reading.measure.lower():
        return None
    return index.shown(name.text), index.tokens_of(name.text)


def which_owner(sentence: str, q: Quantity, reading: Reading) -> tuple[str, frozenset[str]] | None:
    """'a second, smaller teachers' union, which represents about 85,000 members': the noun phrase a which-clause
    hangs on owns the object of the clause's verb."""
    if reading.subject or reading.casualty or reading.span or q.dim in ("date", "age", "percent"):
        return None
    toks = st.tokens(sentence)
    first = next((i for i, t in enumerate(toks) if t.end > q.start), None)
    if first is None:
        return None
    k = first - 1
    while k >= 0 and (toks[k].low in ow.QUALIFIERS or toks[k].low in _ARTICLES):
        k -= 1  # only the short hedges: "in", "on", "by" after the verb ("lies in", "relies on") make no object
    verb = k
    k -= 1
    while k >= 0 and toks[k].low in _BEFORE_VERB - {"which", "that", "who"}:
        if toks[k].low in en.BE:
            return None  # "which is generated by ...": a passive's number is not the noun's own
        k -= 1
    if verb - k > 3 or k < 2 or toks[k].low != "which" or toks[k - 1].text != ",":
        return None  # "which" must open the clause, then at most two helpers and the verb right before the number
    if toks[verb].low in en.BE or toks[verb].low in st.AUX or not toks[verb].text.islower() \
            or not (st.is_verb(toks, verb) or toks[verb].low.endswith(("s", "ed")) or toks[verb].low in st.SIMPLE_PAST):
        return None  # "which is 30 metres high", "which in 2020 ...": no verb takes the number as its object
    phrase = _before_comma(toks, k - 1)
    if not phrase:
        return None
    shown = " ".join(t.text for t in phrase)
    if shown.lower() in reading.measure.lower():
        return None
    return shown, frozenset(t.low for t in phrase if t.low not in _JOINS)


def _before_comma(toks: list[st.Token], comma: int) -> list[st.Token]:
    """The noun phrase that ends at `comma`, back to its determiner ('the Toronto-based retailer' -> Toronto-based
    retailer); none after a place preposition ('a plant in Western Australia, which ...' may hang on the plant)."""
    k, phrase = comma, list[st.Token]()
    while k > 0 and len(phrase) <= _MOST_WORDS and toks[k - 1].word and (
            toks[k - 1].low not in st.CLOSED or (phrase and toks[k - 1].low in _COMPARATIVES)) \
            and toks[k - 1].low not in en.POSSESSIVES and not st.number_word(toks[k - 1].low):
        phrase.insert(0, toks[k - 1])
        k -= 1
        if k > 1 and toks[k - 1].text in "'’" and toks[k - 2].low.endswith("s"):  # "teachers' union"
            phrase.insert(0, st.Token(start=toks[k - 2].start, end=toks[k - 1].end, text=toks[k - 2].text + toks[k - 1].text))
            k -= 2
    if not phrase or len(phrase) > _MOST_WORDS - 1 or not _noun_phrase([t for t in phrase if t.low not in _COMPARATIVES]):
        return []
    before = toks[k - 1].low if k > 0 else ""
    if before[:1].isdigit() or (k > 1 and toks[k - 2].low.endswith("ing")):
        return []  # "the 2021 Sawmill Fire, which": another event's, said so later; "contesting its first election"
    if before and (before in en.PLACE_PREPOSITIONS or before in st.PREPOSITIONS - {"of"}):
        return []
    if before in _ARTICLES | en.POSSESSIVES | en.DEMONSTRATIVES and k > 1 and toks[k - 2].low in \
            en.PLACE_PREPOSITIONS | (st.PREPOSITIONS - {"of"}):
        return []  # "the reception centre in the Grand Forks curling rink, which": which one it hangs on is unsaid
    if before and toks[k - 1].word and (st.is_verb(toks, k - 1) or not toks[k - 1].text.islower()):
        return []  # a verb or a name runs into the phrase: not one noun phrase
    return phrase
