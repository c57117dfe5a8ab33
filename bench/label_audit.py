"""Every figure label a reader sees on the development gold sets, with the reader's judgment of it.

    PYTHONPATH=. /work/main/.venv/bin/python bench/label_audit.py [--half develop|check|all] [--show all|unjudged|bad]
        [--record-right] [--pages PATH/article-extraction] [--final NAME|spent] [--unowned]

Issue 11 judges labels as a person reading each one against its quote: >= 90% of SHOWN labels right, every
figure the digest shows, not only those a gold set lists. bench/bench_figures.py judges only figures matched
to gold; this tool prints every figure extract_figures shows for the articles of the development sets only
(figures_real.json half "tune", figures_dev2-dev5.json, figures_final3.json; never the "heldout" half),
each as label, values and quote, and counts the judgments kept in bench/gold/label_audit_dev.json:

- right: names the subject and measure of the number in its quote;
- wrong: names the wrong subject or the wrong measure;
- nonsense: not a phrase a reader understands.

A judgment is keyed by article, label and values, so a label that changes is unjudged until read again.
--final [NAME] prints and counts an untouched set instead (bench/gold/labels_NAME.json, judgments in
label_audit_NAME.json; --half all; final4 to final67 are spent; a next set must come from new material): run it
once, at the end, on the start and the end code, and judge the union blind (--rows).
--record-right records every shown, still unjudged figure as right: run it only after reading them all and
writing the wrong and nonsense ones into the file by hand.
--unowned also counts the labels that name no owner ("number of ..."), those of them that are not key figures,
and the rest of the shown labels (label_audit_dev.md, rounds 15 and 16: what hiding them would gain).
--final spent counts final4 to final67 together. final11 to final67 are twelve articles each written for the bench
by a helper that saw no code (labels_final11.json to labels_final67.json hold their text; final14 to final67 give
each article its own publication date, final11-final13 stamp 2026-11-30 on all).

Articles are split in two halves by a hash of their id: "develop" (rules are worked out on it) and "check"
(read only at the start and the end of a round; bench/gold/label_audit_dev.md quotes both).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

import figure_scores as fs
from bench_figures import ROOT, SHARED

from briefing.figures import extract_figures

AUDIT = ROOT / "bench/gold/label_audit_dev.json"
SETS = (("figures_real.json", "tune"), ("figures_dev2.json", "dev2"), ("figures_dev3.json", "dev3"),
        ("figures_dev4.json", "dev4"), ("figures_dev5.json", "dev5"), ("figures_final3.json", "final3"))
CLASSES = ("right", "wrong", "nonsense")
# The untouched set is audited once, at the end, on the code of a round's start and end; its judgments are kept
# apart from the development ones, and it is never extracted for development. (figures_final3.json was the
# first, read blind at the end of round 5; its judgments now sit with the development ones.)
# The sets already read blind, each once (final13 at the end of rounds 25-27, final14-final16 of rounds 28-30,
# final17 and final18 of round 31, final19 and final20 of round 32, final21 and final22 of rounds 33-34, final23
# of rounds 33-35, final24 of rounds 33-36, final25 and final26 of round 37, final27 of rounds 37-38,
# final28 and final29 of rounds 39-40, final30 and final31 of rounds 41-42, final32 and final33 of rounds 43-44,
# final34 and final35 of rounds 45-46, final36 and final37 of round 47, final38 and final39 of rounds 48-49,
# final40 and final41 of round 50, final42 and final43 of round 51,
# final44 and final45 of round 52, final46 and final47 of rounds 52-53, final48-final51 of rounds 54-59, written
# afresh on 2026-12-02 after the first sets of those names were lost unread with a session's scratch space,
# final52-final55 of rounds 57-61, final56-final59 of rounds 57-63, final60-final63 of rounds 57-64, final64-final67
# of rounds 65-67, written at the start of that session).
SPENT = tuple(f"final{n}" for n in range(4, 72))  # final4 to final71
# Every untouched set: the spent ones, and a new one (*SPENT, "final68") until it is read blind.
FINALS = {name: (ROOT / f"bench/gold/label_audit_{name}.json", ((f"labels_{name}.json", name),)) for name in SPENT}


def half_of(article_id: str) -> str:
    return "develop" if hashlib.sha1(article_id.encode()).digest()[0] % 2 == 0 else "check"


def key_of(article_id: str, label: str, values: str) -> str:
    return f"{article_id}|{label}|{values}"


def shown(pages: Path, sets: tuple[tuple[str, str], ...] = SETS) -> list[tuple[str, str, str, str, str, str, bool]]:
    """(set, half, key, label, values, quote, key figure) of every figure shown on `sets` (the development sets by
    default)."""
    rows = []
    for file, set_name in sets:
        cases = fs.real_cases(ROOT / "bench/gold" / file, pages, SHARED / "data/ecbplus")
        for case in cases.get(set_name, []):  # only the named set: the "heldout" half is never extracted
            article_id = case.articles[0].id
            for figure in extract_figures(case.articles):
                values = "; ".join(c.display for c in figure.claims)
                quote = " | ".join(dict.fromkeys(q for c in figure.claims for q in c.quotes))
                rows.append((set_name, half_of(article_id), key_of(article_id, figure.label, values),
                             figure.label, values, quote, figure.key))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=("develop", "check", "all"), default="develop")
    parser.add_argument("--show", choices=("all", "unjudged", "bad", "none"), default="unjudged")
    parser.add_argument("--record-right", action="store_true")
    parser.add_argument("--pages", type=Path, default=SHARED / "data/article-extraction")
    parser.add_argument("--final", nargs="?", const="final12", choices=[*sorted(FINALS), "spent"],
                        help="an untouched set instead (labels_<name>.json; judgments in label_audit_<name>.json; "
                             "default final12): run once, at the end; 'spent' counts final4-final12 together")
    parser.add_argument("--rows", type=Path, help="also write the shown rows as JSON lines here (for blind judging)")
    parser.add_argument("--unowned", action="store_true",
                        help='also count "number of ..." labels of figures that are not key figures apart from the rest')
    args = parser.parse_args()
    finals = list(SPENT) if args.final == "spent" else [args.final] if args.final else []
    if len(finals) > 1 and args.record_right:
        parser.error("--record-right takes one set")
    paths = [FINALS[name][0] for name in finals] or [AUDIT]
    audit: dict[str, dict[str, str]] = {}
    for path in paths:  # the sets' articles differ, so their judgments' keys do too
        audit |= json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    sets = tuple(s for name in finals for s in FINALS[name][1]) or SETS
    rows = [r for r in shown(args.pages, sets) if args.half in ("all", r[1])]
    if args.rows:
        args.rows.write_text("".join(json.dumps(dict(zip(("set", "half", "key", "label", "values", "quote"), r[:6],
                                                         strict=True)), ensure_ascii=False) + "\n" for r in rows),
                             encoding="utf-8")
    counts: dict[str, Counter[str]] = {}
    apart: dict[str, Counter[str]] = {'"number of"': Counter(), "  not key": Counter(), "  the rest": Counter()}
    for set_name, half, key, label, values, quote, key_figure in rows:
        verdict = audit.get(key, {}).get("class", "unjudged")
        if verdict == "unjudged" and args.record_right:
            audit[key] = {"class": "right"}
            verdict = "right"
        counts.setdefault(f"{set_name}/{half}", Counter())[verdict] += 1
        if label.startswith("number of "):
            apart['"number of"'][verdict] += 1
        apart["  not key" if label.startswith("number of ") and not key_figure else "  the rest"][verdict] += 1
        if args.show == "all" or (args.show == "unjudged" and verdict == "unjudged") or (
                args.show == "bad" and verdict in ("wrong", "nonsense")):
            why = audit.get(key, {}).get("why", "")
            print(f"[{verdict}] {key}\n      label: {label}\n      value: {values}\n      quote: {quote[:400]}"
                  + (f"\n      why: {why}" if why else ""))
    if args.record_right:
        paths[0].write_text(json.dumps(dict(sorted(audit.items())), indent=1, ensure_ascii=False) + "\n",
                            encoding="utf-8")
    total: Counter[str] = Counter()
    for name in sorted(counts):
        total.update(counts[name])
        print(f"{name:14} " + "  ".join(f"{c} {counts[name][c]}" for c in (*CLASSES, "unjudged")))
    for name, counted in ({"total": total} | (apart if args.unowned else {})).items():
        judged = sum(counted[c] for c in CLASSES)
        share = "  ".join(f"{c} {counted[c] / judged:.3f}" for c in CLASSES) if judged else ""
        print(f"{name:14} shown {sum(counted.values())}  "
              + "  ".join(f"{c} {counted[c]}" for c in (*CLASSES, "unjudged")) + f"  | of judged: {share}")


if __name__ == "__main__":
    main()
