"""The time a number covers, said around it: a tally's span ("since Week 11", "this season", "in his last two
games") and a time before the story's ("last season", "in 2009"). Shown after the label, never compared. Also
whether a sentence tells of an earlier event (earlier_event) and when (earlier_year)."""

from __future__ import annotations

import datetime as dt
import re

from briefing.text import MONTH_NAMES, MONTHS

# "Since Week 11, Thomas has eight touchdowns", "Through 14 games, Bush had 404 yards": an opening phrase that
# bounds the time a tally covers (a span, no clause: no verb before its comma).
_SPAN_OPENER = re.compile(r"(?:Since|Through)\s+((?:[\w’'-]+\s+){0,5}?[\w’'-]+),\s")
_SPAN_AFTER = re.compile(r"\b(so far this (?:season|year)|(?<!earlier )(?<!later )this (?:season|year)|"
                         r"in (?:his|her|their|the) (?:last|past|first) (?:\w+ )?"
                         r"(?:games?|seasons?|starts?|outings?|matches|weeks|months|years))\b")
_SPAN_VERB = re.compile(r"\b(?:\w+ed|was|were|is|are|has|had)\b")  # "Since he was traded,": a clause


def tally_span(sentence: str, at: int) -> str:
    """The span a named subject's tally at `at` covers when the sentence opens on one ('since Week 11'), or ''."""
    opener = _SPAN_OPENER.match(sentence)
    if not opener or at < opener.end() or _SPAN_VERB.search(opener.group(1)):
        return ""
    return f"{opener.group(0).split()[0].lower()} {opener.group(1)}"


def span_after(sentence: str, end: int) -> str:
    """The span a tally ending at `end` covers, said after it in its clause: '28 receptions this season', '189 yards
    in his last two games'; other tallies of one list may stand between ('28 receptions and 258 yards this season')."""
    after = _SPAN_AFTER.search(sentence, end, end + 60)
    if after is None:
        return ""
    between = sentence[end:after.start()]
    listed = bool(re.search(r"\d", between)) and not re.search(r"[;:()—–]", between)
    return after.group(1) if listed or not _OTHER_CLAUSE.search(between) and "," not in between else ""


# A time before the story's, said in the number's own clause: "won two games last season", "Dealers last year sold
# 303,417 new vehicles", "had 2 yards a week ago". The number is of that time, not the story's: the label says so.
MONTH = "|".join(name.capitalize() for name in MONTH_NAMES)  # a month by name, as a pattern (other_time.py too)
_THEN = re.compile(r"\b(last (?:season|year|week|month|weekend)|(?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|"
                   rf"months?|years?|seasons?) ago|earlier this (?:year|month|season|week)|in (?:(?:{MONTH}) )?"
                   r"((?:19|20)\d\d))\b")
# Between the number and the time phrase: no comma, bracket or dash, no word that opens another clause, and no
# "from" or "than" ("down 5 percent from the period last year": that time is what the number is compared with).
_OTHER_CLAUSE = re.compile(r"[,;:()—–]|\b(?:who|which|that|when|after|before|while|as|because|but|and|since|until|"
                           r"where|from|than)\b")
_NEAR = 40  # characters: a time phrase farther off is said of something else in the sentence


def earlier_time(sentence: str, start: int, end: int, year: int | None) -> str:
    """The phrase that puts the number at `sentence[start:end]` before the story ("last season"), or ""."""
    for found in _THEN.finditer(sentence):
        if found.group(2) and (year is None or int(found.group(2)) >= year):
            continue  # "in 2019" in a 2019 story is its own time
        between = sentence[end:found.start()] if found.start() >= end else sentence[found.end():start]
        if len(between) <= _NEAR and not _OTHER_CLAUSE.search(between):
            return found.group(1)
    return ""


