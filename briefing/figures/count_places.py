"""Where counted things are, read after the count: 'Five women were inside the church', '5,000 routes were off-line'."""

from __future__ import annotations

from briefing.figures import owners as ow
from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.structure import past, words
from briefing.text import english as en
from briefing.text.counted import is_plural_noun

# What stands between a count and the preposition that governs it (_governed): determiners and owners' qualifiers
# ("against the two", "of more than 50", "between 3,000 and 5,000")
_BEFORE_COUNT = st.DETERMINERS | ow.QUALIFIERS | {"fewer", "only", "between", "and"}
_GOVERNING = st.OBJECT_PREPOSITIONS - {"between"}  # a preposition that makes a count no subject
# Where things are (English prepositions of place), the verbs that say they are somewhere, the articles and
# possessives a place phrase opens with, fixed phrases that look like places ("at least", "in fact") and nouns
# of time ("at the time"): English grammar, no corpus's words.
_PARTICLES = vocab.PARTICLES | st.ADVERBS | {"along", "alongside", "together", "apart", "aside", "ahead"}
_BE_PLURAL = frozenset({"are", "were", "remain", "remained", "stayed"})
_BE_SINGULAR = frozenset({"is", "was", "remains", "remained", "stayed"})
# Where the counted are: "into" says where they went ("throw 24 directors into an arena"), not where they are.
_WHERE = en.PLACE_PREPOSITIONS - {"into"}
_ARTICLES = en.NOUN_OPENERS
_IDIOMS = frozenset({"least", "most", "best", "worst", "first", "last", "once", "large", "general", "particular",
                     "part", "fact", "addition", "all", "total", "place", "hand", "turn", "order", "case", "time"})


def where(toks: list[st.Token], first: int, last: int, hi: int, *, plural: bool, after: int | None = None) -> str:
    """' inside the church' of 'Five women were inside the church', ' off-line' of '5,000 routes in the region
    were off-line', ' from her shift' of 'the three coworkers from her shift': where the counted things are, or
    what they are, which tells them from others of their kind ('' if the sentence does not say). A verb after
    the count is its own only if nothing governs the count and the verb agrees with it ('that he won in three
    seasons is wild' is said of the winning); `after`, the verb after a list the count opens ('27 roads and 11
    bridges were impassable'), is read as if it came right after the count."""
    phrase = _place(toks, last + 1, hi, bare=False)
    if any(toks[k].low == "of" and st.number_word(toks[k - 1].low) for k in range(max(1, first - 4), first)):
        phrase = None  # "scored 20 of his 31 points in the first half": the phrase is said of the part
    at = phrase[1] if phrase else last + 1 if after is None else after
    if not phrase and first > 0 and toks[first - 1].low == "including" and at + 1 < len(toks) and toks[at].text == ",":
        at += 1  # "several people, including two children, were inside": the verb after the aside is theirs too
        hi = next((k for k in range(at, len(toks)) if toks[k].text in ",;:()—"), len(toks))
    if not _governed(toks, first) and at < hi and toks[at].low in (_BE_PLURAL if plural else _BE_SINGULAR):
        if at + 1 < hi and toks[at + 1].low in ("not", "never"):
            return ""  # "3.4 million people were not in employment": where they are not tells no count of them
        at += 1 + (at + 1 < hi and toks[at + 1].low in st.ADVERBS)  # "were still inside"
        said = _place(toks, at, hi, bare=True)
        return said[0] if said else _state(toks, at, hi) or (phrase[0] if phrase else "")
    return phrase[0] if phrase else ""


def _governed(toks: list[st.Token], first: int) -> bool:
    """'the charges against the two staffers': a preposition before the count (past its article and qualifier
    words) makes it no subject; 'between 3,000 and 5,000' and a clause's 'after' do not."""
    k = first - 1
    while k >= 0 and toks[k].low in _BEFORE_COUNT:
        k -= 1
    return k >= 0 and toks[k].low in _GOVERNING


def _place(toks: list[st.Token], at: int, hi: int, *, bare: bool) -> tuple[str, int] | None:
    """' inside the church' and the position after it: a place phrase of lowercase words; one without an
    article only after a verb ('were in custody'), since a bare one inside a noun phrase is read above."""
    if at + 1 >= hi or toks[at].low not in _WHERE:
        return None
    j = at + 1 + (toks[at + 1].low in _ARTICLES)
    if j == at + 1 and not bare:
        return None
    noun = st.noun_after(toks, j, hi, 3)
    if any(t.low in _PARTICLES for t in noun):  # "from the boat along with": the phrase goes on
        return None
    end = j + len(noun)
    if not noun or not all(t.text.islower() and not st.number_word(t.low) for t in noun) or noun[0].low in _IDIOMS \
            or noun[-1].low in vocab.WHEN \
            or (end < hi and toks[end].word and toks[end].text[:1].isupper()):
        return None  # "at least", "at the time", "from the northwestern Inner Mongolia province": no place said
    if end < hi and toks[end].word and toks[end].low not in st.CLOSED and not st.is_verb(toks, end):
        return None  # "from the boat along with ...": where the phrase ends is not clear
    return f" {words(toks[at:j])} {words(noun)}", end


def _state(toks: list[st.Token], at: int, hi: int) -> str:
    """' off-line' of 'routes were off-line': one word for the state they are in, ending the clause ('similar
    to ...' needs what it is similar to)."""
    t = toks[at] if at < hi else None
    if t is None or not t.word or not t.text.islower() or t.low in st.CLOSED or t.low.endswith(("ly", "ing")) \
            or (st.is_verb(toks, at) and not past(t.low)) or t.low in _IDIOMS:
        return ""  # a participle is a state too: "two victims remain hospitalized"
    if is_plural_noun(t.low):
        return ""  # "three are firefighters", "11 were women": who they are, a noun, no state they are in
    nxt = toks[at + 1] if at + 1 < len(toks) else None  # "off-line early Friday": a time may follow
    ends = nxt is None or nxt.text in ",." or nxt.low.endswith("ly") or (past(t.low) and nxt.low in st.PREPOSITIONS)
    return f" {t.low}" if ends else ""  # "trapped for an hour"; not "similar to ...", which needs its object
