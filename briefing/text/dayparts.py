"""The part of the day a lead tells its event in ("Wednesday morning", "late Thursday", "11:30 p.m. Thursday").

Days a night apart are one event's told two ways only across that night: "late Saturday" and "early Sunday"
are one shooting, but "Wednesday morning" and "late Thursday night" are an explosion and a fire a day and a
half apart. So evidence.py keeps, beside the event's day, the part of it the lead gives, and two reports a
day apart clash when the earlier is told in the morning or afternoon or the later in the afternoon, evening
or night (`apart`). Only words beside the day's own mention count: a time elsewhere in the lead may be of a
statement or a later step.
"""

from __future__ import annotations

import re

from briefing.text.ahead import looks_ahead
from briefing.text.sentences import MARK_STOPS, clause_end, clause_start

# Parts of the day, coarse enough that outlets agree on them: a shooting at 1 a.m. is "early Sunday", "Sunday
# morning" or "overnight" (unknown), never "Sunday afternoon".
UNKNOWN, EARLY, MIDDAY, LATE = 0, 1, 2, 3
_NOUNS = {"morning": EARLY, "afternoon": MIDDAY, "evening": LATE, "night": LATE}
# "Wednesday morning", "Wednesday's early morning", "Thursday, at night"
_AFTER_NOUN = re.compile(r"(?:'s|’s)?,?\s(?:early\s|late\s|mid-?)?(?:in\s+the\s+)?(morning|afternoon|evening|night)\b")
# "Thursday at about 11:30 p.m.", "Thursday, around 8 a.m.". A text set apart from its site's chrome has its
# sentences rejoined by line breaks, and the sentence splitter cuts "p.m." in two: "p.\nm." is a clock too.
_AFTER_CLOCK = re.compile(r",?\s(?:at|around|about|near|shortly\s(?:before|after)|just\s(?:before|after))?\s?"
                          r"(?:about\s|around\s|approximately\s)?(\d{1,2})(?:[:.]\d\d)?\s?([ap])\.?\s?m\b")
# A clock to the minute ("10:20 p.m.", "1.40am", "7.35pm"): a moment two reports of one event give alike where
# look-alikes of one kind seldom do.
_MINUTE = re.compile(r"(?<![\d.:])([01]?\d)[:.]([0-5]\d)\s?([ap])\.?\s?m\b")
# "late Thursday", "early on Sunday"
_BEFORE_WORD = re.compile(r"\b(late|early)\s(?:on\s)?$", re.IGNORECASE)
# "11:30 p.m. Thursday", "at 8 a.m. on Wednesday"
_BEFORE_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.]\d\d)?\s?([ap])\.?\s?m\.?,?\s(?:on\s)?$")
# How far either side of the day's mention its part is looked for.
_REACH = 32


def _clock(hour: str, half: str) -> int:
    """The part of the day of a clock time: any a.m. hour is early, p.m. up to 5 midday, from 6 late. `half` is
    "a" or "p", as the (case-sensitive) clock patterns read it."""
    if half == "a":
        return EARLY
    h = int(hour) % 12
    return MIDDAY if h < 6 else LATE


def part_at(lead: str, start: int, end: int) -> int:
    """The part of the day told beside the date `lead[start:end]` ("Thursday", "March 12"), UNKNOWN if none."""
    after = lead[end:end + _REACH]
    noun = _AFTER_NOUN.match(after)
    if noun:
        return _NOUNS[noun.group(1)]
    clock = _AFTER_CLOCK.match(after)
    if clock:
        return _clock(clock.group(1), clock.group(2))
    before = lead[max(0, start - _REACH):start]
    clock = _BEFORE_CLOCK.search(before)
    if clock:
        return _clock(clock.group(1), clock.group(2))
    lowered = before.lower()  # no letter of "late" or "early" has a case-blind equal outside ASCII
    if "late" not in lowered and "early" not in lowered:  # C-level tests spare a scan tried at every position
        return UNKNOWN
    word = _BEFORE_WORD.search(before)
    if word:
        return LATE if word.group(1).lower() == "late" else EARLY
    return UNKNOWN