# Another event's time, said as the frame of the number's clause: a sentence that opens on it ("In 2021, Tristate
# Castings shut its foundry ..., laying off 210 workers") or a clause that hangs on it ("since February 2019, when 47
# vehicles collided", "Hurricane Orin in September 2008, which ... cut power to 600,000 customers"). A year that
# merely sits in the sentence ("1920 pixels", "US troops in Afghanistan since 2001") frames nothing: not read.
_WHEN = rf"(?:(?:early|late|mid-?)\s*)?(?:(?:{MONTH})\.?\s+(?:\d{{1,2}},\s+)?)?((?:19|20)\d\d)(?:\s+and\s+((?:19|20)\d\d))?"
_FRONTED = re.compile(rf"^\W*(?:Back\s+in|In)\s+{_WHEN},\s")
_HUNG = re.compile(rf"\b(?:in|since)\s+{_WHEN},\s+(?:when|which)\b")
_CLAUSE_END = re.compile(r"[;:—–]|\s-\s")  # a clause that follows says its own time ("; that case remains unsolved")
_WHOLE_OF = re.compile(r"\bof\s+(?:his|her|their|its|our|my|your)\s+$")  # "the first of her three husbands": a life's


def framed_year(sentence: str, start: int, year: int | None) -> str:
    """'in 2021' when the number at `start` stands in a clause that an earlier year than the story's `year` frames
    (the sentence's opening 'In 2021,' or a 'since 2019, when ...' it hangs on), else ''."""
    if year is None or _WHOLE_OF.search(sentence[max(0, start - 20):start]):
        return ""
    for frame in (_FRONTED.match(sentence), *_HUNG.finditer(sentence)):
        if frame is None or frame.end() > start or int(frame.group(2) or frame.group(1)) >= year:
            continue
        if _CLAUSE_END.search(sentence, frame.end(), start):
            continue
        return f"in {frame.group(1)}" + (f" and {frame.group(2)}" if frame.group(2) else "")
    return ""


YEAR_IN = re.compile(r"\b((?:19|20)\d\d)\b")
YEAR_SPAN = re.compile(r"\b(?:from|between)\s+((?:19|20)\d\d)\s+(?:to|and)\s+((?:19|20)\d\d)\b", re.I)
_DAY_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")
_EARLIER = re.compile(r"\b(?:earlier this (?:year|month)|last (?:year|month)|years? ago|months ago|in the past|"
                      r"previously|a similar|(?:days|weeks|months) (?:after|before))\b", re.I)
# Full month names only ("march", not "mar": "in Mar-a-Lago" opens on no month).
# "In February, a gunman killed five people": a sentence that opens on a month, without a day, sets the scene
# of an earlier event.
_EARLIER_MONTH = re.compile(rf"^\W*(?:back\s+)?in\s+(?:(?:early|late|mid)-?\s*)?({'|'.join(MONTH_NAMES)})\b(?!\s+\d)",
                            re.I)


def earlier_year(text: str, at: int, year: int | None) -> str:
    """When a background toll was: 'from 2010 to 2015' as the sentence says it, else 'in' the earlier year named
    nearest the number at `at` ('The 2021 Sawmill Fire killed two'); '' if none."""
    if span := YEAR_SPAN.search(text):
        return f"from {span.group(1)} to {span.group(2)}"
    years = [(abs(m.start() - at), m.group(1)) for m in YEAR_IN.finditer(text) if year is None or int(m.group(1)) < year]
    return f"in {min(years)[1]}" if years else ""


def earlier_event(text: str, published: dt.date | None, hint: int | None) -> bool:
    """A sentence that names an earlier year tells of another event ("killed 26,000 in Bam in 2003"), and so
    does one that opens on an earlier month of the story's year ("In February, a gunman killed five")."""
    month = _EARLIER_MONTH.match(text)
    if month and published and MONTHS[month.group(1).lower()] < published.month:
        return True
    year = published.year if published else hint
    if _EARLIER.search(text) or year is None:
        return bool(_EARLIER.search(text))
    years = [int(y) for y in YEAR_IN.findall(text)]
    # Last year is background too ("capital expenditure in 2025 alone" in a 2026 story), unless the
    # sentence dates a day of it ("the Dec. 30, 2025 shooting" in a January story is this event).
    return any(y < year - 1 for y in years) or (any(y == year - 1 for y in years) and not _DAY_DATE.search(text))
