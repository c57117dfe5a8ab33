"""The names a follow-up gives anywhere in its texts: one-word names and places, rare among the day's events.

A follow-up that leads with its own news ("a corrections officer has been arrested ..., authorities said
Thursday") tells the first day back further on, by its names: the firm, the village, the facility, the person
charged. text/evidence.py reads the multi-word names anywhere; the one-word names told_back.py counts are only
those among the event's most used words, and the places the gazetteer knows (Naples, Guelph, Hamburg) are not
names at all. A look-alike of the same kind shares the kind's words and often the region, rarely the specific
names: a name at most `name_events` events of the compared days give is the story's own (continuing.py). A
look-alike also tells the other story back by its names, in a sentence that names none of the names it leads with
("Across town, ..."): with OWN those sentences give no one-word names.

A local corpus's officers, roads and hamlets recur across the incidents of one area over a month, and a daily
build has few events: a name two of them give is "rare" among the day's. AREA reads a name's rarity over every
remembered event (not once per edition) and their cities too: a name several remembered events give is common
there. OFFICIALS drops what the text's structure marks as an official's or a road's: a title abbreviation and
the name after it ("Cpl. Jenna Holloway", "Staff Sgt. Lorna Whitehorse"; not a courtesy title, "Mr."), and a name
before a road word or a road word before a number ("Superior Avenue", "Highway 2").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from briefing.text.event_evidence import EventEvidence
from briefing.text.sentences import SENTENCE_BREAK
from briefing.writeup.aside import SUBJECT, aside, names_in
from briefing.writeup.told_back import Report, proper_words

ONE_WORD = 1  # Matching.body_names: one-word names anywhere in today's texts
PLACES = 2  # places either day names (the gazetteer's)
OWN = 4  # one-word names only from sentences of the report's own story (aside.py: not another subject or time)
AREA = 8  # rarity read over every remembered event, its cities among its names, not once per edition
OFFICIALS = 16  # no title abbreviation, titled name or road name (an area's officers and roads recur)

# A title abbreviated before a name ("Cpl. Jenna Holloway", "Staff Sgt. Lorna Whitehorse", "Det. Insp. Ray Kerr"):
# a rank, the official who speaks for a force, and the names of that official. Courtesy titles name anyone.
_TITLED = re.compile(r"\b([A-Z][a-z]{1,4})\. ((?:[A-Z][a-z]{1,4}\. )?(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+)")
_COURTESY = frozenset({"mr", "mrs", "ms", "mx", "dr", "st", "jr", "sr", "prof", "rev"})
# A road: a name before a road word ("Superior Avenue", "Oliver Plunkett Street"), a road word before a number.
_ROAD_WORDS = ("Street|St|Avenue|Ave|Road|Rd|Drive|Boulevard|Blvd|Lane|Way|Highway|Hwy|Freeway|Expressway|"
               "Motorway|Parkway|Interstate|Route|Trail|Crescent|Terrace|Place|Court|Interchange")
_ROAD_NAME = re.compile(rf"\b((?:[A-Z][\w'’-]+ ){{1,3}})(?:{_ROAD_WORDS})\b")
_ROAD_NUMBER = re.compile(rf"\b({_ROAD_WORDS})[ -]\d+")


def names_told(reports: Sequence[Report], evidence: EventEvidence, mode: int) -> frozenset[str]:
    """Today's names as `mode` reads them: one-word names anywhere in its texts, the places they name."""
    # A one-word name that is a place is a place: the street's city, the region, counted by PLACES or not at all.
    if mode & OWN:
        reports = [_own(report) for report in reports]
    found = proper_words(reports) - evidence.mentioned if mode & ONE_WORD else frozenset()
    return found | evidence.mentioned if mode & PLACES else found


def told_rare(reports: Sequence[Sequence[Report]], evidence: Sequence[EventEvidence],
              earlier: Sequence[tuple[dt.date, EventEvidence]], mode: int, limit: int) -> list[frozenset[str]]:
    """Each of today's events' names told anywhere that are rare (rare_told), less (OFFICIALS) its officials and
    roads: these still count towards rarity, as an area's roads are common whether a rule reads them or not."""
    told = [names_told(r, e, mode) for r, e in zip(reports, evidence, strict=True)]
    rare = rare_told(told, earlier, mode, limit)
    return [names & rare - (officials(r) if mode & OFFICIALS else frozenset())
            for names, r in zip(told, reports, strict=True)]


def officials(reports: Sequence[Report]) -> frozenset[str]:
    """The words of titles, titled names and roads in the reports' texts, lower-cased (OFFICIALS)."""
    found: set[str] = set()
    for title, text, _ in reports:
        for body in (title, text):
            for m in _TITLED.finditer(body):
                if m.group(1).lower() not in _COURTESY:
                    found.update(w.lower().rstrip(".") for w in (m.group(1), *m.group(2).split()))
            for m in _ROAD_NAME.finditer(body):
                found.update(w.lower() for w in m.group(0).split())
            found.update(m.group(1).lower() for m in _ROAD_NUMBER.finditer(body))
    return frozenset(found)


def names_kept(evidence: EventEvidence, mode: int) -> frozenset[str]:
    """A remembered event's names as `mode` reads them: its words (its one-word names among them), its places."""
    found = evidence.words if mode & ONE_WORD else frozenset()
    return found | evidence.mentioned if mode & PLACES else found


def rare_told(today: Iterable[frozenset[str]], earlier: Iterable[tuple[dt.date, EventEvidence]], mode: int,
              limit: int) -> frozenset[str]:
    """The names at most `limit` of today's events and earlier editions give (an edition counts once, as
    continuing.rare_names counts it; with AREA each remembered event counts)."""
    named = Counter(n for names in today for n in names)
    per_edition: dict[object, set[str]] = {}
    for n, (edition, evidence) in enumerate(earlier):
        # AREA: each remembered event counts, with its cities: several incidents of one area name its roads.
        key = n if mode & AREA else edition
        per_edition.setdefault(key, set()).update(names_kept(evidence, mode) | (evidence.cities if mode & AREA else set()))
    for found in per_edition.values():
        named.update(found)
    return frozenset(name for name, n in named.items() if n <= limit)


def _own(report: Report) -> Report:
    """The report with the sentences that tell another story (aside.aside, both cues) left out."""
    title, text, published = report
    sentences = SENTENCE_BREAK.split(text)
    lead = names_in(title) | names_in(sentences[0] if sentences else "")
    return title, "\n".join(s for s in sentences if not aside(s, lead, SUBJECT)), published
