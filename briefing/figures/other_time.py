"""Two structural marks of a label told of another time or of no one: bench/bench_label_hiding.py crosses them with
the other provenance features (figures.support) and chooses by leaving one judged set out at a time.

Round 35 of bench/gold/label_audit_dev.md left them: a date label whose clause has no subject ("date closed parts"),
and a number whose sentence tells of another time than the article's (an earlier year, "last year", "the previous
record") while its label names no year ("ships held up" for a 2021 blockage). English grammar and time words only.
"""

from __future__ import annotations

import re

from briefing.figures import structure as st
from briefing.figures.reading import Reading
from briefing.figures.spans import MONTH, YEAR_IN, YEAR_SPAN, earlier_year
from briefing.text import MONTHS, word_set
from briefing.text import english as en
from briefing.text.quantity import WORD_NUMBER_PATTERN

YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # a year in a label: "people killed in 2013" (figures.support too)
# Words that place a number before the story's time past what figures.spans.earlier_event reads (an earlier year,
# "last year", "years ago"): "the previous record", "a year earlier", "the season before".
_BEFORE = re.compile(r"\b(?:previous|prior)\b|\b(?:a|the|one) (?:day|week|month|year|decade|season) "
                     r"(?:earlier|before)\b", re.I)


def date_subject(reading: Reading) -> str:
    """Whose a date label's event is: "-" (no date), "noun" ("date of the signing"), "none" (the clause's verb
    follows "date" at once: "date closed parts"), or "named" ("date Smith joined Blazers")."""
    if reading.kind != "date" or not reading.specific:
        return "-"
    rest = reading.measure.removeprefix("date").strip()
    if rest.startswith("of "):
        return "noun"
    verb = reading.word
    return "none" if verb and (rest == verb or rest.startswith(f"{verb} ")) else "named"


def other_time(sentence: str, background: bool, label: str) -> bool:
    """Does the number's sentence tell of another time than the article's while its label names no year?"""
    return (background or bool(_BEFORE.search(sentence))) and not YEAR.search(label)


# --- Another event's toll, named (round 39, branch otherL) ---------------------------------------------------------
# A background toll's label says the event or the time it was of, as the sentence marks it: "people killed in the
# 1970 earthquake", "people killed last year", "people killed three years ago", "people fell ill in February".
# Where the event's name ends: any closed-class word (figures.structure), and three it lacks.
_STOP = st.CLOSED | word_set("near until where")
_NOUN = r"(?:[A-Za-z][\w-]*)"
# "the 2021 Sawmill Fire", "the January 2025 fires", "the 2022-23 outbreak", "Iran's 2003 Bam earthquake"
_EVENT = re.compile(rf"\b(?:[Tt]he|[A-Z]\w+['’]s)\s+(?:(?:{MONTH})\s+)?((?:19|20)\d\d)(?:[-–/]\d\d(?!\d))?"
                    rf"((?:\s+{_NOUN}){{1,3}})")
_HOW_MANY = rf"(?:a|{WORD_NUMBER_PATTERN}|\d+|several|many)"  # "three years ago", "a decade earlier"
# "before" with an object is a preposition: "four months before the Kenyan was killed" times the record, not the toll
_RELATIVE = re.compile(rf"\b(?:last (?:year|summer|winter|spring|autumn|fall|season)|{_HOW_MANY} (?:years?|months?|"
                       rf"decades?) (?:ago|earlier|before(?!\s+(?:the|a|an|his|her|their|its|he|she|they|it)\b)))\b",
                       re.I)
_COMPARED = re.compile(r"\b(?:from|than|compared|versus|vs)\b")
_IN_MONTH = re.compile(rf"\b[Ii]n\s+(?:(?:early|late|mid)-?\s*)?({MONTH})\b(?!\s+\d)")


def _event_noun(words: str) -> str:
    """The noun phrase a year stands before ('Sawmill Fire killed' -> 'Sawmill Fire'), up to a function word or verb."""
    kept: list[str] = []
    for word in words.split():
        if word.lower() in _STOP or (kept and word.islower() and word.endswith("ed")):
            break
        kept.append(word)
    return " ".join(kept)


