"""A realistic day for the reader-facing tests: many events, two sources each, figures that disagree.

Built from models.py objects so the size and browser tests do not wait for the figures and write-up
stages; the text is long where real text is long (headlines, outlet names, quotes) and carries pipes,
quotes and ampersands where real text does.
"""

from __future__ import annotations

import datetime as dt

from briefing.models import Article, Claim, Edition, Event, FeedHealth, Figure, SummarySentence

OUTLETS = (
    "The Wall Street Journal & Financial Markets Desk", "Süddeutsche Zeitung | Wirtschaft",
    "Associated Press", "Reuters", "ChaoBro", "Bloomberg Technology Newsletter",
)
SENTENCES = (
    "The agreement, signed on Wednesday after months of talks, gives the company access to the full capacity of the "
    "data centre in Memphis, Tennessee, according to two people familiar with the matter.",
    "Analysts said the deal “changes the arithmetic of the compute race | for now”, pointing to the scarcity of "
    "high-end accelerators and the years it takes to build comparable capacity.",
    "Neither company disclosed the price, but filings reviewed by reporters put the monthly payments at roughly "
    "$1.25 billion, a figure one executive called 'conservative'.",
    "Regulators in Brussels and Washington have asked for details, and a hearing is expected before the end of June.",
    "Shares of suppliers rose 4% in early trading while the wider market was flat.",
)
FIGURES = (
    ("GPU count", "GPUs", (220_000, "220,000+ GPUs", "more than"), (200_000, "about 200,000 GPUs", "about")),
    ("power capacity", "MW", (300, "300 MW", None), (300, "300 MW", None)),
    ("monthly payment", "USD/month", (1_250_000_000, "$1.25 billion/month", "nearly"), (1_000_000_000, "$1 billion/month", None)),
    ("contract length", "years", (3, "3 years", None), (3, "3 years", None)),
)


def realistic_edition(events: int = 30, sources: int = 2, *, title: str = "Morning Briefing") -> Edition:
    """`events` events of `sources` articles each, with 4 figures (two in conflict) and 3-5 sentences."""
    return Edition(
        title=title, date=dt.date(2026, 5, 12), timezone="UTC",
        events=tuple(_event(i, sources) for i in range(events)),
        generated_at=dt.datetime(2026, 5, 12, 7, 0, tzinfo=dt.UTC),
        feed_health=(FeedHealth(name="Example Wire", url="https://wire.example/atom.xml", status="ok", entries=42),
                     FeedHealth(name="Gazette", url="https://gazette.example/rss", status="error", message="HTTP 503")),
        total_sources=events * sources,
    )


def _event(i: int, count: int) -> Event:
    articles = tuple(
        Article(
            id=f"s-{i}-{j}", title=f"Inside the deal: why company {i} | partner bet “everything” on compute, part {j + 1}",
            text="x", outlet=OUTLETS[(i + j) % len(OUTLETS)], author="Jane Q. Reporter", published=dt.date(2026, 5, 5 + j),
            url=f"https://news{j}.example/2026/05/{i:02d}/inside-the-deal-why-company-bet-everything-on-compute-part-{j + 1}",
        )
        for j in range(count)
    )
    ids = tuple(a.id for a in articles)
    figures = tuple(
        Figure(label=label, status="conflict" if first[0] != second[0] else "agreed", claims=(
            (Claim(value=first[0], unit=unit, display=first[1], qualifier=first[2], source_ids=ids[:1],
                   quotes=(SENTENCES[2],)),
             Claim(value=second[0], unit=unit, display=second[1], qualifier=second[2], source_ids=ids[1:],
                   quotes=(SENTENCES[1],)))
            if first[0] != second[0] else
            (Claim(value=first[0], unit=unit, display=first[1], source_ids=ids, quotes=(SENTENCES[3],)),)))
        for label, unit, first, second in FIGURES
    )
    sentences = SENTENCES[: 3 + i % 3]
    summary = tuple(SummarySentence(text=s, source_ids=ids[k % count:][:1] or ids[:1]) for k, s in enumerate(sentences))
    return Event(
        id=f"ev-{i}",
        headline=f"Event {i + 1}: SpaceX leases its Colossus 1 supercomputer to Anthropic as the race for AI compute | heats up",
        summary=summary, sources=articles, figures=figures, first_date=dt.date(2026, 5, 5), last_date=dt.date(2026, 5, 4 + count),
    )
