#!/usr/bin/env python3
"""Which records a suspect's age changes, and which pairs it brings closer (grouping round 47).

    python bench/survey_suspect_ages.py

Every record of the follow-up sets and the look-alike sets (bench_followups.FOLLOWUPS, LOOKALIKES: A-O) is read
by `evidence_of` with `evidence.SUSPECT_AGES` off and on (an age told of the one charged or arrested left out of
the report's ages). Each changed record is printed with its ages before and after; then, over the pairs of each
set, the pairs whose verdict loses or gains an age clash or an age in common, counted as pairs of one story
(incident) or of two, and, of those, the pairs published on one day (what a daily build compares).
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_followups import FOLLOWUPS, LOOKALIKES  # noqa: E402
from bench_lookalikes import article, load  # noqa: E402
from survey_news_days import _story  # noqa: E402

from briefing.text import evidence  # noqa: E402


def _read(rows: list[dict]) -> list[evidence.Evidence]:
    found = []
    for row in rows:
        art = article({**row, "id": row.get("id") or f"{row['group']}-{row['role']}"})
        found.append(evidence.evidence_of(art.title, art.text, art.published))
    return found


def _name(row: dict) -> str:
    return str(row.get("id") or f"{row['group']}-{row['role']}")


def main() -> None:
    totals = {"closer one": 0, "closer two": 0, "apart one": 0, "apart two": 0}
    daily = dict.fromkeys(totals, 0)
    for path in (*FOLLOWUPS, *LOOKALIKES):
        rows = load([path])
        evidence.SUSPECT_AGES = False
        before = _read(rows)
        evidence.SUSPECT_AGES = True
        after = _read(rows)
        changed = [i for i in range(len(rows)) if before[i].ages != after[i].ages]
        if not changed:
            continue
        print(f"== {path.name}")
        for i in changed:
            print(f"  {_name(rows[i])}: {sorted(before[i].ages)} -> {sorted(after[i].ages)}")
        for i, j in combinations(range(len(rows)), 2):
            if i not in changed and j not in changed:
                continue
            vb, va = evidence.compare(before[i], before[j]), evidence.compare(after[i], after[j])
            if (vb.ages, vb.same_ages, vb.day) == (va.ages, va.same_ages, va.day):
                continue
            one = _story(rows[i]) == _story(rows[j])
            closer = va.ages < vb.ages or va.day < vb.day or va.same_ages > vb.same_ages
            key = f"{'closer' if closer else 'apart'} {'one' if one else 'two'}"
            totals[key] += 1
            same_day = rows[i]["published"] == rows[j]["published"]
            if same_day:
                daily[key] += 1
            print(f"    {key}{' (one day published)' if same_day else ''}: {_name(rows[i])} x {_name(rows[j])} "
                  f"ages clash {vb.ages}->{va.ages} common {vb.same_ages}->{va.same_ages} day {vb.day}->{va.day}")
    print("every pair:", totals)
    print("published on one day:", daily)


if __name__ == "__main__":
    main()
