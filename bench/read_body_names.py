#!/usr/bin/env python3
"""Read what names told anywhere add: each match a setting makes that the defaults do not, and the names it rests on.

    python bench/read_body_names.py NAME=V,NAME=V [--data FILE]... [--lookalikes] [--real-pages]

For follow-up sets 1-8 (or the --data files), with --lookalikes the look-alike corpora A-I as daily builds and with
--real-pages the real pages' tune half: per day-2 event the setting matches with a record the defaults do not, TRUE
(its own story) or FALSE, and the names told anywhere (writeup/body_names.py) both give, each with how many of
today's events tell it (t), how many remembered events give it (e) and in how many editions (d). A reading aid for
memory rounds (docs/dedupe.md, "memory round 11"), not a score.
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

from bench_followups import DAY2, FOLDS, FOLLOWUPS, LOOKALIKES, daily_builds, incident_days, load, prepare  # noqa: E402
from bench_memory import parse_setting  # noqa: E402
from dedupe_common import load_jsonl  # noqa: E402

from briefing.models import Event  # noqa: E402
from briefing.state import State  # noqa: E402
from briefing.writeup.body_names import names_kept, names_told, told_rare  # noqa: E402
from briefing.writeup.memory import MATCHING, Matching, _earlier, evidence_of_event, match_events  # noqa: E402


def show(state: State, date, events: list[Event], own_story, setting: Matching) -> None:
    """The matches `setting` adds over the defaults on `date`, each with the names told anywhere it rests on."""
    before = match_events(events, state=state, edition=date, matching=MATCHING)
    after = match_events(events, state=state, edition=date, matching=setting)
    earlier = [m for m in _earlier(state, date) if m.evidence]
    today = [evidence_of_event(e) for e in events]
    reports = [[(a.title, a.text, a.published) for a in e.sources] for e in events]
    mode = setting.body_names
    told = [names_told(r, e, mode) for r, e in zip(reports, today, strict=True)]
    body = told_rare(reports, today, [(m.edition, m.evidence) for m in earlier], mode, setting.name_events)
    for event, names, old, new in zip(events, body, before, after, strict=True):
        added = [m for m in new if m not in old]
        if not added:
            continue
        print(f"  {'TRUE ' if own_story(event, added) else 'FALSE'} {event.headline[:80]!r}")
        for m in added:
            kept = [(r, names_kept(r.evidence, mode)) for r in earlier]
            shown = " ".join(f"{n}(t{sum(n in t for t in told)},e{sum(n in k for _, k in kept)},"
                             f"d{len({r.edition for r, k in kept if n in k})})"
                             for n in sorted(names & (m.evidence.words | m.evidence.mentioned)))
            print(f"     -> {m.edition} {m.headline[:60]!r}: {shown}")


def daily(corpus, setting: Matching) -> None:
    """show() over a corpus of daily builds."""
    def own_story(event: Event, added) -> bool:
        own = Counter(corpus.incident[a.id] for a in event.sources).most_common(1)[0][0]
        return own in {corpus.incident[i] for m in added for i in m.source_ids if i in corpus.incident}

    with State(corpus.path) as state:
        for date, events in corpus.days:
            show(state, date, events, own_story, setting)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("setting", help="NAME=V,NAME=V: the setting read against the defaults")
    parser.add_argument("--data", type=Path, action="append", default=[])
    parser.add_argument("--lookalikes", action="store_true")
    parser.add_argument("--real-pages", action="store_true")
    args = parser.parse_args()
    setting = parse_setting(args.setting)
    for path in args.data or FOLLOWUPS:
        print(f"== {path.name}")
        with tempfile.TemporaryDirectory() as folder:
            state_path, events = prepare(load(path), Path(folder))
            with State(state_path) as state:
                show(state, DAY2, events, lambda e, _: "followup" in {a.id.rsplit("-", 1)[1] for a in e.sources},
                     setting)
    for path in LOOKALIKES if args.lookalikes else ():
        print(f"== {path.name}")
        with tempfile.TemporaryDirectory() as folder:
            daily(incident_days(load_jsonl(path), Path(folder)), setting)
    if args.real_pages:
        from bench_dedupe_real import GOLD, PAGES, load_articles

        gold = json.loads(GOLD.read_text(encoding="utf-8"))
        articles = [a for a in load_articles(PAGES) if gold["split"].get(a.id) == "tune"]
        labels = sorted({gold["pages"][a.id] for a in articles})
        print("== real pages, tune half")
        with tempfile.TemporaryDirectory() as folder:
            daily(daily_builds(articles, {a.id: gold["pages"][a.id] for a in articles},
                               {label: n % FOLDS for n, label in enumerate(labels)}, Path(folder)), setting)


if __name__ == "__main__":
    main()
