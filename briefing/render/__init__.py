"""Render: the edition as Markdown, MJML email, plain text and JSON; the outbox and its index."""

from briefing.render.outbox import edition_dir, write_atomic, write_index
from briefing.render.views import render_all

__all__ = ["edition_dir", "render_all", "write_atomic", "write_index"]