def _event_phrase(event: re.Match[str], noun: str) -> str:
    """'in the 1970 earthquake', "in Iran's 2003 Bam earthquake": a named earlier event (_EVENT) as a label says it."""
    owner = event.string[event.start():event.start(2)]
    return f"in {owner[0].lower() if owner.startswith('The') else owner[0]}{owner[1:]} {noun}"


def _markers(text: str, year: int | None, month: int | None) -> list[tuple[int, int, str]]:
    """Every phrase in `text` that puts something before the story: (where, rank, phrase); a named event outranks
    its bare year."""
    found = [(m.start(1), 1, f"in {m.group(1)}") for m in YEAR_IN.finditer(text) if year is None or int(m.group(1)) < year]
    for event in _EVENT.finditer(text):
        if (noun := _event_noun(event.group(2))) and (year is None or int(event.group(1)) < year):
            found.append((event.start(1), 0, _event_phrase(event, noun)))
    found += [(m.start(), 1, m.group(0).lower()) for m in _RELATIVE.finditer(text)]
    if month is not None:
        found += [(m.start(), 1, f"in {m.group(1)}") for m in _IN_MONTH.finditer(text)
                  if MONTHS[m.group(1).lower()] < month]
    return found


def background_time(text: str, at: int, end: int, year: int | None, month: int | None) -> str:
    """When a background toll at `at` was, as its sentence says it nearest the number: 'in the 1970 earthquake',
    'last year', 'three years ago', 'in February', 'from 2010 to 2015', 'in 2003'; '' if it says none (the
    number stands at `text[at:end]`)."""
    if YEAR_SPAN.search(text):
        return earlier_year(text, at, year)
    # "41 arrests over the weekend, down from 57 last year": a time after "from" or "than" is the compared number's
    found = [f for f in _markers(text, year, month) if f[0] < at or not _COMPARED.search(text, end, f[0])]
    return min(found, key=lambda f: (abs(f[0] - at), f[1]))[2] if found else ""


# Any number, not only a toll, in a clause another time frames: one the sentence opens on ("Last month, commandos
# rescued two cargo vessels", "In February, nearly 90 people fell ill", "On May 31, 1970, a magnitude 7.9
# earthquake") or a relative clause hung on a named earlier event ("the 2010 break-in at the Paris Museum, when a
# thief took five paintings", "last summer's fires, which burned 130,000 hectares"). A time that merely sits in the
# sentence frames nothing (round 24: "founded in 2015, cut 640 jobs"), so only these two shapes are read.
_FRONT = re.compile(rf"^\W*(?:(?:And|But)\s+)?(?:(last (?:year|summer|winter|spring|autumn|fall|season|month))|"
                    rf"({_HOW_MANY} (?:years?|months?|decades?) ago)|"
                    rf"[Ii]n\s+(?:(?:early|late|mid)-?\s*)?({MONTH})|[Oo]n\s+(?:{MONTH})\.?\s+\d{{1,2}},\s+((?:19|20)\d\d))"
                    r"(?:,\s|\s+(?=[a-z]))", re.I)
_SEASON_EVENT = re.compile(rf"\blast (?:year|summer|winter|spring|autumn|fall|season|month)['’]s((?:\s+{_NOUN}){{1,3}})")
_HANGS = re.compile(r",\s+(?:which|when|in which)\b|\s+that\b")
_FUTURE = re.compile(r"\b(?:will|would|shall|plans?|planned|expected|scheduled)\b")
_STOPS = re.compile(r"[;:—–]|\s-\s|[.!?]\s")


def _fronted(sentence: str, year: int | None, month: int | None) -> tuple[int, str] | None:
    front = _FRONT.match(sentence)
    if front is None:
        return None
    if front.group(1) or front.group(2):
        return front.end(), (front.group(1) or front.group(2)).lower()
    if front.group(3):
        earlier = month is not None and MONTHS[front.group(3).lower()] < month and not _FUTURE.search(sentence)
        return (front.end(), f"in {front.group(3).capitalize()}") if earlier else None
    return (front.end(), f"in {front.group(4)}") if year is not None and int(front.group(4)) < year else None


