"""Feeds through the real command line: a hostile feed cannot stop the build or reach the terminal, and the
digest's feed-health footer lists the failing feeds by URL."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from feedserver import Item, article_page, paragraphs, rss2
from helpers import run_cli

NOW = dt.datetime.now(dt.UTC)
PLAIN = {"HTTP_PROXY": "", "HTTPS_PROXY": "", "http_proxy": "", "https_proxy": "", "ALL_PROXY": "", "all_proxy": ""}


def build(cwd: Path, *args: str):
    return run_cli("build", "--since", "48h", *args, cwd=cwd, env=PLAIN)


def test_control_characters_in_a_feed_never_stop_the_build_nor_reach_the_terminal(server, project: Path):
    items = [Item("Bridge\x0b opens\x1b[31m today\x07", server.url("/missing"), NOW - dt.timedelta(hours=1),
                  summary="<p>The bridge\x0c opened on Monday after two years of work, the council said.</p>")]
    feed = server.add("/feed.xml", rss2(items, title="Wire\x1b[2J\x07 Desk"), etag='"v1"')
    first = build(project, "--feed", feed)
    assert first.returncode == 0, first.stderr
    assert "\x1b" not in first.stderr + first.stdout and "\x07" not in first.stderr + first.stdout
    edition = next((project / "outbox").glob("20*"))
    html = (edition / "briefing.html").read_text()
    assert "Bridge opens today" in html and "\x0b" not in html
    # What an older version cached (raw control characters) is cleaned when read back: the next build works.
    with sqlite3.connect(project / ".briefing" / "state.sqlite") as db:
        db.execute("UPDATE feed_entries SET title = ?", ("Bridge\x0b opens\x1b[31m again",))
        db.execute("DELETE FROM feed_pages")
    second = build(project, "--feed", feed, "--all")
    assert second.returncode == 0, second.stderr
    assert "Bridge opens again" in (edition / "briefing.html").read_text()


def test_library_log_lines_stay_out_of_the_terminal_unless_debug(project: Path):
    seeds = project / "seeds"
    seeds.mkdir()
    (seeds / "story.txt").write_text("Bridge opens\n" + " ".join(paragraphs("The bridge", 3)) + "\n")
    (seeds / "broken.html").write_text("<?xml version='1.0'?><x/>")
    done = run_cli("build", cwd=project, env=PLAIN)
    assert done.returncode == 0, done.stderr
    assert "parsed tree length" not in done.stderr and "discarding data" not in done.stderr
    assert "empty HTML tree" not in done.stderr
    assert "seeds/broken.html: skipped, no article text found" in done.stderr
    debug = run_cli("build", "--debug", cwd=project, env=PLAIN)
    assert "trafilatura" in debug.stderr  # the details are there for whoever asks


def test_the_digest_lists_failing_feeds_by_url_one_per_line(server, project: Path):
    page = server.add("/p", article_page("Harbour reopens", paragraphs("The harbour")), content_type="text/html")
    good = server.add("/good.xml", rss2([Item("Harbour reopens", page, NOW - dt.timedelta(hours=1))]))
    bad = server.url("/missing.xml")
    done = build(project, "--feed", good, "--feed", bad)
    assert done.returncode == 0, done.stderr
    edition = next((project / "outbox").glob("20*"))
    markdown = (edition / "briefing.md").read_text()
    assert "**Feeds:** 1 of 2 read; 1 failed:" in markdown
    assert f"- <{bad}> — 127.0.0.1, error: 404 Not Found" in markdown.splitlines()  # the short reason, as in the JSON
    assert good not in markdown.split("**Feeds:**")[1]  # healthy feeds are counted, not listed
    text = (edition / "briefing.txt").read_text()
    assert "Feeds: 1 of 2 read; 1 failed:" in text and f"  {bad} (127.0.0.1, error: 404 Not Found)" in text.splitlines()


def test_an_edition_of_a_past_date_takes_no_entry_published_after_its_day(server, project: Path):
    # The day ends at midnight in the configured timezone (Berlin, UTC+2 in May), not in UTC.
    (project / "briefing.toml").write_text('[briefing]\ntimezone = "Europe/Berlin"\n')
    berlin = dt.timezone(dt.timedelta(hours=2))
    dated = {"harbour": dt.datetime(2026, 5, 12, 9, 0, tzinfo=berlin),  # the edition's day
             "bridge": dt.datetime(2026, 5, 12, 23, 30, tzinfo=berlin),  # late that evening: still its day
             "tunnel": dt.datetime(2026, 5, 13, 0, 30, tzinfo=berlin),  # the next day in Berlin (22:30 UTC)
             "airport": dt.datetime(2026, 11, 30, 8, 0, tzinfo=berlin),  # months later
             "market": dt.datetime(2026, 5, 1, 8, 0, tzinfo=berlin)}  # too old, as before
    items = [Item(f"The {name} reopens", server.add(f"/{name}", article_page(f"The {name} reopens",
                                                                              paragraphs(f"The {name}")),
                                                        content_type="text/html"), when)
             for name, when in dated.items()]
    feed = server.add("/feed.xml", rss2(items))
    done = run_cli("build", "--date", "2026-05-12", "--feed", feed, cwd=project, env=PLAIN)
    assert done.returncode == 0, done.stderr
    export = json.loads((project / "outbox" / "2026-05-12" / "briefing.json").read_text())
    titles = sorted(s["title"] for e in export["events"] for s in e["sources"])
    assert titles == ["The bridge reopens", "The harbour reopens"]


def test_a_day_whose_feeds_have_nothing_new_is_an_empty_edition_not_an_error(server, project: Path):
    page = server.add("/p", article_page("Harbour reopens", paragraphs("The harbour")), content_type="text/html")
    old = server.add("/old.xml", rss2([Item("Harbour reopens", page, NOW - dt.timedelta(days=5))]), etag='"v1"')
    empty = server.add("/empty.xml", rss2([]))
    for _ in range(2):  # the second time the first feed answers 304 Not Modified
        done = run_cli("build", "--feed", old, "--feed", empty, cwd=project, env=PLAIN)
        assert done.returncode == 0, done.stderr
        assert "no feeds are configured" not in done.stderr and done.stderr == ""
        assert "0 events from 0 sources (the 2 feeds read had nothing new published since " in done.stdout
    assert "2 feeds: 1 not modified, 1 ok" in done.stdout
    edition = next((project / "outbox").glob("20*"))
    assert "No events in this edition" in (edition / "briefing.md").read_text()


def test_since_in_hours_counts_back_from_the_end_of_the_date_asked_for(server, project: Path):
    day = (NOW - dt.timedelta(days=10)).date()
    that_evening = dt.datetime.combine(day, dt.time(18), tzinfo=dt.UTC)
    page = server.add("/p", article_page("Harbour reopens", paragraphs("The harbour")), content_type="text/html")
    feed = server.add("/feed.xml", rss2([Item("Harbour reopens", page, that_evening)]))
    done = run_cli("build", "--feed", feed, "--date", day.isoformat(), "--since", "24h", cwd=project, env=PLAIN)
    assert done.returncode == 0, done.stderr
    assert f"Built {day}: 1 event from 1 source" in done.stdout
