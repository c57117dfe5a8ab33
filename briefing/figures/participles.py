"""Whose a number is when it stands in a clause with no subject of its own after a comma (used by figures.owners).

"Doug McDermott put on a show as usual, scoring 23 points", "Cheeks, 48, logged a 15-year NBA career, spending 11
seasons in Philadelphia", "Mantas Jurkenas, 27, scored 24 points, with six of nine from deep, and added seven
assists": an -ing clause, or a past verb joined by ", and", has no subject of its own; in English its subject is
the main clause's. When a name opens the sentence as that subject (past who says it, past a short aside of its
own), the number is that name's, not the place in a phrase after it ("in Philadelphia") nor no one's. Not when
the clause tells of a number or a noun before it: a copula's noun ("is one of 14 plants, totalling 9.5 GW"), an
amount right before the comma ("put losses at $1.4 billion, affecting ..."), a which-clause of another noun, or
an object whose of-phrase names its own owner ("ending the 18-year tenure of mayor Bernard Lemaire").
"""

from __future__ import annotations

import re

from briefing.figures import names as nm
from briefing.figures import structure as st
from briefing.text import english as en
from briefing.text.quantity import WORD_NUMBERS

# -ing words that are prepositions, not participles: "including a $2.85 million house" lists a part of an
# object, "according to", "following the storm" (a closed class)
_PREPOSITIONAL = en.ING_PREPOSITIONS | {"saying", "telling"}  # "saying": the words said are not the name's
# Between the name and the participle: a clause of another subject opens ("and Jones added 12, giving ..."), a
# which-clause of another noun ("the MT Princess Empress, which sank ... and contaminated coastlines, affecting
# ..."), or a ';' ends the name's clause
_OTHER_CLAUSE = re.compile(r"[;:]|\bwhich\b|\b(?:" + "|".join(sorted(en.SUBORDINATORS | {"and", "but"}))
                           + r")\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z]|(?:" + "|".join(sorted(en.SUBJECT_PRONOUNS)) + r")\b)")


def participle_subject(sentence: str, spans: list[nm.Name], toks: list[st.Token], verb: int, lo: int,
                       speaker: int) -> nm.Name | None:
    """The name that opens the sentence as its subject, for a number whose clause opens on ', VERBing' at `verb`;
    `speaker` is where reported words begin (a character offset)."""
    if lo < 2 or toks[lo - 1].text != "," or not _no_subject(toks, verb, lo) or toks[lo - 2].text[:1].isdigit():
        return None  # "put losses at $1.4 billion, affecting ...": the clause tells of the number before it
    comma = toks[lo - 1].start
    # "German airline Hanseflug", "TDCJ officials": a name that describes a noun is not the subject
    first = next((n for n in spans if n.start >= speaker and not nm.is_modifier(sentence, n)), None)
    if first is None or first.end >= comma or not _opens(toks, speaker, first) or _of_name(sentence, spans, toks, lo):
        return None
    between = sentence[first.end:comma]
    after = re.match(r"\s*(,|[a-z]+)", between)
    if after is None or after.group(1) in st.DETERMINERS | st.PREPOSITIONS or _OTHER_CLAUSE.search(between) \
            or _PREDICATE_NOUN.search(between):
        return None  # "told Billboard the Doobies ...", "'s chief attraction", "is one of 14 plants, totalling ..."
    return first


def _opens(toks: list[st.Token], speaker: int, name: nm.Name) -> bool:
    """The name opens the clause: before it only a determiner, a capitalised word or two words of a noun phrase
    ('airline' of 'German airline Hanseflug'); no verb, preposition or comma ('Shares of Kairon fell')."""
    before = [t for t in toks if speaker <= t.start < name.start]
    lower = [t for t in before if t.text[:1].islower() and t.low not in st.DETERMINERS]
    return len(lower) <= 2 and not any(t.text == "," or not t.word for t in before) and not any(
        t.low in _NOT_IN_NAME_PHRASE or t.low.endswith(("ed", "ing")) or st.is_verb(toks, toks.index(t))
        for t in lower)


def _of_name(sentence: str, spans: list[nm.Name], toks: list[st.Token], lo: int) -> bool:
    """'ending the 18-year tenure of centre-right mayor Bernard Lemaire': the participle's object names its own
    owner in an of-phrase."""
    end = next((t.start for t in toks[lo + 1:] if t.text in ",;:"), len(sentence))
    return any(toks[lo].start < n.start < end and _OF.search(sentence, toks[lo].start, n.start) for n in spans)


_NOT_IN_NAME_PHRASE = st.PREPOSITIONS | en.PLACE_PREPOSITIONS | st.AUX
_OF = re.compile(r"\bof\s+(?:[\w-]+\s+){0,3}$")
# "Greer Fork is one of about 14 coal plants ..., totalling": a copula's noun is what the participle tells of
_PREDICATE_NOUN = re.compile(r"\b(?:is|are|was|were)\s+(?:the|a|an|\d|" + "|".join(WORD_NUMBERS) + r")\b", re.I)


def _no_subject(toks: list[st.Token], verb: int, lo: int) -> bool:
    """The clause opens on its verb, with no subject of its own: a participle (', scoring 23 points') or a verb in
    the past joined by 'and' (', and added seven assists')."""
    if verb == lo:
        return _participle(toks[lo])
    return verb == lo + 1 and toks[lo].low == "and" and toks[verb].text.islower() \
        and (st.past(toks[verb].low) or toks[verb].low in st.SIMPLE_PAST)


def _participle(tok: st.Token) -> bool:
    """'scoring', 'spending': a lowercase -ing word that is no preposition."""
    low = tok.low
    return tok.text.islower() and low.endswith("ing") and len(low) > 5 and low not in _PREPOSITIONAL \
        and low not in en.SUBORDINATORS
