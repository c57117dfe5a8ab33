"""How well the page reader gets articles out of real pages: body text, and whether its metadata is junk.

    PYTHONPATH=. python bench/bench_extraction.py [--data DIR] [--quick] [--json] [--verbose]

Data: ../shared/data/article-extraction/ (181 real pages, Scrapinghub's article-extraction-benchmark, MIT
License): html/<id>.html.gz and ground-truth.json with each page's url and articleBody. Each page goes
through the same reader a feed's linked page does (briefing.feeds.pages.read_page: charset, trafilatura,
briefing's cleaner, metadata).

Scores
- body precision / recall / F1: token overlap (multiset of lowercased words) of our text with articleBody,
  averaged over pages; a page we skip counts precision 1, recall 0 for that page.
- kept: share of pages that gave an article (not skipped).
- junk titles / outlets / authors: counts of structural faults a reader would notice, checked without
  word lists: a title of one short token or ending in " - Site" / " | Site"; an outlet with a separator
  (" | ", " - ", ":", ","), longer than five words, or equal to the title; an author holding a month
  name or digits, more than five words, or the words "by"/"author".
--json prints, as its last line, one JSON object of named scores for CI to gate on.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.feeds.pages import read_page  # noqa: E402
from briefing.text import MONTHS  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "article-extraction"
_WORD = re.compile(r"\w+", re.UNICODE)
_SEPARATOR = re.compile(r"\s[|\-–—:·»]\s|,")
_SITE_SUFFIX = re.compile(r"\s[|\-–—·»]\s[^|\-–—·»]{2,40}$")


def tokens(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text))


def overlap(ours: str, gold: str) -> tuple[float, float]:
    mine, truth = tokens(ours), tokens(gold)
    common = sum((mine & truth).values())
    precision = common / sum(mine.values()) if mine else 1.0
    recall = common / sum(truth.values()) if truth else 1.0
    return precision, recall


def junk_title(title: str, outlet: str) -> str | None:
    words = title.split()
    if not words:
        return "empty"
    if len(words) == 1 and len(title) <= 12:
        return "one short token"
    suffix = _SITE_SUFFIX.search(title)
    if suffix and len(words) > 3:
        return "ends with a site name"
    if outlet and title.casefold() == outlet.casefold():
        return "same as the outlet"
    return None


def junk_outlet(outlet: str, title: str) -> str | None:
    if not outlet:
        return "empty"
    if _SEPARATOR.search(outlet):
        return "has a separator"
    if len(outlet.split()) > 5:
        return "longer than five words"
    if title and outlet.casefold() == title.casefold():
        return "same as the title"
    return None


def junk_author(author: str | None) -> str | None:
    if not author:
        return None
    faults = [_junk_name(name) for name in author.split(", ")]  # several authors are joined with ", "
    return next((f for f in faults if f), None)


def _junk_name(author: str) -> str | None:
    words = [w.strip(".,").lower() for w in author.split()]
    if any(w in MONTHS for w in words):
        return "has a month"
    if any(ch.isdigit() for ch in author):
        return "has digits"
    if len(words) > 5:
        return "longer than five words"
    if {"by", "author"} & set(words):
        return "says 'by'/'author'"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--quick", action="store_true", help="the first 40 pages only")
    parser.add_argument("--json", action="store_true", help="last line: one JSON object of named scores")
    parser.add_argument("--verbose", action="store_true", help="print each page's faults")
    args = parser.parse_args()
    truth = json.loads((args.data / "ground-truth.json").read_text())
    ids = sorted(truth)[:40] if args.quick else sorted(truth)
    precisions, recalls, f1s = [], [], []
    kept = 0
    junk: Counter[str] = Counter()
    started = time.perf_counter()
    for page_id in ids:
        gold = truth[page_id]
        body = gzip.decompress((args.data / "html" / f"{page_id}.html.gz").read_bytes())
        verdict = read_page(body, "text/html", gold["url"], None)
        article = verdict.article
        text = article.text if article else ""
        p, r = overlap(f"{article.title}\n{text}" if article else "", gold["articleBody"])
        precisions.append(p)
        recalls.append(r)
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
        if article is None:
            if args.verbose:
                print(f"{page_id[:10]} skipped: {verdict.problem}  {gold['url']}")
            continue
        kept += 1
        faults = {"title": junk_title(article.title, article.outlet), "outlet": junk_outlet(article.outlet, article.title),
                  "author": junk_author(article.author)}
        for field, fault in faults.items():
            if fault:
                junk[field] += 1
                if args.verbose:
                    value = getattr(article, field)
                    print(f"{page_id[:10]} {field} {fault}: {value!r}  {gold['url']}")
    n = len(ids)
    scores = {
        "extraction.body_precision": round(sum(precisions) / n, 4),
        "extraction.body_recall": round(sum(recalls) / n, 4),
        "extraction.body_f1": round(sum(f1s) / n, 4),
        "extraction.kept": round(kept / n, 4),
        "extraction.junk_titles": junk["title"],
        "extraction.junk_outlets": junk["outlet"],
        "extraction.junk_authors": junk["author"],
    }
    print(f"{n} pages in {time.perf_counter() - started:.1f} s")
    print(f"body  precision {scores['extraction.body_precision']:.3f}  recall {scores['extraction.body_recall']:.3f}  "
          f"F1 {scores['extraction.body_f1']:.3f}")
    print(f"kept  {kept}/{n} ({scores['extraction.kept']:.1%})")
    print(f"junk  titles {junk['title']}  outlets {junk['outlet']}  authors {junk['author']}")
    if args.json:
        print(json.dumps(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
