"""outbox/README.md lists every edition newest first, so the archive reads well in the repository."""

from __future__ import annotations

from pathlib import Path

from helpers import run_cli


def test_every_build_rewrites_the_index_newest_first(seeded: Path) -> None:
    for date in ("2026-05-11", "2026-05-13", "2026-05-12"):
        assert run_cli("build", "--date", date, "--all", cwd=seeded).returncode == 0
    (seeded / "outbox" / "notes").mkdir()  # a folder that is not an edition is left out
    assert run_cli("build", "--date", "2026-05-10", "--all", cwd=seeded).returncode == 0
    index = (seeded / "outbox" / "README.md").read_text()
    links = [line for line in index.splitlines() if line.startswith("- [")]
    assert [line.split("](")[1].split("/")[0] for line in links] == ["2026-05-13", "2026-05-12", "2026-05-11", "2026-05-10"]
    assert links[0].startswith("- [Wednesday, May 13, 2026](2026-05-13/briefing.md) — 1 event: ")
    assert "notes" not in index


def test_an_edition_without_events_says_so(seeded: Path) -> None:
    assert run_cli("build", "--date", "2026-05-12", cwd=seeded).returncode == 0
    assert run_cli("build", "--date", "2026-05-13", cwd=seeded).returncode == 0  # nothing new the next day
    index = (seeded / "outbox" / "README.md").read_text()
    assert "(2026-05-13/briefing.md) — no new events" in index
