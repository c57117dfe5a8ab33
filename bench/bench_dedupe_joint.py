#!/usr/bin/env python3
"""Grouping levers chosen by ECB+ folds and the look-alike corpora together (issue 12).

    python bench/bench_dedupe_joint.py [--folds 5] [--lever NAME=v1,v2]... [--jobs 2] [--joint-folds]

ECB+'s own look-alike precision (`look P` in bench_dedupe_quality.py) judges look-alike merges on undated
reports of events years apart; the written look-alike corpora (bench/gold/lookalikes_a..d.jsonl: real dates,
the same streets and spokespeople) judge them as a day of local news meets them. This bench scores every lever
setting on both and picks by a criterion fixed before the grid was read:

1. A lever setting is admissible when, on every look-alike corpus A-D, its pairwise F1 all in one batch and
   daily (bench_lookalikes.py's two readings, the shipped clash costs) is not below the first setting's (the
   defaults, listed first).
2. Each ECB+ fold (by topic, as bench_dedupe_quality.py) picks, among admissible lever settings crossed with
   that bench's clash grid (place_clash x age_clash), the best held-in mean B3 F1 of the other folds (a tie
   keeps the earlier setting: the defaults first); the pick is scored on the fold (held-out).
3. Printed: per fold held-in and held-out B3 F1 and the pick; the mean; ECB+ look P and merge rate pooled over
   folds; and the table of every lever setting with its look-alike figures and, for one setting for all
   folds, its mean held-out B3 F1 at the clash costs each fold picks.

With --joint-folds the look-alike corpora are folds too (issue 12, round 34): the criterion, fixed before the grid
was read, is
1. Folds: the 5 ECB+ topic folds and each corpus of FOLD_CORPORA (A-E in round 34; A-F, eleven folds, from round
   35). An ECB+ fold scores a lever setting by its B3 F1 at the clash costs every fold picks in
   bench_dedupe_quality.py --quick (PICKED: age 0.5, place 1.0); a corpus by the mean of its pairwise F1 all in
   one batch and daily.
2. Each fold picks the lever setting with the best mean score over the other folds (each fold weighs the
   same; a tie keeps the earlier setting, the defaults first) and is scored on itself (held-out).
3. Printed: per fold the pick, its held-in mean and its held-out score, and the defaults' held-out beside it.
Added after the first such grid was read (round 34: every fold picked headline_dated 1.0, which costs the real
pages' tune half 0.806 -> 0.758 pairwise P, and the brief keeps bench_dedupe_real.py): a lever setting takes part
only when the real pages' tune half (bench_dedupe_real.py, when /work/shared holds them) has a pairwise F1 not
below the first setting's. The held-out half is not read here.

Levers: any event_labels keyword (briefing/dedupe/settings.py), plus the module constants of CONSTANTS, read at call
time and set for the run: name_boost and title_extra (similarity.NAME_BOOST, TITLE_EXTRA), and round 35's rules of
evidence, 1 on and 0 off: rejoin_clocks (evidence.REJOIN_CLOCKS), relative_days and plans (dayparts.RELATIVE_DAYS,
PLANS), from_home (places.FROM_IS_HOME). To weigh a rule, list 0 first: the first setting is the start.

Figures (2026-11-30, the grid LEVERS, 24 x 9 settings, 325 s at load ~6): 9 of 24 lever settings admissible (every
linking threshold 0.18 and names 2.25 with numbers 1.8 cost corpus D daily: 0.939 -> 0.902);
held-in / held-out B3 F1 0.9342 / 0.9273 against the defaults' 0.9292 / 0.9292, so nothing was kept
(docs/dedupe.md, "ECB+ and the look-alike corpora chosen together"). --joint-folds, round 34 (--lever
headline_dated=0.4,0.55,0.7,0.85,1.0 --lever dated_more=1,0, 49 s): 7 of 10 settings keep the real tune half; 9 of
10 folds pick headline_dated 0.85 with dated_more 1, fold D 0.7; held out A 0.9820 -> 0.9918, C 0.9798 -> 0.9909,
D 0.9127 -> 0.9184, the ECB+ folds, B and E the same (docs/dedupe.md, "Next-day pieces headlined apart").
Round 35 (--lever rejoin_clocks=0,1 --lever relative_days=0,1 --lever plans=0,1 --lever from_home=0,1, 16 settings,
142 s, eleven folds): all 16 keep the real tune half (0.893); 9 of 11 folds pick relative_days, plans and from_home
on, rejoin_clocks off (a tie: on adds nothing beside the other three); held out D 0.9502 -> 0.9757, F 0.9421 ->
0.9537, the ECB+ folds, A, B, C and E the same (docs/dedupe.md, "Days the reader lost").
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_dedupe_quality import PARAM_GRID, parse_params, score, settings, show, to_articles  # noqa: E402
from bench_lookalikes import load  # noqa: E402
from bench_lookalikes import score as look_score  # noqa: E402
from dedupe_common import load_ecbplus, lookalike_scores  # noqa: E402
from ecb_topics import recover_topics, topic_folds  # noqa: E402

from briefing.dedupe import event_labels, similarity  # noqa: E402
from briefing.text import dayparts, evidence, places  # noqa: E402

CORPORA = tuple(HERE / f"gold/lookalikes_{c}.jsonl" for c in "abcd")
# Defaults first (main at the start of the round); the candidates of docs/dedupe.md "Numbers weigh more".
LEVERS: dict[str, list] = {"name_boost": [2.0, 2.25], "link_threshold": [0.20, 0.19, 0.18],
                           "number_boost": [1.8, 2.0], "title_extra": [2, 3]}
# Levers that are module constants, read at call time: similarity's weights, and round 35's rules of evidence
# (on/off: 1/0).
CONSTANTS = {"name_boost": (similarity, "NAME_BOOST"), "title_extra": (similarity, "TITLE_EXTRA"),
             "rejoin_clocks": (evidence, "REJOIN_CLOCKS"), "relative_days": (dayparts, "RELATIVE_DAYS"),
             "plans": (dayparts, "PLANS"), "from_home": (places, "FROM_IS_HOME")}
FOLD_CORPORA = tuple(HERE / f"gold/lookalikes_{c}.jsonl" for c in "abcdef")
PICKED = {"age_clash": 0.5, "place_clash": 1.0}  # what every ECB+ fold picks in bench_dedupe_quality.py --quick


def labels(articles: Sequence, **params: object) -> list[str]:
    """event_labels with the module-constant levers set for this call only."""
    saved = {name: getattr(module, const) for name, (module, const) in CONSTANTS.items()}
    try:
        for name, (module, const) in CONSTANTS.items():
            if name in params:
                setattr(module, const, type(saved[name])(params.pop(name)))
        return event_labels(articles, **params)
    finally:
        for name, (module, const) in CONSTANTS.items():
            setattr(module, const, saved[name])


def look_figures(lever: dict) -> list[float]:
    """Pairwise F1 all / daily on each look-alike corpus, in CORPORA order."""
    out = []
    for path in CORPORA:
        rows = load([path])
        for how in ("all", "daily"):
            out.append(look_score(rows, how, lambda arts: list(labels(arts, **lever)))["pw_f1"])
    return out


def fold_scores(job: tuple[dict, list[list[dict]], object]) -> list[float]:
    """One lever setting's score on every joint fold: ECB+ folds' B3 F1 at PICKED, then each corpus's mean of
    pairwise F1 all and daily (--joint-folds)."""
    lever, folds, topics = job
    setting = {**PICKED, **lever}
    out = [score(labels(to_articles(rows), **setting), rows, topics)["b3_f1"] for rows in folds]
    for path in FOLD_CORPORA:
        rows = load([path])
        out.append(statistics.mean(look_score(rows, how, lambda arts: list(labels(arts, **lever)))["pw_f1"]
                                   for how in ("all", "daily")))
    return out


def real_tune(levers: list[dict]) -> list[float | None]:
    """The real pages' tune half pairwise F1 of each lever setting (None each where the pages are not found)."""
    from bench_dedupe_real import GOLD, PAGES, load_articles
    from bench_dedupe_real import score as real_score

    if not (PAGES / "ground-truth.json").exists():
        return [None] * len(levers)
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    articles = load_articles(PAGES)
    out: list[float | None] = []
    for lever in levers:
        groups = {a.id: label for a, label in zip(articles, labels(articles, **lever), strict=True)}
        out.append(real_score("tune", data["pages"], data["split"], groups)["pw_f1"])
    return out


