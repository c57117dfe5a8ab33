"""Write-up: headline, summary, date range and differences for one story.

Placeholder (to be replaced by issue 4's write-up): the first article's title and lead sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.models import Event, Figure, Story, SummarySentence

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def write_event(story: Story, figures: Sequence[Figure]) -> Event:
    """Compose the reader-facing event from a story and its figures."""
    summary = []
    for article in story.articles[:3]:
        first = _SENTENCE_END.split(article.text.strip(), maxsplit=1)[0].strip()
        if first:
            summary.append(SummarySentence(text=first, source_ids=(article.id,)))
    dates = sorted(a.published for a in story.articles if a.published)
    return Event(
        id=story.id,
        headline=story.articles[0].title,
        summary=tuple(summary),
        sources=story.articles,
        figures=tuple(figures),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
    )