def minutes(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, hour 0-23, minute) of each clock to the minute in `text` ("at about 10:20 p.m.")."""
    if "m" not in text:
        return []
    found = []
    for match in _MINUTE.finditer(text):
        hour = int(match.group(1)) % 12 + (12 if match.group(3) == "p" else 0)
        found.append((match.start(), match.end(), hour, int(match.group(2))))
    return found


def agreed(parts: list[int]) -> int:
    """The one part the mentions of a day give (unknowns aside), UNKNOWN if none or if they disagree."""
    known = set(parts) - {UNKNOWN}
    return known.pop() if len(known) == 1 else UNKNOWN


def apart(earlier: int, later: int) -> bool:
    """Whether an event told in part `earlier` of one day and one told in part `later` of the next are
    more than a night apart: the earlier in the morning or afternoon, or the later past the morning."""
    return earlier in (EARLY, MIDDAY) or later in (MIDDAY, LATE)


# A lead that names no day may still tell the event against its publication: "in the early hours of this
# morning", "overnight", "last night". Closed-class words of time: (days before publication, part of the day).
_RELATIVE = re.compile(r"\b(?:(?P<over>[Oo]vernight)|(?P<small>early[- ]hours)|this (?P<this>morning|afternoon|evening)"
                       r"|(?P<tonight>[Tt]onight)|[Ll]ast (?P<last>night|evening))\b")
# Each word the pattern needs, tried first by substring searches (C-level): most leads hold none of them.
_RELATIVE_HINTS = ("night", "hours", "this ", "ast evening")


def _hinted(lead: str) -> bool:
    """Whether `lead` holds one of _RELATIVE_HINTS: the tests written out, no generator (every lead that names no
    day asks)."""
    return "night" in lead or "hours" in lead or "this " in lead or "ast evening" in lead


# Module constants, read at call time, that bench_dedupe_joint.py turns off to weigh each rule.
RELATIVE_DAYS = True
PLANS = True


def relative_days(lead: str) -> list[tuple[int, int, int]]:
    """(start, days before publication, part) of each word of `lead` that tells its day against publication:
    "overnight" is the publication's day (a night reported the next morning), part unknown; "early hours" and
    "this morning" the publication's early part; "last night" the day before's late part."""
    if not RELATIVE_DAYS or not _hinted(lead):
        return []
    found = []
    for match in _RELATIVE.finditer(lead):
        if match.group("over"):
            found.append((match.start(), 0, UNKNOWN))
        elif match.group("small"):
            found.append((match.start(), 0, EARLY))
        elif match.group("this"):
            found.append((match.start(), 0, _NOUNS[match.group("this")]))
        elif match.group("tonight"):
            found.append((match.start(), 0, LATE))
        else:
            found.append((match.start(), 1, LATE))
    return found


# One scan for literals (its first letters let the engine skip ahead) costs less than a substring test for each.
_AHEAD_HINT = re.compile("ext|oming|will|would|shall|due|to|set|scheduled")


def planned(lead: str, at: int) -> bool:
    """Whether the date at `at` is a plan's (ahead.looks_ahead of its clause: "will appear in court on
    Monday"; read as a past Monday, it set a charge's report a week from its stabbing)."""
    if not PLANS:
        return False
    before = lead[clause_start(lead, at, MARK_STOPS):at]
    # Every plan looks_ahead reads holds one of these (a modal, "is due/set/to", "scheduled", "next", "coming"): 1,210 of
    # the 13,357 weekdays' clauses of the synthetic 20k day do, and C-level tests spare the rest three scans.
    return bool(_AHEAD_HINT.search(before)) and looks_ahead(before)


# A day told as a later stage of its event ("burned for a second day on Monday", "the search entered its third day
# Tuesday"): the day is the stage's, and the event's own is another (h3-09, h7-16). Ordinals are a closed class.
_STAGE = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s"
                    r"(?:straight\s|consecutive\s|successive\s|full\s)?(?:day|night)\b[^.;\n]{0,12}$", re.IGNORECASE)
STAGES = True  # module constant, read at call time, that a bench may turn off to weigh the rule


