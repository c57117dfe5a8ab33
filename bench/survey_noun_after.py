#!/usr/bin/env python3
"""Which passages text/dayparts.told_back's NOUN_AFTER reading ("<news>, days after street stabbing yards away") adds.

    python bench/survey_noun_after.py [--data FILE]...   # default: look-alikes A-P, follow-ups 1-16, ECB+ dev

Each report's title and text are read with the rule on and off; every passage only the rule finds is printed with
its report's id (and cluster), to be read by hand: is the incident told back another story's, or the report's own?
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dedupe_common import load_ecbplus, load_jsonl  # noqa: E402

from briefing.text import dayparts  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"


def _sets(paths: list[Path]) -> list[tuple[str, list[dict]]]:
    if paths:
        return [(p.stem, load_jsonl(p)) for p in paths]
    found = sorted(GOLD.glob("lookalikes_*.jsonl")) + sorted(GOLD.glob("followups*.jsonl"))
    return [(p.stem, load_jsonl(p)) for p in found] + [("ecbplus_dev", load_ecbplus("dev"))]


def added(text: str) -> list[str]:
    """The passages of `text` told_back finds with NOUN_AFTER and not without it."""
    dayparts.NOUN_AFTER = False
    before = set(dayparts.told_back(text))
    dayparts.NOUN_AFTER = True
    return [text[a:b] for a, b in dayparts.told_back(text) if (a, b) not in before]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, action="append", default=[])
    args = parser.parse_args()
    total = 0
    for name, rows in _sets(args.data):
        found = []
        for row in rows:
            for field in ("title", "text"):
                for passage in added(row.get(field) or ""):
                    ident = row.get("id") or row.get("group", "?")
                    where = row.get("cluster") or row.get("role", "?")
                    found.append(f"  {ident} [{where}] {field}: ...{passage.strip()[:110]!r}")
        total += len(found)
        print(f"{name}: {len(rows)} reports, {len(found)} passages added")
        print("\n".join(found)) if found else None
    print(f"all: {total} passages added")


if __name__ == "__main__":
    main()
