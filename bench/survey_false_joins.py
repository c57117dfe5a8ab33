#!/usr/bin/env python3
"""Which rule joins each new incident memory marks as an update (FALSE), and each continuing one it marks (TRUE).

    python bench/survey_false_joins.py [--data FILE]... [--true] [--compare NAME=V,...]

The look-alike corpora (A-S, or the --data files) as bench_followups.py --lookalikes reads them, day by day: for each
event matched with a record, the rules that join the pair (words: evidence/apart/day bar; names: story_names;
alike: told_alike; apart: named_apart; later: later_told; passage; own-passage; bar: named_bar; on-day), the
clash, the lead days of both and the evidence each gives (ages, cities). A pair is listed per record: an event
matched with its own record and another's shows both. A reading aid for memory round 23 (docs/dedupe.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_followups import LOOKALIKES, incident_days, load  # noqa: E402
from bench_memory import parse_setting  # noqa: E402

from briefing.state import State  # noqa: E402
from briefing.text.event_evidence import compare_events  # noqa: E402
from briefing.writeup import memory as mem  # noqa: E402
from briefing.writeup.continuing import (  # noqa: E402
    MATCHING,
    carried_names,
    named_apart,
    on_the_day,
    rare_for,
    rare_names,
    same_names,
    told_alike,
)
from briefing.writeup.told_back import _days, told_of  # noqa: E402
from briefing.writeup.told_figures import shared  # noqa: E402
from briefing.writeup.told_later import coverage, later_passage, later_told, named_bar  # noqa: E402


def rules(told, ev, b, rare, figures, idf, matching) -> list[str]:
    """The rules of memory._matches and told_back.continues that join today's `ev` to the record `b`."""
    out = []
    apart = bool(ev.days and b.days and not ev.days & b.days)
    score, clash = mem._scored(ev, b, idf, matching)
    if score >= (matching.apart_match if apart else matching.evidence_match):
        out.append(f"words{score:.2f}")
    elif matching.day_match and ev.days & b.days and not clash and score >= matching.day_match:
        out.append(f"daybar{score:.2f}")
    days = _days(told, b, rare, matching)
    dated = told.evidence if days is told.evidence.days else replace(told.evidence, days=days)
    if same_names(dated, b, rare, matching):
        out.append("names")
    remembered = b
    if matching.told_words:
        dated = replace(dated, people=dated.people | told.words)
        remembered = replace(b, people=b.people | b.words)
    both = shared(told.figures, figures, dated.days & remembered.days, matching.figure_points)
    if both:
        dated = replace(dated, people=dated.people | both)
        remembered = replace(remembered, people=remembered.people | both)
    names = len(dated.people & remembered.people & rare)
    sc = functools.partial(mem.evidence_score, ev, b, idf, matching)
    cover = functools.partial(coverage, story=b.words, idf=idf)
    if told_alike(dated, remembered, rare, matching):
        out.append("alike")
    if named_apart(dated, remembered, rare, matching):
        out.append("apart")
    if later_told(dated, remembered, told.back, rare, sc, matching):
        out.append("later")
    if later_passage(told.evidence, remembered, told.passages, names, cover, matching):
        out.append("passage")
    if matching.passage_aside and later_passage(told.evidence, remembered, told.own_passages, names, cover, matching,
                                                floor=(matching.passage_aside, matching.aside_names)):
        out.append("ownpassage")
    if matching.name_match and named_bar(dated, remembered, rare, sc(), matching, told.lead_names):
        out.append("bar")
    out.append("shared:" + ",".join(sorted(dated.people & remembered.people & rare))[:120])
    return out


def day(n: int) -> str:
    return dt.date.fromordinal(n).strftime("%a%d")


def read(path: Path, matching, show_true: bool) -> Counter:
    tally: Counter = Counter()
    with tempfile.TemporaryDirectory() as folder:
        corpus = incident_days(load(path), Path(folder))
        with State(corpus.path) as state:
            for date, events in corpus.days:
                found = mem.match_events(events, state=state, edition=date, matching=matching)
                earlier = [m for m in mem._earlier(state, date) if m.evidence]
                today = {e.id: mem.evidence_of_event(e, told_other=matching.told_other) for e in events}
                idf = mem._idf([*today.values(), *(m.evidence for m in earlier)])
                remembered = [(m.edition, m.evidence) for m in earlier]
                rare = rare_names(today.values(), remembered, matching.name_events, today_once=matching.name_editions)
                if matching.told_words:
                    rare |= rare_names(today.values(), remembered, matching.name_events, words=True)
                carried = carried_names(today.values(), remembered, matching) - rare
                rares = (rare, rare | carried if carried else rare)
                for event, matched in zip(events, found, strict=True):
                    if not matched:
                        continue
                    own = Counter(corpus.incident[a.id] for a in event.sources).most_common(1)[0][0]
                    kind = "cont" if corpus.first[own] < date else "new"
                    if kind == "cont" and not show_true:
                        continue
                    ev = today[event.id]
                    reports = [(a.title, a.text, a.published) for a in event.sources]
                    told = told_of(reports, ev, matching)
                    for m in matched:
                        theirs = {corpus.incident[i] for i in m.source_ids if i in corpus.incident}
                        ok = own in theirs
                        v = compare_events(ev, m.evidence)
                        figs = mem._marks(m.figures, matching)
                        why = rules(told, ev, m.evidence, rare_for(ev, m.evidence, rares), figs, idf, matching)
                        if not [w for w in why if not w.startswith("shared")]:
                            kv = [(x, x.evidence) for x in earlier]
                            one = on_the_day(ev, [e for _, e in kv], matching)
                            why.insert(0, "onday" if one is not None else "headline?")
                        tag = "TRUE " if ok else "FALSE"
                        tally[(tag, why[0].rstrip("0123456789."))] += 1
                        print(f"{tag} {path.stem[-1]} {date} {own}->{sorted(theirs)} {why}\n   new {event.headline[:90]!r}"
                              f" days {[day(d) for d in sorted(ev.days)]} ages {sorted(ev.ages)} cities {sorted(ev.cities)}\n"
                              f"   old {m.headline[:90]!r} days {[day(d) for d in sorted(m.evidence.days)]} ages "
                              f"{sorted(m.evidence.ages)} cities {sorted(m.evidence.cities)} clash "
                              f"{','.join(k for k in ('place', 'day', 'ages') if getattr(v, k)) or '-'}")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, action="append", default=[])
    parser.add_argument("--true", action="store_true", help="the continuing events marked too")
    parser.add_argument("--compare", default="", metavar="NAME=V,...")
    args = parser.parse_args()
    matching = parse_setting(args.compare) if args.compare else MATCHING
    total: Counter = Counter()
    for path in args.data or LOOKALIKES:
        total += read(path, matching, args.true)
    print(sorted(total.items()))


if __name__ == "__main__":
    main()
