"""The words of a percentage, read from the clause around it: a share of a whole, a change, a move up or down, a level."""

from __future__ import annotations

import re

from briefing.figures import qualifiers as qual
from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.casualties import casualty_class
from briefing.figures.heads import amount_moved
from briefing.figures.structure import words
from briefing.text.numbers import Quantity

# "shares are up 39%", "shares closed up 0.35%", "last trading up 0.4%": the noun before moved by that much.
_UP_DOWN = re.compile(r"\s+(?:is|are|was|were|closed|ended|finished|opened|traded|trading|last|stood|now)(?:\s+last)?"
                      r"\s+(up|down)\s+(?:about|nearly|almost|roughly|around|some|more than|less than|over)?\s*$", re.I)
_TRAILING_MOVE = re.compile(r",\s+(up|down)\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$", re.I)
_SPAN = re.compile(r"\s+(year to date|this year|so far this year|this month|this week|on the day|on the year)\b", re.I)


def up_down(sentence: str, q: Quantity) -> bool:
    """'Home Depot shares are up 39 percent': a change said with 'up' or 'down' after a verb."""
    return bool(_UP_DOWN.search(sentence[:q.start]))


def new_level(sentence: str, q: Quantity, verb: str, subject_noun: list[st.Token]) -> str:
    """'humidity' of 'Humidity fell to 8%': a verb of change 'to' a value gives the new level of its subject noun."""
    if verb not in vocab.CHANGE_VERBS or not subject_noun or not all(t.text[1:].islower() for t in subject_noun):
        return ""
    return words(subject_noun).lower() if re.search(r"\bto\s+(?:[a-z]+\s+){0,2}$", sentence[:q.start]) else ""


def _what_said(toks: list[st.Token], at: int, verb: str) -> str:
    """' the government mishandled the crisis' of '68 per cent of Greeks believe the government has mishandled the
    crisis, including ...': what a share of people think, when a short clause says it; what they support or
    oppose ('the plan'). '' when the words run on: a share 'who say' without what is no figure a reader can use."""
    at += at < len(toks) and toks[at].low == "that"
    end = next((k for k in range(at, min(len(toks), at + 9)) if not toks[k].word), None)
    if end is None or toks[end].text not in ",.;":
        return ""
    clause = [t for t in toks[at:end] if t.low not in ("has", "have", "had")]
    objects = verb not in ("say", "said", "think", "believe")  # "support the plan": an object, no clause
    if not clause or len(clause) > 8 or not all(t.text.islower() for t in clause) or (
            not objects and not any(st.is_verb(toks, k) for k in range(at, end))):
        return ""
    return f" {words(clause)}"


