"""The email as a reader sees it, in headless Chromium at phone (375 px) and desktop (600 px) widths,
light and dark. Screenshots of the seeds edition land in screenshots/ (git-ignored) for a person to open.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from browser import CHROMIUM, probe, screenshot
from helpers import PROJECT, busy_edition

from briefing.build import BuildOptions, build
from briefing.config import Config
from briefing.render import render_all

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="headless Chromium is not installed (apt-get install chromium)"),
]
SHOTS = PROJECT / "screenshots"
VIEWS = [(375, False), (375, True), (600, False), (600, True)]


@pytest.fixture(scope="module")
def seeds_edition(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds edition built as a user builds it."""
    work = tmp_path_factory.mktemp("seeds")
    config = Config(seeds=PROJECT / "seeds", outbox=work / "outbox", state=work / "state.sqlite")
    return build(config, BuildOptions(date=dt.date(2026, 5, 12), include_seen=True)).edition_dir


@pytest.fixture(scope="module")
def busy_day(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A day of 30 events from 60 articles, with pipes, quotes and long outlet names."""
    folder = tmp_path_factory.mktemp("busy")
    (folder / "briefing.html").write_text(render_all(busy_edition(events=30))["briefing.html"], encoding="utf-8")
    return folder


def _assert_reads_well(result: dict, width: int) -> None:
    assert result["width"] == width
    assert result["scrollWidth"] <= width, "the email scrolls sideways"
    assert result["overflowing"] == [], f"text runs past the right edge: {result['overflowing'][:3]}"
    assert result["headlines"] and all(h["visible"] for h in result["headlines"]), result["headlines"]
    assert result["checked"] > 20
    assert result["low"] == [], f"text with too little contrast: {result['low'][:3]}"


@pytest.mark.parametrize(("width", "dark"), VIEWS, ids=["375-light", "375-dark", "600-light", "600-dark"])
def test_seeds_email_reads_well(seeds_edition: Path, width: int, dark: bool) -> None:
    result = probe(seeds_edition, "briefing.html", width=width, dark=dark)
    _assert_reads_well(result, width)
    assert "SpaceX" in result["headlines"][0]["text"]
    shot = screenshot(seeds_edition, "briefing.html", SHOTS / f"seeds-{width}-{'dark' if dark else 'light'}.png",
                      width=width, dark=dark, height=result["height"] + 40)
    assert shot.stat().st_size > 10_000, "the screenshot is empty"


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_busy_day_reads_well_on_a_phone(busy_day: Path, dark: bool) -> None:
    result = probe(busy_day, "briefing.html", width=375, dark=dark)
    _assert_reads_well(result, 375)
    assert len(result["headlines"]) == 30


def test_dark_mode_really_changes_the_colours(seeds_edition: Path) -> None:
    light = probe(seeds_edition, "briefing.html", width=600, dark=False)
    dark = probe(seeds_edition, "briefing.html", width=600, dark=True)
    assert light["background"] != dark["background"]
