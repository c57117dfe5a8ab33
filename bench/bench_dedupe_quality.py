"""Dedupe quality on ECB+ (train and dev): B-cubed and pairwise P/R/F1, next to a TF-IDF baseline.

Run from the project root:  PYTHONPATH=. python bench/bench_dedupe_quality.py
The data is ECB+ (Cybulska & Vossen 2014, CC BY 3.0), read from ../shared/data/ecbplus/.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dedupe_common import bcubed, load_ecbplus, pairwise  # noqa: E402
from tfidf_baseline import tfidf_average_link  # noqa: E402

from briefing.dedupe.group import event_labels  # noqa: E402
from briefing.models import Article  # noqa: E402


def main() -> None:
    """Print one table row per split and method."""
    print(f"{'split':6} {'method':22} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6}   {'pw P':>6} {'pw R':>6} {'pw F1':>6}")
    for split in ("train", "dev"):
        rows = load_ecbplus(split)
        gold = [r["cluster"] for r in rows]
        articles = [
            Article(id=r["id"], title=r["title"], text=r["text"], outlet="ecbplus", origin="jsonl") for r in rows
        ]
        methods = {
            "briefing dedupe": event_labels(articles),
            "tf-idf avg-link 0.20": tfidf_average_link([f"{r['title']}\n{r['text']}" for r in rows], 0.20),
        }
        for name, pred in methods.items():
            b, p = bcubed(pred, gold), pairwise(pred, gold)
            print(f"{split:6} {name:22} {b[0]:6.3f} {b[1]:6.3f} {b[2]:6.3f}   {p[0]:6.3f} {p[1]:6.3f} {p[2]:6.3f}")


if __name__ == "__main__":
    main()
