"""Another event's number says whose event it was: the clause's own subject and its earlier year.

Round 43 (branch otherN): blind readers marked "people killed in 2010" wrong for "An eruption of Mount Merapi ...
killed more than 350 people in 2010" in a story on another volcano, "flights cancelled" for "pilots at Scandinavian
carrier SAS went on strike ... in July 2022, cancelling some 3,700 flights" in a story on another strike, and "jobs
cut in 2023" for "Tech companies cut more than 260,000 jobs in 2023" in a story on one company. The year alone does
not say the number is another actor's; the clause's subject does. So a number in a clause that an earlier year than
the story's dates, whose subject names someone (a proper name) or a class (a bare plural: "tech companies"), is
labelled with that subject: "people killed by an eruption of Mount Merapi in Central Java in 2010", "flights
cancelled when pilots at Scandinavian carrier SAS went on strike in July 2022", "jobs cut by tech companies in
2023". English grammar (figures.structure's verbs, prepositions, subordinators) only; no word of any corpus.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.figures import structure as st
from briefing.figures.reading import Reading
from briefing.figures.spans import MONTH
from briefing.text import MONTH_NAMES, word_set
from briefing.text import english as en
from briefing.text.numbers import HEDGE_WORDS

# Irregular simple pasts figures.structure does not list (English grammar): "The Prestige broke in two".
_PASTS = word_set("broke tore shook swam rang sprang slid spun split spread burst blew bore bit bled bent dealt dug "
                  "fed felt fled hung lent lit meant quit sat shone shut slew sped stuck stung strode swore swung "
                  "taught thought wept withdrew struck sank")
_WHEN = re.compile(rf"(?:(?:early|late|mid-?)\s*)?(?:((?:{MONTH})\.?)\s+(?:\d{{1,2}},\s+)?)?((?:1[89]|20)\d\d)(?![\d\w-])")
_IN_WHEN = re.compile(rf"\b[Ii]n\s+{_WHEN.pattern}")
_FRONT_WHEN = re.compile(rf"\W*(?:Back\s+)?[Ii]n\s+{_WHEN.pattern},\s")
_FRONT_ONLY = re.compile(rf"(?:\W*(?:Back\s+)?[Ii]n\s+{_WHEN.pattern},\s*)?")  # nothing before the toll but a time
_OTHER_OBJECT = re.compile(r"\b(?:and|or)\s+(?:another|an?|the|one|\d)")
_TOLL_WORDS = 5  # "people were killed when": the toll's noun and verb before its 'when'
_MONTHS_SAID = frozenset(name.capitalize() for name in MONTH_NAMES)
_HARD = frozenset(";:—–()[]\"“”")
# Words that open a clause: the subject of the number's clause stands after them ("a year after pilots ... went").
_OPENS = en.SUBORDINATORS | en.RELATIVES | word_set("and but or nor so")
_NOT_SUBJECT = en.SUBJECT_PRONOUNS | en.RELATIVES | en.DEMONSTRATIVES | word_set("there here")
_MOST_WORDS = 12  # a longer run before the verb is no noun phrase this reads
_APPOSITION = 4  # words of a phrase between commas before the verb that restates the subject ("east of Athens")
# Words that bound or round a number between it and its verb ("killed at least 431"): text.numbers' hedges.
_QUALIFIERS = HEDGE_WORDS
_SAYING = word_set("said told reported estimated")  # a saying verb's subject is the source, not the event


def _is_verb(toks: list[st.Token], i: int) -> bool:
    return st.is_verb(toks, i) or (toks[i].low in _PASTS and not toks[i].text[:1].isupper())


def _past(word: str) -> bool:
    return st.past(word) or word in st.SIMPLE_PAST or word in _PASTS


def _stops(toks: list[st.Token], i: int) -> bool:
    """Does token `i` end a clause: a hard stop, a sentence's full stop (not "St." or "Mr."), ', and' / ', but'?"""
    t = toks[i]
    if t.text in _HARD or t.text in "!?" or (t.text == "," and i + 1 < len(toks) and toks[i + 1].low in ("and", "but")):
        return True
    return t.text == "." and i > 0 and not (toks[i - 1].text[:1].isupper() and len(toks[i - 1].text) <= 3)


def _clause_start(toks: list[st.Token], at: int) -> int:
    """The first token of the number's clause."""
    return next((i + 1 for i in range(at - 1, -1, -1) if _stops(toks, i)), 0)


def _clause_end(toks: list[st.Token], at: int) -> int:
    return next((i for i in range(at + 1, len(toks)) if _stops(toks, i)), len(toks))


