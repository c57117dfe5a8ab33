#!/usr/bin/env python3
"""Which records' event day a news day's reading changes, and which pairs it brings closer (grouping round 46).

    python bench/survey_news_days.py [--said]

Every record of the follow-up sets 1-14 and the look-alike sets A-N is read by `evidence_of` with
`evidence.NEWS_DAYS` off and on ("the toll rose to 11 on Wednesday" dated as the report's news, not its event's;
with --said, "police said on Monday" too, the reading weighed and left). Each changed record is printed with its
day before and after; then, over the pairs of each set, the pairs whose verdict gains or loses a day clash or a
same day, counted as pairs of one story (incident) or of two, over every pair and over day 1's pairs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_followups import FOLLOWUPS, LOOKALIKES  # noqa: E402
from bench_lookalikes import article, load  # noqa: E402

from briefing.text import evidence  # noqa: E402


def _story(row: dict) -> str:
    """The incident a record reports: a follow-up set's look-alike is its group's other incident."""
    if "cluster" in row:
        return row["cluster"]
    return row["group"] + ("-lookalike" if row["role"] == "lookalike" else "")


def _day(day: int | None) -> str:
    return "-" if day is None else dt.date.fromordinal(day).isoformat()


def _read(rows: list[dict]) -> list[evidence.Evidence]:
    found = []
    for row in rows:
        art = article({**row, "id": row.get("id") or f"{row['group']}-{row['role']}"})
        found.append(evidence.evidence_of(art.title, art.text, art.published))
    return found


# The reading weighed and left: a verb of saying before "on" as well as a count's change (evidence._NEWS_DAY).
SAID = re.compile(r"(?:\b(?:said|says|told|confirmed|announced|reported|added|stated|warned)\son"
                  r"|\b(?:rose|risen|rises|climbed|climbs|jumped|grew|fell|dropped)\sto\s"
                  r"(?:at\sleast\s|more\sthan\s|about\s|nearly\s)?[\w,.]+(?:\son)?)\s$")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--said", action="store_true", help="weigh a verb of saying before 'on' too")
    if parser.parse_args().said:
        evidence._NEWS_DAY = SAID
    totals = {"closer one": 0, "closer two": 0, "apart one": 0, "apart two": 0}
    day1 = dict.fromkeys(totals, 0)  # of these, the pairs of one set's day-1 reports (bench_followups.py --day1)
    for path in (*FOLLOWUPS, *LOOKALIKES):
        rows = load([path])
        evidence.NEWS_DAYS = False
        before = _read(rows)
        evidence.NEWS_DAYS = True
        after = _read(rows)
        changed = [i for i in range(len(rows)) if before[i].day != after[i].day]
        if not changed:
            continue
        print(f"== {path.name}")
        for i in changed:
            row = rows[i]
            print(f"  {row.get('id') or row['group'] + '-' + row['role']}: {_day(before[i].day)} -> {_day(after[i].day)}")
        for i, j in combinations(range(len(rows)), 2):
            if i not in changed and j not in changed:
                continue
            vb, va = evidence.compare(before[i], before[j]), evidence.compare(after[i], after[j])
            if (vb.day, vb.same_day) == (va.day, va.same_day):
                continue
            one = _story(rows[i]) == _story(rows[j])
            closer = va.day < vb.day or va.same_day > vb.same_day
            daily = rows[i]["published"] == rows[j]["published"]
            key = f"{'closer' if closer else 'apart'} {'one' if one else 'two'}"
            totals[key] += 1
            if str(rows[i].get("role", "")).startswith("day1") and str(rows[j].get("role", "")).startswith("day1"):
                day1[key] += 1
            print(f"    {key}{' (same day published)' if daily else ''}: {_story(rows[i])} x {_story(rows[j])} "
                  f"clash {vb.day}->{va.day} same {vb.same_day}->{va.same_day}")
    print("every pair:", totals)
    print("day-1 pairs:", day1)


if __name__ == "__main__":
    main()
