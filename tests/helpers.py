"""Small builders for tests: hostile articles and editions, and running the real CLI."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from briefing.models import Article, Claim, Edition, Event, Figure, SummarySentence

PROJECT = Path(__file__).resolve().parent.parent
HOSTILE = '<script>alert("x")</script><img src=x onerror="alert(1)"> | **bold** [link](javascript:alert(1))'


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run `python -m briefing ARGS` in `cwd` as a user would, with the project importable."""
    full_env = {**os.environ, "PYTHONPATH": str(PROJECT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=timeout
    )


def hostile_edition(events: int = 1) -> Edition:
    """An edition whose every outside string tries to inject markup."""
    article = Article(
        id="s-1", title=f"Title {HOSTILE}", text="x", outlet=f"Outlet {HOSTILE}", author=HOSTILE,
        published=dt.date(2026, 5, 7), url="javascript:alert(1)", path=None,
    )
    claim = Claim(value=300.0, unit="MW", display=f"300 MW {HOSTILE}", source_ids=("s-1",), quotes=(HOSTILE,))
    event = Event(
        id="ev-1", headline=f"Headline {HOSTILE}", summary=(SummarySentence(text=f"Summary {HOSTILE}.", source_ids=("s-1",)),),
        sources=(article,), figures=(Figure(label=f"power {HOSTILE}", status="single", claims=(claim,)),),
        differences=(f"differs {HOSTILE}",), first_date=dt.date(2026, 5, 6), last_date=dt.date(2026, 5, 7),
    )
    return Edition(
        title=f"Briefing {HOSTILE}", date=dt.date(2026, 5, 8), timezone="UTC", events=(event,) * events,
        generated_at=dt.datetime(2026, 5, 8, 7, 0, tzinfo=dt.UTC),
    )


def html_dangers(html: str) -> list[str]:
    """Script tags, event-handler attributes and javascript: links found by a real HTML parser."""
    from html.parser import HTMLParser

    found: list[str] = []

    class Finder(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("script", "iframe", "object", "embed"):
                found.append(f"<{tag}>")
            for name, value in attrs:
                if name.startswith("on"):
                    found.append(f"{tag} {name}=")
                if name in ("href", "src") and (value or "").strip().lower().startswith(("javascript:", "data:", "vbscript:")):
                    found.append(f"{tag} {name}={value}")

    Finder().feed(html)
    return found
