"""The HTML email: our MJML template compiled, fitted under Gmail's clipping limit by measuring it."""

from __future__ import annotations

import logging

import jinja2

from briefing.errors import ConfigError
from briefing.render.templates import render, tidy
from briefing.render.views import TemplateContext

log = logging.getLogger(__name__)

# Gmail clips an email whose HTML passes 102 KB ("[Message clipped]"): stay under it with room for
# whatever the sending side adds (a List-Unsubscribe footer, tracking-free but still bytes).
EMAIL_BUDGET_BYTES = 100 * 1024


def fit_email(env: jinja2.Environment, context: TemplateContext, *, budget: int = EMAIL_BUDGET_BYTES) -> str:
    """The compiled email with as many events in full as fit in `budget` bytes; the rest as one-liners.

    Decided by measuring the compiled HTML, not by guessing: render, measure, show fewer full cards.
    """
    events = context["events"]

    def compiled(full: int) -> str:
        shown: TemplateContext = {**context, "full_events": events[:full], "brief_events": events[full:]}
        return compile_email(render(env, "email.mjml.j2", shown))

    html = compiled(len(events))
    if _size(html) <= budget or not events:
        return html
    bare = compiled(0)
    if _size(bare) > budget:
        log.warning("the email is %d KB even with every event as a one-liner; it will be clipped", _size(bare) // 1024)
        return bare
    per_card = (_size(html) - _size(bare)) / len(events)
    full = min(len(events) - 1, max(0, int((budget - _size(bare)) / per_card)))
    html = compiled(full)
    while _size(html) > budget and full > 0:  # cards differ in size: step down until it fits
        full -= 1
        html = compiled(full)
    while full + 1 < len(events) and _size(candidate := compiled(full + 1)) <= budget:  # and up while it still fits
        full, html = full + 1, candidate
    return html


def _size(html: str) -> int:
    return len(tidy(html).encode("utf-8"))


def compile_email(mjml_source: str) -> str:
    """Compile MJML to the HTML that mail clients render."""
    import mjml  # a compiled extension; imported only when an email is rendered

    try:
        # fonts={}: no web-font <link>; the email must not call out to a font server when opened.
        return mjml.mjml2html(mjml_source, disable_comments=True, fonts={})
    except ValueError as exc:
        raise ConfigError(f"the email template does not compile as MJML: {exc}",
                          hint="check the MJML in your templates folder, or remove your copy to use ours") from None


