"""Candidate pairs without comparing every article with every other.

Each article is indexed under its few heaviest terms that are rare in the batch (a name, a place, a
count). Only articles that share such a term are compared, so the work grows with the number of
articles times the length of the short posting lists, not with the square of the batch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from briefing.similarity import Vector

# Terms an article is indexed under. Reports of one event share several of their heaviest terms; 15
# cover 99% of the ECB+ train pairs worth comparing (8 cover 94%), and keep posting lists few per article.
KEYS_PER_ARTICLE = 15
# A term in more articles than this is a topic word ("police", "election"), not one event's who/where:
# its posting list would pair up unrelated articles. Other keys still link a big story's articles.
MAX_POSTING = 200


def index_keys(vector: Vector, df: Counter[str]) -> list[str]:
    """The terms an article is indexed under: its heaviest terms that are rare but not unique."""
    keys = [t for t, _ in sorted(vector.items(), key=lambda kv: (-kv[1], kv[0])) if 1 < df[t] <= MAX_POSTING]
    return keys[:KEYS_PER_ARTICLE]


def candidate_pairs(vectors: Sequence[Vector], df: Counter[str]) -> Iterator[tuple[int, int]]:
    """Every pair (i, j), i < j, whose articles share an index key; each pair once, in a stable order."""
    postings: dict[str, list[int]] = {}
    keys = []
    for i, vector in enumerate(vectors):
        mine = index_keys(vector, df)
        keys.append(mine)
        for term in mine:
            postings.setdefault(term, []).append(i)
    for i, mine in enumerate(keys):
        seen: set[int] = set()
        for term in mine:
            seen.update(postings[term])
        for j in sorted(seen):
            if j > i:
                yield i, j
