"""Collect: saved articles from the seeds folder, each reduced to its text with outlet, author and date."""

from briefing.collect.seeds import (
    article_from_html,
    collect_seeds,
    host_of,
    is_inside,
    read_seed,
    seed_root,
    source_id,
)

__all__ = ["article_from_html", "collect_seeds", "host_of", "is_inside", "read_seed", "seed_root", "source_id"]
