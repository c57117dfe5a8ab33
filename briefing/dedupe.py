"""Dedupe: group articles into stories, one per real-world event.

Placeholder grouping (to be replaced by the event clusterer of issue 3): articles whose titles
share most of their content words are one story.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from briefing.models import Article, Story

_WORD = re.compile(r"[a-z0-9]{3,}")


def group_stories(articles: Sequence[Article]) -> list[Story]:
    """Group articles into stories; each article lands in exactly one story."""
    groups: list[list[Article]] = []
    for article in articles:
        words = set(_WORD.findall(article.title.lower()))
        for group in groups:
            other = set(_WORD.findall(group[0].title.lower()))
            if words and other and len(words & other) / min(len(words), len(other)) >= 0.5:
                group.append(article)
                break
        else:
            groups.append([article])
    return [Story(id=story_id(g), articles=tuple(g)) for g in groups]


def story_id(articles: Sequence[Article]) -> str:
    """A stable id for a story: a hash of its member article ids."""
    digest = hashlib.sha1("\n".join(sorted(a.id for a in articles)).encode()).hexdigest()
    return f"ev-{digest[:10]}"
