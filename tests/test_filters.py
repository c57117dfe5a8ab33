"""Filters as a reader meets them: excluded words leave stories out before grouping, and the build says how many."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from feedserver import FeedServer, Item, rss2
from test_sections import write_seeds
from topics import page_html

from briefing.build import BuildOptions, build
from briefing.config import Config, FeedSpec, SectionSpec
from briefing.models import Article
from briefing.sections import filter_articles, matcher


def headlines(folder: Path) -> list[str]:
    return [e["headline"] for e in json.loads((folder / "briefing.json").read_text())["events"]]


def test_an_exclude_word_drops_its_stories_the_summary_counts_them_and_all_does_not_bring_them_back(project: Path,
                                                                                                    cli) -> None:  # noqa: F811
    write_seeds(project / "seeds")
    (project / "briefing.toml").write_text('[briefing]\nexclude = ["Horoscope", "budget"]\n')
    first = cli("build", "--date", "2026-05-12")
    assert first.returncode == 0, first.stderr
    assert "2 events from 3 sources (2 stories left out by filters), 0 warnings" in first.stdout
    edition = project / "outbox" / "2026-05-12"
    assert not any("horoscope" in h.lower() or "budget" in h.lower() for h in headlines(edition))
    assert "Star Weekly" not in (edition / "briefing.md").read_text()
    again = cli("build", "--date", "2026-05-13", "--all")  # --all repeats what memory left out, not what filters did
    assert "(2 stories left out by filters)" in again.stdout and len(headlines(project / "outbox" / "2026-05-13")) == 2


def test_a_sections_own_exclude_words_apply_only_to_its_stories(project: Path) -> None:
    write_seeds(project / "seeds")
    config = Config(seeds=project / "seeds", outbox=project / "outbox", state=project / "state.sqlite",
                    sections=(SectionSpec(name="Tech", exclude=("laptops",)), SectionSpec(name="World", include=("ferry",))))
    result = build(config, BuildOptions(date=dt.date(2026, 5, 12)))
    assert result.filtered == 2  # Tech's laptop chip; World's budget vote (no "ferry" in it)
    assert sorted(headlines(result.edition_dir)) == ["Island ferry strike halts crossings for a third day",
                                                     "Your horoscope for the week ahead"]


def test_an_include_list_on_one_feed_keeps_only_its_matching_entries(project: Path) -> None:
    now = dt.datetime.now(dt.UTC)
    with FeedServer() as server:
        def feed(path: str, *slugs: str) -> str:
            items = [Item(slug, server.add(f"/{path}-{slug}", page_html(slug, f"{path} news"), content_type="text/html"),
                          now - dt.timedelta(hours=1)) for slug in slugs]
            return server.add(f"/{path}.xml", rss2(items, title=path))

        picky = feed("picky", "ferry", "vote", "chips")
        everything = feed("open", "horoscope")
        config = Config(seeds=project / "none", outbox=project / "outbox", state=project / "state.sqlite",
                        feeds=(FeedSpec(url=picky, include=("ferry crews", "PROCESSOR")), FeedSpec(url=everything)))
        result = build(config, BuildOptions(date=now.date()))
        assert server.hits["/picky-vote"] == 1, "filters read the article, so its page is fetched"
    assert sorted(headlines(result.edition_dir)) == ["Chipmaker unveils faster processor for laptops",
                                                     "Island ferry strike halts crossings for a third day",
                                                     "Your horoscope for the week ahead"]
    assert result.filtered == 1 and "(1 story left out by filters)" in result.summary()


def _article(title: str, text: str) -> Article:
    return Article(id="s-1", title=title, text=text, outlet="Example")


def test_words_match_whole_words_in_any_case_in_the_headline_and_lead_only() -> None:
    ai = matcher(["AI"])
    assert ai is not None and ai.search("New AI chips sell out") and ai.search("ai: the year ahead")
    assert not ai.search("Thailand's airlines add routes") and not ai.search("Said the captain")
    phrase = matcher(["new york"])
    assert phrase is not None and phrase.search("flights to New\nYork resume") and not phrase.search("New Yorker")
    assert matcher([]) is None
    lead = " ".join(["filler"] * 80)
    config = Config(exclude=("celebrity gossip",))
    kept = filter_articles([_article("Markets calm", f"{lead} celebrity gossip"),
                            _article("Celebrity GOSSIP roundup", "Text."),
                            _article("Markets", "Our celebrity gossip column returns.")], config)
    assert [a.title for a in kept.articles] == ["Markets calm"] and kept.left_out == 2
