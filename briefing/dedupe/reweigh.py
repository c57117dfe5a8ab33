"""What a day of real news says about a compared pair beyond its words: its site and its headlines.

ECB+, on which the linking was first tuned, holds only events told by many reports, each from a corpus
without sites or headlines of their own. A day of real news is mostly single reports, next to which a
piece alike in topic is most often another event: a second piece of one site (sites.py), or a piece
headlined about another matter (headlines.py). Both lower a pair's similarity before linking.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.dedupe.headlines import Headlines, headline_terms
from briefing.dedupe.settings import Settings
from briefing.dedupe.similarity import Vector
from briefing.dedupe.sites import site_of, telling
from briefing.models import Article


def headlines_of(articles: Sequence[Article], s: Settings) -> list[frozenset[str]]:
    """Each article's headline terms (headlines.py), or none at all where headlines are not weighed."""
    if s.headline_floor >= 1.0:
        return [frozenset()] * len(articles)
    return [headline_terms(a) for a in articles]


def site_names(articles: Sequence[Article], s: Settings) -> list[str]:
    """Each article's site (sites.py), or none at all where sites are not weighed."""
    return [site_of(a) for a in articles] if s.same_site != 1.0 else [""] * len(articles)


class Reweigh:
    """What the batch's sites and headlines say of a compared pair: the share of its similarity it keeps.

    Built once per batch, before the pairs are compared, so that every slice's comparison weighs its own
    pairs (on every core) rather than this process weighing them all afterwards."""

    def __init__(self, sites: Sequence[str], heads: Sequence[frozenset[str]], s: Settings) -> None:
        """`sites` and `heads` are each article's, as site_names and headlines_of give them."""
        self.same_site = s.same_site
        self.sites = telling(sites) if s.same_site != 1.0 else None
        self.headlines = Headlines(heads, s.headline_floor, s.headline_knee) if s.headline_floor < 1.0 else None

    def __call__(self, i: int, j: int, sim: float, vectors: Sequence[Vector]) -> float:
        """The pair's similarity with its site's and its headlines' evidence weighed in."""
        sites = self.sites
        if sites is not None and sites[i] is not None and sites[i] == sites[j]:
            sim *= self.same_site
        if self.headlines is not None:
            sim *= self.headlines.factor(i, j, vectors[i], vectors[j])
        return sim
