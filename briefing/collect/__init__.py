"""Collect: saved articles from the seeds folder, each reduced to its text with outlet, author and date."""

from briefing.collect.seeds import (
    article_from_html,
    collect_seeds,
    host_of,
    is_inside,
    project_or_parent,
    read_seed,
    source_id,
)

__all__ = ["article_from_html", "collect_seeds", "host_of", "is_inside", "project_or_parent", "read_seed", "source_id"]
