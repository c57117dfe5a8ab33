"""What a date's event says beside its verb: the number its verb takes ('pulled 68 people'), an owner's thing
('approved the government's budget'), a complement the label would lose ('came from behind'), and the days that
date no event (the end of a counted period); used by figures.dating."""

from __future__ import annotations

from briefing.figures import structure as st
from briefing.text import MONTHS, WEEKDAYS, word_set
from briefing.text import english as en
from briefing.text.numbers import Quantity

# units of time a period is counted in ("the 13 weeks ended Feb. 1"): the day such a period ends dates no event
_PERIODS = word_set("day days week weeks month months quarter quarters year years period half")
# the words of a date and its time of day ("Monday night", "Jan. 6", "last week"): not what a number counts, nor
# what a date is of (figures.dating)
DATE_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | word_set("today yesterday tonight morning afternoon evening "
                                                                "night week month year")


def ends_period(toks: list[st.Token], q: Quantity) -> bool:
    """'the 13 weeks ended Feb. 1', 'the week ending January 10', 'in the 12 weeks to 21 February': the day a
    counted period ends is no event's ('the third quarter ended Sept. 29' names its period, and keeps its label)."""
    first = next((i for i, t in enumerate(toks) if t.end > q.start), 0)
    if first >= 2 and toks[first - 1].text == "," and toks[first - 2].low in WEEKDAYS:
        first -= 2  # "the 12 weeks to Saturday, 21 February"
    if first < 3 or toks[first - 2].low not in _PERIODS:
        return False
    if toks[first - 1].low == "to":  # "in the 12 weeks to Saturday", "the year to March 31"; not "by 2 weeks to"
        return toks[first - 3].low in st.DETERMINERS or (
            toks[first - 3].text[:1].isdigit() and first >= 4 and toks[first - 4].low in st.DETERMINERS)
    return toks[first - 1].low in ("ended", "ending") \
        and (toks[first - 3].low in st.DETERMINERS or toks[first - 3].text[:1].isdigit())

# verbs that say little without the words after them ("came from behind", "got there", "ran out of ice")
_LIGHT = word_set("came went got took ran remained stayed kept turned")
_DATE_ON = word_set("on at in early late last this by")  # words that lead into a date right after them


def number_object(toks: list[st.Token], at: int, q: Quantity) -> list[st.Token]:
    """'pulled 68 people from the sea', 'reached 27C': a number right after the verb is its object, said with
    the noun it counts or the unit glued to it."""
    if at >= len(toks) or not toks[at].text[:1].isdigit() or toks[at].end > q.start:
        return []
    glued = at + 1 < len(toks) and toks[at + 1].start == toks[at].end
    if glued and (toks[at + 1].text in "-–" or toks[at + 1].low in ("st", "nd", "rd", "th")):
        return []  # "voted 22-11" is a tally, "the 21st head coach" an ordinal: no count said alone
    if glued and toks[at + 1].text == "%":
        return toks[at:at + 2]  # "rose 6.3%"
    glued = glued and toks[at + 1].word
    counted = st.noun_after(toks, at + 1, len(toks), 1 if glued else 2)
    if not counted and at + 2 < len(toks) and toks[at + 1].low == "of":  # "cancelled 342 of its 518 scheduled flights"
        end = next((k for k in range(at + 2, min(len(toks), at + 7)) if not (toks[k].word or toks[k].text[:1].isdigit())
                    or toks[k].low in st.PREPOSITIONS or toks[k].low in DATE_WORDS or toks[k].end > q.start), at + 2)
        counted = toks[at + 1:end] if end > at + 2 and toks[end - 1].word and toks[end - 1].text.islower() else []
    counted = counted[:next((k for k, t in enumerate(counted) if t.low in DATE_WORDS or t.end > q.start),
                            len(counted))]
    return [toks[at], *counted]


def first_digit(toks: list[st.Token], at: int) -> int:
    """Where the first number after `at` starts ('about [3] inches')."""
    return next((t.start for t in toks[at:] if t.text[:1].isdigit()), 0)


def agent_after(toks: list[st.Token], at: int, end: int) -> bool:
    """Does 'by' follow the participle at `at`, past its date ('certified Wednesday by the officer')?"""
    k = at + 1
    while k < len(toks) and (k < end or toks[k].low in DATE_WORDS or toks[k].low == "on"):
        k += 1
    return k < len(toks) and toks[k].low == "by"


def owned(toks: list[st.Token], owner: st.Token, q: Quantity) -> list[st.Token]:
    """'approved the minority government's 2026 budget': an owner's thing is the object, said past its year; a
    day's ('last Sunday's') is no object."""
    low = owner.low.removesuffix("’s").removesuffix("'s")
    if low == owner.low or low in DATE_WORDS:
        return []
    at = next(k for k, t in enumerate(toks) if t is owner) + 1
    at += at < len(toks) and toks[at].text[:1].isdigit()
    thing = [t for t in st.noun_after(toks, at, len(toks), 2) if t.end <= q.start or t.start >= q.end]
    thing = thing[:next((k for k, t in enumerate(thing) if t.low in DATE_WORDS), len(thing))]
    return [owner, *thing] if thing and all(t.text.islower() for t in thing) else []


def complement_lost(toks: list[st.Token], at: int, obj: list[st.Token], first: int) -> bool:
    """Does a verb that says little without its complement ('came from 17 points down', 'got there', 'remained out
    of their homes') lose it in the label? A verb whose next words are its date's ('came on August 2') keeps it."""
    if toks[at].low not in _LIGHT or any(t.low not in en.PARTICLES for t in obj):
        return False
    k = at + 1 + len(obj)
    if k >= len(toks) or not toks[k].word or at < first <= k:  # "came Monday": the date is its next word
        return False
    return not (toks[k].low in _DATE_ON and first - k in (1, 2))  # "went down on Saturday", "came late on Sunday"
