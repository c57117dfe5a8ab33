"""OPML import and the `briefing feeds` commands, as a user runs them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from feedserver import FeedServer, Item, article_page, opml, paragraphs, rss2

from briefing.cli.main import main
from briefing.config import FeedSpec
from briefing.errors import InputError
from briefing.feeds.opml import parse_opml, read_opml


def test_nested_outlines_are_read_in_order_without_duplicates_and_keep_their_folder_as_section():
    data = opml([("Alpha", "https://a.test/feed"), ("Beta", "http://b.test/rss"), ("Again", "https://a.test/feed")])
    assert parse_opml(data.encode()) == (FeedSpec(url="https://a.test/feed", name="Alpha", section="News"),
                                         FeedSpec(url="http://b.test/rss", name="Beta", section="News"))


def test_the_innermost_folder_names_the_section_on_one_line_without_control_characters():
    data = b"""<opml version="2.0"><body>
    <outline text="Loose" xmlUrl="https://loose.test/feed"/>
    <outline text="  Tech&#10;&#x9b;31mnews "><outline text="Gadgets"><outline text="G" xmlUrl="https://g.test/rss"/></outline>
      <outline text="T" xmlUrl="https://t.test/rss"/></outline></body></opml>"""
    assert [(f.name, f.section) for f in parse_opml(data)] == [("Loose", None), ("G", "Gadgets"), ("T", "Tech 31mnews")]


def test_text_stands_in_for_a_missing_title_and_odd_schemes_are_ignored():
    data = b"""<opml version="1.0"><body><outline text="Only text" xmlurl="https://c.test/feed"/>
    <outline title="Script" xmlUrl="javascript:alert(1)"/></body></opml>"""
    assert parse_opml(data) == (FeedSpec(url="https://c.test/feed", name="Only text"),)


def test_feed_names_lose_terminal_control_sequences():
    data = "<opml><body><outline title='Wire\u009b2J\u0085 Desk' xmlUrl='https://c.test/feed'/></body></opml>"
    assert parse_opml(data.encode()) == (FeedSpec(url="https://c.test/feed", name="Wire Desk"),)


@pytest.mark.parametrize(("data", "message"), [
    (b"<opml><body><outline", "not valid XML"),
    (b"<rss version='2.0'/>", "not an OPML file"),
    (b"<opml><body><outline text='folder'/></body></opml>", "lists no feeds"),
    (b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]><opml><body/></opml>", "declares XML entities"),
])
def test_bad_files_get_one_line_naming_the_file(data, message, tmp_path: Path):
    path = tmp_path / "subs.opml"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as err:
        read_opml(path)
    assert str(path) in str(err.value)


def test_cli_import_then_list_shows_each_feeds_last_status(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    now = dt.datetime.now(dt.UTC)
    with FeedServer() as server:
        page = server.add("/p", article_page("Port story", paragraphs("The port")), content_type="text/html")
        good = server.add("/feed.xml", rss2([Item("Port story", page, now)]))
        gone = server.add("/old.xml", "", status=410)
        (tmp_path / "subs.opml").write_text(opml([("Port News", good), ("Old Blog", gone)]))
        config = '[briefing]\nfeeds = [{ name = "Mine", url = "https://mine.test/f" }]\n'
        (tmp_path / "briefing.toml").write_text(config)
        assert main(["feeds", "import", "subs.opml"]) == 0
        assert "imported 2 new feed(s) of 2" in capsys.readouterr().out
        assert main(["feeds", "list"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines == ["Mine  https://mine.test/f  [config]  not fetched yet",
                         f"Port News  {good}  [imported, section News]  not fetched yet",
                         f"Old Blog  {gone}  [imported, section News]  not fetched yet"]
        from briefing.feeds.fetch import FetchSettings
        from briefing.feeds.run import collect_feeds, feeds_from_state
        from briefing.state import State

        with State(tmp_path / ".briefing/state.sqlite") as state:
            collect_feeds(feeds_from_state(state), state=state, window_start=now - dt.timedelta(hours=36),
                          settings=FetchSettings(retries=0, extract_processes=0))
        assert main(["feeds", "list"]) == 0
        out = capsys.readouterr().out
    assert f"Port News  {good}  [imported, section News]  ok, 1 used, checked " in out
    assert f"Old Blog  {gone}  [imported, section News]  gone, 0 used" in out and "410 Gone" in out


def test_cli_import_of_a_missing_file_exits_2_with_one_line(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["feeds", "import", "nope.opml"]) == 2
    assert capsys.readouterr().err.strip() == (
        "error: nope.opml: no such file (export your subscriptions as OPML from your feed reader)")


def test_list_names_an_unnamed_feed_as_the_digest_does(tmp_path: Path, monkeypatch, capsys):
    import json

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HTTP_PROXY", "")
    now = dt.datetime.now(dt.UTC)
    with FeedServer() as server:
        page = server.add("/p", article_page("Port story", paragraphs("The port")), content_type="text/html")
        url = server.add("/feed.xml", rss2([Item("Port story", page, now)], title="Harbour Wire"))
        (tmp_path / "briefing.toml").write_text(f'[briefing]\nfeeds = ["{url}"]\n')
        assert main(["feeds", "list"]) == 0
        assert capsys.readouterr().out.startswith(f"127.0.0.1  {url}  [config]  not fetched yet")  # its host, not "-"
        assert main(["build"]) == 0
        [edition] = (tmp_path / "outbox").glob("20*")
        assert [f["name"] for f in json.loads((edition / "briefing.json").read_text())["feeds"]] == ["Harbour Wire"]
        capsys.readouterr()
        assert main(["feeds", "list"]) == 0
        assert capsys.readouterr().out.startswith(f"Harbour Wire  {url}  [config]  ok, 1 used")


def test_reimporting_after_moving_a_feed_to_another_folder_says_what_changed(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    feeds = [("Port News", "https://port.test/rss"), ("Hill News", "https://hill.test/rss")]
    (tmp_path / "subs.opml").write_text(opml(feeds))
    assert main(["feeds", "import", "subs.opml"]) == 0
    (tmp_path / "subs.opml").write_text(opml(feeds).replace('<outline text="News">', '<outline text="Local">'))
    capsys.readouterr()
    assert main(["feeds", "import", "subs.opml"]) == 0
    assert capsys.readouterr().out == (
        "imported 0 new feed(s) of 2 listed in subs.opml; 2 moved to another section: Port News from News to Local, "
        "Hill News from News to Local (kept in .briefing/state.sqlite)\n")
    assert main(["feeds", "import", "subs.opml"]) == 0  # nothing changed this time: nothing said about sections
    assert capsys.readouterr().out == "imported 0 new feed(s) of 2 listed in subs.opml (kept in .briefing/state.sqlite)\n"
