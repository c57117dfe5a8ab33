"""Small builders for tests: hostile articles and editions, and running the real CLI."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
from pathlib import Path

from briefing.figures.align import Mention
from briefing.figures.extract import extract_figures, labelled_figures
from briefing.models import Article, Claim, Edition, Event, Figure, SummarySentence

PROJECT = Path(__file__).resolve().parent.parent
HOSTILE = '<script>alert("x")</script><img src=x onerror="alert(1)"> | **bold** [link](javascript:alert(1))'


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run `python -m briefing ARGS` in `cwd` as a user would, with the project importable."""
    full_env = {**os.environ, "PYTHONPATH": str(PROJECT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=timeout
    )


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def refused_url(path: str = "/feed.xml") -> str:
    """A loopback URL on a port nobody listens on: a connection to it is refused."""
    return f"http://127.0.0.1:{free_port()}{path}"


def _articles(texts: tuple[str, ...], published: dt.date | None) -> list[Article]:
    return [Article(id=f"s{i}", title="Local news", text=t, outlet=f"Outlet {i}", published=published)
            for i, t in enumerate(texts)]


def figures_of(*texts: str, published: dt.date | None = None) -> tuple[Figure, ...]:
    """The figures extract_figures shows for one article per text (outlets 'Outlet 0', 'Outlet 1', ...)."""
    return tuple(extract_figures(_articles(texts, published)))


def labelled_of(*texts: str, published: dt.date | None = None) -> list[tuple[Figure, Mention]]:
    """Each labelled figure with the mention its label was read from, before figures.support hides any."""
    return labelled_figures(_articles(texts, published))


def labels_of(*texts: str, published: dt.date | None = None, unit: str | None = None) -> dict[str, str]:
    """Each figure label shown for one article per text, with its claims' values ('May 18, 2019; May 19,
    2019'); only figures whose first claim is in `unit` when it is given."""
    return {f.label: "; ".join(c.display for c in f.claims) for f in figures_of(*texts, published=published)
            if unit is None or f.claims[0].unit == unit}


def label_of_value(*texts: str, published: dt.date | None = dt.date(2026, 12, 2)) -> dict[str, str]:
    """Each shown claim's value ('31 people') with the label of its figure, for one article per text."""
    return {claim.display: f.label for f in figures_of(*texts, published=published) for claim in f.claims}


def read_values(*texts: str, published: dt.date | None = None) -> dict[str, str]:
    """Each figure label read for one article per text, with its claims' values, before figures.support hides any
    (for tests of wording: which labels are shown is the hide rule's, chosen by cross-validation)."""
    return {f.label: "; ".join(c.display for c in f.claims) for f, _ in labelled_of(*texts, published=published)}


def read_figure_labels(*texts: str, published: dt.date | None = None) -> list[str]:
    """Each figure's label, before figures.support hides any, for one article per text."""
    return [f.label for f, _ in labelled_of(*texts, published=published)]


def figure_labels(*texts: str, published: dt.date | None = None) -> list[str]:
    """Each figure's label, in the order extract_figures gives them, for one article per text."""
    return [f.label for f in figures_of(*texts, published=published)]


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


def busy_edition(events: int = 30, sources_per_event: int = 2, figures_per_event: int = 4) -> Edition:
    """A realistic big day: long headlines and outlet names, pipes and quotes, conflicts in every event."""
    day = dt.date(2026, 5, 12)
    built = []
    for e in range(events):
        articles = tuple(
            Article(
                id=f"s-{e}-{s}", title=f"Regional council | approves “harbour” plan after {e + 3}-hour debate, part {s}",
                text="x", outlet=f"Morning Gazette {s}",
                author="Jane Roe", published=day, url=f"https://news{s}.example/{e}/harbour-plan?ref=rss&utm=1",
            )
            for s in range(sources_per_event)
        )
        ids = tuple(a.id for a in articles)
        figures = tuple(
            Figure(label=f"harbour plan cost, phase {f}", status="conflict" if f == 0 else "agreed", claims=(
                Claim(value=1.2e9 + f, unit="USD", display=f"$1.{2 + f} billion", source_ids=ids[:1],
                      quotes=(f"The plan | costs $1.{2 + f} billion, the council said on Tuesday evening.",)),
                *((Claim(value=1.5e9, unit="USD", display="about $1.5 billion", qualifier="about", source_ids=ids[1:],
                         quotes=("Officials put the cost at about $1.5 billion.",)),) if f == 0 else ()),
            ))
            for f in range(figures_per_event)
        )
        summary = tuple(
            SummarySentence(text=f"Sentence {k} of event {e}: the council approved the harbour plan by 7 votes to 2 "
                                 f"after residents spoke for and against it late into the night.", source_ids=ids)
            for k in range(4)
        )
        built.append(Event(
            id=f"ev-{e}", headline=f"Event {e}: council approves the long-debated harbour redevelopment plan",
            summary=summary, sources=articles, figures=figures, first_date=day, last_date=day,
            differences=(f"Harbour plan cost: $1.2 billion ({articles[0].outlet}) vs about $1.5 billion",),
        ))
    return Edition(title="Morning Briefing", date=day, timezone="UTC", events=tuple(built),
                   generated_at=dt.datetime(2026, 5, 12, 7, tzinfo=dt.UTC))


def morning_edition(day: dt.date, *events: Event) -> Edition:
    """An edition of `events` for `day`, generated at 07:00 UTC as the daily job would."""
    return Edition(title="Briefing", date=day, timezone="UTC", events=events,
                   generated_at=dt.datetime.combine(day, dt.time(7), tzinfo=dt.UTC))


def one_report_event(key: str, title: str, text: str, day: dt.date) -> Event:
    """An event of one outlet's report `key`, published on `day`, as memory tests remember and match it."""
    article = Article(id=key, title=title, text=text, outlet=f"Outlet {key}", published=day,
                      url=f"https://{key}.example/story")
    return Event(id=key, headline=title, sources=(article,),
                 summary=(SummarySentence(text="It happened.", source_ids=(key,)),))
