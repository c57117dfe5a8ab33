"""Split a story that is really two events of one kind (two title fights of one boxer, two deaths of
Watergate figures) into two.

Such a story's reports share the topic and often the protagonist, which is why linking put them
together. Within the story, terms every member carries (the boxer, "heavyweight") say nothing; the terms
only some members carry (the opponent, the year, the venue) do. So each member is re-weighted by how
rare each of its terms is *within the story*, members are grouped into two by average link on that
re-weighted similarity, and the split is kept only when the two sides are far less alike across than
each side is within.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

from briefing.dedupe.similarity import Vector, cosine

# A story smaller than this is not examined: with fewer members, "terms only some members carry" is
# mostly one outlet's wording, not a second event.
MIN_STORY = 6
# Each side of a split needs this many members: a side of one or two is an odd write-up (a background
# feature, a follow-up) far more often than a second event (ECB+ train, Cybulska & Vossen 2014).
MIN_SIDE = 3
# Keep a split when the mean cross-side similarity is below this share of the less cohesive side's mean
# inner similarity. On ECB+ train the two merged event pairs it separates score 0.13 and 0.18, while
# single-event stories with sides of 3+ score 0.26 or more; B-cubed F1 on train is flat from 0.20 to
# 0.25, and this is the middle of that plateau.
MAX_CROSS_RATIO = 0.22
# A story in which every pair of reports is at least this alike is one event and is not examined (most
# stories of a big batch, so this saves most of the work). On ECB+ train no two events come near it: for
# every pair of events, some cross pair of reports is below 0.17.
ONE_EVENT = 0.5
# Larger stories are left whole: the two-way grouping is cubic in the story's size.
MAX_STORY = 150


def split_stories(
    labels: list[int], vectors: Sequence[Vector], active: Sequence[bool], edges: Iterable[tuple[int, int, float]],
    weigh: Callable[[int, int, float], float] = lambda i, j, sim: sim,
) -> list[int]:
    """Labels with each story that holds two events of one kind split in two (recursively).

    `weigh(i, j, sim)` weighs two members' similarity by their evidence (another city, day or victims
    lowers it), as linking did, so the two sides fall along a clash."""
    members: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        if active[i]:
            members[label].append(i)
    close: Counter[int] = Counter(labels[i] for i, j, sim in edges if sim >= ONE_EVENT and labels[i] == labels[j])
    out = list(labels)
    todo = [m for label, m in members.items()
            if MIN_STORY <= len(m) <= MAX_STORY and close[label] < len(m) * (len(m) - 1) // 2]
    while todo:
        story = todo.pop()
        halves = _two_events(story, vectors, weigh)
        if halves is None:
            continue
        new_label = min(halves[1])
        for i in halves[1]:
            out[i] = new_label
        todo.extend(h for h in halves if len(h) >= MIN_STORY)
    return out


def _two_events(story: list[int], vectors: Sequence[Vector],
                weigh: Callable[[int, int, float], float]) -> tuple[list[int], list[int]] | None:
    """The story's two sides if it reads as two events, else None."""
    local = _local_vectors([vectors[i] for i in story])
    m = len(local)
    sim = [[1.0] * m for _ in range(m)]
    for i in range(m):
        for j in range(i + 1, m):
            sim[i][j] = sim[j][i] = weigh(story[i], story[j], cosine(local[i], local[j]))
    first, second = _bisect(sim)
    if min(len(first), len(second)) < MIN_SIDE:
        return None
    cross = _mean([sim[i][j] for i in first for j in second])
    inner = min(_mean([sim[i][j] for i in side for j in side if i < j]) for side in (first, second))
    if cross >= MAX_CROSS_RATIO * inner:
        return None
    sides = sorted(([story[i] for i in side] for side in (first, second)), key=min)
    return sides[0], sides[1]


def _local_vectors(vectors: list[Vector]) -> list[Vector]:
    """Vectors re-weighted by rarity within the story: terms all members share, or only one has, drop out."""
    m = len(vectors)
    local_df = Counter(t for v in vectors for t in v)
    out = []
    for v in vectors:
        weights = {t: w * math.log(m / local_df[t]) for t, w in v.items() if 2 <= local_df[t] < m}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        out.append({t: w / norm for t, w in weights.items()})
    return out


def _bisect(sim: list[list[float]]) -> tuple[list[int], list[int]]:
    """Average link on a dense similarity matrix, stopped at two groups."""
    groups = {i: [i] for i in range(len(sim))}
    link = {i: {j: sim[i][j] for j in groups if j != i} for i in groups}  # mean similarity between groups
    while len(groups) > 2:
        a, b = max(((a, b) for a in link for b in link[a] if a < b), key=lambda ab: link[ab[0]][ab[1]])
        na, nb = len(groups[a]), len(groups[b])
        for c in link:
            if c not in (a, b):
                link[a][c] = link[c][a] = (link[a][c] * na + link[b][c] * nb) / (na + nb)
                del link[c][b]
        del link[b], link[a][b]
        groups[a] += groups.pop(b)
    first, second = groups.values()
    return first, second


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0