def _subject(toks: list[st.Token], verb: int, lo: int) -> tuple[int, int] | None:
    """Token range of the noun phrase before `verb` back to the clause's start, past a time said before the verb
    ('... Johnstown, Pennsylvania, in 1889 killed') and a place's apposition between commas; None if there is none."""
    end = verb
    while end - 1 > lo and toks[end - 1].low in st.ADVERBS:
        end -= 1  # "also killed"
    if end - 1 > lo and _WHEN.fullmatch(toks[end - 1].text):
        time = end - 1 - (toks[end - 2].text in _MONTHS_SAID)  # "in 1889 killed", "in December 2021 killed"
        end = time - 1 if toks[time - 1].low == "in" else end
    closed = end - 1 > lo and toks[end - 1].text == ","  # "..., east of Athens, killed": an apposition closes
    end -= closed
    start, passed = end, not closed
    while start > lo:
        t = toks[start - 1]
        if t.text == "," and not passed and end - start <= _APPOSITION and start - 1 > lo and toks[start - 2].word:
            start, passed = start - 1, True  # "a fire in the town of Mati, east of Athens, killed": past the aside
            continue
        if t.text in _HARD or t.text == "," or t.low in _OPENS:
            break
        start -= 1
    while start + 2 < end and toks[start].low == "in" and _WHEN.fullmatch(toks[start + 1].text):
        start += 2  # "and in 2024 a bus crash ... killed": the clause's time, then its subject
    if not passed or start >= end or end - start > _MOST_WORDS or not _noun_phrase(toks[start:end]):
        return None  # "Super Typhoon Haiyan in 2013, left": an aside with no subject before it is not read
    return start, end


def _noun_phrase(words: list[st.Token]) -> bool:
    """No pronoun, verb, auxiliary or year: "has", "In 2015 we", "utility director X said the system" are no
    subject of their own."""
    if words[0].low in _NOT_SUBJECT or words[0].low in st.PREPOSITIONS:
        return False
    return not any(t.low in _NOT_SUBJECT | st.AUX or _WHEN.fullmatch(t.text) or (t.word and st.is_verb(words, i))
                   for i, t in enumerate(words))


def _names(toks: list[st.Token], start: int, end: int) -> bool:
    """Does the phrase name someone (a capitalised word past the sentence's first) or a class (a bare plural)?"""
    words = toks[start:end]
    if any(t.text[:1].isupper() and t.start > 0 for t in words):
        return True
    return (toks[start].low not in st.DETERMINERS and words[-1].low.endswith("s") and len(words) <= 3
            and all(t.word for t in words))


def _shown(sentence: str, toks: list[st.Token], start: int, end: int) -> str:
    """The phrase as a label says it, without a place's apposition ('... above Johnstown, Pennsylvania')."""
    words = toks[start:end]
    if "," in (t.text for t in words):
        words = words[:[t.text for t in words].index(",")]
    said = sentence[words[0].start:words[-1].end]
    generic = len(words) > 1 and words[1].text.islower() and not words[0].text.isupper()  # "Tech companies"
    if words[0].start == 0 and (words[0].low in st.DETERMINERS or generic):
        return said[0].lower() + said[1:]
    return said


def _verb_phrase(toks: list[st.Token], verb: int, hi: int) -> str:
    """'went on strike', 'broke in two', 'capsized': the verb and what it takes before a phrase of its own."""
    kept = [toks[verb]]
    for t in toks[verb + 1:hi]:
        if not t.word or t.text[:1].isupper() or t.low in st.DETERMINERS | st.FUNCTION | _OPENS:
            break
        kept.append(t)
        if kept[-2].low in st.PREPOSITIONS or len(kept) > 2 and t.low not in st.PREPOSITIONS:
            break  # "went on strike", "broke in two": the verb's own phrase ends on its first noun
    while kept[-1].low in st.PREPOSITIONS | en.PLACE_PREPOSITIONS:  # "capsized during": the phrase is the typhoon's
        kept.pop()
    return " ".join(t.low for t in kept)


def _earlier(sentence: str, spans: tuple[int, int, int, int], year: int) -> str:
    """'July 2022', '2010': the time of a year before the story's that dates the clause whose subject opens at
    `subject` (spans: clause start, subject, number's end, clause end, in characters): 'in 2010' after the subject,
    an opening 'In 2008,', or 'since June 2023, when' before it. A year said otherwise ('a 1954 abstract', 'between
    2020 and 2024') dates something else, and so does one after another object ('two videos and another in 2017')."""
    lo, subject, number, hi = spans
    hung = re.search(rf"\b(?:in|since)\s+{_WHEN.pattern},\s+when\s+$", sentence[lo:subject])
    found = [m for m in _IN_WHEN.finditer(sentence, subject, hi)
             if m.start() < number or not _OTHER_OBJECT.search(sentence, number, m.start())]
    found += [m for m in (_FRONT_WHEN.match(sentence, lo), hung) if m]
    for m in found:
        if int(m.group(2)) < year:
            return f"{m.group(1).rstrip('.')} {m.group(2)}" if m.group(1) else m.group(2)
    return ""


