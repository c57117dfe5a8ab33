"""Sections and filters: stories left out by the reader's words before grouping; events placed in sections after."""

from briefing.sections.arrange import OTHER_SECTION, TOP_STORIES, Arranged, arrange
from briefing.sections.filters import Filtered, filter_articles, matcher

__all__ = ["OTHER_SECTION", "TOP_STORIES", "Arranged", "Filtered", "arrange", "filter_articles", "matcher"]
