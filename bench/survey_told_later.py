#!/usr/bin/env python3
"""Survey memory round 12's two shapes: each match told_later.py's rules add over the defaults, with what it rests on.

    python bench/survey_told_later.py [--data FILE]... [--lookalikes]

For follow-up sets 1-11 (or the --data files) and with --lookalikes the look-alike corpora A-J as daily builds: per
day-2 event, each record the loosest setting of each rule matches that the defaults do not, TRUE (its own story) or
FALSE, with the rare names both give (one-word names among them), the word score, the days between the record's
last day and today's lead (later) and how far before the record's first day the nearest day told back lies (back).
The last lines count the reach (pairs TRUE / FALSE) at each setting of the rules' fields. A reading aid for
docs/dedupe.md's "memory round 12", not a score: bench_followups.py --cv chooses the settings.
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
from briefing.text.evidence import LEAD_CHARS
from briefing.writeup.continuing import rare_names  # noqa: E402
from briefing.writeup.memory import MATCHING, _earlier, _idf, evidence_of_event, evidence_score, match_events  # noqa: E402
from briefing.writeup.told_back import _SENTENCE_END, told_days, told_of  # noqa: E402

LATER = replace(MATCHING, later_names=1, later_back=3)
NAMED = replace(MATCHING, name_match=0.05, name_min=1)
ALL_SETS = FOLLOWUPS  # 1-12 (memory round 14)
found: list[tuple[str, bool, int, float, int, int, int]] = []  # rule, true, names, score, later, back, beside


def show(state: State, date, events: list[Event], own_story, tag: str) -> None:
    """The records each rule's loosest setting adds over the defaults on `date`, and what each rests on."""
    before = match_events(events, state=state, edition=date, matching=MATCHING)
    earlier = [m for m in _earlier(state, date) if m.evidence]
    today = [evidence_of_event(e) for e in events]
    remembered = [(m.edition, m.evidence) for m in earlier]
    idf = _idf([*today, *(e for _, e in remembered)])
    rare = rare_names(today, remembered, 2) | rare_names(today, remembered, 2, words=True)
    for rule, setting in (("later", LATER), ("named", NAMED)):
        after = match_events(events, state=state, edition=date, matching=setting)
        for event, ev, old, new in zip(events, today, before, after, strict=True):
            told = told_of([(a.title, a.text, a.published) for a in event.sources], ev, setting)
            for m in (m for m in new if m not in old):
                b = m.evidence
                names = sorted((ev.people | told.words) & (b.people | b.words) & rare)
                score = evidence_score(ev, b, idf)
                later = min(ev.days) - max(b.days) if ev.days and b.days else -9  # -9: one side undated
                back = min((max(0, min(b.days) - d) for d in told.back if d <= max(b.days)), default=9) \
                    if b.days else 9
                true = own_story(event, [m])
                beside = _beside(event, b, names)
                lead = sum(any(n in f"{a.title}\n{a.text[:LEAD_CHARS]}".lower() for a in event.sources) for n in names)
                found.append((rule, true, len(names), score, later, back, beside))
                print(f"  {rule:5} {'TRUE ' if true else 'FALSE'} {tag} {event.headline[:70]!r}\n"
                      f"        -> {m.headline[:60]!r} names {names} score {score:.3f} later {later} back {back} "
                      f"beside {beside} lead {lead}")


def _beside(event: Event, b, names: list[str]) -> int:
    """How far before the record's first day lies the nearest day told back in a sentence that names one of
    `names` (9: none)."""
    if not b.days:
        return 9
    best = 9
    for a in event.sources:
        for sentence in _SENTENCE_END.split(a.text):
            if not any(n in sentence.lower() for n in names):
                continue
            for d in told_days([("", sentence, a.published)]):
                if d <= max(b.days):
                    best = min(best, max(0, min(b.days) - d))
    return best


def reach() -> None:
    """Pairs TRUE / FALSE each setting of the two rules would add."""
    print("\nreach, pairs added TRUE / FALSE:")
    for names in (1, 2, 3):
        for back in (0, 1, 2, 3):
            for floor in (-1.0, 0.05, 0.1):
                c = Counter(t for r, t, n, s, _, k, _ in found if r == "later" and n >= names and k <= back
                            and s >= floor)
                near = Counter(t for r, t, n, s, _, _, k in found if r == "later" and n >= names and k <= back
                               and s >= floor)
                print(f"  later_names={names} later_back={back} later_score={floor}: {c[True]} / {c[False]}; "
                      f"the day told beside a shared name: {near[True]} / {near[False]}")
    for names in (1, 2, 3):
        for bar in (0.05, 0.08, 0.1, 0.12, 0.15, 0.2):
            c = Counter(t for r, t, n, s, *_ in found if r == "named" and n >= names and s >= bar)
            print(f"  name_min={names} name_match={bar}: {c[True]} / {c[False]}")


def main() -> None:
    args = arguments(__doc__)
    walk(show, args.data or ALL_SETS, args.lookalikes)
    reach()


if __name__ == "__main__":
    main()
