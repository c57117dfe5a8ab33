#!/usr/bin/env python3
"""Look-alike errors: which incidents one batch merges or cuts, and each side's evidence.

    python bench/bench_lookalikes_errors.py [--data FILE]... [--how all|daily]
    python bench/bench_lookalikes_errors.py --parted [--data FILE]...
    python bench/bench_lookalikes_errors.py --day1 [--data bench/gold/followupsN.jsonl]...
    python bench/bench_lookalikes_errors.py --splits [--data FILE]... [--how all|daily] [--param NAME=VALUE]...

--splits prints, for every pair of one incident's reports that one batch puts in different stories, what the two
share (names, the numbers both give: ages, times, counts, street numbers; the event day, its part, the city) and
what weighed them apart (a clash, one site's share, the headlines' factor, the linking bar not reached by the
words), then counts the cut incidents by each of those that weighed one of their pairs (an incident may have several).

--day1 reads a follow-up set's day-1 reports (day1a, day1b) as one batch, each story's two reports one incident,
and prints its merges and cuts as for a look-alike corpus.

--parted counts, per corpus, the pairs a night apart whose parts of the day cannot meet (text/dayparts.py):
how many are of one event (a wrong clash) and how many of two; and the pairs of one site that a site's own
follow-up rule (reweigh.aged_alike) lifts, of one event and of two. It reads the look-alike corpora and the
follow-up sets (bench/gold/followups*.jsonl: a story's "lookalike" report is an event of its own).

For every predicted story holding two incidents, each pair of incidents in it: the edges between them
(raw cosine, weighed), and each report's evidence (city, event day, ages) and opening; for every incident
cut in pieces, its pieces. Reads the grouping's own inputs (vectors, evidence, edges) by wrapping
`group._stories`, so the evidence is what the deduplicator saw (boilerplate set aside).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_dedupe_quality import parse_params  # noqa: E402
from bench_lookalikes import DATA, article, batches, load  # noqa: E402

from briefing.dedupe import group  # noqa: E402
from briefing.dedupe.reweigh import Reweigh, headlines_of, site_names  # noqa: E402
from briefing.dedupe.settings import DEFAULT  # noqa: E402
from briefing.dedupe.similarity import cosine, extract_with_names  # noqa: E402
from briefing.text.evidence import compare, evidence_of, parted  # noqa: E402

seen: dict[str, object] = {}
_stories = group._stories


def _spy(n, edges, active, vectors, evidence, s, sites=None):  # type: ignore[no-untyped-def]
    seen.update(edges=edges, vectors=vectors, evidence=evidence, sites=sites)
    return _stories(n, edges, active, vectors, evidence, s, sites)


group._stories = _spy  # type: ignore[assignment]


def show(e: object) -> str:
    day = dt.date.fromordinal(e.day).isoformat() if e.day else "-"  # type: ignore[attr-defined]
    return f"city={e.places.city or '-'} day={day} part={e.part} ages={sorted(e.ages) or '-'}"  # type: ignore[attr-defined]


def _listing(batch: list[dict], members: list[int], apart: list[object]) -> None:
    """Each member's evidence and title, and the edges between members whose `apart` labels differ."""
    edges = {(i, j): w for i, j, w in seen["edges"]}  # type: ignore[attr-defined]
    vec, ev = seen["vectors"], seen["evidence"]
    for i in members:
        print(f"  {batch[i]['id']:8} {batch[i]['published']} {show(ev[i])} | {batch[i]['title'][:80]}")
    for i in members:
        for j in members:
            if i < j and apart[i] != apart[j]:
                w = edges.get((i, j), edges.get((j, i)))
                print(f"    {batch[i]['id']} x {batch[j]['id']}: cos {cosine(vec[i], vec[j]):.3f} "
                      f"edge {'-' if w is None else f'{w:.3f}'} | {_why(batch, i, j)}")


