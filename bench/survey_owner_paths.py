#!/usr/bin/env python3
"""Survey issue 11's owner faults by the path that chose the owner (round 51, ownS).

    PYTHONPATH=. python bench/survey_owner_paths.py [--rows PATH] SET...   (SET: final4..final41)

For every labelled figure of the sets, the path figures.measures took to its owner (possessive, acting subject,
aside or participle, phrase after the number, nearest name, pronoun, relative, none ...) with its recorded verdict;
the table counts right / wrong / nonsense per path, and --rows PATH prints every judged row of that path (label,
values, owner, the sentence around the number, the verdict's "why") to read which structure would have found the
right owner. A reading aid for counting a rule's reach before writing it: figures the digest hides are counted
too when a verdict was kept for them.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict

import figure_scores as fs
from bench_figures import ROOT, SHARED
from label_audit import FINALS, key_of

from briefing.figures.extract import labelled_figures


def rows_of(name: str) -> list[dict[str, str]]:
    """Each labelled figure of set `name` with its owner path, owner, verdict and sentence."""
    audit_path, sets = FINALS[name]
    audit = json.loads(audit_path.read_text(encoding="utf-8"))
    out = []
    for file, set_name in sets:
        cases = fs.real_cases(ROOT / "bench/gold" / file, SHARED / "data/article-extraction", SHARED / "data/ecbplus")
        for case in cases.get(set_name, []):
            article_id = case.articles[0].id
            for figure, m in labelled_figures(case.articles):
                values = "; ".join(c.display for c in figure.claims)
                judged = audit.get(key_of(article_id, figure.label, values), {})
                start = m.quantity.start
                out.append({"label": figure.label, "values": values, "verdict": judged.get("class", "unjudged"),
                            "why": judged.get("why", ""), "owner": m.reading.subject or "",
                            "path": m.reading.made.subject if m.reading.subject else "none",
                            "around": m.passage.text[max(0, start - 160):m.quantity.end + 60]})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", choices=sorted(FINALS))
    parser.add_argument("--rows", default="", help="print the judged rows of this owner path")
    args = parser.parse_args()
    rows = [row for name in args.sets for row in rows_of(name)]
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        table[row["path"]][row["verdict"]] += 1
    for path, counts in sorted(table.items(), key=lambda item: -sum(item[1].values())):
        print(f"{path:12} right {counts['right']:5}  wrong {counts['wrong']:5}  nonsense {counts['nonsense']:4}  "
              f"unjudged {counts['unjudged']:4}")
    for row in rows:
        if row["path"] == args.rows and row["verdict"] != "unjudged":
            print(f"[{row['verdict']}] {row['label']} = {row['values']}  (owner {row['owner']})\n"
                  f"   {row['around']}\n   why: {row['why'][:160]}")


if __name__ == "__main__":
    main()
