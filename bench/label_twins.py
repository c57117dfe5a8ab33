"""Shown labels that another figure of the same story shared with another value, with their recorded verdicts.

    PYTHONPATH=.:bench /work/main/.venv/bin/python bench/label_twins.py [--final NAME[,NAME...]|spent] [--half H]

extract._unambiguous shows the first of several figures with one label and drops the rest (a casualty toll
keeps them all); figures.twins tells them apart first where every clause has a subject of its own. This prints,
for each shown figure whose label had such a twin (same label before its span, same unit, other values), its
verdict, its quote and the twins' values, then counts the verdicts by group: dates and ages (their labels name an
event or a person), "named" (the label has an owner), "unnamed" (label_audit_dev.md, round 39, bareM).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import figure_scores as fs
import label_audit as la

from briefing.figures import extract as ex
from briefing.figures.align import Mention
from briefing.models import Figure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--final", help="comma-separated final sets, or 'spent'; default: the development sets")
    parser.add_argument("--half", choices=("develop", "check", "all"), default="all")
    args = parser.parse_args()
    names = list(la.SPENT) if args.final == "spent" else args.final.split(",") if args.final else []
    audit: dict[str, dict[str, str]] = {}
    for path in [la.FINALS[n][0] for n in names] or [la.AUDIT]:
        audit |= json.loads(Path(path).read_text(encoding="utf-8"))
    twins: dict[int, tuple[str, list[str]]] = {}  # id(claims) of the shown first -> (its group, the twins' values)
    plain = ex._unambiguous

    def recording(figures: list[tuple[Figure, Mention]]) -> list[tuple[Figure, Mention]]:
        first: dict[tuple[str, str], tuple[Figure, Mention]] = {}
        for figure, m in figures:
            key = (figure.label.lower(), figure.claims[0].unit)
            if m.reading.casualty or key not in first:
                first.setdefault(key, (figure, m))
                continue
            shown, by = first[key]
            if {(c.value, c.upper) for c in figure.claims} != {(c.value, c.upper) for c in shown.claims}:
                twins.setdefault(id(shown.claims), (_group(by), []))[1].append(
                    "; ".join(c.display for c in figure.claims))
        return plain(figures)

    ex._unambiguous = recording  # type: ignore[assignment]  # a measuring hook, restored below
    try:
        sets = tuple(s for n in names for s in la.FINALS[n][1]) or la.SETS
        counts: dict[str, Counter[str]] = {"date/age": Counter(), "named": Counter(), "unnamed": Counter()}
        for file, set_name in sets:
            cases = fs.real_cases(la.ROOT / "bench/gold" / file, la.SHARED / "data/article-extraction",
                                     la.SHARED / "data/ecbplus")
            for case in cases.get(set_name, []):
                article = case.articles[0].id
                if args.half not in ("all", la.half_of(article)):
                    continue
                twins.clear()  # keyed by id: only this case's figures are alive
                for figure in ex.extract_figures(case.articles):
                    if id(figure.claims) not in twins:
                        continue
                    group, others = twins[id(figure.claims)]
                    values = "; ".join(c.display for c in figure.claims)
                    verdict = audit.get(la.key_of(article, figure.label, values), {}).get("class", "unjudged")
                    counts[group][verdict] += 1
                    print(f"{set_name} {group} [{verdict}] {figure.label} = {values} (twins: {' | '.join(others)})\n"
                          f"    {figure.claims[0].quotes[0][:200]}")
        for name, counted in counts.items():
            print(f"{name:8} " + "  ".join(f"{c} {counted[c]}" for c in (*la.CLASSES, "unjudged")))
    finally:
        ex._unambiguous = plain


def _group(m: Mention) -> str:
    if m.reading.kind.startswith(("date", "age")):
        return "date/age"
    return "named" if m.reading.subject else "unnamed"


if __name__ == "__main__":
    main()
