"""Precision and recall of extracted figures against hand-written gold files.

    PYTHONPATH=. python bench/bench_figures.py [--ecbplus PATH] [--verbose]

Gold: bench/gold/seeds.json (the five seed articles) and bench/gold/ecbplus_dev.json (five events of
the ECB+ dev split; ECB+ corpus by Agata Cybulska and Piek Vossen, "Using a sledgehammer to crack a
nut? Lexical diversity and event coreference resolution", LREC 2014; CC BY 3.0). Both were written
by reading the texts.

Scores
- claims: one item per (value, upper, unit, source) credit; a gold item matches a predicted one with
  the same value, range top, unit (same head or first word: "Nvidia GPUs" = "GPUs") and source (and,
  when the gold gives `evidence`, a quote containing it).
- exact claims: (value, upper, unit, set of sources) must match as a whole.
- grouping: pairwise over matched credits: are two credits in one figure in both gold and output?
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.figures.extract import extract_figures  # noqa: E402
from briefing.figures.passages import is_dateline  # noqa: E402
from briefing.models import Article, Figure  # noqa: E402
from briefing.text.dates import find_dates  # noqa: E402

Atom = tuple[int, float, float | None, str, str, str]  # figure, value, upper, unit, source, quote


def detokenize(text: str) -> str:
    """ECB+ text is tokenised ('38 - year - old', '15, 800', 'a. m.'); restore ordinary spacing."""
    for _ in range(2):
        text = re.sub(r"(\w) - (\w)", r"\1-\2", text)
    text = re.sub(r"(\d), (\d{3})\b", r"\1,\2", text)
    text = re.sub(r"(\w) / (\w)", r"\1/\2", text)
    text = re.sub(r"\b([ap])\. m\.", r"\1.m.", text)
    return re.sub(r" ([’'])\s?s\b", r"\1s", text)


def ecb_article(row: dict[str, str]) -> Article:
    """An ECB+ document as an Article; a dateline in its first lines becomes the published date."""
    lines = detokenize(row["text"]).splitlines()
    published = None
    for line in lines[:3]:
        dates = find_dates(line, None, None)
        if dates and (is_dateline(line) or len(line.split()) <= 8):
            value = int(dates[0].value)
            published = dt.date(value // 10000, value // 100 % 100, value % 100)
            break
    return Article(id=row["id"], title=row["title"], text="\n".join(lines), outlet=row["id"],
                   published=published, origin="jsonl")


def seed_article(spec: dict[str, str]) -> Article:
    """A seed file as an Article (title: its first heading-like line of four words or more)."""
    text = (ROOT / spec["path"]).read_text(encoding="utf-8")
    title = next(line.strip() for line in text.splitlines() if len(line.split()) >= 4)
    published = dt.date.fromisoformat(spec["published"]) if spec.get("published") else None
    return Article(id=spec["id"], title=title, text=text, outlet=spec.get("outlet", spec["id"]),
                   published=published)


def _unit_key(unit: str) -> list[str]:
    words = [w.rstrip("s") for w in unit.lower().replace("²", "2").split()]
    return words or [""]


def units_match(gold: str, found: str) -> bool:
    """Same unit, or the same head word or first word ('Somali nationals' ~ 'nationals')."""
    g, f = _unit_key(gold), _unit_key(found)
    return g == f or g[-1] == f[-1] or g[0] == f[0]


def gold_atoms(event: dict) -> list[Atom]:
    atoms = []
    for i, figure in enumerate(event["figures"]):
        for claim in figure["claims"]:
            for source in claim["sources"]:
                atoms.append((i, float(claim["value"]), claim.get("upper"), claim["unit"], source,
                              claim.get("evidence", "")))
    return atoms


def found_atoms(figures: tuple[Figure, ...]) -> list[Atom]:
    atoms = []
    for i, figure in enumerate(figures):
        for claim in figure.claims:
            for source, quote in zip(claim.source_ids, claim.quotes, strict=False):
                atoms.append((i, claim.value, claim.upper, claim.unit, source, quote))
            for source in claim.source_ids[len(claim.quotes):]:
                atoms.append((i, claim.value, claim.upper, claim.unit, source, " ".join(claim.quotes)))
    return atoms


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(a))


def match(gold: list[Atom], found: list[Atom]) -> list[tuple[Atom, Atom]]:
    """Greedy one-to-one matching; gold items with evidence choose first."""
    pairs, used = [], set()
    for g in sorted(gold, key=lambda a: not a[5]):
        for j, f in enumerate(found):
            if j in used or g[4] != f[4] or not _close(g[1], f[1]) or not _close(g[2], f[2]):
                continue
            if units_match(g[3], f[3]) and (not g[5] or g[5] in f[5]):
                pairs.append((g, f))
                used.add(j)
                break
    return pairs


def exact_claims(event: dict, figures: tuple[Figure, ...]) -> tuple[int, int, int]:
    gold = [(float(c["value"]), c.get("upper"), c["unit"], frozenset(c["sources"]))
            for f in event["figures"] for c in f["claims"]]
    found = [(c.value, c.upper, c.unit, frozenset(c.source_ids)) for f in figures for c in f.claims]
    hits, used = 0, set()
    for g in gold:
        for j, f in enumerate(found):
            if j not in used and _close(g[0], f[0]) and _close(g[1], f[1]) and units_match(g[2], f[2]) \
                    and g[3] == f[3]:
                hits += 1
                used.add(j)
                break
    return hits, len(gold), len(found)


def grouping(pairs: list[tuple[Atom, Atom]]) -> tuple[int, int, int]:
    both = gold_same = found_same = 0
    for (g1, f1), (g2, f2) in combinations(pairs, 2):
        same_gold, same_found = g1[0] == g2[0], f1[0] == f2[0]
        gold_same += same_gold
        found_same += same_found
        both += same_gold and same_found
    return both, gold_same, found_same


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def evaluate(name: str, events: list[tuple[dict, list[Article]]], verbose: bool) -> dict[str, float]:
    totals = dict.fromkeys(("hit", "gold", "found", "xhit", "xgold", "xfound", "both", "gsame", "fsame"), 0)
    for event, articles in events:
        figures = extract_figures(articles)
        gold, found = gold_atoms(event), found_atoms(figures)
        pairs = match(gold, found)
        totals["hit"] += len(pairs)
        totals["gold"] += len(gold)
        totals["found"] += len(found)
        for key, value in zip(("xhit", "xgold", "xfound"), exact_claims(event, figures), strict=True):
            totals[key] += value
        for key, value in zip(("both", "gsame", "fsame"), grouping(pairs), strict=True):
            totals[key] += value
        if verbose:
            _explain(event, figures, gold, found, pairs)
    scores = {
        "claim P": _ratio(totals["hit"], totals["found"]), "claim R": _ratio(totals["hit"], totals["gold"]),
        "exact P": _ratio(totals["xhit"], totals["xfound"]), "exact R": _ratio(totals["xhit"], totals["xgold"]),
        "group P": _ratio(totals["both"], totals["fsame"]), "group R": _ratio(totals["both"], totals["gsame"]),
    }
    counts = f"credits gold={totals['gold']} found={totals['found']} matched={totals['hit']}"
    print(f"{name:12} " + "  ".join(f"{k} {v:.3f}" for k, v in scores.items()) + f"  ({counts})")
    return scores


def _explain(event: dict, figures: tuple[Figure, ...], gold: list[Atom], found: list[Atom],
             pairs: list[tuple[Atom, Atom]]) -> None:
    matched_gold = {id(g) for g, _ in pairs}
    matched_found = {id(f) for _, f in pairs}
    print(f"--- {event['id']}")
    for figure in figures:
        print(f"    {figure.label} [{figure.status}]: "
              + "; ".join(f"{c.display} {list(c.source_ids)}" for c in figure.claims))
    for g in gold:
        if id(g) not in matched_gold:
            print(f"  missed   {event['figures'][g[0]]['label']}: {g[1]:g} {g[3]} ({g[4]})")
    for f in found:
        if id(f) not in matched_found:
            print(f"  spurious {figures[f[0]].label}: {f[1]:g} {f[3]} ({f[4]}) <- {f[5][:90]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ecbplus", type=Path, default=ROOT.parent / "shared/data/ecbplus/dev.jsonl")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    seeds = json.loads((ROOT / "bench/gold/seeds.json").read_text(encoding="utf-8"))
    evaluate("seeds", [(e, [seed_article(a) for a in e["articles"]]) for e in seeds["events"]], args.verbose)
    if not args.ecbplus.exists():
        print(f"ecbplus      skipped: {args.ecbplus} not found (pass --ecbplus PATH)")
        return
    rows = {}
    for line in args.ecbplus.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows[row["id"]] = row
    gold = json.loads((ROOT / "bench/gold/ecbplus_dev.json").read_text(encoding="utf-8"))
    events = [(e, [ecb_article(rows[a["id"]]) for a in e["articles"]]) for e in gold["events"]]
    evaluate("ecbplus-dev", events, args.verbose)
    print(f"wall time {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
