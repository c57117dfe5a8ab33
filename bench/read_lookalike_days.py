#!/usr/bin/env python3
"""Read the look-alike corpora's memory faults: each continuing event not marked and each new one marked, as daily builds.

    python bench/read_lookalike_days.py [--data FILE]... [--compare NAME=V,...]

For each later day of a look-alike corpus (A-P, or the --data files) read as bench_followups.py --lookalikes reads it:
each event of an incident an earlier day carried that memory does not match with that incident (MISS), and each event
of a new incident it matches (FALSE), with the leads' days, the days told anywhere, cities and ages, and against each
record of its own incident (and each record it was matched with): the clash, the word score, and each name both give
with how many of today's events (t) and earlier editions (e) give it, starred when all of those are its own incident:
a name counted over `name_events` only because the story itself was carried twice. A reading aid for docs/dedupe.md's
"memory round 19", not a score.
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

from bench_followups import LOOKALIKES, incident_days, load  # noqa: E402
from bench_memory import parse_setting  # noqa: E402

from briefing.state import State  # noqa: E402
from briefing.text.event_evidence import compare_events  # noqa: E402
from briefing.writeup.continuing import MATCHING  # noqa: E402
from briefing.writeup.memory import _earlier, _idf, evidence_of_event, evidence_score, match_events  # noqa: E402
from briefing.writeup.told_back import told_days  # noqa: E402


def day(n: int) -> str:
    return dt.date.fromordinal(n).strftime("%a %d %b")


def read(path: Path, matching) -> None:
    """Print every miss and false update of one corpus under `matching`."""
    with tempfile.TemporaryDirectory() as folder:
        corpus = incident_days(load(path), Path(folder))

        def incidents(ids) -> set[str]:
            return {corpus.incident[i] for i in ids if i in corpus.incident}

        with State(corpus.path) as state:
            for date, events in corpus.days:
                found = match_events(events, state=state, edition=date, matching=matching)
                earlier = [m for m in _earlier(state, date) if m.evidence]
                today = [evidence_of_event(e) for e in events]
                idf = _idf(today + [m.evidence for m in earlier])
                owner = [Counter(corpus.incident[a.id] for a in e.sources).most_common(1)[0][0] for e in events]
                for event, ev, matched, own in zip(events, today, found, owner, strict=True):
                    kind = "cont" if corpus.first[own] < date else "new"
                    hit = incidents(i for m in matched for i in m.source_ids)
                    if kind == "cont" and own in hit or kind == "new" and not matched:
                        continue
                    reports = [(a.title, a.text, a.published) for a in event.sources]
                    print(f"\n-- {path.stem} {date} {own} {'MISS' if kind == 'cont' else f'FALSE -> {sorted(hit)}'}: "
                          f"{event.headline[:80]!r}\n   lead days {[day(d) for d in sorted(ev.days)]} told "
                          f"{[day(d) for d in sorted(told_days(reports))]} cities {sorted(ev.cities)} ages {sorted(ev.ages)}")
                    for m in earlier:
                        mine = own in incidents(m.source_ids)
                        if not mine and m not in matched:
                            continue
                        b = m.evidence
                        verdict = compare_events(ev, b)
                        clash = ",".join(k for k in ("place", "day", "ages") if getattr(verdict, k)) or "-"
                        names = []
                        for n in sorted(ev.people & b.people):
                            t = {o for o, e in zip(owner, today, strict=True) if n in e.people}
                            per: dict[dt.date, set[str]] = {}
                            for r in earlier:
                                if n in r.evidence.people:
                                    per.setdefault(r.edition, set()).update(incidents(r.source_ids))
                            star = "*" if t | set().union(*per.values()) == {own} else ""
                            names.append(f"{n} t{sum(n in e.people for e in today)} e{len(per)}{star}")
                        print(f"   {'OWN  ' if mine else 'OTHER'} {m.edition} {m.headline[:70]!r}\n      days "
                              f"{[day(d) for d in sorted(b.days)]} cities {sorted(b.cities)} ages {sorted(b.ages)} "
                              f"clash {clash} score {evidence_score(ev, b, idf):.3f} names {'; '.join(names)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, action="append", default=[])
    parser.add_argument("--compare", default="", metavar="NAME=V,...", help="a setting other than the defaults")
    args = parser.parse_args()
    matching = parse_setting(args.compare) if args.compare else MATCHING
    for path in args.data or LOOKALIKES:
        read(path, matching)


if __name__ == "__main__":
    main()