def _hung(sentence: str, start: int, year: int | None) -> tuple[int, str] | None:
    events = [(m.end(), _event_phrase(m, noun))
              for m in _EVENT.finditer(sentence, 0, start)
              if (noun := _event_noun(m.group(2))) and year is not None and int(m.group(1)) < year]
    events += [(m.end(), f"in {m.group(0)[:m.start(1) - m.start()]} {noun}")
               for m in _SEASON_EVENT.finditer(sentence, 0, start) if (noun := _event_noun(m.group(1)))]
    # "a wave of similar hoaxes last fall, when more than 90 schools in at least 10 states reported": the clause
    # hangs on the relative time itself (round 42)
    events += [(m.end(), m.group(0).lower()) for m in _RELATIVE.finditer(sentence, 0, start)
               if re.match(r",\s+when\b", sentence[m.end():])]
    for end, phrase in events:
        hangs = _HANGS.search(sentence, end, start)
        if hangs and hangs.start() - end <= 80 and not _STOPS.search(sentence, end, start):
            return hangs.end(), phrase
    return None


# Round 50 (figR): a number in the clause a dated event noun opens, or in a participle hung on it: "Home Depot's
# 2014 incident involved roughly 56 million cards", "a 2011 lockout ... lasted 17 days and left 9,000 tonnes", "It
# follows a 2024 campaign covering 62,000 Crest sedans". No clause may open between the event and the number.
_A_EVENT = re.compile(rf"\b(?:[Tt]he|[Aa]n?|(?:[A-Z]\w+\s+)?[A-Z]\w+['’]s)\s+(?:(?:{MONTH})\s+)?((?:19|20)\d\d)(?![-–/]?\d)"
                      rf"((?:\s+{_NOUN}){{1,3}})")
# What opens another clause between the event's noun and the number: a relative or a subordinator (English
# grammar, text/english.py), "where", a contrast or comparison, a source ("from"), ", and", or another year.
_OPENS = re.compile(r"\b(?:" + "|".join(sorted(en.RELATIVES | en.SUBORDINATORS | {"where", "but", "or", "than", "from"}))
                    + r")\b|,\s+and\b|\b(?:19|20)\d\d\b")
_LED = 80  # characters between the event's noun and the number: farther, the number is another clause's


def _led(sentence: str, start: int, year: int | None) -> tuple[int, str] | None:
    """(where the event's words end, "in a 2011 lockout") when the number at `start` sits in the clause an earlier
    year's event noun opens ("a 2011 lockout ... lasted 17 days"), with no other clause opening between them."""
    for m in _A_EVENT.finditer(sentence, 0, start):
        noun = " ".join(w for w in _event_noun(m.group(2)).split() if not w.endswith("ing"))
        end = m.start(2) + len(m.group(2)) - len(m.group(2).lstrip()) + len(noun)
        if not noun or year is None or int(m.group(1)) >= year or noun.split()[0][0].isdigit():
            continue
        if start - end <= _LED and not _OPENS.search(sentence, end, start) and not _STOPS.search(sentence, end, start):
            owner = sentence[m.start():m.start(1)]
            article = owner.lower() if owner.split()[0] in ("The", "A", "An") else owner
            return end, f"in {article}{m.group(1)} {noun}"
    return None


def framed_time(sentence: str, start: int, year: int | None, month: int | None) -> str:
    """'last month', 'in February', 'in 1970', 'in the 2010 break-in' when the number at `start` stands in a clause
    the sentence's opening time or a relative clause on a named earlier event frames, else ''."""
    fronted = _fronted(sentence, year, month)
    if fronted and any(other.search(sentence, fronted[0], start) for other in (YEAR_IN, _IN_MONTH, _RELATIVE)):
        fronted = None  # "In March, nine died ..., and in 2024 a crash killed 26": the nearer time is the number's
    for frame in (fronted, _hung(sentence, start, year), _led(sentence, start, year)):
        if frame and frame[0] <= start and not _STOPS.search(sentence, frame[0], start):
            return frame[1]
    return ""
