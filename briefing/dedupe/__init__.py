"""Dedupe: articles -> stories, one per real-world event; syndicated copies fold into one source."""

from briefing.dedupe.group import event_labels, group_stories

__all__ = ["event_labels", "group_stories"]
