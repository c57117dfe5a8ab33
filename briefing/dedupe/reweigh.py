"""What a day of real news says about a compared pair beyond its words: its site and its headlines.

ECB+, on which the linking was first tuned, holds only events told by many reports, each from a corpus
without sites or headlines of their own. A day of real news is mostly single reports, next to which a
piece alike in topic is most often another event: a second piece of one site (sites.py), or a piece
headlined about another matter (headlines.py). Both lower a pair's similarity before linking.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.dedupe.headlines import weigh_headlines
from briefing.dedupe.settings import Settings
from briefing.dedupe.similarity import Vector
from briefing.dedupe.sites import weigh_sites
from briefing.models import Article


def reweigh(articles: Sequence[Article], vectors: Sequence[Vector], edges: list[tuple[int, int, float]],
            s: Settings) -> list[tuple[int, int, float]]:
    """The compared pairs (i, j, similarity) with the site's and the headlines' evidence weighed in."""
    edges = weigh_sites(articles, edges, s.same_site)
    return weigh_headlines(articles, vectors, edges, s.headline_floor, s.headline_knee)
