"""`briefing preview` serves the edition on localhost and stops cleanly."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from helpers import PROJECT, run_cli


def _start(cwd: Path, *args: str) -> tuple[subprocess.Popen, str]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    env.pop("DISPLAY", None)
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "preview", "--port", "0", "--no-browser", *args],
                            cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline() if proc.stdout else ""
    match = re.search(r"http://127\.0\.0\.1:\d+/", line)
    if not match:
        proc.kill()
        pytest.fail(f"no URL printed: {line!r} {proc.stderr.read() if proc.stderr else ''}")
    return proc, match.group(0)


def _get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], ""


def test_preview_serves_the_edition_and_stops_on_ctrl_c(seeded: Path) -> None:
    assert run_cli("build", "--date", "2026-05-12", cwd=seeded).returncode == 0
    proc, url = _start(seeded, "--date", "2026-05-12")
    try:
        status, kind, index = _get(url)
        assert status == 200 and "briefing.html" in index and "briefing.md" in index
        status, kind, body = _get(url + "briefing.html")
        assert status == 200 and kind.startswith("text/html") and "SpaceX" in body
        status, kind, body = _get(url + "briefing.md")
        assert status == 200 and kind.startswith("text/plain") and body.startswith("# Briefing")
        assert _get(url + "../../seeds/000_d303ad268638ea90.txt")[0] == 404
        assert _get(url + "state.sqlite")[0] == 404
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
    proc, url = _start(seeded, "--date", "2026-05-12")
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 0


def test_preview_of_a_missing_edition_is_one_clear_line(seeded: Path) -> None:
    done = run_cli("preview", "--date", "2026-01-01", "--no-browser", cwd=seeded)
    assert done.returncode == 2
    assert done.stderr.strip() == ("error: outbox/2026-01-01: no edition here "
                                   "(run 'briefing build --date 2026-01-01' first)")
