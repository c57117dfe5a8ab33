"""Every output is escaped, the email compiles with the real MJML compiler and fits mail clients' limits."""

from __future__ import annotations

import datetime as dt
import json
import re

from helpers import busy_edition, hostile_edition, html_dangers

from briefing.models import Article, Claim, Edition, Event, Figure, SummarySentence
from briefing.render import date_range, md_escape, render_all

# Gmail clips messages over 102 KB and drops <style> blocks over 16 KB.
GMAIL_CLIP_BYTES = 102 * 1024
STYLE_LIMIT_BYTES = 16 * 1024


def test_no_script_or_event_handler_reaches_the_email() -> None:
    html = render_all(hostile_edition())["briefing.html"]
    assert html_dangers(html) == []
    assert "&lt;script&gt;" in html  # shown as text, not dropped silently


def test_markdown_and_text_escape_outside_text() -> None:
    files = render_all(hostile_edition())
    md = files["briefing.md"]
    # CommonMark shows a backslash-escaped character as itself: only unescaped markup is dangerous.
    assert not re.search(r"(?<!\\)<(script|img)", md)
    assert not re.search(r"(?<!\\)\]\(javascript:", md)
    for line in md.splitlines():
        if line.startswith("| ") and "300 MW" in line:
            assert line.count(" | ") == 2, "a pipe in outside text broke the figures table"
    assert "<script>" in files["briefing.txt"]  # plain text shows text as it is


def test_email_compiles_with_mjml_and_is_small_enough() -> None:
    html = render_all(hostile_edition(events=12))["briefing.html"]
    assert html.startswith("<!doctype html>")
    assert '<html lang="en"' in html
    assert 'name="viewport"' in html and 'content="light dark"' in html
    assert len(html.encode("utf-8")) < GMAIL_CLIP_BYTES
    styles = "".join(re.findall(r"<style[^>]*>(.*?)</style>", html, re.S))
    assert len(styles.encode("utf-8")) < STYLE_LIMIT_BYTES
    assert "<mj-" not in html, "MJML tags left uncompiled"


def test_json_export_follows_the_documented_schema() -> None:
    article = Article(id="s-a", title="T", text="x", outlet="Gazette", published=dt.date(2026, 5, 7), path="seeds/a.txt")
    claim = Claim(value=1_250_000_000.0, unit="USD/month", display="$1.25 billion/month", qualifier="nearly",
                  source_ids=("s-a",), quotes=("It pays nearly $1.25 billion every month.",))
    edition = Edition(
        title="Daily", date=dt.date(2026, 5, 8), timezone="UTC",
        generated_at=dt.datetime(2026, 5, 8, 7, tzinfo=dt.UTC),
        events=(Event(id="ev-1", headline="H", summary=(SummarySentence(text="S.", source_ids=("s-a",)),),
                      sources=(article,), figures=(Figure(label="monthly payment", status="single", claims=(claim,)),)),),
    )
    doc = json.loads(render_all(edition)["briefing.json"])
    assert doc["schema"] == 1 and doc["edition"] == "2026-05-08" and doc["title"] == "Daily"
    event = doc["events"][0]
    assert event["summary"] == [{"text": "S.", "sources": ["s-a"]}]
    assert event["sources"][0] == {
        "id": "s-a", "outlet": "Gazette", "title": "T", "author": None, "published": "2026-05-07",
        "url": None, "path": "seeds/a.txt", "also_ran_in": [],
    }
    assert event["figures"][0]["claims"][0] == {
        "value": 1250000000, "unit": "USD/month", "qualifier": "nearly", "display": "$1.25 billion/month",
        "sources": ["s-a"], "quotes": ["It pays nearly $1.25 billion every month."],
    }


def test_an_empty_day_still_renders_every_format() -> None:
    edition = Edition(title="Daily", date=dt.date(2026, 5, 8), timezone="UTC", events=(),
                      generated_at=dt.datetime(2026, 5, 8, 7, tzinfo=dt.UTC))
    files = render_all(edition)
    assert "No events in this edition" in files["briefing.md"]
    assert json.loads(files["briefing.json"])["events"] == []


def test_date_ranges_read_naturally() -> None:
    assert date_range(dt.date(2026, 5, 5), dt.date(2026, 5, 11)) == "May 5 – 11, 2026"
    assert date_range(dt.date(2026, 5, 30), dt.date(2026, 6, 2)) == "May 30 – June 2, 2026"
    assert date_range(dt.date(2026, 5, 7), dt.date(2026, 5, 7)) == "May 7, 2026"
    assert date_range(None, None) is None


def test_md_escape_keeps_cells_on_one_line() -> None:
    assert md_escape("a | b\nc_d") == "a \\| b c\\_d"


def _sizes(html: str) -> tuple[int, int]:
    styles = "".join(re.findall(r"<style[^>]*>(.*?)</style>", html, re.S))
    return len(html.encode("utf-8")), len(styles.encode("utf-8"))


def test_a_realistic_day_of_30_events_fits_one_email_in_full() -> None:
    html = render_all(busy_edition(events=30, sources_per_event=2))["briefing.html"]
    size, style = _sizes(html)
    assert size < GMAIL_CLIP_BYTES and style < STYLE_LIMIT_BYTES
    assert html.count("<h2 id=") == 30, "every one of the 30 events gets its card"
    assert "more events" not in html


def test_a_bigger_day_shows_top_events_in_full_and_lists_the_rest() -> None:
    edition = busy_edition(events=120, sources_per_event=3, figures_per_event=6)
    html = render_all(edition, web_url="https://news.example/briefing")["briefing.html"]
    size, _ = _sizes(html)
    assert size < GMAIL_CLIP_BYTES
    cards = html.count("<h2 id=")
    assert 5 <= cards < 120
    assert f"{120 - cards} more events" in html
    assert 'href="https://news.example/briefing/2026-05-12/briefing.html#' in html
    assert "Event 119:" in html, "the last event is still listed as a one-liner"
    plain = render_all(edition)["briefing.html"]
    assert "the whole edition is in outbox/2026-05-12/briefing.md" in plain


def test_language_is_set_for_real() -> None:
    html = render_all(busy_edition(events=1), language="de")["briefing.html"]
    assert '<html lang="de"' in html and 'lang="und"' not in html
