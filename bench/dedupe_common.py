"""Shared helpers of the dedupe benchmarks: ECB+ and JSON-lines loading, clustering scores, timing and memory."""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
# The project is cloned beside shared/; a worktree one level deeper finds it one level further up.
ECBPLUS = next(
    (d / "shared" / "data" / "ecbplus" for d in PROJECT.parents if (d / "shared" / "data" / "ecbplus").is_dir()),
    PROJECT.parent / "shared" / "data" / "ecbplus",
)


def load_ecbplus(split: str) -> list[dict]:
    """Rows {id, cluster, title, text} of one ECB+ split (Cybulska & Vossen 2014, CC BY 3.0)."""
    path = ECBPLUS / f"{split}.jsonl"
    if not path.is_file():
        sys.exit(f"ECB+ data not found at {path}: clone the project beside shared/ (shared/data/ecbplus/{split}.jsonl)")
    return load_jsonl(path)


def load_jsonl(path: Path) -> list[dict]:
    """The rows of a JSON-lines file, blank lines skipped."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def as_read(text: str) -> str:
    """A corpus row's text as `briefing build` reads a saved article: its site chrome ("Sign up ...", "More from X:
    ...", photo credits) dropped by collect's cleaner. RAW (set by a bench's --raw) keeps the text as written."""
    if RAW:
        return text
    from briefing.collect.textclean import clean_article  # here: the loaders of ECB+ rows never need it

    return clean_article(text).body or text


RAW = False  # --raw: read corpus texts as written, as the benches did before 2026-11-30 (evening)


def bcubed(pred: Sequence[object], gold: Sequence[object]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a predicted clustering against the gold one."""
    pred_members: dict[object, set[int]] = defaultdict(set)
    gold_members: dict[object, set[int]] = defaultdict(set)
    for i, (p, g) in enumerate(zip(pred, gold, strict=True)):
        pred_members[p].add(i)
        gold_members[g].add(i)
    precision = recall = 0.0
    for p, g in zip(pred, gold, strict=True):
        shared = len(pred_members[p] & gold_members[g])
        precision += shared / len(pred_members[p])
        recall += shared / len(gold_members[g])
    n = len(pred) or 1
    return _prf(precision / n, recall / n)


def pairwise(pred: Sequence[object], gold: Sequence[object]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1: over all pairs put together by the prediction or the gold.

    Counted from cluster sizes (a pair is together in a cell of the contingency table), so it is linear
    and fits 100k articles."""
    def pairs(sizes: Counter) -> int:
        return sum(k * (k - 1) // 2 for k in sizes.values())

    both = pairs(Counter(zip(pred, gold, strict=True)))
    predicted, true = pairs(Counter(pred)), pairs(Counter(gold))
    precision = both / predicted if predicted else 1.0
    recall = both / true if true else 1.0
    return _prf(precision, recall)


def _prf(precision: float, recall: float) -> tuple[float, float, float]:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def lookalike_counts(pred: Sequence[object], gold: Sequence[str], topic_of: dict[str, int]) -> tuple[int, int, int]:
    """Pairs of articles within one ECB+ topic (two look-alike events): (kept together rightly, merged
    across the two events, all pairs across the two events). Sum these over folds before dividing."""
    tp = fp = across = 0
    for i in range(len(pred)):
        for j in range(i + 1, len(pred)):
            if topic_of[gold[i]] != topic_of[gold[j]]:
                continue
            together = pred[i] == pred[j]
            if gold[i] == gold[j]:
                tp += together
            else:
                fp += together
                across += 1
    return tp, fp, across


def lookalike_scores(tp: int, fp: int, across: int) -> tuple[float, float]:
    """Look-alike pairwise precision (of pairs put together within a topic, the share from one event)
    and merge rate (of pairs across a topic's two events, the share put together)."""
    return (tp / (tp + fp) if tp + fp else 1.0), (fp / across if across else 0.0)
