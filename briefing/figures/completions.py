"""Words a count's measure cannot drop without saying a total or nothing: which ones, and where the verb took them.

"186 unfilled nursing posts" are unfilled posts, not the trust's posts; "two additional consultant orthopaedic
surgeons" are additional ones; "pulled 206 people from the water" says where from, "held nine people hostage" in
what state; "a seminary housing 85 students" says whose students; "would shut 11 stores" are stores to be shut, not
the chain's stores. English grammar and closed word classes only.
"""

from __future__ import annotations

from briefing.figures import objects
from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.structure import words
from briefing.text import english as en
from briefing.text import word_set

# Adjectives that make a count a part of its kind, not its total ("extra", "additional", "unfilled"): English
# grammar's words of addition, remainder and vacancy.
PART_MAKERS = word_set("other additional extra further new remaining unfilled vacant spare")
_MOST_WORDS = 4  # "additional consultant orthopaedic surgeons": longer pre-modifier chains are names or lists
# Prepositions that say where from or where to an active verb moved its object ("pulled 206 people from the
# water", "sent 30 doctors to the region"): English grammar.
_MOVED = word_set("from into onto to off")
_OPENERS = en.ARTICLES | en.POSSESSIVES


def counted_noun(noun: str) -> list[str]:
    """The words of a counted noun a label keeps: its last two, and back to the earliest word that makes the count
    a part ('14 extra weekend theatre sessions' -> 'extra weekend theatre sessions')."""
    said = noun.split()
    kept = said[-2:]
    for k, w in enumerate(said[:-2]):
        if w in PART_MAKERS and len(said) - k <= _MOST_WORDS:  # lowercase: not "New York Mafia clans"
            return said[k:]
    return kept


def moved(toks: list[st.Token], last: int, hi: int) -> str:
    """' from the water' of 'pulled 206 people from the water', ' from rooftops and trees' of 'pulled 47 people from
    rooftops and trees through the night': where a past active verb moved the count that is its object, a short
    lowercase phrase that ends where a phrase ends ('' otherwise: a name, a time, a number, a phrase that goes on)."""
    at = last + 1
    if at + 1 >= hi or toks[at].low not in _MOVED:
        return ""
    start = at + 1 + (toks[at + 1].low in _OPENERS)
    end = _noun_end(toks, start, hi)
    if end > start and end + 1 < hi and toks[end].low == "and" and (more := _noun_end(toks, end + 1, hi)) > end + 1:
        end = more  # "from rooftops and trees": the whole list
    if end == start or not _ends(toks, end, hi) or end + 1 < hi and st.number_word(toks[end + 1].low):
        return ""  # "212 payments from the fund to four shell companies": a span between two, not where they went
    return f" {words(toks[at:end])}"


def _noun_end(toks: list[st.Token], start: int, hi: int) -> int:
    """The end of up to two lowercase words that name a thing, from `start` (`start` when none does)."""
    end = start
    while end < min(hi, start + 2) and toks[end].word and toks[end].text.islower() and toks[end].low not in st.CLOSED \
            and not st.number_word(toks[end].low) and not toks[end].low.endswith("ly") \
            and toks[end].low.rstrip("s") not in vocab.WHEN and toks[end].low not in en.OBJECT_PRONOUNS \
            and not st.is_verb(toks, end):  # "to deliver food": what for, not where to
        end += 1
    return end


def _ends(toks: list[st.Token], at: int, hi: int) -> bool:
    """Does a phrase end before toks[at] (the clause's end, punctuation, a preposition but 'of', a conjunction)?"""
    return at >= hi or not toks[at].word or toks[at].low in (st.PREPOSITIONS - {"of"}) | en.SUBORDINATORS \
        | word_set("and but or")


