"""Shared fixtures: a project folder with the seed articles, and a way to run the CLI."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from feedserver import FeedServer

from briefing.cli.main import main
from briefing.state import State

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder (the current directory) for one test."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def seeded(project: Path) -> Path:
    """A working folder holding a copy of the project's seed articles in seeds/."""
    shutil.copytree(SEEDS, project / "seeds")
    return project


@pytest.fixture
def server():
    """Feeds and pages on loopback (tests/feedserver.py); the delivery tests name their SMTP server so."""
    with FeedServer() as srv:
        yield srv


@pytest.fixture
def state(tmp_path: Path):
    """A real state database in the test's folder."""
    with State(tmp_path / "state.sqlite") as opened:
        yield opened


@dataclass(frozen=True)
class Ran:
    """What one `briefing` command in this process returned and printed."""

    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Ran]:
    """`briefing ARGS` in this process (the working folder is the test's); tests/helpers.run_cli runs a real one."""
    def run(*args: str) -> Ran:
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exit_:  # argparse's own errors (exit 2) and --help
            code = int(exit_.code or 0)
        out, err = capsys.readouterr()
        return Ran(code, out, err)
    return run
