"""Feeds end to end on loopback: what a user gets in the digest, and what one bad feed costs (one warning)."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from feedserver import (
    FeedServer,
    Item,
    article_page,
    atom,
    endless_chunked,
    gzip_bomb,
    hang,
    paragraphs,
    redirect,
    rss1,
    rss2,
)

from briefing.cli.main import parse_since
from briefing.collect.seeds import source_id
from briefing.config import FeedSpec
from briefing.feeds.fetch import FetchSettings
from briefing.feeds.run import collect_feeds, feeds_from_state, health_summary, import_feeds, window_start
from briefing.state import State

NOW = dt.datetime.now(dt.UTC)
WINDOW = NOW - dt.timedelta(hours=36)
FAST = FetchSettings(timeout=0.8, deadline=1.6, max_bytes=256 * 1024, retries=0, backoff=0.01, extract_processes=0)


def collect(specs, state, **kw):
    return collect_feeds(specs, state=state, window_start=kw.pop("window_start", WINDOW), settings=FAST, **kw)


def story(server: FeedServer, slug: str, hours_ago: float | None = 2, summary: str = "") -> Item:
    """Serve an article page and return the feed item that links it."""
    url = server.add(f"/{slug}", article_page(f"The {slug} story", paragraphs(f"The {slug} project")),
                     content_type="text/html; charset=utf-8")
    when = NOW - dt.timedelta(hours=hours_ago) if hours_ago is not None else None
    return Item(f"The {slug} story", url, when, summary=summary or f"<p>Summary of the {slug} story.</p>")


@pytest.mark.parametrize("render", [rss2, rss1, atom], ids=["rss2", "rss1", "atom"])
def test_each_feed_format_gives_full_article_text_without_boilerplate(server, state, render):
    url = server.add("/feed", render([story(server, "harbour"), story(server, "bridge")]))
    result = collect([FeedSpec(url=url, name="City Desk")], state)
    assert sorted(a.title for a in result.articles) == ["The bridge story", "The harbour story"]
    article = next(a for a in result.articles if a.title == "The harbour story")
    assert "paragraph 6 of the report" in article.text  # the whole page, not the feed's one-line summary
    assert "Sign up" not in article.text and "Related stories" not in article.text and "Section 3" not in article.text
    assert article.outlet == "City Desk" and article.origin == "feed" and article.author == "Jane Roe"
    assert article.id == source_id(article.url) and article.published == (NOW - dt.timedelta(hours=2)).date()
    assert result.warnings == () and [h.status for h in result.health] == ["ok"]


def test_only_entries_inside_the_window_and_undated_ones_once(server, state):
    items = [story(server, "fresh", 3), story(server, "stale", 60), story(server, "undated", None)]
    url = server.add("/feed", rss2(items))
    first = collect([FeedSpec(url=url)], state)
    assert sorted(a.title for a in first.articles) == ["The fresh story", "The undated story"]
    server.add("/feed", rss2(items))  # the same document again, without validators: a full read
    second = collect([FeedSpec(url=url)], state)
    assert [a.title for a in second.articles] == ["The fresh story"]
    wider = collect([FeedSpec(url=url)], state, window_start=NOW - dt.timedelta(hours=72))
    assert sorted(a.title for a in wider.articles) == ["The fresh story", "The stale story"]


def test_second_run_costs_a_304_and_no_page_fetches(server, state):
    url = server.add("/feed", rss2([story(server, "dam"), story(server, "canal")]), etag='"v1"', gzip=True)
    first = collect([FeedSpec(url=url)], state)
    before = server.bytes_sent
    second = collect([FeedSpec(url=url)], state)
    assert server.conditional_hits["/feed"] == 1 and server.hits["/dam"] == 1 and server.hits["/canal"] == 1
    assert [h.status for h in second.health] == ["not modified"]
    assert {a.id: a.text for a in second.articles} == {a.id: a.text for a in first.articles}
    assert server.bytes_sent - before < 400  # one 304, headers only


def test_a_page_that_fails_falls_back_to_the_feeds_summary_with_a_warning(server, state):
    broken = Item("Broken link", server.url("/missing"), NOW, summary="<p>The feed's own text.</p>")
    items = [story(server, "ok"), broken]
    result = collect([FeedSpec(url=server.add("/feed", rss2(items)), name="Desk")], state)
    fallback = next(a for a in result.articles if a.title == "Broken link")
    assert fallback.text == "The feed's own text." and fallback.outlet == "Desk"
    assert len(result.warnings) == 1
    assert server.url("/missing") in result.warnings[0] and "404" in result.warnings[0]
    assert "feed's summary" in result.warnings[0]


def test_thin_page_falls_back_and_a_remote_feed_cannot_read_local_files(server, state, tmp_path):
    secret = tmp_path / "secret.html"
    secret.write_text(article_page("Secret", paragraphs("Private")))
    server.add("/teaser", "<html><body><p>Subscribe to read.</p></body></html>", content_type="text/html")
    items = [Item("Teaser", server.url("/teaser"), NOW, summary="<p>Full text from the feed.</p>"),
             Item("Local", secret.as_uri(), NOW, summary="<p>Summary only.</p>")]
    result = collect([FeedSpec(url=server.add("/feed", rss2(items)))], state)
    texts = {a.title: a.text for a in result.articles}
    assert texts == {"Teaser": "Full text from the feed.", "Local": "Summary only."}
    assert len(result.warnings) == 1  # one line for the feed, naming each entry
    assert server.url("/teaser") in result.warnings[0] and secret.as_uri() in result.warnings[0]


def test_file_feed_with_file_links_works(state, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(article_page("Local story", paragraphs("The local council")))
    feed = tmp_path / "feed.xml"
    feed.write_text(rss2([Item("Local story", page.as_uri(), NOW)]))
    result = collect([FeedSpec(url=feed.as_uri())], state)
    assert [a.title for a in result.articles] == ["Local story"] and "paragraph 3" in result.articles[0].text
    assert [h.status for h in collect([FeedSpec(url=feed.as_uri())], state).health] == ["not modified"]


def test_malformed_feed_still_yields_entries_with_a_warning(server, state):
    broken = rss2([story(server, "mill")]).replace("</channel></rss>", "<item><title>Bad & worse</title></item>")
    result = collect([FeedSpec(url=server.add("/feed", broken), name="Sloppy")], state)
    assert [a.title for a in result.articles] == ["The mill story"]
    assert len(result.warnings) == 1 and result.warnings[0].startswith(f"feed Sloppy: {server.url('/feed')}: malformed XML")


def test_wrong_charset_is_read_and_reported(server, state):
    body = rss2([Item("Café opens", server.url("/nowhere"), NOW, summary="<p>Crème brûlée for everyone.</p>")])
    url = server.add("/feed", body.replace('encoding="utf-8"', 'encoding="us-ascii"').encode("utf-8"),
                     content_type="application/rss+xml; charset=us-ascii")
    result = collect([FeedSpec(url=url)], state)
    assert result.articles[0].title == "Café opens"
    assert any("character set" in w for w in result.warnings)


def test_html_page_served_as_feed_names_the_real_feed(server, state):
    page = '<html><head><link rel="alternate" type="application/rss+xml" href="/real.xml"></head><body>Hi</body></html>'
    url = server.add("/blog", page, content_type="text/html")
    result = collect([FeedSpec(url=url)], state)
    assert result.articles == () and [h.status for h in result.health] == ["error"]
    assert result.warnings == (f"feed 127.0.0.1: {url}: is a web page, not a feed "
                               f"(the page names its feed: use {server.url('/real.xml')})",)


def test_every_kind_of_broken_feed_costs_one_warning_and_the_rest_is_built(server, state):
    good = server.add("/good-feed", rss2([story(server, "good")]))
    server.custom("/loop", redirect("/loop"))
    server.custom("/bomb", gzip_bomb(16 * 1024 * 1024))
    server.custom("/endless", endless_chunked)
    server.custom("/hang", hang)
    bad = {"/404": server.url("/404"), "/500": server.add("/500", "", status=500), "/loop": server.url("/loop"),
           "/bomb": server.url("/bomb"), "/endless": server.url("/endless"), "/hang": server.url("/hang")}
    result = collect([FeedSpec(url=u) for u in bad.values()] + [FeedSpec(url=good)], state)
    assert [a.title for a in result.articles] == ["The good story"]
    assert len(result.warnings) == len(bad)
    for url, warning in zip(bad.values(), result.warnings, strict=True):
        assert url in warning and "(" in warning  # names the URL and what to do
    assert [h.status for h in result.health] == ["error"] * len(bad) + ["ok"]
    assert health_summary(result.health) == "7 feeds: 6 errors, 1 ok"
    assert health_summary(result.health[:1]) == "1 feed: 1 error"


def test_gone_feed_is_remembered_and_skipped_next_time(server, state):
    url = server.add("/retired", "", status=410)
    first = collect([FeedSpec(url=url, name="Old")], state)
    assert first.health[0].status == "gone" and "stops asking" in first.warnings[0]
    second = collect([FeedSpec(url=url, name="Old")], state)
    assert server.hits["/retired"] == 1
    assert second.health[0].status == "gone" and second.warnings[0].startswith(f"feed Old: {url}: skipped, it answered 410")


def test_same_page_in_two_feeds_is_fetched_once_and_counted_once(server, state):
    item = story(server, "shared")
    a, b = server.add("/a", rss2([item])), server.add("/b", rss2([item]))
    result = collect([FeedSpec(url=a), FeedSpec(url=b)], state)
    assert len(result.articles) == 1 and server.hits["/shared"] == 1
    assert [h.entries for h in result.health] == [1, 1]


def test_worker_processes_give_the_same_digest_as_threads(server, tmp_path):
    """A run big enough to start extraction processes (and to fill their backlog) changes nothing a user sees."""
    specs = []
    for f in range(5):  # 5 feeds (4 units of work each) and 25 pages: past the 40 that start the processes
        items = [story(server, f"site{f}-{e}") for e in range(4)]
        items.append(Item(f"Teaser {f}", server.add(f"/teaser{f}", "<html><body><p>Subscribe to read.</p></body></html>",
                                                   content_type="text/html"), NOW, summary="<p>The feed's own text.</p>"))
        specs.append(FeedSpec(url=server.add(f"/feed{f}", rss2(items, title=f"Site {f}"))))
    runs = []
    for processes in (0, 1):
        settings = FetchSettings(timeout=5, retries=0, concurrency=3, extract_processes=processes)  # backlog of 6
        with State(tmp_path / f"state{processes}.sqlite") as st:
            runs.append(collect_feeds(specs, state=st, window_start=WINDOW, settings=settings))
    threads, processes = runs
    assert len(processes.articles) == 25 and sorted(processes.articles, key=lambda a: a.id) == sorted(
        threads.articles, key=lambda a: a.id)
    assert sorted(processes.warnings) == sorted(threads.warnings) and len(processes.warnings) == 5


def test_imported_feeds_are_listed_in_order(state):
    assert import_feeds(state, [FeedSpec(url="http://a.test/feed", name="A"), FeedSpec(url="http://b.test/feed")]).added == 2
    assert import_feeds(state, [FeedSpec(url="http://a.test/feed")]).added == 0
    assert feeds_from_state(state) == (FeedSpec(url="http://a.test/feed", name="A"), FeedSpec(url="http://b.test/feed"))


def test_since_accepts_hours_days_and_times():
    tz = dt.timezone(dt.timedelta(hours=2))
    assert window_start(parse_since("48h"), now=NOW, hours=36, tz=tz) == NOW - dt.timedelta(hours=48)
    assert window_start(parse_since("2d"), now=NOW, hours=36, tz=tz) == NOW - dt.timedelta(days=2)
    assert window_start(None, now=NOW, hours=36, tz=tz) == NOW - dt.timedelta(hours=36)
    assert window_start(parse_since("2026-05-10T06:00"), now=NOW, hours=36, tz=tz) == dt.datetime(
        2026, 5, 10, 6, tzinfo=tz)


def _crash_after_first_feed(state_path: str, urls: list[str]) -> None:
    """Child process: collect two feeds; the second one's page never answers, so we are killed mid-run."""
    with State(state_path) as st:
        collect_feeds([FeedSpec(url=u) for u in urls], state=st, window_start=WINDOW,
                      settings=FetchSettings(timeout=30, extract_processes=0))