def _why(batch: list[dict], i: int, j: int) -> str:
    """What weighed the pair: the evidence's clashes and agreements, one site, the headlines' factor."""
    ev, vec = seen["evidence"], seen["vectors"]
    v = compare(ev[i], ev[j], day_gap=DEFAULT.day_gap, day_parts=bool(DEFAULT.day_parts),
                moments=bool(DEFAULT.day_moments))  # type: ignore[index]
    said = [k for k in ("place", "day", "ages", "score") if getattr(v, k)]
    agreed = [k for k in ("same_place", "same_day", "same_ages") if getattr(v, k)]
    arts = [article(r) for r in batch]
    reweigh = Reweigh(site_names(arts, DEFAULT), headlines_of(arts, DEFAULT), DEFAULT, arts, ev)  # type: ignore[arg-type]
    site = reweigh.sites is not None and reweigh.sites[i] is not None and reweigh.sites[i] == reweigh.sites[j]
    head = reweigh.headlines.factor(i, j, vec[i], vec[j]) if reweigh.headlines else 1.0  # type: ignore[index]
    told = reweigh.told_alike(i, j)
    return (f"clash {','.join(said) or '-'} agree {','.join(agreed) or '-'} site {'same' if site else '-'} "
            f"head {head:.2f} told {int(told)}")


