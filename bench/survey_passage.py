#!/usr/bin/env python3
"""Survey memory round 14's told-back passage: each match its loosest setting adds over the defaults, and its cover.

    python bench/survey_passage.py [--data FILE]... [--lookalikes]

For follow-up sets 1-12 (or the --data files) and with --lookalikes the look-alike corpora A-K as daily builds: per
day-2 event, each record that `later_passage` at its loosest (any cover, no name) matches and the defaults do not,
TRUE (its own story) or FALSE, with the share of the record's words the told-back sentences give (cover), the rare
names both give and the days between. The last lines count the reach (pairs TRUE / FALSE) at each cover and names
floor. A reading aid for docs/dedupe.md's "memory round 14", not a score: bench_followups.py --cv chooses.
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
from briefing.writeup.continuing import rare_names  # noqa: E402
from briefing.writeup.memory import MATCHING, _earlier, _idf, evidence_of_event, evidence_score, match_events  # noqa: E402
from briefing.writeup.told_back import own_story as own_sentences  # noqa: E402
from briefing.writeup.told_back import proper_words, told_passages  # noqa: E402
from briefing.writeup.told_later import coverage  # noqa: E402

LOOSE = replace(MATCHING, later_passage=1e-9)
found: list[tuple[bool, float, int, float, tuple[float, ...]]] = []  # true, cover, names, score, cover by aside mode
ASIDES = (1, 2, 3)  # aside.py's marks: another subject, another time, either


def show(state: State, date, events: list[Event], own_story, tag: str) -> None:
    """The records the loosest passage rule adds over the defaults on `date`, and what each rests on."""
    before = match_events(events, state=state, edition=date, matching=MATCHING)
    after = match_events(events, state=state, edition=date, matching=LOOSE)
    earlier = [m for m in _earlier(state, date) if m.evidence]
    today = [evidence_of_event(e) for e in events]
    remembered = [(m.edition, m.evidence) for m in earlier]
    idf = _idf([*today, *(e for _, e in remembered)])
    rare = rare_names(today, remembered, 2) | rare_names(today, remembered, 2, words=True)
    for event, ev, old, new in zip(events, today, before, after, strict=True):
        reports = [(a.title, a.text, a.published) for a in event.sources]
        passages = told_passages(reports)
        words = (ev.people | (proper_words(reports) & ev.words))
        for m in (m for m in new if m not in old):
            b = m.evidence
            told = frozenset().union(*(w for d, w in passages if min(b.days) - LOOSE.later_back <= d <= max(b.days)))
            cover = coverage(told, b.words, idf)
            names = sorted(words & (b.people | b.words) & rare)
            score = evidence_score(ev, b, idf)
            true = own_story(event, [m])
            asides = tuple(_cover(reports, b, idf, mode) for mode in ASIDES)
            found.append((true, cover, len(names), score, asides))
            print(f"  {'TRUE ' if true else 'FALSE'} {tag} {event.headline[:70]!r}\n"
                  f"        -> {m.headline[:60]!r} cover {cover:.3f} names {names} score {score:.3f} "
                  f"later {min(ev.days) - max(b.days)} "
                  f"cover without asides {' '.join(f'{c:.3f}' for c in asides)}\n        told {sorted(told & b.words)}")


def _cover(reports, b, idf, mode: int) -> float:
    """The cover of `b`'s words by the told-back sentences that aside.py does not set aside at `mode`."""
    passages = told_passages(own_sentences(reports, mode))
    told = frozenset().union(*(w for d, w in passages if min(b.days) - LOOSE.later_back <= d <= max(b.days)))
    return coverage(told, b.words, idf)


def reach() -> None:
    """Pairs TRUE / FALSE each floor of cover and names would add."""
    print("\nreach, pairs added TRUE / FALSE:")
    for names in (0, 1, 2):
        for floor in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4):
            c = Counter(t for t, cover, n, _, _ in found if cover >= floor and n >= names)
            modes = " ".join(f"aside {mode}: {d[True]} / {d[False]}" for mode, d in (
                (mode, Counter(t for t, _, n, _, a in found if a[k] >= floor and n >= names))
                for k, mode in enumerate(ASIDES)))
            print(f"  later_passage={floor} passage_names={names}: {c[True]} / {c[False]}; {modes}")


def main() -> None:
    args = arguments(__doc__)
    walk(show, args.data or FOLLOWUPS, args.lookalikes)
    reach()


if __name__ == "__main__":
    main()
