#!/usr/bin/env python3
"""Read what parts a follow-up from a look-alike: per day-2 event of a follow-up set, against day 1's records.

    python bench/read_followups.py [--data FILE]... [--all] [--lookalikes]

For each follow-up memory does not mark (all with --all), and with --lookalikes for each look-alike against the
day-1 records of its own group (the story it resembles) and any record it shares a rare name with: the leads'
days and the days its texts give anywhere, the cities, the clash verdict, the word score, and what both give of
the story's own (multi-word names, one-word names, places named) with how many events of the pool give each
(today's and day 1's). A reading aid for memory rounds (docs/dedupe.md, "memory round 10"), not a score.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_followups import DAY1, DAY2, FOLLOWUPS, load, prepare  # noqa: E402

from briefing.state import State  # noqa: E402
from briefing.text.event_evidence import compare_events  # noqa: E402
from briefing.writeup.continuing import MATCHING  # noqa: E402
from briefing.writeup.memory import _earlier, _idf, evidence_of_event, evidence_score, match_events  # noqa: E402
from briefing.writeup.told_back import proper_words, told_days  # noqa: E402


def day(n: int) -> str:
    return dt.date.fromordinal(n).strftime("%a %d %b")


def read(data: Path, show_all: bool, lookalikes: bool) -> None:
    rows = load(data)
    with tempfile.TemporaryDirectory() as folder:
        path, events = prepare(rows, Path(folder))
        with State(path) as state:
            earlier = [m for m in _earlier(state, DAY2) if m.evidence]
            matches = match_events(events, state=state, edition=DAY2, matching=MATCHING)
    today = [evidence_of_event(e) for e in events]
    pool = today + [m.evidence for m in earlier]
    idf = _idf(pool)
    reports = {e.id: [(a.title, a.text, a.published) for a in e.sources] for e in events}
    names = {e.id: proper_words(reports[e.id]) for e in events}
    day1_names = [proper_words([(m.headline, "", None)]) | (m.evidence.words & _proper_all(rows, m)) for m in earlier]
    given = Counter(n for e in pool for n in e.people | e.mentioned)
    given_words = Counter(w for e in pool for w in e.words)
    print(f"== {data.name}: {len(events)} day-2 events, {len(earlier)} day-1 records")
    for event, ev, found in zip(events, today, matches, strict=True):
        roles = {a.id.rsplit("-", 1)[1] for a in event.sources}
        groups = {a.id.rsplit("-", 1)[0] for a in event.sources}
        kind = "MIXED" if roles == {"followup", "lookalike"} else "FOLLOW-UP" if "followup" in roles else "look-alike"
        if kind == "FOLLOW-UP" and found and not show_all:
            continue
        if kind == "look-alike" and not lookalikes:
            continue
        told = told_days(reports[event.id])
        print(f"\n-- {kind} {sorted(groups)} {'MARKED' if found else 'not marked'}: {event.headline}")
        print(f"   lead days {[day(d) for d in sorted(ev.days)]} told {[day(d) for d in sorted(told)]} "
              f"cities {sorted(ev.cities)} ages {sorted(ev.ages)}")
        for m, names1 in zip(earlier, day1_names, strict=True):
            own = {i.rsplit("-", 1)[0] for i in m.source_ids} & groups
            b = m.evidence
            people = sorted(ev.people & b.people, key=lambda n: given[n])
            places = sorted((ev.mentioned & b.mentioned) - set(people), key=lambda n: given[n])
            words1 = sorted((names[event.id] & b.words) | (names1 & ev.words), key=lambda w: given_words[w])
            rare = [w for w in (ev.words & b.words) if given_words[w] <= 2]
            if not own and not any(given[n] <= 2 for n in people + places) and not words1:
                continue
            v = compare_events(ev, b)
            clash = ",".join(k for k in ("place", "day", "ages") if getattr(v, k)) or "-"
            print(f"   {'OWN ' if own else 'other'} {m.headline[:70]!r}")
            print(f"      day1 lead days {[day(d) for d in sorted(b.days)]} cities {sorted(b.cities)} ages "
                  f"{sorted(b.ages)} | clash {clash} score {evidence_score(ev, b, idf):.3f} "
                  f"told-day-1 {bool(told & b.days)}")
            print(f"      names {[(n, given[n]) for n in people]} places {[(n, given[n]) for n in places]}")
            print(f"      one-word {[(w, given_words[w]) for w in words1]} rare words {sorted(rare)}")


def _proper_all(rows: list[dict], m) -> frozenset[str]:
    texts = [(r["title"], r["text"], None) for r in rows
             if f"{r['group']}-{r['role']}" in m.source_ids]
    return proper_words(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, action="append", default=[])
    parser.add_argument("--all", action="store_true", help="every follow-up, marked or not")
    parser.add_argument("--lookalikes", action="store_true", help="the look-alikes too")
    args = parser.parse_args()
    for data in args.data or FOLLOWUPS:
        read(data, args.all, args.lookalikes)


if __name__ == "__main__":
    assert DAY1 < DAY2
    main()