def report(batch: list[dict], params: dict[str, object] | None = None) -> None:
    """The incidents one batch merges (with the edges between them) and those it cuts (between the pieces)."""
    labels = group.event_labels([article(r) for r in batch], **(params or {}))
    golds = [r["cluster"] for r in batch]
    stories: dict[object, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        stories[label].append(i)
    for members in stories.values():
        merged = sorted({golds[i] for i in members})
        if len(merged) > 1:
            print(f"MERGED {merged}")
            _listing(batch, members, golds)
    by_gold: dict[str, set[object]] = defaultdict(set)
    for i, gold in enumerate(golds):
        by_gold[gold].add(labels[i])
    for gold, got in sorted(by_gold.items()):
        if len(got) > 1:
            print(f"CUT {gold}: " + " | ".join(
                ",".join(batch[i]["id"] for i in range(len(batch)) if labels[i] == g) for g in sorted(got, key=labels.index)))
            _listing(batch, [i for i, g in enumerate(golds) if g == gold], labels)


def parted_counts(path: Path) -> None:
    """Pairs a night apart: of one event / of two, and how many of each the parts of the day part."""
    rows = load([path])
    events = [r.get("cluster") or f"{r['group']}:{r['role'] == 'lookalike'}" for r in rows]
    ev = [evidence_of(r["title"], r["text"], dt.date.fromisoformat(r["published"][:10])) for r in rows]
    count = {(same, cut): 0 for same in (True, False) for cut in (True, False)}
    for i, j in combinations(range(len(rows)), 2):
        if ev[i].day is not None and ev[j].day is not None and abs(ev[i].day - ev[j].day) == 1:
            count[events[i] == events[j], parted(ev[i], ev[j])] += 1
    print(f"{path.name}: {len(rows)} reports, {sum(e.part > 0 for e in ev)} tell a part of the day; pairs a night "
          f"apart: one event {count[True, True] + count[True, False]} (parted {count[True, True]}), two events "
          f"{count[False, True] + count[False, False]} (parted {count[False, True]})")
    # Pairs of one site, and how many of them reweigh.aged_alike lifts (the site's own follow-up rule).
    arts = [article({**r, "id": r.get("id", str(k)), "published": r["published"][:10]}) for k, r in enumerate(rows)]
    reweigh = Reweigh(site_names(arts, DEFAULT), headlines_of(arts, DEFAULT), DEFAULT, arts, ev)
    sites = {(same, lifted): 0 for same in (True, False) for lifted in (True, False)}
    for i, j in combinations(range(len(rows)), 2):
        if rows[i]["outlet"] == rows[j]["outlet"]:
            sites[events[i] == events[j], reweigh.aged_alike(i, j)] += 1
    print(f"  pairs of one site: one event {sites[True, True] + sites[True, False]} (lifted {sites[True, True]}), "
          f"two events {sites[False, True] + sites[False, False]} (lifted {sites[False, True]})")


def _shared(i: int, j: int) -> tuple[list[str], list[str]]:
    """The name terms and the numbers both vectors hold (what the words of the pair have in common)."""
    vec = seen["vectors"]
    both = sorted(set(vec[i]) & set(vec[j]), key=lambda t: -vec[i][t] * vec[j][t])  # type: ignore[index]
    names = [t for t in both if t in seen["names"][i] and t in seen["names"][j]]  # type: ignore[index]
    return names, [t for t in both if t[0].isdigit()]


def _apart(batch: list[dict], i: int, j: int, params: dict[str, object]) -> str:
    """The first of what weighed a pair of one incident apart: a clash, one site, the headlines, else the bar."""
    s = dataclasses.replace(DEFAULT, **params)  # type: ignore[arg-type]
    ev, vec = seen["evidence"], seen["vectors"]
    if compare(ev[i], ev[j], day_gap=s.day_gap, day_parts=bool(s.day_parts), moments=bool(s.day_moments)).clash:  # type: ignore[index]
        return "clash"
    arts = [article(r) for r in batch]
    reweigh = Reweigh(site_names(arts, s), headlines_of(arts, s), s, arts, ev)  # type: ignore[arg-type]
    if reweigh.sites is not None and reweigh.sites[i] is not None and reweigh.sites[i] == reweigh.sites[j] \
            and reweigh._site_share(i, j) < 1.0:
        return "one site"
    if reweigh.headlines is not None and reweigh.headlines.factor(i, j, vec[i], vec[j]) < 1.0 \
            and reweigh(i, j, 1.0, vec) < 1.0:  # type: ignore[index]
        return "headlines"
    return "the linking bar not reached (the words, or the story's mean)"


def splits(batch: list[dict], params: dict[str, object]) -> Counter[str]:
    """Each pair of one incident's reports in different stories: what they share, what weighed them apart."""
    arts = [article(r) for r in batch]
    labels = group.event_labels(arts, **params)
    seen["names"] = [extract_with_names(a.title, a.text)[0].names for a in arts]
    edges = {(i, j): w for i, j, w in seen["edges"]}  # type: ignore[attr-defined]
    ev, vec = seen["evidence"], seen["vectors"]
    causes: Counter[str] = Counter()
    by_gold: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(batch):
        by_gold[r["cluster"]].append(i)
    for gold, members in sorted(by_gold.items()):
        cut = [(i, j) for i, j in combinations(members, 2) if labels[i] != labels[j]]
        if not cut:
            continue
        print(f"SPLIT {gold}")
        why = set()
        for i, j in cut:
            why.add(_apart(batch, i, j, params))
            names, numbers = _shared(i, j)
            w = edges.get((i, j), edges.get((j, i)))
            print(f"  {batch[i]['id']} x {batch[j]['id']}: cos {cosine(vec[i], vec[j]):.3f} "  # type: ignore[index]
                  f"edge {'-' if w is None else f'{w:.3f}'} apart: {_apart(batch, i, j, params)}\n"
                  f"    share names {' '.join(names[:8]) or '-'}; numbers {' '.join(numbers[:6]) or '-'}\n"
                  f"    {show(ev[i])} | {show(ev[j])}")  # type: ignore[index]
        causes.update(why)
    return causes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, action="append")
    parser.add_argument("--how", default="all", choices=("all", "daily"))
    parser.add_argument("--day1", action="store_true", help="a follow-up set's day-1 reports as one batch")
    parser.add_argument("--parted", action="store_true", help="count the pairs the parts of the day part")
    parser.add_argument("--splits", action="store_true", help="what one incident's reports put apart share")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="a setting (--splits and the merges)")
    args = parser.parse_args()
    if args.splits:
        params = {name: values[-1] for name, values in parse_params(args.param).items()}
        for path in args.data or DATA:
            print(f"== {path.name} ({args.how})")
            causes = Counter[str]()
            for batch in batches(load([path]), args.how):
                causes.update(splits(batch, params))
            print(f"  cut incidents by what weighed a pair apart: {dict(causes) or 'none'}")
        return
    if args.parted:
        for path in args.data or [*DATA, HERE / "gold/lookalikes_c.jsonl", HERE / "gold/followups.jsonl",
                                  HERE / "gold/followups2.jsonl"]:
            parted_counts(path)
        return
    if args.day1:
        for path in args.data or sorted(HERE.glob("gold/followups*.jsonl")):
            print(f"== {path.name}")
            report([{**r, "id": f"{r['group']}-{r['role'][-1]}", "cluster": r["group"]}
                    for r in load([path]) if r["role"] in ("day1a", "day1b")])
        return
    params = {name: values[-1] for name, values in parse_params(args.param).items()}
    for batch in batches(load(args.data or DATA), args.how):
        report(batch, params)


if __name__ == "__main__":
    main()