def joint_folds(levers: list[dict], folds: list[list[dict]], topics: object, jobs: int) -> None:
    """--joint-folds: ECB+ topic folds and the look-alike corpora as folds, each picking by the other nine."""
    with ProcessPoolExecutor(jobs) as pool:
        table = list(pool.map(fold_scores, [(lever, folds, topics) for lever in levers]))
    real = real_tune(levers)
    allowed = [i for i in range(len(levers)) if real[i] is None or real[i] >= real[0]]  # type: ignore[operator]
    names = [f"ECB+ {f + 1}" for f in range(len(folds))] + [p.stem.split("_")[-1].upper() for p in FOLD_CORPORA]
    print(f"{'lever setting':60} " + " ".join(f"{n:>7}" for n in names) + "  real tune pwF1")
    for lever, row, r in zip(levers, table, real, strict=True):
        print(f"{show(lever):60} " + " ".join(f"{v:7.4f}" for v in row) + f"  {'-' if r is None else f'{r:.3f}'}")
    print(f"{len(allowed)} of {len(levers)} lever settings keep the real tune half")
    print(f"\n{'fold':8} {'picked':60} {'in':>7} {'out':>7} {'defaults out':>12}")
    for f, name in enumerate(names):
        held_in = [statistics.mean(v for g, v in enumerate(row) if g != f) for row in table]
        best = max(allowed, key=lambda i: (held_in[i], -i))
        print(f"{name:8} {show(levers[best]):60} {held_in[best]:7.4f} {table[best][f]:7.4f} {table[0][f]:12.4f}")


