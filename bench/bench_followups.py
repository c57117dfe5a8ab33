#!/usr/bin/env python3
"""Memory across days on follow-ups told days later: continuing stories marked as updates, look-alikes not.

    python bench/bench_followups.py [--compare NAME=V,...]... [--json]

Data: bench/gold/followups.jsonl, 16 story groups written for the bench by helpers that saw no code (2026-11-30):
each has two outlets' reports of an event on its day 1, a third outlet's follow-up 2-4 days later (a changed toll,
an arrest, a cause; new words and headline, the old day told back: "Monday's explosion"), and a look-alike (another
event of the same kind, elsewhere, on the follow-up's day). ECB+ (bench/bench_memory.py) has no follow-ups: its
reports of one event all tell the same happening, so this is the case it cannot measure.

As a build does it: day 1 (every group's two reports, each dated as written) is grouped, written up and remembered
on a real SQLite state; day 2 (every follow-up and look-alike) is grouped, written up and read by apply_memory. A
day-2 event holding a follow-up is continuing (update_r: the share marked as an update); one holding only a
look-alike is new (false_update: the share marked). An event holding both is mixed: the grouping's error, counted
apart. Folds: the 16 groups in 4 by their number, for choosing a setting on three and scoring the fourth.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_memory import edition, parse_setting  # noqa: E402

from briefing.dedupe import group_stories  # noqa: E402
from briefing.figures import extract_figures  # noqa: E402
from briefing.models import Article, Event  # noqa: E402
from briefing.state import State  # noqa: E402
from briefing.writeup import write_event  # noqa: E402
from briefing.writeup.memory import MATCHING, Matching, apply_memory, remember_edition  # noqa: E402

DATA = Path(__file__).resolve().parent / "gold/followups.jsonl"
DAY1, DAY2 = dt.date(2026, 5, 11), dt.date(2026, 5, 14)


def load() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def article(row: dict) -> Article:
    aid = f"{row['group']}-{row['role']}"
    return Article(id=aid, title=row["title"], text=row["text"], outlet=row["outlet"],
                   published=dt.date.fromisoformat(row["published"]), origin="jsonl")


def write_day(rows: list[dict]) -> list[Event]:
    return [write_event(story, extract_figures(story.articles)) for story in group_stories([article(r) for r in rows])]


def run(rows: list[dict], matching: Matching, folder: Path) -> Counter:
    """Counts of continuing / updated, new / wrongly updated, mixed, per group fold ('fold<k>:' prefixed too)."""
    day1 = [r for r in rows if r["role"] in ("day1a", "day1b")]
    day2 = [r for r in rows if r["role"] in ("followup", "lookalike")]
    path = folder / f"state-{abs(hash(matching))}.sqlite"
    path.unlink(missing_ok=True)
    with State(path) as state:
        remember_edition(state, edition(DAY1, apply_memory(write_day(day1), state=state, edition=DAY1,
                                                           matching=matching)))
        events = write_day(day2)
        kept = {e.id: e for e in apply_memory(events, state=state, edition=DAY2, matching=matching)}
    c: Counter = Counter()
    for event in events:
        roles = {a.id.rsplit("-", 1)[1] for a in event.sources}
        group = event.sources[0].id.rsplit("-", 1)[0]
        fold = f"fold{int(group.split('-')[-1]) % 4}:"
        updated = event.id in kept and kept[event.id].update is not None
        kind = "mixed" if roles == {"followup", "lookalike"} else "cont" if "followup" in roles else "new"
        for prefix in ("", fold):
            c[prefix + kind] += 1
            c[prefix + kind + "_update"] += updated
            c[prefix + kind + "_left"] += event.id not in kept
    return c


def line(name: str, c: Counter, prefix: str = "") -> str:
    cont, new = c[prefix + "cont"] or 1, c[prefix + "new"] or 1
    return (f"{name:44} cont {c[prefix + 'cont']:3}  upd R {c[prefix + 'cont_update'] / cont:.3f}  new "
            f"{c[prefix + 'new']:3}  false {c[prefix + 'new_update'] / new:.3f}  mixed {c[prefix + 'mixed']}  "
            f"left {c[prefix + 'cont_left']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--compare", action="append", default=[], metavar="NAME=V,NAME=V")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = load()
    settings = [("defaults", MATCHING)] + [(text, parse_setting(text)) for text in args.compare]
    with tempfile.TemporaryDirectory() as folder:
        for name, matching in settings:
            c = run(rows, matching, Path(folder))
            print(line(name, c))
            for k in range(4):
                print(line(f"  fold {k}", c, f"fold{k}:"))
            if args.json and name == "defaults":
                last = {"update_r": round(c["cont_update"] / (c["cont"] or 1), 4),
                        "false_update": round(c["new_update"] / (c["new"] or 1), 4), "mixed": c["mixed"]}
    if args.json:
        print(json.dumps(last))


if __name__ == "__main__":
    main()
