"""A phrase of place right after a counted noun says which of them are counted.

"killed five workers at the scene" counts the workers at the scene, not all who died; "the 9,000 seats in the
lower bowl" are not all the arena's seats; "12 people on board the ferry", "3,000 residents from the capital".
The phrase is read only up to its noun head: a preposition of place (English grammar), "the" or a possessive,
at most three lowercase words, and an end the phrase cannot run past ("of", "and" or a capitalised word go on).
"""

from __future__ import annotations

from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.text import WEEKDAYS
from briefing.text import english as en
from briefing.text.quantity import ORDINAL_WORDS

# Where things are or come from: English prepositions of place ("into" says where they went, "under" and
# "within" mostly a bound, "behind" a margin).
_WHERE = en.PLACE_PREPOSITIONS - {"into", "under", "within", "behind"}
# "the" and possessives name one place; "a"/"an" ("at a time", "in a losing effort") and demonstratives do not.
_OPENERS = en.POSSESSIVES | {"the"}
# Words that make a phrase of time, order or manner, not of place (English nouns of time and order words);
# "in the past season", "in the first half" are stretches figures.scopes says.
_NOT_PLACES = vocab.WHEN | {"first", "last", "past", "future", "meantime", "same", "way", "other", "rest", "least",
                            "most", "following", "latter", "former", "process", "wake", "aftermath", "run",
                            "previous", "next", "final", "season", "quarter", "half"}
# Words that carry a phrase on past its noun ("from the boat along with grapnels"): English grammar.
_GOES_ON = frozenset({"along", "together", "alongside", "apart", "aside", "ahead", "away", "back"})
# What may follow the head so that the phrase ends there: punctuation, the clause's verb, a relative, "to" of an
# infinitive. Not another preposition: "the 12 cities in the world with the most pollution" are not all the world's.
_ENDS = st.AUX | en.RELATIVES | en.MODALS | {"to", "before", "after", "since", "but"}


def place_after(toks: list[st.Token], last: int, hi: int, measure: str) -> str:
    """' at the scene' of 'killed five workers at the scene': a place phrase right after the counted noun at
    `last`, when `measure` does not say it already; '' otherwise."""
    at = last + 1
    if toks[last].low in en.OBJECT_PRONOUNS or not toks[last].word:
        return ""  # "shot her in the midsection": a person's body, no group of the counted
    if at + 2 >= hi or toks[at].low not in _WHERE or not toks[at].text.islower():
        return ""
    opener = at + 1
    if toks[at].low == "on" and toks[opener].low == "board":  # "on board the ferry"
        opener += 1
    if opener >= hi or toks[opener].low not in _OPENERS:
        return ""
    head = _head(toks, opener + 1, hi)
    if head is None:
        return ""
    if f" {toks[at].low} " in f" {measure} " or toks[head].low in measure.split():
        return ""  # "seats in the north": the measure has a phrase of its own already
    return f" {st.words(toks[at:head + 1])}"


def _head(toks: list[st.Token], at: int, hi: int) -> int | None:
    """The last token of a noun phrase of at most three lowercase words at `at` that ends where a phrase must
    end; None when it is a time, a number or a name, or goes on."""
    noun = st.noun_after(toks, at, hi, 4)
    end = at + len(noun)
    if not noun or len(noun) > 3 or not all(_plain(t) for t in noun):
        return None  # no noun, a name, a number, or more than three words
    head = toks[end - 1]
    if any(t.low in _NOT_PLACES or t.low.rstrip("s") in _NOT_PLACES for t in noun) \
            or head.low.endswith(("ing", "ly")) or head.low in ORDINAL_WORDS or st.is_verb(toks, end - 1):
        # an ordinal alone is a stretch of a game ("17 points in the fourth"); before a noun it picks the place
        return None  # "at the time", "on the way", "in the past season": no place
    if end < hi and toks[end].word and toks[end].low not in _ENDS and not _past_verb(toks, end):
        return None  # "in the city of Bam", "in the north and east", "at the Scottrade Center": it goes on
    if end + 1 < hi and (toks[end + 1].text[:1].isdigit() or st.number_word(toks[end + 1].low)):
        return None  # "payments from the fund to four shell companies": the phrase leads to another number
    return end - 1


def _past_verb(toks: list[st.Token], at: int) -> bool:
    """'died', 'were', 'fled': the clause's verb in the past after the phrase ('on his second serve' is no verb)."""
    low = toks[at].low
    return st.is_verb(toks, at) and (low.endswith("ed") or st.past(low) or low in st.SIMPLE_PAST)


def _plain(t: st.Token) -> bool:
    """A lowercase word that can stand in a noun phrase: no number, no closed-class word, no day."""
    return t.word and t.text.islower() and not t.text[:1].isdigit() and t.low not in st.CLOSED \
        and not st.number_word(t.low) and t.low not in WEEKDAYS and t.low not in en.MODALS \
        and t.low not in vocab.PARTICLES and t.low not in st.ADVERBS and t.low not in _GOES_ON
