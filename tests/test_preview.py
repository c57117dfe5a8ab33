"""`briefing preview` serves one edition on 127.0.0.1, prints its URL and stops cleanly on Ctrl-C."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PROJECT, run_cli

from briefing.build import BuildOptions, build
from briefing.config import Config


def start_preview(cwd: Path, *args: str) -> tuple[subprocess.Popen, str]:
    """Run `briefing preview` as a user would and return the process and the URL it printed."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    process = subprocess.Popen([sys.executable, "-m", "briefing", "preview", "--port", "0", *args], cwd=cwd, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:\d+/", line)
    if not match:
        process.kill()
        raise AssertionError(f"no URL printed: {line!r} {process.stderr.read() if process.stderr else ''}")
    return process, match.group(0)


def get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read().decode("utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project folder with two editions in its outbox (built once for the module)."""
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(PROJECT / "seeds", root / "seeds")
    config = Config(seeds=root / "seeds", outbox=root / "outbox", state=root / ".briefing" / "state.sqlite")
    for day in (11, 12):
        build(config, BuildOptions(date=dt.date(2026, 5, day), include_seen=True))
    return root


@pytest.fixture(scope="module")
def preview(built: Path) -> Iterator[str]:
    process, url = start_preview(built, "--no-browser", "--date", "2026-05-11")
    yield url
    process.kill()
    process.wait()


def test_serves_the_edition_and_an_index_linking_it(preview: str, built: Path) -> None:
    status, kind, index = get(preview)
    assert status == 200 and kind.startswith("text/html")
    for path in ("/briefing.html", "/briefing.txt", "/briefing.md"):
        assert f'href="{path}"' in index
    folder = built / "outbox" / "2026-05-11"
    status, kind, body = get(preview + "briefing.html")
    assert status == 200 and kind == "text/html; charset=utf-8" and body == (folder / "briefing.html").read_text()
    status, kind, body = get(preview + "briefing.md")
    assert status == 200 and kind.startswith("text/plain") and body == (folder / "briefing.md").read_text()
    assert get(preview + "briefing.txt")[2] == (folder / "briefing.txt").read_text()


OUTSIDE = ["../2026-05-12/briefing.html", "%2e%2e/briefing.toml", "seeds/", "briefing.html/x", "README.md"]


@pytest.mark.parametrize("path", OUTSIDE)
def test_nothing_else_is_served(preview: str, path: str) -> None:
    assert get(preview + path)[0] == 404


def test_without_a_date_it_shows_the_newest_edition_and_ctrl_c_stops_it(built: Path) -> None:
    process, url = start_preview(built, "--no-browser")
    assert "2026-05-12" in get(url)[2]
    process.send_signal(signal.SIGINT)
    # A stop takes well under a second; the bound is generous because it failed twice at 10 s while three
    # test suites shared two cores, and a hang would still fail here.
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert out.strip().endswith("stopped") and "Traceback" not in err


def test_sigterm_stops_it_cleanly_too(built: Path) -> None:
    process, url = start_preview(built, "--no-browser")
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)  # generous, as above
    assert process.returncode == 0 and "Traceback" not in err


def test_a_missing_edition_is_one_clear_line(built: Path) -> None:
    done = run_cli("preview", "--date", "2026-01-01", "--no-browser", cwd=built)
    assert done.returncode == 2
    assert done.stderr.strip().startswith("error: ") and "briefing build --date 2026-01-01" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
