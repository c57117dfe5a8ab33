"""Dates in prose: absolute ('May 6, 2026'), partial ('May 6') and relative ('Wednesday', 'the day after')."""

from __future__ import annotations

import datetime as dt
import re

from briefing.text import MONTHS, WEEKDAYS, long_date, word_set
from briefing.text import english as en
from briefing.text.ahead import looks_ahead
from briefing.text.numbers import Quantity

_MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[7-9]|20)\d{2})"  # "November 17, 1893": a ship's history
_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!:\d)(?:,?\s+{_YEAR}\b)?", re.I),  # "4 November 02:00": a time
    re.compile(rf"\b{_DAY}\.?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(r"(?<![\d/])(?P<a>[01]?\d|[23]\d)\s?/\s?(?P<b>[0-3]?\d)\s?/\s?(?P<year>(?:19|20)\d{2})\b"),
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I)
_WEEKDAY_RE = re.compile(r"\b(?:(?P<rel>last|next|this)\s+)?(?P<wd>" + "|".join(WEEKDAYS) + r")\b", re.I)
_YESTERDAY_RE = re.compile(r"\byesterday\b", re.I)
_REPORTING = re.compile(r"\b(?:said|says|told|tells|confirmed|reported|added|stated|wrote|announced in a)\b"
                        r"(?:\s+on)?\W*$", re.I)  # "police said on Monday that ...": the statement's day
_REPORTING_AFTER = re.compile(r"^\W*(?:said|says|told|confirmed)\b", re.I)
_DAY_AFTER_RE = re.compile(r"\bthe\s+day\s+(?P<dir>after|before)\b", re.I)
# Words that make a sentence look ahead: a date without a year in it may lie after the article's date.
_AHEAD = re.compile(r"\b(?:will|shall|next|upcoming|scheduled(?!\s+[a-z]+s\b)|due to|plans? to|planned|until|till|deadline|"
                    r"expected to|(?:is|are) set to|later (?:on|this|today|tonight))\b", re.I)
# A sentence told in the past tense: its date without a year lies before the article's.
_TOLD = re.compile(r"\b(?:was|were|had|did|happened|began|died|told|said|took|gave|made|went|came|saw|found|held|"
                   r"met|won|lost|left|got|sold|bought|paid|sent|spent|brought|knew|became|wrote|spoke|heard|[a-z]{3,}ed)\b",
                   re.I)
# Past tense beyond doubt (an -ed word may be an adjective: "stays closed until Monday").
_TOLD_PLAINLY = re.compile(r"\b(?:was|were|had|did|saw|heard|went|came|said|told|died|took|gave|made|got|left|won|lost|"
                           r"fell|rose|ran|found|" + "|".join(sorted(en.SIMPLE_PASTS)) + r")\b", re.I)
# a plan told by a catenative verb and "to" ("was expected to exit by Friday"): its day is ahead, even told in the past
_PLAN = re.compile(r"\b(?:expected|projected|forecast|due|set|scheduled|planned|plans?|intends?|intended|aims?|aimed|"
                   r"hopes?|hoped)"
                   r"\s+to\s+\w", re.I)
# a passive participle and "for"/"to" right before a date: a day something is set or moved to ("was set for
# September 15", "was postponed to 4 December"), which lies ahead of the telling
_TARGET = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?(?:\w+ed|set|put)\s+(?:back\s+)?(?:for|to)\s+$",
                     re.I)
# A future told in the past ("the city said it would release the figures by Feb. 15"): the telling's past tense
# does not put the day before the article, so a day a few weeks after it is still the coming one.
_REPORTED_FUTURE = re.compile(r"\b(?:said|says|told|announced|added|promised|pledged|warned|expects|expected)\b"
                              r"[^.;:]*\bwould\s+(?!have\b)[a-z]+", re.I)
