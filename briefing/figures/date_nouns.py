"""The thing a date is written of, read from the words around it: 'the Dec. 12 election', 'sparked by a hike on 15 Nov.'."""

from __future__ import annotations

from briefing.figures import structure as st
from briefing.figures.date_objects import DATE_WORDS as _DATE_WORDS
from briefing.figures.reading import Reading
from briefing.figures.structure import words
from briefing.text.numbers import Quantity

_AFTER_NOUN = st.PREPOSITIONS | st.FUNCTION | {"that", "which", "where"}  # what may follow a noun phrase


def dated_noun(toks: list[st.Token], q: Quantity) -> Reading | None:
    """'Trump's July 25 call', 'the Dec. 12 election', 'at Wednesday morning’s hearing': a date written
    before a noun is that thing's date."""
    start = next((i for i, t in enumerate(toks) if t.end > q.start), 0)
    end = next((i for i, t in enumerate(toks) if t.start >= q.end), len(toks))
    while end < len(toks) and toks[end].low.removesuffix("’s").removesuffix("'s") in _DATE_WORDS:
        end += 1  # "Wednesday morning’s hearing": the hearing's
    owned = end > 0 and toks[end - 1].low.endswith(("’s", "'s"))
    noun = st.noun_after(toks, end, len(toks), 3)  # "Sunday's regular season finale"
    if owned and not noun and end < len(toks) and toks[end].word and toks[end].low not in st.CLOSED:
        noun = [toks[end], *st.noun_after(toks, end + 1, len(toks), 2)]  # "Wednesday night's draw": a noun, no verb
    noun = noun[:next((k for k, t in enumerate(noun) if t.low in _DATE_WORDS), len(noun))]
    at = end + len(noun)
    ends = at + 1 == len(toks) or not toks[at + 1].word or toks[at + 1].low in _AFTER_NOUN if at < len(toks) else True
    if len(noun) == 1 and at < len(toks) and toks[at].low.endswith("ing") and ends:
        noun.append(toks[at])  # "an Oct. 21 cabinet meeting"
    if not noun or not all(t.text.islower() for t in noun) or start == 0:
        return None
    before = toks[start - 1]
    if not (owned or before.low in st.DETERMINERS or before.low.endswith(("’s", "'s"))):
        return None  # "on May 6 shares fell": a date that opens a clause, not a modifier
    owner = f"{before.text} " if before.low.endswith(("’s", "'s")) else "the "
    return Reading(measure=f"date of {owner}{words(noun)}", key=f"date|{noun[-1].low}", role=noun[-1].low)


def agent_date(toks: list[st.Token], at: int, q: Quantity) -> Reading:
    """'sparked by a hike in fuel prices on 15 November': after a participle with no subject the date is of the
    agent it follows ('date of the hike in fuel prices'); a date before the agent says nothing of it."""
    at += at < len(toks) and toks[at].low in st.DETERMINERS
    noun = st.noun_after(toks, at, len(toks), 2)
    more = at + len(noun)
    if noun and more + 1 < len(toks) and toks[more].low in ("in", "of") and toks[more + 1].start < q.start:
        noun += [toks[more], *st.noun_after(toks, more + 1, len(toks), 2)]
    if not noun or not all(t.text.islower() for t in noun) or noun[-1].end > q.start or \
            any(t.text in ",;" for t in toks if noun[-1].end <= t.start < q.start):
        return Reading(measure="date", key="date|", specific=False)
    return Reading(measure=f"date of the {words(noun)}", key=f"date|{noun[0].low}", role=noun[0].low)