def percent_words(sentence: str, toks: list[st.Token], q: Quantity, first: int, after: list[st.Token],
                  of_noun: list[st.Token], subject_noun: list[st.Token], verb: str) -> tuple[str, str]:
    """(measure words, measure word for alignment) of a percentage: a share of a whole, a change, a new level."""
    share = re.match(r"\s+of\s+", sentence[q.end:])
    at = next((i for i, t in enumerate(toks) if t.start >= q.end + share.end()), len(toks)) if share else len(toks)
    whole = st.noun_after(toks, at, len(toks), 3)
    if len(whole) > 1 and whole[-1].low in vocab.OPINION:  # "68 per cent of Greeks believe": a verb, not the whole's
        whole = whole[:-1]
    if whole and whole[-1].low.endswith(("’s", "'s")):  # "60 percent of Europe’s total population"
        at += len(whole)
        whole = whole + toks[at:at + 1] + st.noun_after(toks, at + 1, len(toks), 2) \
            if at < len(toks) and toks[at].low in ("total", "entire", "whole") else whole + st.noun_after(toks, at, len(toks), 2)
        whole = whole if not whole[-1].low.endswith(("’s", "'s")) else []
    if whole:  # "70 percent of Americans say", "less than 2% of annual revenue"
        said = toks[at + len(whole)].low if at + len(whole) < len(toks) else ""
        died = casualty_class(verb) if verb else None  # "killing up to 60 percent of Europe’s"
        befell = "" if said in vocab.OPINION or died else qual.share_predicate(toks, at + len(whole))
        if said in vocab.OPINION:  # "share of Greeks who believe the government mishandled the crisis"
            what = _what_said(toks, at + len(whole) + 1, said)
            return (f"share of {words(whole)} who {said}{what}", whole[-1].low) if what else ("share", "")
        return f"share of {words(whole)}" + (f" {died}" if died else befell), whole[-1].low
    if (level := new_level(sentence, q, verb, subject_noun)):  # "humidity fell to 8%": where it went, not by how much
        return level, level.split()[-1]
    if verb in vocab.CHANGE_VERBS:  # "Comparable sales rose 3.6 percent"
        # "The STOXX 600 index lost 0.12%": a share lost or won is a fall or a rise; a margin is said with "by"
        by = re.search(r"\bby\s+(?:[a-z]+\s+)?$", sentence[:q.start])
        change = {"lost": "fall", "won": "gain"}.get(verb, "") if not by else ""
        return f"{words(subject_noun)} {change or vocab.CHANGE_VERBS[verb]}".strip(), change or vocab.CHANGE_VERBS[verb]
    moved = _UP_DOWN.search(sentence[:q.start])
    if moved:  # "the stock was down 5%", "Home Depot shares are up about 40%": the noun the copula tells of
        at = next((i for i, t in enumerate(toks) if t.start >= moved.start()), len(toks))
        while at > 0 and (toks[at - 1].low in st.AUX or toks[at - 1].low in ("last", "now")):
            at -= 1  # "was last trading up 0.4%"
        noun = st.noun_before(toks, at, 0, 2)
        change = vocab.CHANGE_VERBS[moved.group(1).lower()]
        span = _SPAN.match(sentence[q.end:])
        if noun:  # "up about 40% year to date": over what time
            return f"{words(noun)} {change}" + (f" {span.group(1).lower()}" if span else ""), change
    trailing = _TRAILING_MOVE.search(sentence[:q.start])
    # "Alibaba shares closed in New York on Tuesday at $185.25, up 0.35%": the sentence's subject moved (when
    # one clause stands before the comma, so one subject: "The yen rose, while Sterling was ..., down 0.21%" has two)
    if trailing and not re.search(r"\b(?:and|while|whereas|but)\b|;", sentence[:trailing.start()]):
        noun = st.noun_after(toks, int(bool(toks) and toks[0].low in st.DETERMINERS), len(toks), 3)
        change = vocab.CHANGE_VERBS[trailing.group(1).lower()]
        comma = next((k for k, t in enumerate(toks) if t.start >= trailing.start()), len(toks))
        if amount := amount_moved(toks, comma):  # "had net sales of $1.1 billion ..., up 9%": the sales rose
            return f"{words(amount)} {change}", change
        if noun and all(len(t.text) > 1 and t.end <= q.start for t in noun) and not st.is_verb(toks, 0):
            return f"{words(noun)} {change}", change
    than = re.match(r"\s+(more|less|fewer)\s+([a-z]{4,})\b", sentence[q.end:])
    if than and than.group(2) not in st.FUNCTION | st.PREPOSITIONS | st.DETERMINERS:
        return f"how much {than.group(1)} {than.group(2)}", than.group(2)  # "20% more powerful than the current model"
    opinion = re.match(r"\s+(\w+)", sentence[q.end:])
    if opinion and opinion.group(1).lower() in vocab.OPINION:  # "38 per cent said it was heading the right way"
        said = opinion.group(1).lower()
        verb_at = next((i for i, t in enumerate(toks) if t.start >= q.end + opinion.start(1)), len(toks))
        what = _what_said(toks, verb_at + 1, said)
        return (f"share who {said}{what}", said) if what else ("share", "")
    after = qual.cut_time(after)
    described = qual.predicate_share(toks, first, after, subject_noun, verb)
    if described is not None:  # "The county is 43 percent black"
        return described, after[-1].low
    if len(after) == 1 and after[-1].low in qual.CHANGE_NOUNS:  # "a 24% drop in exports"; a drop of what, else not shown
        return qual.change_of(sentence, toks, q, after, subject_noun), after[-1].low
    if after:
        return words(after[-2:]), after[-1].low
    if len(of_noun) == 1 and of_noun[-1].low in qual.CHANGE_NOUNS:  # "Exports showed a drop of 24%"
        return (f"{words(subject_noun)} {of_noun[-1].low}" if subject_noun else ""), of_noun[-1].low
    if of_noun:
        return words(of_noun), of_noun[-1].low
    return "share", ""