_EXPECTED = re.compile(r"\b(?:is|are)\s+(?:now\s+|still\s+)?expected\s+(?:on|by|for)\s+$", re.I)  # present tense only
_AT_LEAST = re.compile(r"\b(?:until|till|through)\s+at\s+least\s+$", re.I)
_THROUGH = re.compile(r"\bthrough\s+$", re.I)  # "due through May 15": a deadline, as "until" is
_CLAUSE_MARKS = ",;:—("
_ASIDE = re.compile(r"\s*(?:which|who)\b")  # a relative aside between commas: the clause goes on past it
# two weekdays joined ("on Monday and Tuesday", "from Friday to Sunday"): a span, no one day
_WEEKDAY_SPAN = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")(?:\s+(?:night|morning|afternoon|evening)s?)?"
                           r"\s*(?:and|or|to|through|till|until|-|–)\s*(?:early\s+|late\s+)?(?:"
                           + "|".join(WEEKDAYS) + r")\b", re.I)
# what may open a clause before a weekday ("On Monday", "Late Tuesday"): not a day's name
_NOT_NAMES = word_set("on by since until till through before after from during for to of in at last next this early "
                      "late every each and or but as that when while if once where because although though whether "
                      "unless so then")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")  # "Black" in "Black Friday"
_NAME_WORD = re.compile(r"[A-Z][\w.&-]*")  # "Committee" in "the House Intelligence Committee Tuesday"
_SOON = 31  # days after the article's date within which a date without a year is the coming one
# A weekday written beside an explicit date names the same day ("Saturday 3 October", "Friday, May 8").
_BESIDE_DATE = 4


date_display = long_date  # the figures' and the digest's date format are one


def date_value(day: dt.date) -> float:
    """The YYYYMMDD number the JSON carries."""
    return float(day.year * 10000 + day.month * 100 + day.day)


def _quantity(day: dt.date, start: int, end: int, aspect_text: str | None = None) -> Quantity:
    return Quantity(value=date_value(day), unit="date", dim="date", display=date_display(day),
                    start=start, end=end, aspect_text=aspect_text)


def _absolute(match: re.Match[str], year_hint: int | None, published: dt.date | None = None,
              ahead: bool = False, weekday: int | None = None, told: bool = False) -> dt.date | None:
    parts = match.groupdict()
    year = int(parts["year"]) if parts.get("year") else year_hint
    if year is None:
        return None
    if parts.get("month"):
        month = MONTHS[parts["month"].lower().rstrip(".")]
        day = int(parts["day"])
    elif parts.get("mnum"):
        month, day = int(parts["mnum"]), int(parts["day"])
    else:  # a/b/yyyy: US order unless the first part cannot be a month
        a, b = int(parts["a"]), int(parts["b"])
        month, day = (b, a) if a > 12 else (a, b)
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    if published and not parts.get("year"):
        found = _nearest_year(found, published, ahead, weekday, told)
    return found


def _nearest_year(day: dt.date, published: dt.date, ahead: bool, weekday: int | None, told: bool = False) -> dt.date:
    """'December 27' in an April 2012 story happened in December 2011: news reports what has happened,
    so a date without a year takes the year that puts it nearest before the article's date, unless
    the sentence looks ahead ('will open on December 27'); then the nearest after it. `told`: the
    sentence is in the past tense ('The attack happened on May 3')."""
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(day.replace(year=year))
        except ValueError:  # 29 February
            continue
    named = [d for d in options if d.weekday() == weekday]
    if named:  # "Saturday 3 October": the year in which 3 October is a Saturday
        return min(named, key=lambda d: abs((d - published).days))
    if ahead:
        later = [d for d in options if d >= published]
        return min(later) if later else day
    # A day a few weeks off is the coming one ("the Dec. 12 election" in a November story): a day of
    # last year is rarely written without its year.
    soon = [d for d in options if 0 < (d - published).days <= _SOON and not told]
    if soon:
        return soon[0]
    earlier = [d for d in options if d <= published]
    return max(earlier) if earlier else day


