"""The walk the evidence surveys share (survey_news_days.py, survey_suspect_ages.py): every record of the follow-up
and look-alike sets read by `evidence_of` with one module switch of text/evidence.py off and then on, the records it
changes, and their pairs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_followups import FOLLOWUPS, LOOKALIKES  # noqa: E402
from bench_lookalikes import article, load  # noqa: E402

from briefing.text import evidence  # noqa: E402

Switched = tuple[Path, list[dict], list[evidence.Evidence], list[evidence.Evidence], list[int]]


def story(row: dict) -> str:
    """The incident a record reports: a follow-up set's look-alike is its group's other incident."""
    if "cluster" in row:
        return row["cluster"]
    return row["group"] + ("-lookalike" if row["role"] == "lookalike" else "")


def name(row: dict) -> str:
    """The record's id, or its group and role in a follow-up set."""
    return str(row.get("id") or f"{row['group']}-{row['role']}")


def read(rows: list[dict]) -> list[evidence.Evidence]:
    """Each record's evidence, as a build reads its article."""
    return [evidence.evidence_of(a.title, a.text, a.published) for a in (article({**row, "id": name(row)}) for row in rows)]


def switched(switch: str, differs: Callable[[evidence.Evidence, evidence.Evidence], bool]) -> Iterator[Switched]:
    """(set, its records, their evidence with `evidence.<switch>` off, on, the records where `differs`) for each
    set the switch changes a record of; the switch is left on."""
    for path in (*FOLLOWUPS, *LOOKALIKES):
        rows = load([path])
        setattr(evidence, switch, False)
        before = read(rows)
        setattr(evidence, switch, True)
        after = read(rows)
        changed = [i for i in range(len(rows)) if differs(before[i], after[i])]
        if changed:
            yield path, rows, before, after, changed


def touched(rows: list[dict], changed: list[int]) -> Iterator[tuple[int, int]]:
    """The pairs of the set with at least one changed record."""
    moved = set(changed)
    return ((i, j) for i, j in combinations(range(len(rows)), 2) if i in moved or j in moved)
