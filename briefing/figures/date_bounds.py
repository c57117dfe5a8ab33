"""What a date bounds: the day a span runs until, through or since ('extended its red alert until Friday'), the day
a tally stands by ('had burned 3,200 hectares by Tuesday'), or the first or last day of a period ('between July 1
and August 10'); used by figures.dating."""

from __future__ import annotations

from briefing.figures import structure as st
from briefing.figures.date_objects import DATE_WORDS
from briefing.text import english as en
from briefing.text import word_set

# what may stand between a bound and its day: "until at least Friday", "by 10am on Friday", "through 8 p.m. Monday",
# "since last Wednesday", "by noon Wednesday", "by early Friday"
_BETWEEN = DATE_WORDS | word_set("at least on early late last this noon midnight am pm a p m")
# a span named before "beginning" ("the week beginning 17 October"): the day opens the span, it dates no event
_SPANS = word_set("week weeks month months year period")
_UNTIL = {"until": "until", "till": "until", "through": "through", "thru": "through", "by": "by", "since": "since",
          "before": "before"}
_TO = word_set("to through until till and")  # "from July 1 to August 10", "between July 1 and August 10"
_MOST = 7  # words between a bound and its day
# verbs that move a day ("extend the deadline from ... to ...", "postponed the vote from ... to ..."): both days are
# the thing's, before and after; no period runs between them
_MOVING = ("extend", "move", "postpon", "delay", "push", "shift", "brought", "bring", "chang", "reschedul", "defer")


def bound(toks: list[st.Token], first: int, end: int) -> str:
    """The bound the date at toks[first:end] is ('until', 'through', 'by', 'as of', 'since', 'before', 'from'),
    'start' and 'end' of a period written with both its days ('between July 1 and August 10'), 'span' for the day
    that opens a named span ('the week beginning 17 October'), 'moved' for a day moved from or to ('extend the
    deadline from October 31 to January 31'); '' for a day that bounds nothing."""
    after = end
    while after < len(toks) and toks[after].low.removesuffix("’s").removesuffix("'s") in DATE_WORDS:
        after += 1
    if toks[after - 1].low.endswith(("’s", "'s")):
        return ""  # "from Wednesday night's draw": the day names a thing, it bounds no span
    k = first - 1
    while k >= 0 and first - k <= _MOST and (toks[k].low in _BETWEEN or toks[k].text[:1].isdigit()
                                              or toks[k].text in ".,:"):
        k -= 1
    if k < 0 or first - k > _MOST:
        return ""
    low = toks[k].low
    if low == "of" and k > 0 and toks[k - 1].low == "as":
        return "as of"
    if low == "before" and k < first - 1:
        return ""  # "shortly before midnight on January 17": the day itself, not a bound
    if low in _UNTIL:
        return "end" if low in _TO and _opened(toks, k, "from") else _UNTIL[low]
    if low == "between":
        return "start"
    if low in ("starting", "beginning") and k > 0 and toks[k - 1].low in _SPANS:
        return "span"
    if low in ("from", "starting", "beginning"):
        return ("moved" if low == "from" and _moved(toks, k) else "start") if _closed(toks, end) else "from"
    if low in ("and", "to") and _opened(toks, k, "between" if low == "and" else "from"):
        opener = next((j for j in range(k - 1, max(-1, k - _MOST - 1), -1) if toks[j].low == "from"), -1)
        return "moved" if low == "to" and opener >= 0 and _moved(toks, opener) else "end"
    return ""


def _moved(toks: list[st.Token], at: int) -> bool:
    """Does the 'from' at `at` start a move of a day, not a period ('extend the Brexit deadline from October 31 to
    January 31': two deadlines, the old and the new)?"""
    return any(t.low.startswith(_MOVING) for t in toks[max(0, at - 5):at])


def _opened(toks: list[st.Token], at: int, opener: str) -> bool:
    """Was the period whose second day follows toks[at] opened by `opener` a few words before ('between July 1 and')?"""
    return any(t.low == opener for t in toks[max(0, at - _MOST):at])


def _closed(toks: list[st.Token], end: int) -> bool:
    """Does a second day follow the date ending at `end` ('from July 1 to August 10')?"""
    k = end
    while k < len(toks) and k - end < _MOST and (toks[k].low in DATE_WORDS or toks[k].text[:1].isdigit()
                                                  or toks[k].text in ",."):
        k += 1
    return k < len(toks) and (toks[k].low in _TO - {"and"} or toks[k].text in "-–")


_PHRASES = {"start": "first day of the period in which", "end": "last day of the period in which"}
_NEGATIONS = word_set("not never no")
# where a clause opens: "showed no emotion as the jury returned its verdict" denies another clause's verb
_OPENS = en.SUBORDINATORS | en.RELATIVES | word_set("and but or as")


def phrase(bound: str) -> str:
    """What a label says the day is: 'date until which', 'first day of the period in which'."""
    return _PHRASES.get(bound, f"date {bound} which")


def negated(toks: list[st.Token], lo: int, at: int) -> bool:
    """Is the verb at `at` denied ('have not fallen', 'no new session had been scheduled', 'hasn't')?"""
    start = max(lo, at - 6)
    start = max([start, *(k + 1 for k in range(start, at) if toks[k].text in ",;:—" or toks[k].low in _OPENS)])
    return any((t.low in _NEGATIONS or t.low.endswith(("n't", "n’t"))) and toks[k + 1].text != "."  # "No. 10"
               for k, t in enumerate(toks[start:at], start))
