#!/usr/bin/env python3
"""Survey grouping round 44: which pairs lose likeness when the words of a passage that tells another casualty
back (text/dayparts.told_back) weigh less in a report's vector (Settings.told_words).

    python bench/survey_told_words.py [--data FILE]... [--day1 FILE]... [--weight W] [--wide]

Each look-alike corpus (A-N by default) is read in one batch and by published day, and each follow-up set's day-1
reports (followups 1-14 by default) in one batch, once as the default reads them and once with told_words=W (0 by
default; `--wide` reads the passages with told_wide=1, else 0, both times, which counts only where told_words < 1). Every
pair whose cosine falls by FALL or more, or whose edge crosses the pair bar (Settings.pair_threshold), is listed,
SAME (one incident) or TWO, with its cosine and edge before and after; the last line of each counts the falls and
the crossings either way.
A reading aid for docs/dedupe.md's "grouping round 44", not a score.
"""

from __future__ import annotations

import argparse
import sys
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import bench_lookalikes  # noqa: E402
from bench_followups import FOLLOWUPS, LOOKALIKES  # noqa: E402
from bench_lookalikes import article, batches, load, ours  # noqa: E402
from bench_lookalikes_errors import seen  # noqa: E402  (importing it wraps group._stories to keep the inputs)

from briefing.dedupe.settings import DEFAULT  # noqa: E402
from briefing.dedupe.similarity import Vector, cosine  # noqa: E402

# A fall in cosine this large counts: removing a passage's words shifts every term's IDF in the batch a little.
FALL = 0.01


def _read(rows: list[dict], weight: float) -> tuple[list[Vector], dict[tuple[int, int], float]]:
    """The batch's vectors and edges with told_words at `weight`."""
    bench_lookalikes.PARAMS["told_words"] = weight
    ours([article(r) for r in rows])
    bench_lookalikes.PARAMS.pop("told_words")
    edges = {(min(i, j), max(i, j)): w for i, j, w in seen["edges"]}  # type: ignore[attr-defined]
    return list(seen["vectors"]), edges  # type: ignore[call-overload]


def survey(rows: list[dict], name: str, weight: float) -> list[int]:
    """Print each pair whose cosine falls; [of one incident, of two, of one cut below the bar, of two cut below it,
    of one lifted over it, of two lifted over it]."""
    before, edges0 = _read(rows, 1.0)
    after, edges1 = _read(rows, weight)
    bar = DEFAULT.pair_threshold
    counts = [0] * 6
    for i, j in combinations(range(len(rows)), 2):
        c0, c1 = cosine(before[i], before[j]), cosine(after[i], after[j])
        e0, e1 = edges0.get((i, j), 0.0), edges1.get((i, j), 0.0)
        one = rows[i]["cluster"] == rows[j]["cluster"]
        if e0 >= bar > e1:
            counts[2 + (not one)] += 1
        elif e1 >= bar > e0:
            counts[4 + (not one)] += 1
        crossed = (e0 >= bar) != (e1 >= bar)
        if c1 <= c0 - FALL:
            counts[not one] += 1
        if c1 <= c0 - FALL and max(e0, e1) >= 0.1 or crossed:
            tag = ("SAME" if one else "TWO ") + (" CROSS" if crossed else "")
            print(f"  {tag} {rows[i]['id']} x {rows[j]['id']}: cos {c0:.3f} -> {c1:.3f}, edge {e0:.3f} -> {e1:.3f}")
    print(f"== {name}: cosine falls for {counts[0]} pairs of one incident, {counts[1]} of two; below the bar "
          f"{counts[2]} / {counts[3]}; over it {counts[4]} / {counts[5]}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, action="append")
    parser.add_argument("--day1", type=Path, action="append")
    parser.add_argument("--weight", type=float, default=0.0)
    parser.add_argument("--wide", action="store_true", help="told_wide=1: dayparts.told_apart_passages")
    args = parser.parse_args()
    bench_lookalikes.PARAMS["told_wide"] = int(args.wide)
    totals = [0] * 6
    for path in args.data or LOOKALIKES:
        rows = load([path])
        for how in ("all", "daily"):
            for k, batch in enumerate(batches(rows, how)):
                got = survey(batch, f"{path.stem} {how}{'' if how == 'all' else f' {k}'}", args.weight)
                totals = [a + b for a, b in zip(totals, got, strict=True)]
    for path in args.day1 or FOLLOWUPS:
        rows = [{**r, "id": f"{r['group']}-{r['role'][-1]}", "cluster": r["group"]}
                for r in load([path]) if r["role"] in ("day1a", "day1b")]
        got = survey(rows, f"{path.stem} day 1", args.weight)
        totals = [a + b for a, b in zip(totals, got, strict=True)]
    print(f"== in all: cosine falls for {totals[0]} pairs of one incident, {totals[1]} of two; below the bar "
          f"{totals[2]} / {totals[3]}; over it {totals[4]} / {totals[5]}")


if __name__ == "__main__":
    main()
