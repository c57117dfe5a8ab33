#!/usr/bin/env python3
"""Grouping on real pages nobody tuned the grouping for: 181 pages of the article-extraction benchmark.

    python bench/bench_dedupe_real.py [--half tune|heldout|both] [--verbose] [--json]

The pages are read from their HTML as a build reads a fetched page (briefing.collect.seeds.article_from_html)
and grouped together, as one day's feed would be. bench/gold/events_real.json says, by reading, which pages
report the same event (15 events of 2-4 pages, 140 single pages; its "about" says how it was written and
split). Scores per half over pairs of pages: pairwise precision, recall and F1 (a pair is two pages of one
event), B3 F1, and the number of predicted groups that join pages of different events. A predicted pair
with one page in each half is wrong for both halves. The held-out half is for reports only: tune on
"tune". Pages: ../shared/data/article-extraction (Scrapinghub article-extraction-benchmark, MIT License).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.collect.seeds import article_from_html  # noqa: E402
from briefing.dedupe.group import group_stories  # noqa: E402
from briefing.models import Article  # noqa: E402

# The project is cloned beside shared/; a worktree one or more levels deeper finds it further up.
PAGES = next((d / "shared" / "data" / "article-extraction" for d in ROOT.parents
              if (d / "shared" / "data" / "article-extraction" / "ground-truth.json").is_file()),
             ROOT.parent / "shared" / "data" / "article-extraction")
GOLD = ROOT / "bench" / "gold" / "events_real.json"


def load_articles(pages: Path) -> list[Article]:
    """Every page reduced to its article as a build would (pages with no article are left out)."""
    truth = json.loads((pages / "ground-truth.json").read_text(encoding="utf-8"))
    articles = []
    for pid, row in truth.items():
        html = gzip.decompress((pages / "html" / f"{pid}.html.gz").read_bytes()).decode("utf-8", "replace")
        article = article_from_html(html, id=pid, url=row["url"], fast=True)
        if article is not None:
            articles.append(article)
    return articles


def predicted_groups(articles: list[Article]) -> dict[str, int]:
    """Page id -> the number of the story it lands in."""
    return {a.id: n for n, story in enumerate(group_stories(articles)) for a in story.articles}


def score(half: str, gold: dict[str, str], split: dict[str, str], predicted: dict[str, int]) -> dict[str, float]:
    ids = [i for i in predicted if split.get(i) == half]
    gold_pairs = {(a, b) for a, b in combinations(sorted(ids), 2) if gold[a] == gold[b]}
    pred_pairs = {(a, b) for a, b in combinations(sorted(predicted), 2) if predicted[a] == predicted[b]
                  and (split.get(a) == half or split.get(b) == half)}
    hit = len(gold_pairs & pred_pairs)
    p = hit / len(pred_pairs) if pred_pairs else 1.0
    r = hit / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    b3_p = b3_r = 0.0
    for i in ids:
        same_pred = {j for j in ids if predicted[j] == predicted[i]}
        same_gold = {j for j in ids if gold[j] == gold[i]}
        both = len(same_pred & same_gold)
        b3_p += both / len(same_pred)
        b3_r += both / len(same_gold)
    b3_p, b3_r = b3_p / len(ids), b3_r / len(ids)
    groups: dict[int, set[str]] = {}
    for i, n in predicted.items():
        groups.setdefault(n, set()).add(i)
    mixed = sum(1 for members in groups.values() if len(members) > 1 and any(split.get(m) == half for m in members)
                and len({gold[m] for m in members}) > 1)
    return {"pw_p": round(p, 4), "pw_r": round(r, 4), "pw_f1": round(f1, 4),
            "b3_f1": round(2 * b3_p * b3_r / (b3_p + b3_r), 4), "mixed_groups": mixed,
            "pages": len(ids), "gold_pairs": len(gold_pairs), "pred_pairs": len(pred_pairs)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=PAGES)
    parser.add_argument("--half", default="tune", choices=("tune", "heldout", "both"))
    parser.add_argument("--verbose", action="store_true", help="list predicted groups of the tune half")
    parser.add_argument("--json", action="store_true", help="end with one JSON line of named scores")
    args = parser.parse_args()
    if not (args.pages / "ground-truth.json").exists():
        print(f"skipped: {args.pages} not found (pass --pages)")
        return 0
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    gold, split = data["pages"], data["split"]
    started = time.perf_counter()
    articles = load_articles(args.pages)
    read = time.perf_counter()
    predicted = predicted_groups(articles)
    grouped = time.perf_counter()
    halves = ("tune", "heldout") if args.half == "both" else (args.half,)
    named = {}
    for half in halves:
        s = score(half, gold, split, predicted)
        print(f"real pages/{half:8} pairwise p {s['pw_p']:.3f} r {s['pw_r']:.3f} f1 {s['pw_f1']:.3f}  "
              f"b3 f1 {s['b3_f1']:.3f}  mixed groups {s['mixed_groups']}  (pages={s['pages']} "
              f"gold pairs={s['gold_pairs']} predicted pairs={s['pred_pairs']})")
        named.update({f"dedupe.real.{half}.{k}": v for k, v in s.items() if k not in ("pages",)})
    print(f"reading {read - started:.1f} s, grouping {grouped - read:.2f} s")
    if args.verbose:
        titles = {a.id: f"{a.outlet[:18]:18} {a.title[:90]}" for a in articles}
        stories: dict[int, list[str]] = {}
        for i, n in predicted.items():
            stories.setdefault(n, []).append(i)
        for members in stories.values():
            if len(members) > 1 and any(split.get(m) == "tune" for m in members):
                ok = len({gold[m] for m in members}) == 1
                print(f"--- {'ok   ' if ok else 'MIXED'} {len(members)}")
                for m in members:
                    print(f"    [{split.get(m, '?')[:4]}] {gold[m][:34]:34} {titles[m]}")
    if args.json:
        print(json.dumps(named, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
