"""Every output is escaped, the email compiles with the real MJML compiler and fits mail clients' limits."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from helpers import busy_edition, hostile_edition, html_dangers
from realistic import realistic_edition

from briefing.config import parse_config
from briefing.errors import ConfigError
from briefing.models import Article, Claim, Edition, Event, Figure, SummarySentence
from briefing.render import render_all
from briefing.render.templates import md_escape
from briefing.render.views import context, date_range

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
        "id": "s-a", "name": "Gazette", "outlet": "Gazette", "title": "T", "author": None, "published": "2026-05-07",
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


# --- a realistic day, size discipline, customised templates ---------------------------------------


def _style_bytes(html: str) -> int:
    return len("".join(re.findall(r"<style[^>]*>(.*?)</style>", html, re.S)).encode("utf-8"))


def test_a_realistic_day_of_30_events_fits_one_email_in_full() -> None:
    edition = realistic_edition(30)
    html = render_all(edition)["briefing.html"]
    assert len(html.encode("utf-8")) < GMAIL_CLIP_BYTES
    assert _style_bytes(html) < STYLE_LIMIT_BYTES
    assert html.count('<h2 id="') == 30, "every event has its full card"
    assert "Also in this edition" not in html


def test_a_bigger_day_shows_the_top_events_in_full_and_the_rest_as_one_liners() -> None:
    edition = realistic_edition(60)
    html = render_all(edition)["briefing.html"]
    assert len(html.encode("utf-8")) < GMAIL_CLIP_BYTES and _style_bytes(html) < STYLE_LIMIT_BYTES
    full = re.findall(r'<h2 id="(\d+)-', html)
    assert 20 <= len(full) < 60 and full == [str(i) for i in range(1, len(full) + 1)], "the top events, in order"
    assert "Also in this edition" in html and f'<ol start="{len(full) + 1}"' in html
    assert all(e.headline in html for e in edition.events)
    assert "briefing.md in the outbox (outbox/2026-05-12/briefing.md)" in html
    # The Markdown and text editions always carry every event in full.
    files = render_all(edition)
    assert files["briefing.md"].count("### Sources") == 60 and files["briefing.txt"].count("\n   SOURCES\n") == 60


def test_a_much_bigger_day_with_bigger_cards_still_fits_and_lists_every_event() -> None:
    edition = busy_edition(events=120, sources_per_event=3, figures_per_event=6)
    html = render_all(edition, web_url="https://news.example/briefing")["briefing.html"]
    assert len(html.encode("utf-8")) < GMAIL_CLIP_BYTES
    cards = html.count('<h2 id="')
    assert 5 <= cards < 120
    assert html.count('href="https://news.example/briefing/2026-05-12/briefing.md#') == 120 - cards
    assert "Event 119:" in html, "the last event is still listed as a one-liner"


def test_with_web_url_the_one_liners_link_the_full_edition() -> None:
    html = render_all(realistic_edition(60), web_url="https://news.example/outbox/")["briefing.html"]
    assert 'href="https://news.example/outbox/2026-05-12/briefing.md#' in html
    assert 'href="https://news.example/outbox/2026-05-12/briefing.md">Read the full edition</a>' in html


def test_the_email_has_header_cards_and_footer_a_reader_expects() -> None:
    html = render_all(realistic_edition(3), language="de")["briefing.html"]
    assert '<html lang="de"' in html
    assert "3 events from 6 sources" in html  # the header's one line, also the inbox preview
    assert "⚠ sources differ" in html and "✓ sources agree" in html
    assert "Where sources differ" in html and "GPU count: 220,000+ GPUs vs about 200,000 GPUs" in html
    assert "Example Wire — ok (42 entries)" in html and "Gazette — error: HTTP 503" in html
    assert "How this was made" in html
    assert "fonts.googleapis" not in html and "<img" not in html, "nothing is loaded from outside to read it"


def test_markdown_tables_survive_pipes_and_long_quotes() -> None:
    md = render_all(realistic_edition(3))["briefing.md"]
    rows = [line for line in md.splitlines() if line.startswith("|")]
    assert len(rows) > 10
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 4, f"a table row split: {row}"
    assert md.count('<a id="') == 3 and "## Contents" in md
    for anchor in re.findall(r'<a id="([^"]+)"', md):
        assert f"](#{anchor})" in md, "the contents link every event"


def test_a_user_template_folder_overrides_one_partial_and_keeps_ours_for_the_rest(tmp_path: Path) -> None:
    (tmp_path / "email").mkdir()
    (tmp_path / "email" / "footer.mjml.j2").write_text(
        '<mj-section><mj-column><mj-text>Sent by the {{ title }} desk</mj-text></mj-column></mj-section>\n')
    html = render_all(realistic_edition(2), templates=tmp_path)["briefing.html"]
    assert "Sent by the Morning Briefing desk" in html
    assert "How this was made" not in html
    assert html.count('<h2 id="') == 2, "our cards still render"


def test_a_user_template_can_extend_ours_and_replace_one_block(tmp_path: Path) -> None:
    (tmp_path / "email.mjml.j2").write_text(
        '{% extends "builtin/email.mjml.j2" %}{% block header %}<mj-section><mj-column>'
        '<mj-text>Our own masthead &amp; {{ preheader }}</mj-text></mj-column></mj-section>{% endblock %}\n')
    (tmp_path / "digest.md.j2").write_text("# {{ title }}\n{% for e in events %}- {{ e.headline }}\n{% endfor %}")
    files = render_all(realistic_edition(2), templates=tmp_path)
    assert "Our own masthead &amp; 2 events from 4 sources" in files["briefing.html"]
    assert "How this was made" in files["briefing.html"], "blocks left alone come from ours"
    assert files["briefing.md"].startswith("# Morning Briefing\n- Event 1: ") and "\\|" in files["briefing.md"]


def test_a_broken_user_template_is_one_line_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "email").mkdir()
    (tmp_path / "email" / "card.html.j2").write_text("<div>{% if e.headline %}never closed</div>\n")
    with pytest.raises(ConfigError) as caught:
        render_all(realistic_edition(1), templates=tmp_path)
    assert "card.html.j2:" in str(caught.value) and "\n" not in str(caught.value)


def test_web_url_must_be_a_web_address() -> None:
    assert parse_config({"briefing": {"web_url": "https://news.example/outbox/"}}).web_url == "https://news.example/outbox"
    with pytest.raises(ConfigError, match="briefing.web_url"):
        parse_config({"briefing": {"web_url": "javascript:alert(1)"}})


def test_the_text_email_says_where_the_other_figures_are_in_words_a_mail_reader_can_use() -> None:
    # The text part is read in a mail client, which has no outbox and no briefing.md beside it.
    from briefing.collect import collect_seeds
    from briefing.figures import extract_figures
    from briefing.models import Story
    from briefing.writeup import write_event

    articles = collect_seeds(Path(__file__).resolve().parent.parent / "seeds").articles
    event = write_event(Story(id="ev", articles=articles), extract_figures(articles))
    edition = Edition(title="Briefing", date=dt.date(2026, 5, 12), timezone="UTC", events=(event,),
                      generated_at=dt.datetime(2026, 5, 12, 7, tzinfo=dt.UTC))
    hidden = len(context(edition)["events"][0].more_figures)
    assert hidden > 0
    text = render_all(edition)["briefing.txt"]
    assert "briefing.md" not in text and f"({hidden} more figures in the full digest)" in text
    linked = render_all(edition, web_url="https://news.example/briefing")["briefing.txt"]
    assert "briefing.md\n" not in linked.replace("briefing.md#", "")
    assert f"{hidden} more figures in the full digest:\n   https://news.example/briefing/2026-05-12/briefing.md#1-" in linked


def test_each_failing_feed_has_its_own_markdown_line() -> None:
    # A block tag ending the line ate its newline (trim_blocks): two failing feeds ran into one line.
    from briefing.models import FeedHealth

    health = (FeedHealth(name="Old Blog", url="https://old.example/feed", status="gone", message="410 Gone"),
              FeedHealth(name="Wire", url="https://wire.example/rss", status="error"),
              FeedHealth(name="Desk", url="https://desk.example/rss", status="error", message="404 Not Found"))
    edition = Edition(title="Briefing", date=dt.date(2026, 5, 12), timezone="UTC", events=(), feed_health=health,
                      generated_at=dt.datetime(2026, 5, 12, 7, tzinfo=dt.UTC))
    lines = render_all(edition)["briefing.md"].splitlines()
    start = lines.index("**Feeds:** 0 of 3 read; 3 failed:")
    assert lines[start + 1:start + 5] == ["- <https://old.example/feed> — Old Blog, gone: 410 Gone",
                                          "- <https://wire.example/rss> — Wire, error",
                                          "- <https://desk.example/rss> — Desk, error: 404 Not Found", ""]
