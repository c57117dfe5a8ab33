#!/usr/bin/env python3
"""Survey grouping round 43: pairs told on one day in parts of it no one event spans, of one incident or of two.

    python bench/survey_same_day_parts.py [--data FILE]... [--day1 FILE]... [--lost-m]

For each look-alike corpus (A-N by default) read in one batch, and each follow-up set's day-1 reports (followups
1-14 by default, each story's two reports one incident), every pair of reports whose leads give one event day in
parts that cannot meet within it (early: the small hours or the morning; late: evening or night) is listed, SAME
(one incident) or TWO, with its edge, whether each lead dates someone hurt that day, and each side's ages; the last
line of each set counts them, and those the rule of dedupe/told_apart.py reaches (the late report tells another
casualty back: dayparts.told_back of its title or lead). `--lost-m` reads each lead with the splitter's lost "m." of
"a.m." restored ("just before 2 a.\nTuesday", as a build's text reads once a site's chrome is set apart), as the
moments are.
A reading aid for docs/dedupe.md's "grouping round 43", not a score.
"""

from __future__ import annotations

import argparse
import sys
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_followups import FOLLOWUPS, LOOKALIKES  # noqa: E402
from bench_lookalikes import article, load, ours  # noqa: E402
from bench_lookalikes_errors import seen  # noqa: E402  (importing it wraps group._stories to keep the inputs)

from briefing.text import evidence as evidence_module  # noqa: E402
from briefing.text.dayparts import EARLY, LATE, told_back  # noqa: E402
from briefing.text.evidence import LEAD_CHARS  # noqa: E402


class _LostM:
    """Stands in for evidence._CUT_CLOCK: rejoins the cut clock, then restores a lost "m." as _moments does."""

    def __init__(self, cut: object) -> None:
        self.cut = cut

    def sub(self, repl: str, text: str) -> str:
        return evidence_module._LOST_M.sub(".m. ", self.cut.sub(repl, text))  # type: ignore[attr-defined]


def _tells_back(row: dict) -> bool:
    """Whether the title or lead tells another casualty back ("Teen shot ... hours after deadly apartment shooting")."""
    return bool(told_back(row["title"]) or told_back(row["text"][:LEAD_CHARS]))


def survey(rows: list[dict], name: str) -> tuple[int, int, int, int]:
    """Print each same-day pair in parts that cannot meet; (pairs of one incident, of two, and of each the late
    report of which tells another casualty back: those dedupe/told_apart.py weighs down)."""
    ours([article(r) for r in rows])
    ev, edges = seen["evidence"], {(i, j): w for i, j, w in seen["edges"]}  # type: ignore[attr-defined]
    same = two = same_told = two_told = 0
    for i, j in combinations(range(len(rows)), 2):
        a, b = ev[i], ev[j]  # type: ignore[index]
        if a.day is None or a.day != b.day or {a.part, b.part} != {EARLY, LATE}:
            continue
        one = rows[i]["cluster"] == rows[j]["cluster"]
        same += one
        two += not one
        w = edges.get((i, j), edges.get((j, i)))
        back = "".join(str(int(_tells_back(r))) for r in (rows[i], rows[j]))
        told = _tells_back(rows[i] if a.part == LATE else rows[j])
        same_told += one and told
        two_told += told and not one
        print(f"  {'SAME' if one else 'TWO '} {rows[i]['id']} x {rows[j]['id']}: edge {'-' if w is None else f'{w:.3f}'}"
              f" hurt {int(a.hurt)}{int(b.hurt)} back {back} ages {sorted(a.ages) or '-'} {sorted(b.ages) or '-'}"
              f" | {rows[i]['title'][:45]} | {rows[j]['title'][:45]}")
    print(f"== {name}: {same} pairs of one incident, {two} of two; the late one telling back {same_told} / {two_told}")
    return same, two, same_told, two_told


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, action="append")
    parser.add_argument("--day1", type=Path, action="append")
    parser.add_argument("--lost-m", action="store_true", help="restore the lost 'm.' of a.m./p.m. in the lead")
    args = parser.parse_args()
    if args.lost_m:
        evidence_module._CUT_CLOCK = _LostM(evidence_module._CUT_CLOCK)  # type: ignore[assignment]
    totals = [0, 0, 0, 0]
    for path in args.data or LOOKALIKES:
        for k, n in enumerate(survey(load([path]), path.name)):
            totals[k] += n
    for path in args.day1 or FOLLOWUPS:
        rows = [{**r, "id": f"{r['group']}-{r['role'][-1]}", "cluster": r["group"]}
                for r in load([path]) if r["role"] in ("day1a", "day1b")]
        for k, n in enumerate(survey(rows, f"{path.name} day 1")):
            totals[k] += n
    print(f"== in all: {totals[0]} pairs of one incident, {totals[1]} of two; the late one telling back "
          f"{totals[2]} / {totals[3]}")


if __name__ == "__main__":
    main()
