#!/usr/bin/env python3
"""Survey round 47's ownQ question: shown labels whose quote refers to a lead's name by a definite common noun.

    PYTHONPATH=. python bench/survey_common_noun_owners.py [SET]...   (SET: final4..final35, or "develop")

For each article of the sets, the common nouns its headline and first two sentences use to describe a name, by
structure only ("retailer Harrow & Lane": a lower-case word right before a capitalised name; "Harrow & Lane, the
retailer": a name, a comma and a determiner's noun), and every label extract_figures shows whose quote holds "the
NOUN" for one of them, with its recorded verdict and "why". A rule that resolved "the company/the council/the
tanker ..." to the lead's name could only change these labels: the printed rows are its reach, read by hand
(label_audit_dev.md, "ownQ"). The last line counts them by verdict, all and those whose label names none of the
names. A reading aid, not a score: it keeps adjectives ("the top-seeded Bluejays") as nouns, so it over-counts.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import figure_scores as fs  # noqa: E402
import label_audit as la  # noqa: E402
from bench_figures import ROOT, SHARED  # noqa: E402

from briefing.figures import extract_figures  # noqa: E402
from briefing.models import Article  # noqa: E402

_NAME = r"((?:[A-Z][\w&.'’-]*)(?:\s+(?:&\s+)?[A-Z][\w&.'’-]*){0,3})"
_BEFORE = re.compile(r"\b([a-z][a-z-]{2,})\s+" + _NAME)
_APPOSED = re.compile(_NAME + r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?([a-z][a-z-]{2,})\b")


def descriptors(article: Article) -> dict[str, set[str]]:
    """Each common noun the headline and first two sentences put beside a name, with the names it describes."""
    lead = article.title + " . " + " ".join(re.split(r"(?<=[.!?])\s+", article.text)[:2])
    found: dict[str, set[str]] = {}
    for m in _BEFORE.finditer(lead):
        found.setdefault(m.group(1), set()).add(m.group(2))
    for m in _APPOSED.finditer(lead):
        found.setdefault(m.group(2), set()).add(m.group(1))
    return found


def reach(name: str) -> list[dict[str, object]]:
    """The shown labels of set `name` whose quote holds 'the NOUN' for a noun describing a lead's name."""
    path, sets = (la.AUDIT, la.SETS) if name == "develop" else la.FINALS[name]
    audit = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    rows: list[dict[str, object]] = []
    for file, set_name in sets:
        cases = fs.real_cases(ROOT / "bench/gold" / file, SHARED / "data/article-extraction", SHARED / "data/ecbplus")
        for case in cases.get(set_name, []):
            article = case.articles[0]
            if name == "develop" and la.half_of(article.id) != "develop":
                continue
            nouns = descriptors(article)
            for figure in extract_figures(case.articles):
                values = "; ".join(c.display for c in figure.claims)
                quote = " | ".join(dict.fromkeys(q for c in figure.claims for q in c.quotes))
                hits = {n: sorted(v) for n, v in nouns.items() if re.search(rf"\b[Tt]he {re.escape(n)}\b", quote)}
                if not hits:
                    continue
                judged = audit.get(la.key_of(article.id, figure.label, values), {})
                named = any(v.split()[0] in figure.label for vs in hits.values() for v in vs)
                rows.append({"set": name, "verdict": judged.get("class", "unjudged"), "label": figure.label,
                             "values": values, "nouns": hits, "named": named, "quote": quote[:300],
                             "why": judged.get("why", "")})
    return rows


def main() -> None:
    rows = [row for name in sys.argv[1:] for row in reach(name)]
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    print("all:", dict(Counter(str(r["verdict"]) for r in rows)),
          "label names no lead name:", dict(Counter(str(r["verdict"]) for r in rows if not r["named"])))


if __name__ == "__main__":
    main()
