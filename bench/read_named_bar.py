#!/usr/bin/env python3
"""What the names' bar (Matching.name_match, told_later.named_bar) adds over the defaults, pair by pair: on ECB+
(with the bench's dates or --undated) and on the real pages (--real-pages), each added match with TRUE / FALSE, the
headlines, the rare names the two share, how many of the compared events name each, the days each gives.

    python bench/read_named_bar.py [--undated | --real-pages [--half tune|heldout]] [--setting NAME=V,...]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_followups import daily_builds  # noqa: E402
from bench_memory import DAY2, DRAWS, parse_setting, prepare  # noqa: E402
from dedupe_common import load_ecbplus  # noqa: E402
from ecb_topics import recover_topics  # noqa: E402

from briefing.models import Event  # noqa: E402
from briefing.state import State  # noqa: E402
from briefing.writeup import told_back  # noqa: E402
from briefing.writeup.memory import MATCHING, Matching, evidence_of_event, match_events  # noqa: E402

SEEN: dict[tuple[frozenset[str], frozenset[str]], tuple[list[str], float, list[str]]] = {}
_BAR = told_back.named_bar


def _logged(a, b, rare, score, matching, lead=frozenset()) -> bool:  # type: ignore[no-untyped-def]
    """named_bar, noting the rare names and the score of each pair it passes."""
    passed = _BAR(a, b, rare, score, matching, lead)
    if passed:
        SEEN[a.words, b.words] = (sorted(a.people & b.people & rare), round(score, 3), sorted(a.people & b.people & rare & lead))
    return passed


told_back.named_bar = _logged


def added(events: list[Event], path: Path, day, setting: Matching, own, truth) -> list[str]:
    """Lines for each match `setting` adds over the defaults; `own(event)` its label, `truth(event, m)` TRUE/FALSE."""
    with State(path) as state:
        base = match_events(events, state=state, edition=day, matching=MATCHING)
        new = match_events(events, state=state, edition=day, matching=setting)
        everyone = [evidence_of_event(e) for e in events] + [m.evidence for ms in new for m in ms if m.evidence]
    named = Counter(n for e in everyone for n in e.people)
    lines = []
    for event, before, after in zip(events, base, new, strict=True):
        if before:
            continue  # already an update at the defaults
        today = evidence_of_event(event)
        for m in after:
            bar = SEEN.get((today.words, m.evidence.words), ([], -1.0, []))
            shared = bar[0]
            outlets = sorted({a.outlet for a in event.sources})
            lines.append(f"{truth(event, m):5} {own(event)}\n  today: {event.headline[:90]!r} days {len(today.days)} "
                         f"outlets {outlets}\n  then:  {m.headline[:90]!r} days {len(m.evidence.days)}\n"
                         f"  bar's names (events naming): {[(n, named[n]) for n in shared][:8]} score {bar[1]} lead {bar[2]}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--undated", action="store_true")
    parser.add_argument("--real-pages", action="store_true")
    parser.add_argument("--half", choices=("tune", "heldout"), default="tune")
    parser.add_argument("--setting", default="name_match=0.08")
    args = parser.parse_args()
    setting = parse_setting(args.setting)
    with tempfile.TemporaryDirectory() as folder:
        if args.real_pages:
            from bench_dedupe_real import GOLD, PAGES, load_articles
            gold = json.loads(GOLD.read_text(encoding="utf-8"))
            articles = [a for a in load_articles(PAGES) if gold["split"].get(a.id) == args.half]
            label = {a.id: gold["pages"][a.id] for a in articles}
            corpus = daily_builds(articles, label, {v: 0 for v in label.values()}, Path(folder))

            def own(e: Event) -> str:
                return Counter(label[a.id] for a in e.sources).most_common(1)[0][0]

            for day, events in corpus.days:
                for text in added(events, corpus.path, day, setting, own,
                                  lambda e, m: own(e) in {label.get(i) for i in m.source_ids}):
                    print(text)
            return
        rows = load_ecbplus("train") + load_ecbplus("dev")
        topics = recover_topics(rows)
        cluster_of = {r["id"]: r["cluster"] for r in rows}
        for seed, swap in DRAWS:
            draw = prepare(rows, topics.pairs, seed, swap, Path(folder), undated=args.undated)
            print(f"== draw seed {seed} swap {swap}")
            for text in added(list(draw.events), draw.state_path, DAY2, setting,
                              lambda e, d=draw: f"{d.cluster[e.id]} continuing={d.continuing[e.id]} mixed={d.mixed[e.id]}",
                              lambda e, m, d=draw: d.cluster[e.id] in {cluster_of.get(i) for i in m.source_ids}):
                print(text)


if __name__ == "__main__":
    main()
