"""A new incident of the same kind kept apart from a remembered one that its words or a few shared names would join
(memory round 23, docs/dedupe.md; Matching.kept_apart: marks 1 and 4 on by default since memory round 24, 2 and 8
measured and left off).

Local news tells incidents of one kind in one city: two shootings on one boulevard on consecutive nights, two fires
with the same fire-service spokesperson. Their words, their area's names and their days (a night apart is no clash)
all agree, so the word bars and the told-alike rule join them. What a follow-up keeps of the first day's incident
and a new incident does not is its people and its place: the victims' ages, the place its headline names. Each
mark below keeps a pair apart unless the story's names rule (three rare names of two or more words) joins it:

- 1, other victims: the two give ages and none within a year of the other's (one clash, which the rules allow), their
  days do not clash, and the record counts one or two people (a disaster's toll names its next victim by age);
- 2, another place: the remembered headline names places or people (its capitalised words past the first), and
  none of them is anywhere in today's reports (a follow-up tells day 1's street or suburb back);
- 4, an ordinal of its kind: today's headline or lead counts its incident ("Second west coast drowning in four
  days", "Tuesday's second East Side shooting"): it is the next incident, not the last one's news;
- 8, another incident told back: a headline of today's sets another incident beside its news ("Man shot at gas
  station, a night after deadly Linden shooting": text/dayparts.tells_other).

Left off: 2 costs follow-ups that lead with other names, 8 a boy's own drowning told "a day after" it. 4 costs a crash
whose own later reports count it ("Second deadly crash in three days"), and with more sets in the pool the folds
take it all the same (memory round 24).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.models import Article
from briefing.text.dayparts import tells_other
from briefing.text.event_evidence import EventEvidence, compare_events, content_words
from briefing.text.evidence import LEAD_CHARS
from briefing.text.quantity import ORDINAL_WORDS
from briefing.writeup.aside import names_in
from briefing.writeup.continuing import Matching, rare_for, same_names
from briefing.writeup.told_back import Report

if TYPE_CHECKING:
    from briefing.writeup.memory import Remembered

AGES, PLACE, ORDINAL, OTHER = 1, 2, 4, 8
FEW = 2  # an incident's victims, each told by age: a shooting's one or two, not a disaster's toll
_ORDINALS = "|".join(ORDINAL_WORDS)
# An ordinal that counts incidents over a span ("second ... in four days", "third ... this week") or a day's
# ("Tuesday's second"); "a second day" is a stage of one event (text/dayparts._STAGE), not another incident.
_COUNTED = re.compile(
    rf"\b(?:{_ORDINALS})\s(?!(?:straight\s|consecutive\s)?(?:day|night)\b)(?:[\w'’-]+\s){{0,4}}?"
    r"(?:in|within|this|over|of the)\s(?:a|an|one|two|three|four|five|six|seven|\d+|the past|the last|recent)?\s?"
    r"(?:days?|nights?|weeks?|weekend|months?|hours?)\b"
    rf"|[A-Z][a-z]+day['’]s\s(?:{_ORDINALS})\b", re.IGNORECASE)


def kept_apart(sources: Sequence[Article], evidence: EventEvidence, record: Remembered,
               rares: tuple[frozenset[str], frozenset[str]], matching: Matching) -> bool:
    """Whether today's event (its `sources`, read as `evidence`) is another incident than the remembered `record`, by
    the marks Matching.kept_apart asks for; never when the story's names join them (`rares`: the rare names as memory
    reads them, continuing.rare_for)."""
    mode, remembered = matching.kept_apart, record.evidence
    if not mode or remembered is None or same_names(evidence, remembered, rare_for(evidence, remembered, rares), matching):
        return False
    reports = [(a.title, a.text, a.published) for a in sources]
    verdict = compare_events(evidence, remembered)
    if mode & AGES and verdict.ages and not verdict.day and _few(record):
        return True
    if mode & PLACE and _elsewhere(reports, record.headline):
        return True
    if mode & ORDINAL and any(_COUNTED.search(f"{title}\n{text[:LEAD_CHARS]}") for title, text, _ in reports):
        return True
    return bool(mode & OTHER and any(tells_other(title) for title, _, _ in reports))


def _few(record: Remembered) -> bool:
    """Whether the record counts at most FEW people in each of its figures: its ages are its victims' (a disaster's
    toll of four names a fifth victim the next day, of another age)."""
    return all(value <= FEW for figure in record.figures.values() for value, unit, _ in figure.values if unit == "people")


def _elsewhere(reports: Sequence[Report], headline: str) -> bool:
    """Whether the remembered `headline` names someone or somewhere and today's reports give none of it."""
    named = names_in(headline, first=False)
    if not named or len(named) * 2 > len(headline.split()):  # a headline in title case names every word
        return False
    told = frozenset().union(*(content_words(f"{title}\n{text}") for title, text, _ in reports))
    return not named & told