def for_what(toks: list[st.Token], last: int, hi: int) -> str:
    """' for touchdowns' of 'returned three punts for touchdowns': a bare noun after 'for' says what they were
    done for; not a number, an article ('for the first time') or a time ('for hours')."""
    at = last + 1
    if at + 1 >= hi or toks[at].low != "for":
        return ""
    t = toks[at + 1]
    if not t.word or not t.text.islower() or t.low in st.CLOSED or st.number_word(t.low) or t.low.rstrip("s") in vocab.WHEN \
            or t.low.endswith("ly"):
        return ""
    return f" for {t.low}" if at + 2 >= len(toks) or not toks[at + 2].word or toks[at + 2].low in st.CLOSED else ""


def by_whom(toks: list[st.Token], verb: int) -> str:
    """' by the seminary' of 'A Catholic seminary housing 85 students was emptied': a gerund right after a noun its
    article opens is that noun's doing (a reduced relative), so the count is done to by it; '' otherwise (a time,
    no article: 'residents fleeing', 'spent the day counting')."""
    at = verb - 1
    if at < 1 or not toks[at].word or not toks[at].text.islower() or toks[at].low in st.CLOSED \
            or st.is_verb(toks, at) or toks[at].low.endswith(("ly", "ing")) or toks[at].low.rstrip("s") in vocab.WHEN:
        return ""
    start = at  # back over the noun's modifiers ("Catholic"), at most two
    while start > max(0, at - 2) and toks[start - 1].word and toks[start - 1].low not in st.CLOSED:
        start -= 1
    return f" by the {toks[at].low}" if start > 0 and toks[start - 1].low in en.ARTICLES else ""


# Words that put the bare verb after their "to" in the future ("expected to ground", "plans to open"): English grammar.
_AHEAD_TO = word_set("expected set due likely going scheduled poised plans plan planned aims aim intends intend wants "
                     "want hopes seeks targets proposes proposed threatens threatened pledged promised vowed agreed "
                     "decided")
# Modals of the future; "can", "could", "may" say what is possible ("can process 245,000 barrels a day" is a capacity).
_WILL = word_set("will would shall")
# Verbs whose object a future does not make a thing done to ("would get 7 wins", "will begin three flights"): verbs
# of having, getting, starting, seeing and saying; English grammar.
_NOT_DONE_AHEAD = vocab.HAVING | vocab.REPORTING | vocab.SCORING | set(vocab.CHANGE_VERBS) | word_set(
    "get gets take takes make makes give begin start see need win lose reach hit cost pay")


def to_be_done(toks: list[st.Token], verb: int) -> str:
    """'to be grounded' of 'expected to ground as many as 1,140 flights', 'to be shut' of 'would shut 11 stores': a
    bare verb a modal or a 'to' of the future governs takes the count as its object, which is not done yet ('' for
    any other verb form, or a verb of having, getting or saying)."""
    t = toks[verb]
    if verb < 2 or not t.word or not t.text.islower() or t.low in st.CLOSED or t.low in _NOT_DONE_AHEAD \
            or t.low.endswith(("ed", "ing")) or t.low.endswith("s") and not t.low.endswith("ss"):
        return ""
    before = toks[verb - 1].low
    if before not in _WILL and not (before == "to" and toks[verb - 2].low in _AHEAD_TO):
        return ""
    return f"to be {objects.participle(t.low)}"


# Words that say which way a vote or a stand went ("voted against", "voted no"): a closed class of English.
STANCE = word_set("against no yes")


def stance(toks: list[st.Token], verb: int, hi: int) -> str:
    """' against' of 'two Republicans voted against Tuesday's measure', ' no' of 'the three councilmembers who voted
    no': the word after the verb that says which way they went ('' otherwise; 'no' before a noun is its determiner)."""
    at, end = verb + 1, max(hi, len(toks))  # the clause may end before "no" (it opens none): the word is the verb's
    if at >= end or toks[at].low not in STANCE:
        return ""
    return f" {toks[at].low}" if toks[at].low == "against" or _ends(toks, at + 1, end) else ""
