"""Sections: events placed in the sections their sources name, the top stories first."""

from briefing.sections.arrange import OTHER_SECTION, TOP_STORIES, Arranged, arrange

__all__ = ["OTHER_SECTION", "TOP_STORIES", "Arranged", "arrange"]
