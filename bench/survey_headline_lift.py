#!/usr/bin/env python3
"""Pairs the headlines' factor cuts whose leads agree on the event's day: what a lift would join, and what it would merge.

    python bench/survey_headline_lift.py [--data FILE]...

For every look-alike set (default: bench/gold/lookalikes_*.jsonl), all in one batch and each published day alone, each
pair of reports at cosine 0.1 or more that the headlines' factor cuts (under 1.0), that told_alike does not lift, whose
leads give one event day and clash on nothing, is printed with: one incident or two (`same`), cut by the grouping or
not (`cut`), its cosine and headline factor, dated_alike, whether each lead tells someone hurt that day
(dayparts.hurt_at), a city in common (as told_alike reads it), a road named in both titles and openings, an age in
common. Grouping round 41 (docs/dedupe.md) read it to judge a lift for leads agreeing on place, day and a casualty.
"""

from __future__ import annotations

import argparse
import re
import sys
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import bench_lookalikes_errors as errors  # noqa: E402  (wraps group._stories to see the grouping's inputs)
from bench_lookalikes import article, batches, load  # noqa: E402

from briefing.dedupe.reweigh import Reweigh, headlines_of, site_names  # noqa: E402
from briefing.dedupe.settings import DEFAULT  # noqa: E402
from briefing.dedupe.similarity import cosine  # noqa: E402
from briefing.models import Article  # noqa: E402
from briefing.text.evidence import compare  # noqa: E402

# A road's name: one to three capitalised words before a road word (a list of road words, not of places).
_ROAD = re.compile(r"\b((?:[A-Z][\w'’-]+ ){1,3})(?:Street|St|Avenue|Ave|Road|Rd|Drive|Boulevard|Blvd|Lane|Way|"
                   r"Highway|Hwy|Freeway|Expressway|Parkway|Motorway|Bay|Beach)\b")


def roads(a: Article) -> set[str]:
    """The roads the title and opening name."""
    return {m.group(1).strip().lower() for m in _ROAD.finditer(f"{a.title}\n{a.text[:1200]}")}


def survey(name: str, how: str, batch: list[dict]) -> None:
    """Print the batch's pairs the headlines cut whose leads give one day and clash on nothing."""
    arts = [article(r) for r in batch]
    labels = errors.group.event_labels(arts)
    ev, vec = errors.seen["evidence"], errors.seen["vectors"]
    rw = Reweigh(site_names(arts, DEFAULT), headlines_of(arts, DEFAULT), DEFAULT, arts, ev)  # type: ignore[arg-type]
    for i, j in combinations(range(len(arts)), 2):
        c = cosine(vec[i], vec[j])  # type: ignore[index]
        head = rw.headlines.factor(i, j, vec[i], vec[j]) if rw.headlines else 1.0  # type: ignore[index]
        if c < 0.1 or head >= 1.0 or rw.told_alike(i, j):
            continue
        a, b = ev[i], ev[j]  # type: ignore[index]
        verdict = compare(a, b, day_gap=DEFAULT.day_gap, day_parts=bool(DEFAULT.day_parts),
                          moments=bool(DEFAULT.day_moments))
        if a.day is None or a.day != b.day or verdict.clash:
            continue
        pa, pb = a.places, b.places
        city = bool((pa.city and (pa.city == pb.city or pa.city in pb.mentioned)) or (pb.city and pb.city in pa.mentioned))
        print(f"{name} {how} {batch[i]['id']} x {batch[j]['id']} same={int(batch[i]['cluster'] == batch[j]['cluster'])} "
              f"cut={int(labels[i] != labels[j])} cos={c:.3f} head={head:.2f} dated={int(rw.dated_alike(i, j))} "
              f"hurt={int(a.hurt)}{int(b.hurt)} city={int(city)} road={int(bool(roads(arts[i]) & roads(arts[j])))} "
              f"ages={int(verdict.same_ages)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, action="append")
    args = parser.parse_args()
    for path in args.data or sorted((HERE / "gold").glob("lookalikes_*.jsonl")):
        rows = load([path])
        for how in ("all", "daily"):
            for batch in batches(rows, how):
                survey(path.stem, how, batch)


if __name__ == "__main__":
    main()