def staged(lead: str, at: int) -> bool:
    """Whether the date at `at` is told as a later stage of its event ("for a second day on Monday")."""
    if not STAGES:
        return False
    # "day" or "night" must be there: a C-level test first (on "ght": a case-blind "i" also matches "ı" and "İ").
    before = lead[max(0, at - 40):at].lower()
    return ("day" in before or "ght" in before) and bool(_STAGE.search(lead, max(0, at - 40), at))


# Words of someone hurt: a lead that tells its day in a clause with one of these ("died after he was shot Monday
# night", "two people were hurt in a shooting Tuesday evening") dates the casualty itself, where a follow-up's lead
# dates its own news ("were detained on Tuesday afternoon after a man was shot": the casualty is another clause's).
_HURT_WORDS = ("killed", "shot", "stabbed", "hurt", "injured", "wounded", "died", "dead", "drowned", "murdered")
_HURT = re.compile(r"\b(?:" + "|".join(_HURT_WORDS) + r")\b", re.IGNORECASE)
_HURT_LOWER = re.compile("|".join(_HURT_WORDS))  # the words anywhere in a lower-cased text: a pre-test of _HURT
# A clause of time or a relative clause opens on one of these ("the crash that killed a pedestrian"), and the
# sentence's other clause tells another moment or names the event without dating it.
_CLAUSE = re.compile(r"\b(?:after|before|following|since|when|as|that|which|who)\b", re.IGNORECASE)
# ... unless the clause tells the casualty at another day than its date ("blocked the road on Sunday to protest the
# death of two boys who drowned a day earlier"): the day is then the follow-up's, and the casualty's is told back.
_OTHER_DAY = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|\d+) (?:day|night|week)s? (?:after|before|earlier|later)\b"
                        r"|\bthe (?:day|night) (?:before|after)\b|\bthe previous (?:day|night)\b", re.IGNORECASE)


def hurt_at(lead: str, start: int, end: int) -> bool:
    """Whether the clause of the date `lead[start:end]` (its sentence, cut where a clause of time opens) tells
    someone hurt (killed, shot, injured ...) and no other day of it ("a day earlier")."""
    first = clause_start(lead, start, MARK_STOPS)
    last = clause_end(lead, end, MARK_STOPS)
    # The clause lies within its sentence: a sentence with no word of someone hurt (four dates in five on the synthetic
    # day) needs no clause cut. C-level substring tests of the lower-cased sentence (a third of the four scans' cost);
    # exact for ASCII only, as a case-blind "i" and "s" also match "ı", "İ" and "ſ", so other text is scanned as before.
    sentence = lead[first:last]
    if sentence.isascii() and not _HURT_LOWER.search(sentence.lower()):
        return False
    opened = [m.start() for m in _CLAUSE.finditer(lead, first, start)]
    first = opened[-1] if opened else first
    closing = _CLAUSE.search(lead, end, last)
    last = closing.start() if closing else last
    return bool(_HURT.search(lead, first, last)) and not _OTHER_DAY.search(lead, first, last)


# A span of time before "after" sets another event against this one ("just hours after a teenager was knifed",
# "five hours after a 19-year-old was stabbed", "a night after 31-year-old Marcus Hill was killed nearby").
_SPAN = (r"\b(?:hours|days|nights|weeks|months|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|few|"
         r"several|some) (?:minutes?|hours?|days?|nights?|weeks?|months?)) ")
# The span read back from an "after" found by a plain search (whole texts are read for grouping: dedupe/told_apart.py,
# and a regex tried at every word costs half the time of counting the text's words).
_SPAN_BEFORE = re.compile(_SPAN + "$", re.IGNORECASE)
_SPAN_REACH = 24  # longer than any span ("several minutes ")
# The nouns of an event where someone is hurt ("The killing came around five hours after ...", "the unrelated
# deadly shooting"): told_back's casualty and told_apart_passages' other incident read the same ones.
_EVENT_NOUNS = ("killing", "shooting", "stabbing", "death", "drowning", "murder", "attack", "crash")
# Someone hurt, as a verb or as the event's noun.
_CASUALTY = re.compile(r"\b(?:" + "|".join((*_HURT_WORDS, *_EVENT_NOUNS, "knifed", "attacked")) + r")\b", re.IGNORECASE)


