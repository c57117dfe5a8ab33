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

from survey_switch import name, story, switched, touched

from briefing.text import evidence


def main() -> None:
    totals = {"closer one": 0, "closer two": 0, "apart one": 0, "apart two": 0}
    daily = dict.fromkeys(totals, 0)
    for path, rows, before, after, changed in switched("SUSPECT_AGES", lambda b, a: b.ages != a.ages):
        print(f"== {path.name}")
        for i in changed:
            print(f"  {name(rows[i])}: {sorted(before[i].ages)} -> {sorted(after[i].ages)}")
        for i, j in touched(rows, changed):
            vb, va = evidence.compare(before[i], before[j]), evidence.compare(after[i], after[j])
            if (vb.ages, vb.same_ages, vb.day) == (va.ages, va.same_ages, va.day):
                continue
            one = story(rows[i]) == story(rows[j])
            closer = va.ages < vb.ages or va.day < vb.day or va.same_ages > vb.same_ages
            key = f"{'closer' if closer else 'apart'} {'one' if one else 'two'}"
            totals[key] += 1
            same_day = rows[i]["published"] == rows[j]["published"]
            if same_day:
                daily[key] += 1
            print(f"    {key}{' (one day published)' if same_day else ''}: {name(rows[i])} x {name(rows[j])} "
                  f"ages clash {vb.ages}->{va.ages} common {vb.same_ages}->{va.same_ages} day {vb.day}->{va.day}")
    print("every pair:", totals)
    print("published on one day:", daily)


if __name__ == "__main__":
    main()