def _weekday(match: re.Match[str], published: dt.date, ahead: bool = False) -> dt.date | None:
    if (match.group("rel") or "").lower() == "next":
        return None  # a future plan, not a date something happened
    if ahead:  # "the road stays closed until Monday": the coming one
        return published + dt.timedelta(days=(WEEKDAYS.index(match.group("wd").lower()) - published.weekday()) % 7)
    back = (published.weekday() - WEEKDAYS.index(match.group("wd").lower())) % 7
    if (match.group("rel") or "").lower() == "last" and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _weekday_beside(sentence: str, start: int, end: int) -> int | None:
    for match in _WEEKDAY_RE.finditer(sentence, max(0, start - 12), min(len(sentence), end + 12)):
        if match.start() - _BESIDE_DATE <= end and start <= match.end() + _BESIDE_DATE:
            return WEEKDAYS.index(match.group("wd").lower())
    return None


def _named_day(sentence: str, start: int) -> bool:
    """'Black Friday', 'Cyber Monday': one capitalised word alone before a weekday names a day, it dates nothing
    ('the House Intelligence Committee Tuesday' ends a longer name; 'On Monday' opens with a preposition)."""
    words = sentence[max(0, start - 40):start].split()
    if not words or not _CAPITALISED.fullmatch(words[-1]) or words[-1].lower() in _NOT_NAMES \
            or words[-1].endswith("s"):  # "beat the Browns Sunday": a plural name is a team, not a day's name
        return False
    return len(words) < 2 or not _NAME_WORD.fullmatch(words[-2])  # "Walmart's Black Friday" too


def _is_reporting(sentence: str, start: int, end: int) -> bool:
    """'police said Monday' dates the statement, not the event."""
    return bool(_REPORTING.search(sentence[max(0, start - 20):start])
                or _REPORTING_AFTER.search(sentence[end:end + 12]))


def _tense(sentence: str, start: int, end: int) -> tuple[bool, bool]:
    """(looks ahead, told in the past) of the clause a date stands in: "Reed, who will be chairman, told
    investors on Oct. 31" tells of a day gone by; the "will" is another clause's, as is the "due to" of "was
    reached on Sept. 6, two days before nurses were due to strike"."""
    opening = _clause_start(sentence, start)
    closing = _clause_end(sentence, end)
    if len(sentence[opening + 1:start].split()) < 2 and not sentence[end:closing].strip():
        closing = _clause_end(sentence, closing + 1)  # "On Dec. 12, voters will go": the clause the date opens
    clause = sentence[opening + 1:closing]
    told = bool(_TOLD.search(sentence[:end + 30]))
    # "412 planned operations were cancelled between December 1 and ...": a past verb between a plan word and the
    # date governs the date; the plan word describes a noun of the clause ("the plant it will close was bought on")
    looks = [m.group(0).lower() for m in _AHEAD.finditer(clause)
             if not _TOLD_PLAINLY.search(clause, m.end(), start - opening - 1)]
    # "until he heard the July 25 call": in a past-tense sentence "until" looks back, not ahead
    plainly_past = bool(_TOLD_PLAINLY.search(sentence[:end + 30]))  # not "stays closed until Dec. 2"
    if _THROUGH.search(sentence[:start]):
        looks.append("until")
    ahead = any(word not in ("until", "till") or not plainly_past for word in looks) \
        or bool(_TARGET.search(sentence[:start]))
    told = told and not _REPORTED_FUTURE.search(sentence[:start])
    return ahead, not ahead and told


def _past_aside(sentence: str, comma: int) -> int:
    """The clause mark before a relative aside that ends at `comma` ('expected to inspect the hull, which remained
    partly afloat, on Tuesday': the day's clause is the inspection's), else `comma`."""
    if comma <= 0 or sentence[comma] != ",":
        return comma
    opening = _clause_start(sentence, comma)
    if opening <= 0 or sentence[opening] != "," or not _ASIDE.match(sentence, opening + 1):
        return comma
    return _clause_start(sentence, opening)


def _clause_start(sentence: str, at: int) -> int:
    """The clause mark last before `at`, or -1 when the clause opens the sentence."""
    return max(sentence.rfind(mark, 0, at) for mark in _CLAUSE_MARKS)


