"""The seeds digest, compared with reviewed golden files.

Regenerate after an intended change with `make regen-golden` (or BRIEFING_REGEN_GOLDEN=1 pytest
tests/test_golden.py), then review `git diff tests/golden` before committing.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest

from briefing.build import BuildOptions, build
from briefing.config import Config

GOLDEN = Path(__file__).resolve().parent / "golden" / "seeds"
EDITION = dt.date(2026, 5, 12)
REGENERATE = os.environ.get("BRIEFING_REGEN_GOLDEN") == "1"


def mask(name: str, text: str) -> str:
    """Blank the fields that change from run to run (the build time)."""
    if name == "briefing.json":
        text = re.sub(r'"generated_at": "[^"]+"', '"generated_at": "<masked>"', text)
    return text


@pytest.mark.parametrize("name", ["briefing.md", "briefing.txt", "briefing.json"])
def test_seeds_digest_matches_golden(seeded: Path, name: str) -> None:
    config = Config(title="Briefing", seeds=seeded / "seeds", outbox=seeded / "outbox",
                    state=seeded / ".briefing" / "state.sqlite")
    result = build(config, BuildOptions(date=EDITION, include_seen=True))
    produced = mask(name, (result.edition_dir / name).read_text(encoding="utf-8"))
    golden = GOLDEN / name
    if REGENERATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(produced, encoding="utf-8")
        pytest.skip(f"regenerated {golden.name}: review `git diff tests/golden` before committing")
    assert golden.is_file(), f"no golden file {golden}: run `make regen-golden`"
    assert produced == golden.read_text(encoding="utf-8"), (
        f"{name} differs from the golden file: if intended, `make regen-golden` and review the diff"
    )
