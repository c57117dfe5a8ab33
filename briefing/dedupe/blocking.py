"""Candidate pairs without comparing every article with every other.

Each article is indexed under its few heaviest terms that are rare in the batch (a name, a place, a
count). Only articles that share such a term are compared, so the work grows with the number of
articles times the length of the short posting lists, not with the square of the batch.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from itertools import chain, compress, repeat

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
# Whether a count of shared keys makes a candidate pair.
_ENOUGH = (MIN_SHARED - 1).__lt__


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


def candidate_pairs(vectors: Sequence[Vector], df: Counter[str]) -> list[tuple[int, int]]:
    """Every pair (i, j), i < j, whose articles share MIN_SHARED index keys; each once, by j, then by i."""
    rare = rare_terms(df)
    keys = [index_keys(v, rare) for v in vectors]
    return pairs_ending_in(postings(keys), keys, 0, len(keys))


def postings(keys: Sequence[Sequence[str]], start: int = 0) -> dict[str, list[int]]:
    """The articles indexed under each key, ascending; `keys` are those of articles start, start + 1, ..."""
    found: dict[str, list[int]] = {}
    for j, mine in enumerate(keys, start):
        for term in mine:
            if term in found:
                found[term].append(j)
            else:
                found[term] = [j]
    return found


def merge_postings(parts: Sequence[dict[str, list[int]]]) -> dict[str, list[int]]:
    """The postings of consecutive slices of a batch as one (the first slice's lists are extended)."""
    merged = parts[0]
    for part in parts[1:]:
        for term, found in part.items():
            if term in merged:
                merged[term] += found
            else:
                merged[term] = found
    return merged


def pairs_ending_in(index: dict[str, list[int]], keys: Sequence[Sequence[str]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The candidate pairs (i, j) with lo <= j < hi, by j then i, from the whole batch's postings and index
    keys: slices of j can be found apart, in any process, and joined in order."""
    pairs: list[tuple[int, int]] = []
    for j in range(lo, hi):
        shared = Counter(chain.from_iterable(_earlier(index, keys, j)))
        pairs.extend(zip(sorted(compress(shared, map(_ENOUGH, shared.values()))), repeat(j)))
    return pairs


def _earlier(index: dict[str, list[int]], keys: Sequence[Sequence[str]], j: int) -> list[list[int]]:
    """The articles before j under each of its keys (a sorted list cut at j). Counting and filtering them
    run in C (Counter, compress): this is the hot loop of blocking."""
    return [ids[:bisect_left(ids, j)] for ids in map(index.__getitem__, keys[j])]


def pair_work(index: dict[str, list[int]], keys: Sequence[Sequence[str]], j: int) -> float:
    """Roughly how long finding and comparing article j's pairs takes, in units of 4 µs (measured on a
    synthetic 100k day): one for the article, a twentieth for each entry before it under its keys (they
    are counted), three and a half for each pair (compared). Where the reports of an event are spread
    through the batch a later article has more of both, so equal slices of j would not be equal work."""
    found = _earlier(index, keys, j)
    shared = Counter(chain.from_iterable(found))
    return 1.0 + sum(map(len, found)) / 20 + 3.5 * sum(map(_ENOUGH, shared.values()))
