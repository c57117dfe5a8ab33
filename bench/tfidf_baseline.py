"""The reference method: plain TF-IDF cosine over every pair, then average-link clustering.

All pairs are compared (quadratic time and memory): this is what blocking is measured against.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.dedupe.linkage import average_link  # noqa: E402

_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = "a an and are as at be by for from has have he in is it its of on or said that the to was were will with"
_STOP = frozenset(_STOPWORDS.split())


def tfidf_vectors(texts: Sequence[str]) -> list[dict[str, float]]:
    """Unit-length sublinear TF-IDF vectors (terms seen in one text only are dropped)."""
    counts = [Counter(w for w in _WORD.findall(t.lower()) if w not in _STOP) for t in texts]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(texts)
    vectors = []
    for c in counts:
        v = {t: (1 + math.log(k)) * math.log(n / df[t]) for t, k in c.items() if df[t] > 1}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({t: x / norm for t, x in v.items()})
    return vectors


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of two sparse vectors (their cosine when both have unit length)."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return sum(x * big[t] for t, x in small.items() if t in big)


def tfidf_average_link(texts: Sequence[str], threshold: float) -> list[int]:
    """Cluster labels from sublinear TF-IDF cosine over all pairs and average link at `threshold`."""
    vectors = tfidf_vectors(texts)
    n = len(texts)
    edges = []
    for i in range(n):
        a = vectors[i]
        for j in range(i + 1, n):
            sim = cosine(a, vectors[j])
            if sim > 0:
                edges.append((i, j, sim))
    return average_link(n, edges, threshold)
