"""Our templates and the user's: one Jinja environment per output kind, each escaping what it must."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from briefing.errors import ConfigError
from briefing.text import long_date, plural

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"
BUILTIN_PREFIX = "builtin/"  # "builtin/email.mjml.j2" is always ours, so a user's template can extend it


def render(env: jinja2.Environment, name: str, context: Any) -> str:
    """Render one template; a broken user template is one line naming the file and line."""
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name}:{exc.lineno}"
        raise ConfigError(f"{where}: template error: {exc.message}",
                          hint="fix the template, or remove your copy to use ours") from None
    except jinja2.TemplateNotFound as exc:
        raise ConfigError(f"template not found: {exc.name}", hint="check the name in your include or extends") from None
    except jinja2.UndefinedError as exc:
        raise ConfigError(f"{name}: template error: {exc.message}",
                          hint="see docs/templates.md for the names a template can use") from None



_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def md_escape(value: Any) -> str:
    """Text safe inside Markdown (and inside a table cell): no markup, no HTML, no line breaks."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    text = re.sub(r"\s+", " ", str(value)).strip()
    return _MD_SPECIAL.sub(r"\\\1", text)


def plain(value: Any) -> str:
    """Plain text: one line, no control characters."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    return re.sub(r"\s+", " ", str(value)).strip()


def md_url(value: str | None) -> Markup:
    """A URL or path usable inside a Markdown link target."""
    text = (value or "").strip()
    for char, code in ((" ", "%20"), ("(", "%28"), (")", "%29"), ("<", "%3C"), (">", "%3E"), ("\n", "")):
        text = text.replace(char, code)
    return Markup(text)


def wrap(value: Any, width: int = 72, indent: str = "", first: str | None = None) -> Markup:
    """Wrap plain text for the text email (returned as-is so the text finalizer keeps the newlines)."""
    import textwrap

    lead = indent if first is None else first
    return Markup(textwrap.fill(plain(value), width=width, initial_indent=lead, subsequent_indent=indent,
                                break_long_words=False, break_on_hyphens=False))


@functools.lru_cache(maxsize=16)
def environment(user_templates: Path | None, kind: str) -> jinja2.Environment:
    """A Jinja environment that looks in the user's templates first, then ours, and escapes by default.

    Every template and partial can be replaced by a file of the same name in the user's folder; a user's
    template can also `{% extends "builtin/email.mjml.j2" %}` and replace only some blocks.
    Cached: parsing the templates is most of a small edition's render time, and the loaders notice
    an edited template by its modification time, so a long-running scheduler still sees changes.
    """
    folders = [str(p) for p in (user_templates, TEMPLATES_DIR) if p is not None]
    loader = jinja2.ChoiceLoader([
        jinja2.FileSystemLoader(folders),
        jinja2.PrefixLoader({BUILTIN_PREFIX.rstrip("/"): jinja2.FileSystemLoader(str(TEMPLATES_DIR))}),
    ])
    options: dict[str, Any] = {"loader": loader, "undefined": jinja2.StrictUndefined,
                               "trim_blocks": True, "lstrip_blocks": True, "keep_trailing_newline": True}
    if kind == "html":
        env = jinja2.Environment(autoescape=True, **options)
    else:
        # Markdown and text are not HTML, so they get their own escaping on every {{ }} output.
        env = jinja2.Environment(autoescape=False, finalize=md_escape if kind == "md" else plain, **options)
    env.filters.update(long_date=long_date, raw=Markup, plural=plural, md_url=md_url, wrap=wrap)
    return env


def tidy(text: str) -> str:
    """One trailing newline, no runs of blank lines (templates stay readable without fighting whitespace)."""
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
