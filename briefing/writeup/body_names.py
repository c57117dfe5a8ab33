"""The names a follow-up gives anywhere in its texts: one-word names and places, rare among the day's events.

A follow-up that leads with its own news ("a corrections officer has been arrested ..., authorities said
Thursday") tells the first day back further on, by its names: the firm, the village, the facility, the person
charged. text/evidence.py reads the multi-word names anywhere; the one-word names told_back.py counts are only
those among the event's most used words, and the places the gazetteer knows (Naples, Guelph, Hamburg) are not
names at all. A look-alike of the same kind shares the kind's words and often the region, rarely the specific
names: a name at most `name_events` events of the compared days give is the story's own (continuing.py). A
look-alike also tells the other story back by its names, in a sentence that names none of the names it leads with
("Across town, ..."): with OWN those sentences give no one-word names.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence

from briefing.text.event_evidence import EventEvidence
from briefing.writeup.aside import SUBJECT, aside, names_in
from briefing.writeup.told_back import _SENTENCE_END, Report, proper_words

ONE_WORD = 1  # Matching.body_names: one-word names anywhere in today's texts
PLACES = 2  # places either day names (the gazetteer's)
OWN = 4  # one-word names only from sentences of the report's own story (aside.py: not another subject or time)


def names_told(reports: Sequence[Report], evidence: EventEvidence, mode: int) -> frozenset[str]:
    """Today's names as `mode` reads them: one-word names anywhere in its texts, the places they name."""
    # A one-word name that is a place is a place: the street's city, the region, counted by PLACES or not at all.
    if mode & OWN:
        reports = [_own(report) for report in reports]
    found = proper_words(reports) - evidence.mentioned if mode & ONE_WORD else frozenset()
    return found | evidence.mentioned if mode & PLACES else found


def names_kept(evidence: EventEvidence, mode: int) -> frozenset[str]:
    """A remembered event's names as `mode` reads them: its words (its one-word names among them), its places."""
    found = evidence.words if mode & ONE_WORD else frozenset()
    return found | evidence.mentioned if mode & PLACES else found


def rare_told(today: Iterable[frozenset[str]], earlier: Iterable[tuple[dt.date, EventEvidence]], mode: int,
              limit: int) -> frozenset[str]:
    """The names at most `limit` of today's events and earlier editions give (an edition counts once, as
    continuing.rare_names counts it)."""
    named = Counter(n for names in today for n in names)
    per_edition: dict[dt.date, set[str]] = {}
    for edition, evidence in earlier:
        per_edition.setdefault(edition, set()).update(names_kept(evidence, mode))
    for found in per_edition.values():
        named.update(found)
    return frozenset(name for name, n in named.items() if n <= limit)


def _own(report: Report) -> Report:
    """The report with the sentences that tell another story (aside.aside, both cues) left out."""
    title, text, published = report
    sentences = _SENTENCE_END.split(text)
    lead = names_in(title) | names_in(sentences[0] if sentences else "")
    return title, "\n".join(s for s in sentences if not aside(s, lead, SUBJECT)), published
