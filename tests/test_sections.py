"""Sections as a reader meets them: OPML folders and seed subfolders become sections, in the configured order."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from feedserver import FeedServer, Item, opml, rss2
from realistic import realistic_edition
from test_golden import mask
from topics import page_html

from briefing.build import BuildOptions, build
from briefing.cli.main import main
from briefing.config import Config, SectionSpec
from briefing.models import Edition
from briefing.render import render_all
from briefing.sections import arrange

EDITION = dt.date(2026, 5, 12)
GOLDEN = Path(__file__).resolve().parent / "golden" / "seeds"
GMAIL_CLIP_BYTES = 102 * 1024


def headings(markdown: str) -> list[str]:
    """The digest's group and event headings after its title, as a reader scanning it sees them."""
    return re.findall(r"^#{1,2} (.+)$", markdown, re.M)[1:]


def write_seeds(folder: Path) -> None:
    """A day in seeds/: a two-outlet story and another in World/, one in Tech/, one loose file."""
    (folder / "World").mkdir(parents=True)
    (folder / "Tech").mkdir()
    (folder / "World" / "ferry-island-post.html").write_text(page_html("ferry", "Island Post"))
    (folder / "World" / "ferry-harbour-news.html").write_text(page_html("ferry", "Harbour News", retold=True))
    (folder / "World" / "vote.html").write_text(page_html("vote", "Capital Times"))
    (folder / "Tech" / "chips.html").write_text(page_html("chips", "Silicon Daily"))
    (folder / "horoscope.html").write_text(page_html("horoscope", "Star Weekly"))


def test_seed_subfolders_become_sections_in_the_configured_order(project: Path) -> None:
    write_seeds(project / "seeds")
    # "World" first as configured, though "Tech" comes first alphabetically; the loose file goes last.
    config = Config(seeds=project / "seeds", outbox=project / "outbox", state=project / "state.sqlite",
                    sections=(SectionSpec(name="World"), SectionSpec(name="Tech")))
    result = build(config, BuildOptions(date=EDITION))
    md = (result.edition_dir / "briefing.md").read_text()
    assert headings(md) == [
        "Contents",
        "Top stories", "1. Island ferry strike halts crossings for a third day",
        "World", "2. Parliament passes budget after all-night session",
        "Tech", "3. Chipmaker unveils faster processor for laptops",
        "Other", "4. Your horoscope for the week ahead",
    ]
    contents = md.split("\n---\n")[0]
    assert "**[World](#section-world)**" in contents and '<a id="section-world"></a>' in md
    assert contents.index("[Top stories]") < contents.index("[World]") < contents.index("[Tech]") < contents.index("[Other]")
    doc = json.loads((result.edition_dir / "briefing.json").read_text())
    assert doc["sections"] == ["World", "Tech", "Other"]
    assert [(e["headline"][:6], e["section"]) for e in doc["events"]] == [
        ("Island", "World"), ("Parlia", "World"), ("Chipma", "Tech"), ("Your h", "Other")]
    assert doc["top_stories"] == [doc["events"][0]["id"]]
    text = (result.edition_dir / "briefing.txt").read_text()
    assert [line for line in text.splitlines() if line.startswith("== ")] == [
        "== TOP STORIES " + "=" * 57, "== WORLD " + "=" * 63, "== TECH " + "=" * 64, "== OTHER " + "=" * 63]
    html = (result.edition_dir / "briefing.html").read_text()
    assert re.findall(r'<h2 id="[^"]+" class="sec">([^<]+)</h2>', html) == ["Top stories", "World", "Tech", "Other"]


def test_without_configured_order_sections_run_alphabetically(project: Path) -> None:
    write_seeds(project / "seeds")
    config = Config(seeds=project / "seeds", outbox=project / "outbox", state=project / "state.sqlite", top_stories=0)
    md = (build(config, BuildOptions(date=EDITION)).edition_dir / "briefing.md").read_text()
    assert [h for h in headings(md) if not h[0].isdigit()] == ["Contents", "Tech", "World", "Other"]


