"""Shared fixtures: a project folder with the seed articles, and a way to run the CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

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
