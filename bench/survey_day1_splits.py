#!/usr/bin/env python3
"""Day 1's split pairs across the follow-up sets: what keeps each under the bar, and what each lever would also join.

    python bench/survey_day1_splits.py [--data FILE]... [--param NAME=VALUE]...
    python bench/survey_day1_splits.py --cv NAME=V1,V2,...     # follow-up day 1 and look-alike sets as folds

For every follow-up set (default: bench/gold/followups*.jsonl), its day-1 reports (day1a, day1b) are grouped as one
batch, as `bench_followups.py --day1` groups them. Each story's two reports the grouping keeps apart are printed with
their cosine, the evidence's share (a clash's factor or agreement's lift), the headlines' factor as read and after
told_alike / dated_alike lift it, the weighed edge, and what the edge would be with no headlines' factor and with no
clash, beside the bar a story of two must reach (`Settings.pair_threshold`). Then, over every set, the pairs of two
stories each counterfactual would lift over that bar: what a lever would merge beside what it would join.
Grouping round 42 (docs/dedupe.md) read it.

--cv chooses a setting with every set a fold: the follow-up sets 1-14 (day 1's pairwise F1, its reports one batch)
and look-alike sets A-M (the mean of pairwise F1 all in one batch and daily); each fold picks the value of best mean
over the other sets (a tie keeps the first listed: list the default first) and is scored held out.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import bench_lookalikes  # noqa: E402
import bench_lookalikes_errors as errors  # noqa: E402  (wraps group._stories to see the grouping's inputs)
from bench_dedupe_quality import parse_params  # noqa: E402
from bench_followups import FOLLOWUPS, LOOKALIKES  # noqa: E402
from bench_lookalikes import article, load, ours, score  # noqa: E402

from briefing.dedupe.compare import weigh_pair  # noqa: E402
from briefing.dedupe.reweigh import Reweigh, headlines_of, site_names  # noqa: E402
from briefing.dedupe.settings import DEFAULT, Settings  # noqa: E402
from briefing.dedupe.similarity import cosine  # noqa: E402
from briefing.text.evidence import compare  # noqa: E402


@dataclasses.dataclass(frozen=True, kw_only=True)
class Pair:
    """One compared pair of a day-1 batch and the factors that weighed it."""

    same: bool  # one story's two reports
    cut: bool  # in different predicted stories
    cos: float
    evidence: float  # weigh_pair / cosine: a clash's factor, or 1 + the agreements' lift
    clash: str  # the kinds that clash ("-" for none)
    head: float  # the headlines' factor as read
    lifted: float  # ... after told_alike / dated_alike
    edge: float  # cos * evidence * lifted

    def without_head(self) -> float:
        """The edge with no headlines' factor."""
        return self.cos * self.evidence

    def without_clash(self) -> float:
        """The edge with no clash (the evidence's share at 1 where it cut)."""
        return self.cos * max(1.0, self.evidence) * self.lifted


def pairs_of(rows: list[dict], s: Settings) -> tuple[list[dict], list[Pair]]:
    """The day-1 batch and every pair of it at cosine 0.1 or more."""
    batch = [{**r, "id": f"{r['group']}-{r['role'][-1]}", "cluster": r["group"]}
             for r in rows if r["role"] in ("day1a", "day1b")]
    arts = [article(r) for r in batch]
    labels = errors.group.event_labels(arts, **{f.name: getattr(s, f.name) for f in dataclasses.fields(s)})
    ev, vec = errors.seen["evidence"], errors.seen["vectors"]
    rw = Reweigh(site_names(arts, s), headlines_of(arts, s), s, arts, ev)  # type: ignore[arg-type]
    found = []
    for i, j in combinations(range(len(arts)), 2):
        c = cosine(vec[i], vec[j])  # type: ignore[index]
        if c < 0.1:
            continue
        verdict = compare(ev[i], ev[j], day_gap=s.day_gap, day_parts=bool(s.day_parts),  # type: ignore[index]
                          moments=bool(s.day_moments))
        head = rw.headlines.factor(i, j, vec[i], vec[j]) if rw.headlines else 1.0  # type: ignore[index]
        lifted = rw(i, j, 1.0, vec)  # type: ignore[arg-type]
        share = weigh_pair(c, ev[i], ev[j], s) / c  # type: ignore[index]
        clash = ",".join(k for k in ("place", "day", "ages", "score") if getattr(verdict, k)) or "-"
        found.append((i, j, Pair(same=batch[i]["cluster"] == batch[j]["cluster"], cut=labels[i] != labels[j], cos=c,
                                 evidence=share, clash=clash, head=head, lifted=lifted, edge=c * share * lifted)))
    for i, j, p in found:
        if p.same and p.cut:
            a, b = ev[i], ev[j]  # type: ignore[index]
            print(f"  {batch[i]['id']} x {batch[j]['id']}: cos {p.cos:.3f} evidence {p.evidence:.2f} ({p.clash}) "
                  f"head {p.head:.2f} -> {p.lifted:.2f} edge {p.edge:.3f} | no head {p.without_head():.3f} "
                  f"no clash {p.without_clash():.3f}\n    {errors.show(a)} | {errors.show(b)}\n"
                  f"    {batch[i]['title'][:90]}\n    {batch[j]['title'][:90]}")
    return batch, [p for _, _, p in found]


