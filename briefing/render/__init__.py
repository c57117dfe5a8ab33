"""Render: the edition as Markdown, MJML email, plain text and JSON; the outbox and its index."""

from __future__ import annotations

from pathlib import Path

from briefing.models import Edition
from briefing.render.email import EMAIL_BUDGET_BYTES, fit_email
from briefing.render.export import to_json
from briefing.render.outbox import edition_dir, publish_edition, write_atomic, write_index
from briefing.render.templates import environment, render, tidy
from briefing.render.views import DEFAULT_SEED_LINKS, context


def render_all(
    edition: Edition, *, templates: Path | None = None, web_url: str | None = None, language: str = "en",
    email_budget: int = EMAIL_BUDGET_BYTES, seed_links: str | None = DEFAULT_SEED_LINKS,
) -> dict[str, str]:
    """Every output file of the edition, by file name.

    `templates` is the user's folder (ours fill in what it leaves out); `web_url` is where the outbox is
    published, linked from the email when it is too big to show every event in full. `seed_links` is what,
    put before a seed's path, links it from the edition's folder ("../../" when seeds/ sits beside
    outbox/), or None when the seed files are not where a published edition could reach them.
    """
    view = context(edition, web_url=web_url, language=language, seed_links=seed_links)
    files = {
        "briefing.md": render(environment(templates, "md"), "digest.md.j2", view),
        "briefing.txt": render(environment(templates, "txt"), "digest.txt.j2", view),
        "briefing.html": fit_email(environment(templates, "html"), view, budget=email_budget),
        "briefing.json": to_json(edition),
    }
    return {name: tidy(text) for name, text in files.items()}


__all__ = ["edition_dir", "publish_edition", "render_all", "to_json", "write_atomic", "write_index"]