def ecb_scores(job: tuple[dict, list[list[dict]], object]) -> list[dict]:
    setting, folds, topics = job
    return [score(labels(to_articles(rows), **setting), rows, topics) for rows in folds]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--lever", action="append", default=[], metavar="NAME=v1,v2", help="replace the lever grid")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--joint-folds", action="store_true", help="the look-alike corpora A-E are folds too")
    args = parser.parse_args()
    started = time.perf_counter()
    levers = settings(parse_params(args.lever) if args.lever else LEVERS)
    clashes = settings(PARAM_GRID)
    pooled = load_ecbplus("train") + load_ecbplus("dev")
    topics = recover_topics(pooled)
    folds = topic_folds(pooled, topics, args.folds)
    if args.joint_folds:
        joint_folds(levers, folds, topics, args.jobs)
        print(f"\nbench_dedupe_joint: {time.perf_counter() - started:.1f} s")
        return
    grid = [{**lever, **clash} for lever in levers for clash in clashes]
    with ProcessPoolExecutor(args.jobs) as pool:
        looks = list(pool.map(look_figures, levers))
        ecb = list(pool.map(ecb_scores, [(s, folds, topics) for s in grid], chunksize=4))
    admissible = [all(v >= d for v, d in zip(look, looks[0], strict=True)) for look in looks]
    print("lever setting" + " " * 50 + "  A all/daily  B all/daily  C all/daily  D all/daily  ok  "
          "one-for-all out B3F1")
    k = len(folds)
    for li, lever in enumerate(levers):
        rows = range(li * len(clashes), (li + 1) * len(clashes))
        out = statistics.mean(ecb[_pick(ecb, rows, f)][f]["b3_f1"] for f in range(k))
        figures = "  ".join(f"{looks[li][2 * c]:.3f}/{looks[li][2 * c + 1]:.3f}" for c in range(len(CORPORA)))
        print(f"{show(lever):63}  {figures}  {'yes' if admissible[li] else 'no ':3}  {out:.4f}")
    allowed = [i for i in range(len(grid)) if admissible[i // len(clashes)]]
    print(f"\nECB+ {k} folds; {sum(admissible)} of {len(levers)} lever settings admissible; "
          f"{len(allowed)} settings with the clash grid")
    print(f"{'fold':4}  {'picked':90} {'in B3F1':>7} {'out B3F1':>8} {'out pwF1':>8} {'look P':>6}")
    picks, pooled_look = [], [0, 0, 0]
    for f in range(k):
        best = _pick(ecb, allowed, f)
        s = ecb[best][f]
        picks.append((best, _held_in(ecb, best, f), s))
        for i, m in enumerate(("look_tp", "look_fp", "look_across")):
            pooled_look[i] += s[m]
        print(f"{f + 1:4}  {show(grid[best]):90} {picks[-1][1]:7.4f} {s['b3_f1']:8.4f} {s['pw_f1']:8.4f} "
              f"{s['look_p']:6.3f}")
    look_p, merge = lookalike_scores(*pooled_look)
    print(f"mean  {'':90} {statistics.mean(p[1] for p in picks):7.4f} "
          f"{statistics.mean(p[2]['b3_f1'] for p in picks):8.4f} {statistics.mean(p[2]['pw_f1'] for p in picks):8.4f} "
          f"{look_p:6.3f}  (look P pooled; merge rate {merge:.4f})")
    print(f"\nbench_dedupe_joint: {time.perf_counter() - started:.1f} s")


def _held_in(ecb: list[list[dict]], i: int, fold: int) -> float:
    return statistics.mean(ecb[i][g]["b3_f1"] for g in range(len(ecb[i])) if g != fold)


def _pick(ecb: list[list[dict]], candidates: Sequence[int], fold: int) -> int:
    return max(candidates, key=lambda i: (_held_in(ecb, i, fold), -i))


if __name__ == "__main__":
    main()
