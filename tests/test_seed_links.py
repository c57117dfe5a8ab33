"""Links to seed files from a built edition: right where they can be, and never this machine's paths."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS

from briefing.cli.main import main

DATE = "2026-05-12"
LINK = re.compile(r"\]\(([^)]+\.txt)\)")


def build(*args: str) -> None:
    assert main(["build", "--date", DATE, "--all", *args]) == 0


def seed_links(edition: Path) -> list[str]:
    return LINK.findall((edition / "briefing.md").read_text(encoding="utf-8"))


def published_text(outbox: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in outbox.rglob("*") if p.is_file())


@pytest.fixture
def elsewhere(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A seeds folder outside the project (the working folder)."""
    folder = tmp_path_factory.mktemp("elsewhere")
    shutil.copytree(SEEDS, folder / "seeds")
    return folder


def test_seeds_outside_the_project_leave_no_absolute_path_and_no_broken_link(project: Path, elsewhere: Path) -> None:
    build("--seeds", str(elsewhere / "seeds"))
    outbox = project / "outbox"
    assert str(elsewhere) not in published_text(outbox)
    assert seed_links(outbox / DATE) == []  # the seeds are not published beside the outbox: nothing to link
    paths = {s["path"] for e in json.loads((outbox / DATE / "briefing.json").read_text())["events"]
             for s in e["sources"] if s["path"]}
    assert paths and all(p.startswith("seeds/") and (elsewhere / p).is_file() for p in paths)


def test_seeds_beside_the_outbox_are_linked_relatively_wherever_they_are(project: Path, elsewhere: Path) -> None:
    build("--seeds", str(elsewhere / "seeds"), "--outbox", str(elsewhere / "outbox"))
    edition = elsewhere / "outbox" / DATE
    links = seed_links(edition)
    assert links and all(link.startswith("../../seeds/") and (edition / link).is_file() for link in links)
    assert str(elsewhere) not in published_text(elsewhere / "outbox")


def test_an_outbox_outside_the_project_gets_no_link_climbing_out_of_it(seeded: Path, elsewhere: Path) -> None:
    build("--outbox", str(elsewhere / "out"))
    assert seed_links(elsewhere / "out" / DATE) == []
    assert str(seeded) not in published_text(elsewhere / "out")


def test_the_project_seeds_are_linked_from_the_outbox_as_before(seeded: Path) -> None:
    build()
    edition = seeded / "outbox" / DATE
    links = seed_links(edition)
    assert links and all(link.startswith("../../seeds/") and (edition / link).is_file() for link in links)