def test_opml_folders_become_sections_in_the_configured_order(project: Path, capsys) -> None:
    now = dt.datetime.now(dt.UTC)
    with FeedServer() as server:
        def feed(path: str, *stories: tuple[str, str]) -> str:
            items = [Item(slug, server.add(f"/{path}-{slug}", page_html(slug, site), content_type="text/html"), now)
                     for slug, site in stories]
            return server.add(f"/{path}.xml", rss2(items, title=path))

        tech = feed("gadgets", ("chips", "Silicon Daily"))
        world = feed("globe", ("vote", "Capital Times"), ("ferry", "Island Post"))
        subscriptions = opml([("Gadget Blog", tech)], nested=False).replace(
            "<body>", f'<body><outline text="World"><outline text="Globe" xmlUrl="{world}"/></outline>'
                      '<outline text="Tech">').replace("</body>", "</outline></body>")
        (project / "subs.opml").write_text(subscriptions)
        (project / "briefing.toml").write_text('[briefing]\nsections = ["World", "Tech"]\n')
        assert main(["feeds", "import", "subs.opml"]) == 0
        assert main(["build", "--date", now.date().isoformat()]) == 0
    md = (project / "outbox" / now.date().isoformat() / "briefing.md").read_text()
    assert [h for h in headings(md) if not h[0].isdigit()] == ["Contents", "World", "Tech"]
    world_part, tech_part = md.split("\n# World\n")[1].split("\n# Tech\n")
    assert "Island ferry strike" in world_part and "Parliament passes budget" in world_part
    assert "Chipmaker unveils" in tech_part and "Island ferry" not in tech_part


def test_a_build_with_sections_configured_but_none_named_by_any_source_is_todays_digest(seeded: Path) -> None:
    config = Config(title="Briefing", seeds=seeded / "seeds", outbox=seeded / "outbox",
                    state=seeded / ".briefing" / "state.sqlite",
                    sections=(SectionSpec(name="World"), SectionSpec(name="Tech")))
    result = build(config, BuildOptions(date=EDITION, include_seen=True))
    for name in ("briefing.md", "briefing.txt", "briefing.json"):
        assert mask(name, (result.edition_dir / name).read_text()) == (GOLDEN / name).read_text(), name


def sectioned(edition: Edition, names: tuple[str, ...] = ("World", "Business", "Tech", "Science", "Sport")) -> Edition:
    """The edition with each event's sources in one of `names` (in turn), arranged as a build would."""
    events = [replace(e, sources=tuple(replace(a, section=names[i % len(names)]) for a in e.sources))
              for i, e in enumerate(edition.events)]
    arranged = arrange(events, [SectionSpec(name=n) for n in names])
    return replace(edition, events=arranged.events, sections=arranged.sections, top_stories=arranged.top_stories)


def test_a_realistic_sectioned_day_of_30_events_still_fits_one_email_in_full() -> None:
    edition = sectioned(realistic_edition(30))
    html = render_all(edition)["briefing.html"]
    assert len(html.encode("utf-8")) < GMAIL_CLIP_BYTES
    assert html.count('<h2 id="') == 30 + 6, "every event has its card, under six headings"
    assert re.findall(r'class="sec">([^<]+)<', html) == ["Top stories", "World", "Business", "Tech", "Science", "Sport"]
    assert "Also in this edition" not in html


def test_a_sectioned_day_too_big_for_one_email_lists_the_rest_under_their_sections() -> None:
    edition = sectioned(realistic_edition(60))
    html = render_all(edition, web_url="https://news.example/b")["briefing.html"]
    assert len(html.encode("utf-8")) < GMAIL_CLIP_BYTES
    more = html.split("Also in this edition")[1]
    assert all(e.headline in html for e in edition.events)
    assert "<p class=\"sh\">Sport</p>" in more, "one-liners keep their section heading"


def test_an_event_goes_to_the_section_most_of_its_sources_come_from() -> None:
    base = realistic_edition(3, sources=3).events

    def voted(*sections: str | None) -> str | None:
        event = replace(base[0], sources=tuple(replace(a, section=s) for a, s in zip(base[0].sources, sections, strict=True)))
        return arrange([event], [SectionSpec(name="World"), SectionSpec(name="Tech")], top=0).events[0].section

    assert voted("Tech", "Tech", "World") == "Tech"
    assert voted("tech", None, None) == "Tech", "sources without a section do not vote; names match in any case"
    assert voted("Tech", "World", None) == "World", "a tie goes to the section configured first"
    assert voted("Sport", "Arts", None) == "Arts"
    assert voted(None, None, None) is None, "a day on which no source names a section is left as it is"


@pytest.mark.parametrize("top", [0, 2])
def test_top_stories_are_the_events_most_sources_carry(top: int) -> None:
    edition = sectioned(realistic_edition(8))
    arranged = arrange(edition.events, [], top=top)
    assert len(arranged.top_stories) == top
    assert [e.id for e in arranged.events[:top]] == list(arranged.top_stories)


def test_a_seeds_folder_named_other_still_comes_last() -> None:
    events = realistic_edition(3, sources=1).events
    placed = [replace(e, sources=tuple(replace(a, section=s) for a in e.sources))
              for e, s in zip(events, ("other", "Zoo", "Arts"), strict=True)]
    assert arrange(placed, top=0).sections == ("Arts", "Zoo", "other")
