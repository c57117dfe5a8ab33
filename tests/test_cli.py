"""The command line as a user meets it: summaries, one-line errors, documented exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import refused_url, run_cli

from briefing import __version__


def test_build_writes_every_format_and_ends_with_a_summary(seeded: Path) -> None:
    done = run_cli("build", "--date", "2026-05-12", cwd=seeded)
    assert done.returncode == 0, done.stderr
    folder = seeded / "outbox" / "2026-05-12"
    assert sorted(p.name for p in folder.iterdir()) == ["briefing.html", "briefing.json", "briefing.md", "briefing.txt"]
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Built 2026-05-12: ") and "5 sources" in lines[0]
    assert "outbox/2026-05-12" in lines[0]
    assert json.loads((folder / "briefing.json").read_text())["edition"] == "2026-05-12"
    assert not list(folder.glob(".*.tmp")), "a temporary file was left behind"


def test_build_defaults_to_today_in_the_configured_timezone(seeded: Path, cli) -> None:
    (seeded / "briefing.toml").write_text('[briefing]\ntitle = "Morning Notes"\ntimezone = "Pacific/Kiritimati"\n')
    done = cli("build")
    assert done.returncode == 0, done.stderr
    import datetime as dt
    import zoneinfo

    today = dt.datetime.now(zoneinfo.ZoneInfo("Pacific/Kiritimati")).date().isoformat()
    doc = json.loads((seeded / "outbox" / today / "briefing.json").read_text())
    assert doc["title"] == "Morning Notes"


def test_outbox_and_seeds_options(seeded: Path, cli) -> None:
    (seeded / "seeds").rename(seeded / "articles")
    done = cli("build", "--seeds", "articles", "--outbox", "out", "--date", "2026-05-12")
    assert done.returncode == 0, done.stderr
    assert (seeded / "out" / "2026-05-12" / "briefing.md").is_file()


def test_a_bad_seed_file_warns_and_the_build_goes_on(seeded: Path, cli) -> None:
    (seeded / "seeds" / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    (seeded / "seeds" / "empty.md").write_text("")
    done = cli("build", "--date", "2026-05-12")
    assert done.returncode == 0
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 2
    assert "seeds/broken.txt: skipped, not a text file" in warnings[0]
    assert "seeds/empty.md: skipped, the file is empty" in warnings[1]
    assert "2 warnings" in done.stdout
    assert "Traceback" not in done.stderr


def test_strict_turns_warnings_into_exit_3(seeded: Path, cli) -> None:
    (seeded / "seeds" / "empty.txt").write_text("")
    done = cli("build", "--date", "2026-05-12", "--strict")
    assert done.returncode == 3
    # As the README says: the edition is written (to be read beside the warnings), and exit 3 stops a script.
    assert (seeded / "outbox" / "2026-05-12" / "briefing.md").is_file()
    assert done.stderr.strip().splitlines()[-1] == (
        "error: 1 warning under --strict: the edition in outbox/2026-05-12/ was written but is not meant to be sent "
        "(fix the warnings above or run without --strict)")


def test_missing_seeds_folder_that_was_asked_for_is_one_clear_line(project: Path, cli) -> None:
    done = cli("build", "--seeds", "nowhere")
    assert done.returncode == 2
    assert done.stderr.strip() == "error: nowhere: no such seeds folder (create it, or point --seeds at your saved articles)"


def test_every_feed_failing_with_no_seeds_is_exit_4_naming_the_feed(project: Path, cli) -> None:
    url = refused_url()
    done = cli("build", "--feed", url, "--date", "2026-05-12")
    assert done.returncode == 4, done.stderr
    assert url in done.stderr and "every feed failed" in done.stderr
    assert not (project / "outbox" / "2026-05-12").exists()


def test_nothing_to_read_is_an_error(project: Path, cli) -> None:
    done = cli("build")
    assert done.returncode == 2
    assert "nothing to read" in done.stderr and "Traceback" not in done.stderr


def test_bad_config_names_the_key(seeded: Path, cli) -> None:
    (seeded / "briefing.toml").write_text('[briefing]\ntimezone = "Mars/Olympus"\n')
    done = cli("build")
    assert done.returncode == 2
    assert "briefing.timezone" in done.stderr and "Mars/Olympus" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_debug_shows_the_traceback(project: Path) -> None:
    done = run_cli("build", "--seeds", "nowhere", "--debug", cwd=project)
    assert done.returncode == 2 and "Traceback" in done.stderr


def test_bad_date_is_refused(seeded: Path, cli) -> None:
    done = cli("build", "--date", "12/05/2026")
    assert done.returncode == 2 and "YYYY-MM-DD" in done.stderr


def test_help_and_version(project: Path) -> None:
    help_text = run_cli("--help", cwd=project)
    assert help_text.returncode == 0 and "build" in help_text.stdout and "Exit codes" in help_text.stdout
    version = run_cli("--version", cwd=project)
    assert version.stdout.strip() == f"briefing {__version__}"


def test_next_day_leaves_out_what_was_carried_and_says_so(seeded: Path, cli) -> None:
    assert cli("build", "--date", "2026-05-12").returncode == 0
    again = cli("build", "--date", "2026-05-13")
    assert again.returncode == 0
    assert "0 events (1 already in an earlier edition with nothing new; --all shows it)" in again.stdout
    everything = cli("build", "--date", "2026-05-13", "--all")
    assert "1 event from 5 sources" in everything.stdout