def _when_after(sentence: str, toks: list[st.Token], at: int, number: int, bounds: tuple[int, int], year: int) -> str:
    """'when the KM Lestari Maju ran aground in July 2018' for a toll that is its clause's subject and a 'when'
    clause tells the event: "In July 2018, at least 34 people died when the KM Lestari Maju ran aground"."""
    lo, hi = bounds
    if not _FRONT_ONLY.fullmatch(sentence, toks[lo].start, toks[at].start):
        return ""
    when = next((i for i in range(number + 1, min(hi, number + 1 + _TOLL_WORDS)) if toks[i].low == "when"), None)
    if when is None or any(not t.word for t in toks[number + 1:when] if t.text != ","):
        return ""
    verb = next((i for i in range(when + 1, hi) if _is_verb(toks, i)), None)
    if verb is None or verb == when + 1 or not _past(toks[verb].low) or not _noun_phrase(toks[when + 1:verb]) \
            or not _names(toks, when + 1, verb):
        return ""
    time = _earlier(sentence, (toks[lo].start, toks[when].start, toks[at].end, toks[hi - 1].end), year)
    return f"when {_shown(sentence, toks, when + 1, verb)} {_verb_phrase(toks, verb, hi)} in {time}" if time else ""


def told_event(sentence: str, start: int, measure: str, year: int | None, casualty: bool = False) -> str:
    """'by an eruption of Mount Merapi in 2010', 'when pilots at SAS went on strike in July 2022': whose earlier
    event the number at `sentence[start:]` is, as its clause's subject and year say it; '' if they do not."""
    toks = st.tokens(sentence)
    at = next((i for i, t in enumerate(toks) if t.end > start), None)
    if year is None or at is None:
        return ""
    lo, hi = _clause_start(toks, at), _clause_end(toks, at)
    number = next((i for i in range(at, hi) if toks[i].text[:1].isdigit() or st.number_word(toks[i].low)), at)
    while at - 1 > lo and toks[at - 1].low in _QUALIFIERS:
        at -= 1
    found = st.verb_before(toks, at, lo)
    if found is None and casualty:
        return _when_after(sentence, toks, at, number, (lo, hi), year)
    if found is None or toks[found[0]].low in _SAYING:
        return ""
    verb = found[0]
    if toks[verb].low.endswith("ing") and verb > lo and toks[verb - 1].low == "and":
        # "cancelling some 3,700 flights and affecting around 380,000": the first participle of the list
        verb = next((i for i in range(verb - 2, lo, -1) if toks[i - 1].text == "," and toks[i].low.endswith("ing")),
                    verb)
    if toks[verb].low.endswith("ing") and verb > lo and toks[verb - 1].text == ",":
        # "..., cancelling some 3,700 flights": a participle hung on the clause before it, whose verb it is
        main = next((i for i in range(verb - 2, lo - 1, -1) if _is_verb(toks, i) and _past(toks[i].low)), None)
        if main is None or (span := _subject(toks, main, lo)) is None or not _names(toks, *span):
            return ""
        when = _earlier(sentence, (toks[lo].start, toks[span[0]].start, toks[verb].start, toks[verb].start), year)
        return f"when {_shown(sentence, toks, *span)} {_verb_phrase(toks, main, verb - 1)} in {when}" if when else ""
    if not _past(toks[verb].low) or (span := _subject(toks, verb, lo)) is None or not _names(toks, *span):
        return ""
    when = _earlier(sentence, (toks[lo].start, toks[span[0]].start, toks[at].end, toks[hi - 1].end), year)
    inside = toks[verb].low in measure.lower().split()
    if not when or (casualty and not inside):
        return ""  # "people killed" for "Haiyan left 6,300 people dead": the toll's verb is not the clause's
    said = "" if inside else f"{toks[verb].low} "
    return f"{said}by {_shown(sentence, toks, *span)} in {when}"


_TIME_ONLY = re.compile(r"in (?:[A-Z][a-z]+ )?(?:1[89]|20)\d\d(?: and (?:1[89]|20)\d\d)?")


def with_event(reading: Reading, sentence: str, start: int, year: int | None) -> Reading:
    """The reading with its span saying whose earlier event the number is (told_event), where its label names no
    one else and no time but the year; its subject is dropped when the event's phrase says it."""
    if reading.span and not _TIME_ONLY.fullmatch(reading.span):
        return reading  # "in the 2021 Sawmill Fire", "this season": the span says it already
    event = told_event(sentence, start, reading.measure, year, bool(reading.casualty))
    if not event:
        return reading
    if reading.subject:
        if reading.span or not set(reading.subject.lower().split()) <= set(event.lower().split()):
            return reading  # "Nimbusly people laid off in 2022" says whose and when; "Wellington" is no event's
        return replace(reading, subject=None, subject_tokens=frozenset(), span=event)
    return replace(reading, span=event)
