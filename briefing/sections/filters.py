"""Filters: the reader's include/exclude words leave stories out before they are grouped into events.

Like tt-rss filters or NewsBlur's trainer, a word or phrase matches whole words in the headline and the
lead, in any case: `exclude = ["ai"]` drops "AI chips sell out" but not "Thailand's airlines".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.config import Config
from briefing.models import Article

# The lead: a story's first words. A word that only turns up deep in the body does not make it a story
# about that word (a horoscope link in a footer, a passing mention), so the body is not searched.
LEAD_WORDS = 60


@dataclass(frozen=True, kw_only=True)
class Filtered:
    """The articles the filters kept, and how many they left out."""

    articles: tuple[Article, ...]
    left_out: int = 0


@dataclass(frozen=True)
class _Rule:
    include: re.Pattern[str] | None
    exclude: re.Pattern[str] | None

    def keeps(self, text: str) -> bool:
        if self.exclude is not None and self.exclude.search(text):
            return False
        return self.include is None or self.include.search(text) is not None


def matcher(words: Sequence[str]) -> re.Pattern[str] | None:
    """One pattern matching any of the words or phrases as whole words, in any case; None for no words."""
    if not words:
        return None
    # Spaces inside a phrase match any run of whitespace ("New  York" across a line break).
    alternatives = "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in words)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def filter_articles(articles: Sequence[Article], config: Config) -> Filtered:
    """The articles that pass the global, section and feed filters (each must pass all that apply to it)."""
    everywhere = _Rule(None, matcher(config.exclude))
    sections = {s.name.casefold(): _Rule(matcher(s.include), matcher(s.exclude)) for s in config.sections}
    feeds = {f.url: _Rule(matcher(f.include), matcher(f.exclude)) for f in config.feeds if f.include or f.exclude}
    kept = []
    for article in articles:
        rules = [everywhere, sections.get((article.section or "").casefold()), feeds.get(article.feed or "")]
        text = f"{article.title}\n{' '.join(article.text.split()[:LEAD_WORDS])}"
        if all(rule.keeps(text) for rule in rules if rule is not None):
            kept.append(article)
    return Filtered(articles=tuple(kept), left_out=len(articles) - len(kept))
