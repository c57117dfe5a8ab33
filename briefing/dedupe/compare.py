"""Comparing candidate pairs: their words' similarity weighed by their evidence, sites and headlines, and
which of them are syndicated copies of one another. Each slice of pairs is compared apart (group.py deals
them out to every core), so nothing here looks beyond the pairs it is given."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.dedupe.reweigh import Reweigh
from briefing.dedupe.settings import Settings
from briefing.dedupe.similarity import Vector, cosine
from briefing.models import Article
from briefing.text.evidence import Evidence, Verdict, parted
from briefing.text.places import far_apart
from briefing.text.streets import clash

# Pairs less alike than this are dropped before linking: far below both thresholds, they can only
# lower an average, and keeping them would cost memory on large batches.
MIN_EDGE = 0.03
# A syndicated copy is this alike as vectors (a cheap first test) ...
COPY_COSINE = 0.9
# ... and shares this share of its word triples with the original: small edits (a new headline, a
# trimmed paragraph) keep most triples, while a rewrite by another outlet keeps few.
COPY_SHINGLES = 0.7


def compare_pairs(articles: Sequence[Article], vectors: Sequence[Vector], evidence: Sequence[Evidence],
                  pairs: Sequence[tuple[int, int]], exact: Sequence[int], s: Settings,
                  reweigh: Reweigh) -> tuple[list[tuple[int, int, float]], list[tuple[int, int]]]:
    """The pairs alike enough to keep as edges (i, j, similarity weighed by evidence, then by site and
    headlines), and those that are near-exact copies (by their words alone: a copy is a copy whatever its
    datelines say)."""
    edges = []
    near = []
    shingles: dict[int, frozenset[int]] = {}
    for i, j in pairs:
        sim = cosine(vectors[i], vectors[j])
        if sim < MIN_EDGE:
            continue
        weighed = weigh_pair(sim, evidence[i], evidence[j], s)
        if weighed >= MIN_EDGE:
            edges.append((i, j, reweigh(i, j, weighed, vectors)))
        # Only pairs this alike as vectors can be copies; word triples are built for those alone.
        if sim >= COPY_COSINE and exact[i] != exact[j]:
            a = shingles[i] if i in shingles else shingles.setdefault(i, _shingles(articles[i].text))
            b = shingles[j] if j in shingles else shingles.setdefault(j, _shingles(articles[j].text))
            if a and b and len(a & b) >= COPY_SHINGLES * min(len(a), len(b)):
                near.append((i, j))
    return edges, near


def weigh(sim: float, verdict: Verdict, s: Settings) -> float:
    """A pair's similarity weighed by its evidence. One clash (another city, day, ages or game score; streets count
    only beside one of those) multiplies it by that kind's factor: alone it is sometimes a report's background or a
    second place of one event. Two or more multiply it by s.multi_clash_factor (0: a clear clash keeps them apart however
    alike their words). With no clash, each kind that agrees adds its share of it (at most 1)."""
    clashes = verdict.clash
    if clashes > 1:
        return sim * s.multi_clash_factor
    if clashes:
        return sim * (s.place_clash if verdict.place else (s.hurt_clash if verdict.hurt else s.day_clash) if verdict.day
                      else s.age_clash if verdict.ages else s.score_clash)
    boost = (s.agree_place * verdict.same_place + s.agree_day * verdict.same_day + s.agree_ages * verdict.same_ages
             + s.agree_people * verdict.same_people)
    return min(1.0, sim * (1.0 + boost))


def weigh_pair(sim: float, a: Evidence, b: Evidence, s: Settings) -> float:
    """weigh(sim, compare(a, b, day_gap=s.day_gap), s), the same number without building a Verdict.

    This runs for every compared pair (251,000 on the synthetic 100k day) and in every split: the Verdict, a
    frozen dataclass of seven fields, and its properties cost more than the comparison itself (about 3
    of 4 µs a pair). Each test is compare's, in its order, so the clashes and agreements are the same
    bools and the boost the same sum; tests check the two agree."""
    pa, pb = a.places, b.places
    city_a, city_b = pa.city, pb.city
    both_cities = bool(city_a and city_b)
    same_place = both_cities and city_a == city_b
    place = (both_cities and not same_place and city_a not in pb.mentioned and city_b not in pa.mentioned
             and far_apart(city_a, city_b))
    day_a, day_b = a.day, b.day
    both_days = day_a is not None and day_b is not None
    same_day = both_days and day_a == day_b
    ages_a, ages_b = a.ages, b.ages
    same_ages = not a.near_ages.isdisjoint(ages_b)  # no set is built
    ages = bool(ages_a and ages_b) and not same_ages
    # Days a night apart are one event's told two ways ("late Saturday", "early Sunday"), unless the victims
    # differ too (a second shooting on the same street the next night) or the parts of the days told cannot
    # meet across that night ("Wednesday morning", "late Thursday": text/dayparts.py).
    # ... and none clash where both tell one moment to the minute: a next-day piece leads with its own news ("turned
    # himself in Friday") and tells the event's moment further on ("struck at about 10:20 p.m. Wednesday").
    day = (both_days and not same_day and (ages or abs(day_a - day_b) > s.day_gap  # type: ignore[operator]
                                           or bool(s.day_parts) and parted(a, b))
           and not (s.day_moments and not a.moments.isdisjoint(b.moments)))
    scores_a, scores_b = a.scores, b.scores
    score = bool(scores_a and scores_b) and scores_a.isdisjoint(scores_b)
    clashes = place + day + ages + score
    # a street clash counts only beside another (evidence.compare)
    clashes += bool(clashes) and bool(s.streets) and clash(a.streets, a.named_streets, b.streets, b.named_streets)
    if clashes > 1:
        return sim * s.multi_clash_factor
    if clashes:
        if day:  # two casualties' own days, no victim in common (evidence.Verdict.hurt): two events
            return sim * (s.hurt_clash if a.hurt and b.hurt and not same_ages else s.day_clash)
        return sim * (s.place_clash if place else s.age_clash if ages else s.score_clash)
    # People are compared only when they count (by default they do not): 0.0 * anything adds nothing.
    same_people = s.agree_people and not a.people.isdisjoint(b.people)
    boost = (s.agree_place * same_place + s.agree_day * same_day + s.agree_ages * same_ages
             + s.agree_people * same_people)
    return min(1.0, sim * (1.0 + boost))


def _shingles(text: str) -> frozenset[int]:
    """The hashes of a text's word triples (hashes, not the triples, to keep memory low at scale)."""
    words = text.lower().split()
    return frozenset(map(hash, zip(words, words[1:], words[2:], strict=False)))
