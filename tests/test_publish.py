"""Publishing outbox/ as it is: an Atom feed of the editions and a static archive page, read by real readers."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import unquote

import feedparser
import pytest
from helpers import HOSTILE, html_dangers
from test_email_browser import CHROMIUM, MEASURE, Chromium

from briefing.build import BuildOptions, build
from briefing.config import Config
from briefing.render.outbox import write_index

DAYS = (dt.date(2026, 5, 10), dt.date(2026, 5, 11), dt.date(2026, 5, 12))


@pytest.fixture(scope="module")
def outbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three editions of the seeds digest, built as a user would, published under a web address."""
    import shutil

    work = tmp_path_factory.mktemp("publish")
    shutil.copytree(Path(__file__).resolve().parent.parent / "seeds", work / "seeds")
    config = Config(title="Morning Briefing", seeds=work / "seeds", outbox=work / "outbox", state=work / "state.sqlite",
                    web_url="https://news.example/briefing/")
    for day in (DAYS[1], DAYS[0], DAYS[2]):  # built out of order: the feed still runs newest first
        build(config, BuildOptions(date=day, include_seen=True))
    return work / "outbox"


def test_after_three_editions_the_feed_is_valid_atom_with_three_entries_newest_first(outbox: Path) -> None:
    feed = feedparser.parse((outbox / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10" and feed.feed.title == "Morning Briefing"
    assert [e.title for e in feed.entries] == [f"Morning Briefing — May {d}, 2026" for d in (12, 11, 10)]
    assert [e.link for e in feed.entries] == [f"https://news.example/briefing/{d}/briefing.html" for d in
                                              ("2026-05-12", "2026-05-11", "2026-05-10")]
    assert len({e.id for e in feed.entries}) == 3
    first = feed.entries[0]
    assert "Colossus" in first.summary and "Colossus" in first.content[0].value
    assert "<table" in first.content[0].value and "display:none" not in first.content[0].value
    assert any(link.rel == "self" and link.href == "https://news.example/briefing/feed.xml" for link in feed.feed.links)


def test_entry_ids_stay_the_same_when_the_feed_is_rewritten(outbox: Path) -> None:
    before = [e.id for e in feedparser.parse((outbox / "feed.xml").read_bytes()).entries]
    write_index(outbox, title="Morning Briefing", web_url="https://news.example/briefing")
    after = feedparser.parse((outbox / "feed.xml").read_bytes())
    assert [e.id for e in after.entries] == before
    assert not list(outbox.glob(".*.tmp")), "a temporary file was left behind"


def fake_editions(outbox: Path, count: int, headline: str = "Quiet day") -> None:
    for n in range(count):
        folder = outbox / (dt.date(2026, 1, 1) + dt.timedelta(days=n)).isoformat()
        folder.mkdir(parents=True)
        (folder / "briefing.md").write_text("# x\n")
        (folder / "briefing.html").write_text(f"<html><body><h2>{n}</h2></body></html>")
        (folder / "briefing.json").write_text(json.dumps({
            "title": "Daily", "generated_at": f"{folder.name}T07:00:00+02:00",
            "events": [{"id": f"ev-{n}", "headline": headline, "sources": [{"id": "s-1"}]}]}))


def test_the_feed_holds_the_latest_30_editions_and_the_page_lists_them_all(tmp_path: Path) -> None:
    fake_editions(tmp_path, 32)
    write_index(tmp_path, title="Daily")
    feed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert not feed.bozo and len(feed.entries) == 30
    assert feed.entries[0].link == "2026-02-01/briefing.html", "without web_url, links are relative to the feed"
    assert feed.entries[0].updated == "2026-02-01T07:00:00+02:00"
    page = (tmp_path / "index.html").read_text()
    assert len(re.findall(r'<li class="edition">', page)) == 32


def test_text_from_outside_cannot_break_the_feed_or_reach_the_page_as_markup(tmp_path: Path) -> None:
    fake_editions(tmp_path, 1, headline=f"Bad\x0b\x1b bytes & {HOSTILE}")
    write_index(tmp_path, title=f"Daily {HOSTILE}")
    feed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.entries[0].summary.startswith("1 event from 1 source · Bad bytes & ")
    page = (tmp_path / "index.html").read_text()
    assert html_dangers(page) == [] and "&lt;script&gt;" in page and "<script" not in page


def test_an_empty_outbox_gets_an_empty_feed_and_a_page_that_says_so(tmp_path: Path) -> None:
    write_index(tmp_path)
    assert not feedparser.parse((tmp_path / "feed.xml").read_bytes()).bozo
    assert "No editions yet" in (tmp_path / "index.html").read_text()


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs headless Chromium at /usr/bin/chromium")
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_archive_page_reads_well_on_a_phone_and_every_link_is_a_file_in_the_outbox(outbox: Path, tmp_path: Path,
                                                                                        scheme: str) -> None:
    browser = Chromium(tmp_path / "profile")
    try:
        browser.open(outbox / "index.html", width=375, scheme=scheme)
        seen = browser.evaluate(MEASURE)
        links = browser.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
        text = browser.evaluate("document.body.innerText")
        scripts = browser.evaluate("document.scripts.length")
    finally:
        browser.close()
    assert seen["scrollWidth"] <= 375 and seen["pastRight"] == [], "the page scrolls sideways on a phone"
    assert seen["lowContrast"] == [], f"faint text in {scheme} mode"
    assert scripts == 0
    root = outbox.resolve()
    targets = [Path(unquote(link.removeprefix("file://"))).resolve() for link in links]
    assert all(t.is_file() and t.is_relative_to(root) for t in targets), links
    assert {t.name for t in targets} >= {"feed.xml", "briefing.html", "briefing.md", "briefing.json"}
    assert text.index("Tuesday, May 12, 2026") < text.index("Monday, May 11, 2026") < text.index("Sunday, May 10, 2026")


def test_an_edition_whose_html_closes_cdata_still_reads_whole(tmp_path: Path) -> None:
    fake_editions(tmp_path, 1)
    (tmp_path / "2026-01-01" / "briefing.html").write_text("<html><body><p>a ]]> b &amp; <b>c</b></p></body></html>")
    write_index(tmp_path)
    feed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert not feed.bozo and feed.entries[0].content[0].value == "<p>a ]]> b &amp; <b>c</b></p>"