def _clause_end(sentence: str, end: int) -> int:
    """Where the clause holding `end` stops: the next clause mark, or the sentence's end."""
    marks = [at for at in (sentence.find(mark, end) for mark in _CLAUSE_MARKS + ")") if at >= 0]
    return min(marks, default=len(sentence))


def find_dates(sentence: str, published: dt.date | None, year_hint: int | None) -> list[Quantity]:
    """Every day-precise date in the sentence, relative ones resolved against `published`."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    hint = published.year if published else year_hint
    for pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            month = match.groupdict().get("month")
            ahead, told = _tense(sentence, match.start(), match.end())
            weekday = _weekday_beside(sentence, *match.span())
            day = _absolute(match, hint, published, ahead, weekday, told) if not month or month[0].isupper() else None
            if day is None:
                continue
            taken.append(match.span())
            before = sentence[:match.start()]
            aspect = before[-80:] if before.rstrip().endswith("(") else None
            found.append(_quantity(day, *match.span(), aspect_text=aspect))
    if published:
        spans = [m.span() for m in _WEEKDAY_SPAN.finditer(sentence)]
        for match in _WEEKDAY_RE.finditer(sentence):
            if any(s <= match.start() < e for s, e in spans):
                continue  # "on Wednesday and Thursday": either day alone misstates it
            near = bool(_AHEAD.search(sentence[max(0, match.start() - 40):match.start()]))
            # "suspended until at least Friday": a bound told as a least is still open, so its day is to come
            open_end = bool(_AT_LEAST.search(sentence, 0, match.start()))
            opening = _past_aside(sentence, _clause_start(sentence, match.start()))
            before = sentence[opening + 1:match.start()]
            # "said Hill, who will testify Thursday": one grammar test with grouping's (ahead.py)
            # "was pushed back to Thursday", "Funerals are expected on Saturday": a day something is moved to or
            # is expected on lies ahead, as an explicit date's does (_TARGET)
            own = looks_ahead(before) or bool(_PLAN.search(before) or _TARGET.search(before) or _EXPECTED.search(before))
            own = own or open_end or (near and not _TOLD_PLAINLY.search(sentence))  # "later on Monday, he died"
            day = _weekday(match, published, own)
            if any(match.start() - _BESIDE_DATE <= e and s <= match.end() + _BESIDE_DATE for s, e in taken):
                continue  # "Saturday 3 October": the explicit date already says which day
            if day and not _is_reporting(sentence, *match.span()) and not _named_day(sentence, match.start()):
                found.append(_quantity(day, *match.span()))
        for match in _YESTERDAY_RE.finditer(sentence):
            if not _is_reporting(sentence, *match.span()):
                found.append(_quantity(published - dt.timedelta(days=1), *match.span()))
    found.extend(_relative_days(sentence, found))
    return sorted(found, key=lambda q: q.start)


def _relative_days(sentence: str, dates: list[Quantity]) -> list[Quantity]:
    """'the day after X signed (May 5), the Pentagon released ...' -> May 6, about the main clause."""
    derived: list[Quantity] = []
    for match in _DAY_AFTER_RE.finditer(sentence):
        anchor = next((q for q in dates if 0 <= q.start - match.end() <= 90), None)
        if anchor is None:
            continue
        shift = 1 if match.group("dir").lower() == "after" else -1
        day = dt.date(int(anchor.value) // 10000, int(anchor.value) // 100 % 100, int(anchor.value) % 100)
        rest = sentence[anchor.end:]
        close = rest.find(")")
        aspect = rest[close + 1:] if 0 <= close < 3 else rest
        derived.append(_quantity(day + dt.timedelta(days=shift), match.start(), match.end(),
                                 aspect_text=aspect[:80]))
    return derived


def month_year_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of 'April 2007': not a day, so not a figure, but not a bare number either."""
    return [m.span() for m in _MONTH_YEAR.finditer(sentence)]
