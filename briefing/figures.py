"""Figures: the numbers each source reports, aligned by what they measure.

Placeholder (to be replaced by issue 4's extractor): no figures.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.models import Article, Figure


def extract_figures(articles: Sequence[Article]) -> tuple[Figure, ...]:
    """Every figure the articles report, each with its claims credited to sources."""
    return ()
