#!/usr/bin/env python3
"""Survey memory round 21: each match the paragraph passage (Matching.passage_paragraph 1) adds over the sentence's.

    python bench/survey_paragraph.py [--data FILE]... [--lookalikes]

For follow-up sets 1-17 (or the --data files) and with --lookalikes the look-alike corpora A-Q as daily builds: per
day-2 event, each record the paragraph passage matches and the sentence passage (0) does not, TRUE (its own story)
or FALSE, with the paragraphs that tell the remembered day back, and each record it loses (LOST). A reading aid
for docs/dedupe.md's "memory round 21", not a score: bench_followups.py --cv chooses.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_followups import FOLLOWUPS  # noqa: E402
from survey_walk import arguments, walk  # noqa: E402

from briefing.models import Event  # noqa: E402
from briefing.state import State  # noqa: E402
from briefing.text.sentences import SENTENCE_BREAK  # noqa: E402
from briefing.writeup.memory import MATCHING, match_events  # noqa: E402
from briefing.writeup.told_back import _PARAGRAPH, told_days  # noqa: E402

found: Counter[bool | str] = Counter()


def show(state: State, date, events: list[Event], own_story, tag: str) -> None:
    """The records the paragraph passage adds over the sentence passage on `date` (and loses), and what it reads."""
    for mode in MODES:
        before = match_events(events, state=state, edition=date, matching=BASE)
        after = match_events(events, state=state, edition=date, matching=replace(MATCHING, **mode))
        for event, old, new in zip(events, before, after, strict=True):
            for m in (m for m in old if m not in new):  # a match the paragraph passage loses
                found["lost"] += 1
                print(f"LOST  {tag} {event.headline[:80]!r}\n   -> {m.headline[:70]!r}")
            for m in (m for m in new if m not in old):
                true = own_story(event, [m])
                found[true] += 1
                print(f"{mode} {'TRUE ' if true else 'FALSE'} {tag} {event.headline[:80]!r}\n   -> {m.headline[:70]!r}")
                if VERBOSE:
                    b = m.evidence
                    for a in event.sources:
                        print(f"   [{a.id}] {a.title}\n   lead: {SENTENCE_BREAK.split(a.text, 1)[0][:300]}")
                        for p in _PARAGRAPH.split(a.text):
                            days = told_days([(a.title, p, a.published)])
                            if any(min(b.days) - MATCHING.later_back <= d <= max(b.days) for d in days):
                                print(f"   told: {p[:700]}")


BASE = replace(MATCHING, passage_paragraph=0)  # the sentence passage
MODES = [{"passage_paragraph": 1}]
VERBOSE = True


def main() -> None:
    args = arguments(__doc__)
    walk(show, args.data or FOLLOWUPS, args.lookalikes)
    print(f"added: TRUE {found[True]} FALSE {found[False]}; lost {found['lost']}")


if __name__ == "__main__":
    main()
