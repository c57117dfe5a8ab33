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

from survey_switch import name, story, switched, touched

from briefing.text import evidence


def _day(day: int | None) -> str:
    return "-" if day is None else dt.date.fromordinal(day).isoformat()


# The reading weighed and left: a verb of saying before "on" as well as a count's change (evidence._NEWS_DAY).
SAID = re.compile(r"(?:\b(?:said|says|told|confirmed|announced|reported|added|stated|warned)\son|"
                  + evidence._NEWS_DAY.pattern.removesuffix(r"\s$") + r")\s$")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--said", action="store_true", help="weigh a verb of saying before 'on' too")
    if parser.parse_args().said:
        evidence._NEWS_DAY = SAID
    totals = {"closer one": 0, "closer two": 0, "apart one": 0, "apart two": 0}
    day1 = dict.fromkeys(totals, 0)  # of these, the pairs of one set's day-1 reports (bench_followups.py --day1)
    for path, rows, before, after, changed in switched("NEWS_DAYS", lambda b, a: b.day != a.day):
        print(f"== {path.name}")
        for i in changed:
            print(f"  {name(rows[i])}: {_day(before[i].day)} -> {_day(after[i].day)}")
        for i, j in touched(rows, changed):
            vb, va = evidence.compare(before[i], before[j]), evidence.compare(after[i], after[j])
            if (vb.day, vb.same_day) == (va.day, va.same_day):
                continue
            one = story(rows[i]) == story(rows[j])
            closer = va.day < vb.day or va.same_day > vb.same_day
            daily = rows[i]["published"] == rows[j]["published"]
            key = f"{'closer' if closer else 'apart'} {'one' if one else 'two'}"
            totals[key] += 1
            if str(rows[i].get("role", "")).startswith("day1") and str(rows[j].get("role", "")).startswith("day1"):
                day1[key] += 1
            print(f"    {key}{' (same day published)' if daily else ''}: {story(rows[i])} x {story(rows[j])} "
                  f"clash {vb.day}->{va.day} same {vb.same_day}->{va.same_day}")
    print("every pair:", totals)
    print("day-1 pairs:", day1)


if __name__ == "__main__":
    main()
