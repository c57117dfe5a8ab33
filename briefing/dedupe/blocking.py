"""Candidate pairs without comparing every article with every other.

Each article is indexed under its few heaviest terms that are rare in the batch (a name, a place, a
count). Only articles that share such a term are compared, so the work grows with the number of
articles times the length of the short posting lists, not with the square of the batch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import chain, compress

from briefing.dedupe.similarity import Vector

# Terms an article is indexed under. Reports of one event share several of their heaviest terms; 25
# keep every ECB+ train pair that links (8 keep 94%) while posting lists stay few per article.
KEYS_PER_ARTICLE = 25
# A term in more articles than this is a topic word ("police", "election"), not one event's who/where:
# its posting list would pair up unrelated articles. Other keys still link a big story's articles.
MAX_POSTING = 100
# Two articles are compared only if they share this many keys: one shared rare term is often chance (a
# street name, a number), two rarely are; with 25 keys ECB+ scores the same as comparing all pairs.
MIN_SHARED = 2


def index_keys(vector: Vector, rare: set[str]) -> list[str]:
    """The terms an article is indexed under: its heaviest terms that are rare but not unique."""
    # Set intersection and sorts by C-level keys: no Python code per term. Sorting the terms first makes
    # ties in weight break the same way in every run.
    mine = sorted(vector.keys() & rare)
    mine.sort(key=vector.__getitem__, reverse=True)
    return mine[:KEYS_PER_ARTICLE]


def rare_terms(df: Counter[str]) -> set[str]:
    """Terms in more than one article but no more than MAX_POSTING."""
    return {t for t, n in df.items() if 1 < n <= MAX_POSTING}


def candidate_pairs(vectors: Sequence[Vector], df: Counter[str]) -> Iterator[tuple[int, int]]:
    """Every pair (i, j), i < j, whose articles share MIN_SHARED index keys; each once, in a stable order."""
    postings: dict[str, list[int]] = {}
    rare = rare_terms(df)
    enough = (MIN_SHARED - 1).__lt__
    for j, vector in enumerate(vectors):
        # Article j is matched only against the articles indexed before it, so each pair is counted
        # once; counting and filtering run in C (Counter, compress), which is the hot loop here.
        lists = [postings.setdefault(term, []) for term in index_keys(vector, rare)]
        if lists:
            shared = Counter(chain.from_iterable(lists))
            for i in sorted(compress(shared, map(enough, shared.values()))):
                yield i, j
            for found in lists:
                found.append(j)