def test_a_crash_mid_run_leaves_the_state_consistent(server, tmp_path):
    done = server.add("/done", rss2([story(server, "saved")]), etag='"d1"')

    def never(handler):  # the page of the second feed hangs until the process is killed
        time.sleep(10)

    server.custom("/stuck-page", never)
    stuck = server.add("/stuck", rss2([Item("Stuck", server.url("/stuck-page"), NOW)]), etag='"s1"')
    path = tmp_path / "state.sqlite"
    child = mp.get_context("spawn").Process(target=_crash_after_first_feed, args=(str(path), [done, stuck]))
    child.start()
    deadline = time.monotonic() + 20
    while server.hits["/stuck-page"] == 0 or not _has_feed(path, done):
        assert time.monotonic() < deadline and child.is_alive()
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.join()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    rows = dict(db.execute("SELECT url, etag FROM feeds"))
    assert rows == {done: '"d1"'}  # the unfinished feed left nothing behind, not even its validator
    assert db.execute("SELECT COUNT(*) FROM feed_entries WHERE feed_url = ?", (stuck,)).fetchone() == (0,)
    db.close()
    server.add("/stuck-page", article_page("Stuck", paragraphs("The stuck")), content_type="text/html")
    with State(path) as st:
        result = collect([FeedSpec(url=done), FeedSpec(url=stuck)], st)
    assert sorted(a.title for a in result.articles) == ["Stuck", "The saved story"]