# An event's noun a few words after "<span> after", with no verb of its own ("days after street stabbing yards away",
# "hours after deadly apartment shooting"): a headline's way to set another incident beside its news.
# Told as a headline tells it, with no article or owner ("after the crash", "after Tuesday's attack" name the report's
# own event in its text), so every word before the noun is a plain modifier.
_NOUN_NEXT = re.compile(r"\s(?:(?!(?:the|a|an|this|that|his|her|their|its|our)\s)[\w-]+\s){0,3}?(?:"
                        + "|".join(_EVENT_NOUNS) + r")s?\b", re.IGNORECASE)
# ... but not a span that is a duration ("Coast Road closed for hours after fatal crash": the crash is the news's own).
_FOR = re.compile(r"\bfor $", re.IGNORECASE)
# Off: over look-alikes A-P, follow-ups 1-16 and ECB+ dev it adds 3 passages, one of them the report's own story
# ("a day after backyard pool drowning"), and moves no score (docs/dedupe.md, grouping round 50).
# bench/survey_noun_after.py turns it on to list what it would add.
NOUN_AFTER = False


def told_back(lead: str) -> list[tuple[int, int]]:
    """The spans of `lead` that tell another casualty back: from "<span> after" to its sentence's end, where the
    sentence tells someone hurt before it ("A 31-year-old man has been stabbed to death ..., just hours after a
    teenager was knifed ...": the teenager is another incident's), or (NOUN_AFTER) news before it and an event's
    noun just after ("Staff threatened in armed robbery at betting shop, days after street stabbing yards away").
    A follow-up's "were arrested hours after a teenager was stabbed" tells no casualty before its "after", and
    keeps its victim."""
    spans = []
    for start, end in _spans_after(lead):
        first = clause_start(lead, start)
        if _CASUALTY.search(lead, first, start) or (NOUN_AFTER and _noun_after(lead, first, start, end)):
            spans.append((end, clause_end(lead, end)))
    return spans


def tells_other(title: str) -> bool:
    """Whether a headline sets another incident beside its news by the noun after "<span> after" (told_back's
    NOUN_AFTER reading, asked whatever that switch says): "Staff threatened in armed robbery at betting shop,
    days after street stabbing yards away"."""
    return any(_noun_after(title, clause_start(title, start), start, end) for start, end in _spans_after(title))


def _noun_after(lead: str, first: int, start: int, end: int) -> bool:
    """News before "<span> after" (no duration: "closed for hours after") and an event's noun just after it."""
    return bool(lead[first:start].strip()) and not _FOR.search(lead, first, start) and bool(_NOUN_NEXT.match(lead, end))


def told_out(text: str, wide: int = 0) -> str:
    """`text` with each passage that tells another casualty back (told_back; `wide`: told_apart_passages at that
    level) turned to spaces, offsets kept: those words are the other incident's (its age for text/evidence.py, its
    words in a report's vector for dedupe/told_apart.py), and the rest of the text still reads at the same places."""
    spans = told_apart_passages(text, wide) if wide else told_back(text)
    return _blanked(text, spans) if spans else text


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    kept, at = [], 0
    for start, end in sorted(spans):
        start = max(start, at)  # spans may overlap or nest (a sentence opening on "Hours later," holds an "after")
        if end > start:
            kept += [text[at:start], " " * (end - start)]
            at = end
    kept.append(text[at:])
    return "".join(kept)


