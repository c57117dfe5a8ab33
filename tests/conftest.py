"""Shared fixtures: a project folder with the seed articles, and a way to run the CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from feedserver import FeedServer

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