def _has_feed(path: Path, url: str) -> bool:
    if not path.exists():
        return False
    try:
        with sqlite3.connect(path) as db:
            return db.execute("SELECT 1 FROM feeds WHERE url = ? AND etag IS NOT NULL", (url,)).fetchone() is not None
    except sqlite3.Error:
        return False


def test_a_page_that_names_no_site_is_credited_to_its_feed(server, state):
    bare = "<html><head><title>Quay works</title></head><body><article><h1>Quay works</h1>" + "".join(
        f"<p>{p}</p>" for p in paragraphs("The quay works")) + "</article></body></html>"
    page = server.add("/quay", bare, content_type="text/html; charset=utf-8")
    url = server.add("/feed", rss2([Item("Quay works", page, NOW - dt.timedelta(hours=1))], title="Harbour Wire"))
    result = collect([FeedSpec(url=url)], state)
    assert [a.outlet for a in result.articles] == ["Harbour Wire"]


def test_of_two_syndicated_copies_the_one_published_first_that_day_is_kept(server, state):
    from briefing.dedupe import group_stories

    text = paragraphs("The footbridge collapse")
    original = server.add("/herald", article_page("Footbridge collapses", text, site="Valley Herald",
                                                  date="2026-11-23T13:05:00-08:00"), content_type="text/html")
    copy = server.add("/wire", article_page("Footbridge collapse kills four", text, site="Metro Wire",
                                            date="2026-11-23T17:40:00-08:00"), content_type="text/html")
    # Both entries fall on one day (inside the window): input order alone decided which was kept.
    day = NOW.replace(hour=0, minute=0, second=0, microsecond=0) - dt.timedelta(days=0 if NOW.hour >= 6 else 1)
    early, late = day + dt.timedelta(hours=1), day + dt.timedelta(hours=5)
    url = server.add("/feed", rss2([Item("Footbridge collapse kills four", copy, late),
                                    Item("Footbridge collapses", original, early)]))
    result = collect([FeedSpec(url=url)], state)
    assert len({a.published for a in result.articles}) == 1
    for order in (result.articles, result.articles[::-1]):
        [story] = group_stories(order)
        [kept] = story.articles
        assert kept.outlet == "Valley Herald" and [p.outlet for p in kept.also_ran_in] == ["Metro Wire"]
    assert kept.published_at == early  # the feed's time of day, kept with the date


def test_a_page_that_cannot_be_used_falls_back_to_a_one_line_summary_cut_short(server, state):
    cut = ("TACOMA, Wash. — Four people were killed and 17 others injured when a pedestrian bridge over Pacific "
           "Avenue collapsed onto rush-hour traffi…")
    items = [Item("Four killed as footbridge collapses", server.url("/gone"), NOW - dt.timedelta(hours=1),
                  summary=cut),
             Item("Teaser only", server.url("/also-gone"), NOW - dt.timedelta(hours=1), summary="Read more")]
    url = server.add("/feed", rss2(items))
    result = collect([FeedSpec(url=url, name="Wire")], state)
    [article] = result.articles
    assert article.title == "Four killed as footbridge collapses" and article.text == cut
    [warning] = result.warnings
    assert "1 entry had no usable page, used the feed's summary instead: 1 unreachable: " in warning
    assert "1 entry left out, no text on the page or in the feed" in warning  # "Read more" is no text
