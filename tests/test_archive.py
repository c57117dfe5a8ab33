"""outbox/README.md: every edition, newest first, rewritten by every build."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from helpers import run_cli

from briefing.build import BuildOptions, build
from briefing.config import Config
from briefing.render.outbox import write_index


def test_every_build_lists_all_editions_newest_first(seeded: Path) -> None:
    config = Config(seeds=seeded / "seeds", outbox=seeded / "outbox", state=seeded / ".briefing" / "state.sqlite")
    for day in (10, 12):
        build(config, BuildOptions(date=dt.date(2026, 5, day), include_seen=True))
    done = run_cli("build", "--date", "2026-05-11", cwd=seeded)  # and the way a user runs it
    assert done.returncode == 0, done.stderr
    index = (seeded / "outbox" / "README.md").read_text(encoding="utf-8")
    rows = [line for line in index.splitlines() if line.startswith("| [")]
    assert [r.split("](")[1][:10] for r in rows] == ["2026-05-12", "2026-05-11", "2026-05-10"]
    assert "[Tue, May 12, 2026](2026-05-12/briefing.md)" in rows[0]
    assert re.search(r"\| \d+ events? from 5 sources \| .*Colossus", rows[0])
    assert not list((seeded / "outbox").glob(".*.tmp")), "a temporary file was left behind"


def test_an_edition_without_new_events_says_so(seeded: Path) -> None:
    assert run_cli("build", "--date", "2026-05-12", cwd=seeded).returncode == 0
    assert run_cli("build", "--date", "2026-05-13", cwd=seeded).returncode == 0  # nothing new the next day
    index = (seeded / "outbox" / "README.md").read_text(encoding="utf-8")
    assert "(2026-05-13/briefing.md) |  | _no new events_ |" in index


def test_headlines_cannot_break_the_index_table(tmp_path: Path) -> None:
    folder = tmp_path / "2026-05-12"
    folder.mkdir()
    (folder / "briefing.md").write_text("# x\n")
    headline = "A | B [link](javascript:alert(1)) <script>"
    (folder / "briefing.json").write_text(json.dumps({"events": [{"headline": headline, "sources": [{"id": "s-1"}]}]}))
    index = write_index(tmp_path).read_text()
    row = next(line for line in index.splitlines() if line.startswith("| ["))
    assert row.replace("\\|", "").count("|") == 4, "a pipe in a headline split the row"
    # CommonMark shows a backslash-escaped character as itself: only unescaped markup is dangerous.
    assert not re.search(r"(?<!\\)<script", row) and not re.search(r"(?<!\\)\]\(javascript:", row)


def test_folders_that_are_not_editions_are_left_out_and_a_broken_one_is_listed_by_date(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "2026-13-01").mkdir()
    broken = tmp_path / "2026-05-01"
    broken.mkdir()
    (broken / "briefing.md").write_text("# x\n")
    (broken / "briefing.json").write_text("{not json")
    index = write_index(tmp_path).read_text()
    rows = [line for line in index.splitlines() if line.startswith("| [")]
    assert len(rows) == 1 and "(2026-05-01/briefing.md)" in rows[0]


def test_an_empty_outbox_says_so(tmp_path: Path) -> None:
    assert "_No editions yet" in write_index(tmp_path).read_text()
