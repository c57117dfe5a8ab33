#!/usr/bin/env python3
"""Survey memory round 20's told_other: each event whose days it changes, and what memory then matches.

    python bench/survey_told_other.py [--data FILE]... [--lookalikes]

For follow-up sets 1-17 (or the --data files) and with --lookalikes the look-alike corpora A-Q as daily builds: per
event, when Matching.told_other drops a report's day (its headline tells another incident back:
text/dayparts.tells_other), the event's days before and after and the records memory matches with the rule off and
on, each TRUE (its own story) or FALSE, the days grouped at the grouping's defaults. A reading aid for
docs/dedupe.md's "memory round 20", not a score: bench_followups.py --cv chooses.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_followups import FOLLOWUPS  # noqa: E402
from survey_walk import arguments, walk  # noqa: E402

from briefing.models import Event  # noqa: E402
from briefing.state import State  # noqa: E402
from briefing.writeup.memory import MATCHING, evidence_of_event, match_events  # noqa: E402

ON, OFF = replace(MATCHING, told_other=1), replace(MATCHING, told_other=0)


def show(state: State, date: dt.date, events: list[Event], own_story, tag: str) -> None:
    """Each event of `date` whose days told_other changes, with memory's matches off and on."""
    changed = [e for e in events if evidence_of_event(e, told_other=1) != evidence_of_event(e, told_other=0)]
    if not changed:
        return
    off = match_events(changed, state=state, edition=date, matching=OFF)
    on = match_events(changed, state=state, edition=date, matching=ON)
    for event, before, after in zip(changed, off, on, strict=True):
        days = [sorted(dt.date.fromordinal(d).isoformat() for d in evidence_of_event(event, told_other=t).days)
                for t in (0, 1)]
        print(f"{tag} {date} {sorted(a.id for a in event.sources)} {event.headline!r}")
        print(f"   days {days[0]} -> {days[1]}")
        for name, found in (("off", before), ("on", after)):
            verdict = "TRUE" if found and own_story(event, found) else "FALSE" if found else "-"
            print(f"   {name}: {verdict} {[m.headline[:60] for m in found]}")


def main() -> None:
    args = arguments(__doc__)
    walk(show, args.data or FOLLOWUPS, args.lookalikes)


if __name__ == "__main__":
    main()