def _spans_after(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "<span of time> after" in `text` ("hours after", "a night after"), in order."""
    lowered, found = text.lower(), []  # lower-cased once: every text grouping reads passes here (told_apart)
    at = lowered.find("after")
    while at >= 0:
        end = at + 5
        if end == len(text) or not (text[end].isalnum() or text[end] == "_"):
            span = _SPAN_BEFORE.search(text, max(0, at - _SPAN_REACH), at)
            if span:
                found.append((span.start(), end))
        at = lowered.find("after", end)
    return found


# A sentence that opens on a span of time before or after ("Hours later, a 17-year-old boy was shot ...", "Two days
# earlier, a man was stabbed ...") and tells someone new hurt (an indefinite victim: "a", "an", "another"), or a
# casualty called another incident's ("the unrelated deadly shooting earlier Tuesday", "in a separate stabbing").
# These look within one regex, not through text/sentences.py: the opening wants a stop and one space (a line break
# then a space, not a bare line break), and the victim's reach stops at any full stop, as they were measured.
_SPAN_APART = re.compile(r"(?:^|(?<=[.;\n] ))(?:hours|days|nights|weeks|(?:a|an|one|two|three|four|five|six|seven|few|"
                         r"several|some|\d+) (?:minutes?|hours?|days?|nights?|weeks?)) (?:later|earlier),", re.IGNORECASE)
_NEW_VICTIM = re.compile(r"\b(?:a|an|another)\b[^.;\n]{0,40}?\b(?:" + "|".join(_HURT_WORDS) + r")\b", re.IGNORECASE)
# Each passage above needs one of these (C-level substring searches first: few texts hold any).
_APART_HINTS = ("ater,", "arlier,", "elated", "eparate")  # written out in told_apart_passages
_UNRELATED = re.compile(r"\b(?:unrelated|separate)\b(?=[^.;\n]{0,30}?\b(?:" + "|".join(_EVENT_NOUNS) + r")\b)",
                        re.IGNORECASE)


def told_apart_passages(text: str, wide: int = 1) -> list[tuple[int, int]]:
    """The spans of `text` that tell another incident's casualty: told_back's, a sentence that opens on a span
    of time later or earlier and tells someone new hurt ("Hours later, a 17-year-old boy was shot ..."), and from
    "unrelated" or "separate" before a casualty's noun to its sentence's end; with `wide`'s bits above 1, the
    passages of another incident of any kind (told_other_passages)."""
    spans = told_back(text) + (told_other_passages(text, wide) if wide > 1 else [])
    # The hints' tests written out, no generator: every title and text grouping reads passes here.
    if not ("ater," in text or "arlier," in text or "elated" in text or "eparate" in text):
        return sorted(spans)
    for match in _SPAN_APART.finditer(text):
        end = clause_end(text, match.end())
        if _NEW_VICTIM.search(text, match.end(), end):
            spans.append((match.start(), end))
    for match in _UNRELATED.finditer(text):
        spans.append((match.start(), clause_end(text, match.end())))
    return sorted(spans)


# Grouping round 52: a report that sets another incident of its own kind apart, whatever the kind ("in an incident
# unrelated to the one at St Wilfrid's Hospital earlier this week", "days after a separate blaze at a waste plant in
# Coalville"): a look-alike published beside a follow-up of that other incident. Bits of Settings.told_wide:
APART_ANY = 2  # from "unrelated" or "separate" to its clause's end, before any noun (not only a casualty's)
TIE_DENIED = 4  # from a denied tie to its clause's end ("no connection with", "not linked to", "nothing to suggest a link")
SPAN_INDEFINITE = 8  # from "<span> after" to its clause's end where an indefinite article follows ("days after a ...")
_APART_ANY = re.compile(r"\b(?:unrelated|separate)\b", re.IGNORECASE)
_TIE_DENIED = re.compile(r"\b(?:no|not|nothing|never)\b[^.;\n]{0,40}?\b(?:connect(?:ed|ion)|link(?:ed)?)\b", re.IGNORECASE)
_INDEFINITE = re.compile(r"\s(?:a|an|another)\s", re.IGNORECASE)


def told_other_passages(text: str, wide: int) -> list[tuple[int, int]]:
    """The spans of `text` that set another incident of any kind apart, by `wide`'s bits (APART_ANY, TIE_DENIED,
    SPAN_INDEFINITE), each from its marker to its clause's end."""
    lowered, spans = text.lower(), []
    if wide & APART_ANY and ("unrelated" in lowered or "separate" in lowered):
        spans += [(m.start(), clause_end(text, m.end())) for m in _APART_ANY.finditer(text)]
    if wide & TIE_DENIED and ("connect" in lowered or "link" in lowered):
        spans += [(m.start(), clause_end(text, m.end())) for m in _TIE_DENIED.finditer(text)]
    if wide & SPAN_INDEFINITE:
        spans += [(end, clause_end(text, end)) for _, end in _spans_after(text) if _INDEFINITE.match(text, end)]
    return spans
