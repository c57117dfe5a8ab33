"""Issue 13 through feeds on loopback: nothing lost, nothing unsafe, every warning useful."""

from __future__ import annotations

import datetime as dt

from feedserver import Item, article_page, paragraphs, rss2

from briefing.config import FeedSpec
from briefing.feeds.fetch import FetchSettings
from briefing.feeds.run import collect_feeds

NOW = dt.datetime.now(dt.UTC)
WINDOW = NOW - dt.timedelta(hours=36)
FAST = FetchSettings(timeout=0.8, deadline=1.6, max_bytes=256 * 1024, retries=0, backoff=0.01, extract_processes=0)


def collect(specs, state):
    return collect_feeds(specs, state=state, window_start=WINDOW, settings=FAST)


def test_many_unreachable_entries_cost_one_line_naming_the_feed(server, state):
    items = [Item(f"Story {n}", server.url(f"/gone-{n}"), NOW, summary=f"<p>Summary {n} from the feed.</p>")
             for n in range(12)]
    feed = server.add("/feed.xml", rss2(items, title="Wire"))
    result = collect([FeedSpec(url=feed)], state)
    assert len(result.articles) == 12 and {a.text for a in result.articles} == {f"Summary {n} from the feed."
                                                                                for n in range(12)}
    assert len(result.warnings) == 1
    line = result.warnings[0]
    assert line.startswith(f"feed Wire: {feed}: 12 entries had no usable page, used the feed's summaries instead")
    assert "12 unreachable" in line and "404 Not Found" in line and "and 9 more" in line
    assert server.url("/gone-0") in line


def test_entries_with_neither_title_nor_text_are_not_untitled_events(server, state):
    page = server.add("/page", article_page("The harbour story", paragraphs("The harbour")), content_type="text/html")
    items = [Item("", server.url("/missing"), NOW, summary=""),  # nothing at all: left out
             Item("", page, NOW, summary=""),  # the page gives the headline
             Item("", server.url("/missing2"), NOW, summary="<p>The ferry resumed service on Monday after repairs.</p>")]
    result = collect([FeedSpec(url=server.add("/feed.xml", rss2(items)))], state)
    titles = sorted(a.title for a in result.articles)
    assert titles == ["The ferry resumed service on Monday after repairs.", "The harbour story"]
    assert all("untitled" not in a.title for a in result.articles)
    assert "1 entry left out, no text on the page or in the feed" in result.warnings[0]


def test_undeclared_koi8r_feed_and_page_are_read_in_cyrillic(server, state):
    headline = "Правительство объявило новые меры"
    sentence = "Правительство объявило в понедельник о новых мерах поддержки экономики страны и малого бизнеса."
    html = (f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
            + f"<p>{sentence}</p>" * 5 + "</article></body></html>")
    page = server.add("/ru", html.encode("koi8_r"), content_type="text/html")
    feed = rss2([Item(headline, page, NOW, summary="")], title="Новости").replace(' encoding="utf-8"', "")
    url = server.add("/feed.xml", feed.encode("koi8_r"), content_type="application/xml")
    result = collect([FeedSpec(url=url)], state)
    assert [a.title for a in result.articles] == [headline] and sentence in result.articles[0].text
    assert result.health[0].name == "Новости"


def test_control_characters_are_stripped_from_feeds_and_from_what_older_runs_cached(server, state, tmp_path):
    items = [Item("Bridge\x0b opens\x1b[31m today\x07", server.url("/missing"), NOW,
                  summary="<p>The bridge\x0c opened on Monday.</p>")]
    body = rss2(items, title="Wire\x1b]0;pwned\x07 Desk")
    feed = server.add("/feed.xml", body, etag='"v1"')
    first = collect([FeedSpec(url=feed)], state)
    assert [a.title for a in first.articles] == ["Bridge opens today"]
    assert first.articles[0].text == "The bridge opened on Monday."
    assert first.health[0].name == "Wire Desk"
    assert all(ch.isprintable() for w in first.warnings for ch in w)
    # An older version stored entries as they came; the next run (a 304) must clean them on the way out.
    state.db.execute("UPDATE feed_entries SET title = ?, summary = ?", ("Old\x0b title\x1b[1m", "<p>Old\x0c text.</p>"))
    state.db.commit()
    state.db.execute("DELETE FROM feed_pages")
    state.db.commit()
    second = collect([FeedSpec(url=feed)], state)
    assert second.health[0].status == "not modified"
    assert [a.title for a in second.articles] == ["Old title"] and second.articles[0].text == "Old text."


def test_a_dns_failure_of_an_entry_link_is_one_plain_line(server, state):
    items = [Item("Lost", "http://no-such-host.invalid/story", NOW, summary="<p>The feed's own text.</p>")]
    result = collect([FeedSpec(url=server.add("/feed.xml", rss2(items)))], state)
    assert [a.text for a in result.articles] == ["The feed's own text."]
    assert "no such host no-such-host.invalid" in result.warnings[0]


def test_a_teaser_page_gives_way_to_the_feeds_fuller_text_but_a_full_page_wins(server, state):
    teaser = server.add("/teaser", "<html><head><title>Port deal signed</title></head><body><article>"
                        "<h1>Port deal signed</h1><p>The port authority signed the deal on Monday, officials said.</p>"
                        "<p>Subscribe to read more.</p></article></body></html>", content_type="text/html")
    full_text = " ".join(paragraphs("The port deal", 3))
    page = server.add("/full", article_page("Ferry returns", paragraphs("The ferry", 6)), content_type="text/html")
    items = [Item("Port deal signed", teaser, NOW, summary=f"<p>{full_text}</p>"),
             Item("Ferry returns", page, NOW, summary="<p>" + " ".join(paragraphs("The ferry", 6)) + "</p>")]
    result = collect([FeedSpec(url=server.add("/feed.xml", rss2(items)), name="Port Wire")], state)
    texts = {a.title: a for a in result.articles}
    assert texts["Port deal signed"].text == full_text  # the feed said more than the page
    assert texts["Ferry returns"].author == "Jane Roe"  # the page's own article, with its byline
    assert "a teaser (the feed said more than the page)" in result.warnings[0] and teaser in result.warnings[0]


def test_a_link_with_a_bad_port_costs_that_entry_only(server, state):
    items = [Item("Odd", "http://127.0.0.1:99999/x", NOW, summary="<p>The feed's own text.</p>"),
             Item("Odder", "http://[::1/x", NOW, summary="<p>More of the feed's text.</p>")]
    result = collect([FeedSpec(url=server.add("/feed.xml", rss2(items)))], state)
    assert sorted(a.text for a in result.articles) == ["More of the feed's text.", "The feed's own text."]
    assert len(result.warnings) == 1
    assert "http://127.0.0.1:99999/x (not a usable address" in result.warnings[0]
    assert "1 without a web link: Odder" in result.warnings[0]  # feedparser drops the broken one


def test_an_untitled_entry_cached_by_an_older_version_is_not_an_untitled_event(server, state):
    items = [Item("Ferry resumes", server.url("/missing"), NOW, summary="<p>The ferry resumed service on Monday.</p>")]
    feed = server.add("/feed.xml", rss2(items), etag='"v1"')
    collect([FeedSpec(url=feed)], state)
    state.db.execute("UPDATE feed_entries SET title = '(untitled)'")  # what earlier versions stored
    state.db.execute("DELETE FROM feed_pages")
    state.db.commit()
    again = collect([FeedSpec(url=feed)], state)
    assert again.health[0].status == "not modified"
    assert [a.title for a in again.articles] == ["The ferry resumed service on Monday."]