def day1_rows(path: Path) -> list[dict]:
    """A follow-up set's day-1 reports as look-alike rows: each story's two reports one incident."""
    return [{**r, "id": f"{r['group']}-{r['role']}", "cluster": r["group"]}
            for r in load([path]) if r["role"] in ("day1a", "day1b")]


def set_score(path: Path) -> float:
    """A set's pairwise F1 under bench_lookalikes.PARAMS: day 1 for a follow-up set, else the mean of all and daily."""
    if path in FOLLOWUPS:
        return score(day1_rows(path), "all", ours)["pw_f1"]
    rows = load([path])
    return (score(rows, "all", ours)["pw_f1"] + score(rows, "daily", ours)["pw_f1"]) / 2


def cross_validate(name: str, values: list[object]) -> None:
    """Each follow-up and look-alike set a fold: the value the other sets' mean picks, scored on the fold."""
    paths = [*FOLLOWUPS, *LOOKALIKES]
    scores = {}
    for value in values:
        bench_lookalikes.PARAMS[name] = value
        for path in paths:
            scores[path, value] = set_score(path)
    bench_lookalikes.PARAMS.pop(name, None)
    print(f"cross-validation of {name} over follow-up day 1 (1-14) and look-alikes (A-M), each set a fold")
    for fold in paths:
        held_in = {v: sum(scores[p, v] for p in paths if p != fold) / (len(paths) - 1) for v in values}
        pick = max(values, key=lambda v: held_in[v])  # max keeps the first of equals
        others = " ".join(f"{v}={scores[fold, v]:.3f}" for v in values)
        print(f"  fold {fold.stem}: picks {name}={pick}: held-in {held_in[pick]:.4f}; held-out {scores[fold, pick]:.3f}"
              f" (each value: {others})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, action="append")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--cv", metavar="NAME=V1,V2", help="choose a setting by CV over the follow-up and look-alike sets")
    args = parser.parse_args()
    if args.cv:
        [(name, values)] = parse_params([args.cv]).items()
        cross_validate(name, values)
        return
    s = dataclasses.replace(DEFAULT, **{k: v[-1] for k, v in parse_params(args.param).items()})  # type: ignore[arg-type]
    bar = s.pair_threshold
    every: list[Pair] = []
    for path in args.data or FOLLOWUPS:
        print(f"== {path.name}")
        every += pairs_of(load([path]), s)[1]
    cut = [p for p in every if p.same and p.cut]
    print(f"\n{len(cut)} split pairs; bar {bar}")
    lever = {"no headlines' factor": Pair.without_head, "no clash": Pair.without_clash}
    for name, edge in lever.items():
        joins = sum(edge(p) >= bar for p in cut)
        wrong = sorted(round(edge(p), 3) for p in every if not p.same and edge(p) >= bar and p.edge < bar)
        print(f"  {name}: reaches the bar for {joins} split pairs; lifts {len(wrong)} pairs of two stories over it {wrong}")
    causes = Counter("clash " + p.clash if p.evidence < 1 else "headlines" if p.lifted < 1 else "words" for p in cut)
    print(f"  first weigher (a clash, else the headlines, else the words alone): {dict(causes)}")
    print(f"  right pairs joined: {sum(p.same and not p.cut for p in every)}; wrong pairs joined: "
          f"{sum(not p.same and not p.cut for p in every)}")


if __name__ == "__main__":
    main()
