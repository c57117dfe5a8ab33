"""Which shown labels a clause label (figures.clause_label, round 52) would reword, with the old label's verdict.

    PYTHONPATH=. /work/main/.venv/bin/python bench/clause_labels.py --sets final4-final24,develop [--left 0]
        [--out rows.jsonl] [--cv] [--reach]

Each row: set, half, the old and the new label, values, quote, the old label's recorded verdict, the new label's
verdict if one is recorded (keyed by article|label|values as label_audit.py keys it) and how many content words of
the number's clause before it the old label leaves out. --cv chooses the `left` threshold leaving one set out at a
time, from the new labels' recorded verdicts (a new label with no verdict is counted as its old one's). --reach
lifts each exclusion of the rule alone and prints the labels it would then change, with the old labels' verdicts.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import figure_scores as fs
from bench_figures import ROOT, SHARED
from label_audit import AUDIT, FINALS, SETS, half_of, key_of

from briefing.figures import clause_label as cl
from briefing.figures.extract import labelled_figures
from briefing.figures.support import supported

_ON = cl.ClauseLabels(on=True, left=0)  # --pronouns: with round 54's pronoun subjects put back


def _sets(spec: str) -> list[tuple[str, tuple[tuple[str, str], ...], Path, str]]:
    """(name, sets, audit path, half) for "final4-final24,develop"."""
    out = []
    for part in spec.split(","):
        if part in ("develop", "check"):
            out.append((part, SETS, AUDIT, part))
            continue
        lo, _, hi = part.partition("-")
        a, b = int(lo.removeprefix("final")), int((hi or lo).removeprefix("final"))
        out += [(f"final{n}", FINALS[f"final{n}"][1], FINALS[f"final{n}"][0], "all") for n in range(a, b + 1)]
    return out


def rows(spec: str, pages: Path, on: cl.ClauseLabels = _ON) -> list[dict[str, object]]:
    """Every shown non-toll label of the sets with the clause label it could take."""
    out: list[dict[str, object]] = []
    for name, sets, audit_path, half in _sets(spec):
        audit = json.loads(audit_path.read_text(encoding="utf-8"))
        for file, set_name in sets:
            for case in fs.real_cases(ROOT / "bench/gold" / file, pages, SHARED / "data/ecbplus").get(set_name, []):
                aid = case.articles[0].id
                if half != "all" and half_of(aid) != half:
                    continue
                labelled = labelled_figures(case.articles)
                story = [m for _, m in labelled]
                names = cl.proper_names(a.text for a in case.articles)
                earlier = cl.sentences_before(case.articles)
                for figure, m in labelled:
                    if not supported(figure, m, story):
                        continue
                    values = "; ".join(c.display for c in figure.claims)
                    quote = " | ".join(dict.fromkeys(q for c in figure.claims for q in c.quotes))
                    previous = earlier.get((m.source, m.passage.index), "")
                    new = cl.clause_label(m.passage.text, m.quantity, m.reading, figure.label, on, names, previous)
                    toks = cl.st.tokens(m.passage.text)
                    first = next((i for i, t in enumerate(toks) if t.end > m.quantity.start), len(toks) - 1)
                    lo, _ = cl.st.clause(toks, first, first)
                    left = len(cl._left(cl._trimmed(toks[lo:cl._opening(toks, first, lo)]), figure.label))
                    old_key, new_key = key_of(aid, figure.label, values), key_of(aid, new, values)
                    out.append({"set": name, "half": half_of(aid), "key": new_key, "old_key": old_key,
                                "old_label": figure.label, "label": new, "values": values, "quote": quote,
                                "old": audit.get(old_key, {}).get("class", "unjudged"),
                                "new": audit.get(new_key, {}).get("class", "unjudged") if new != figure.label
                                else audit.get(old_key, {}).get("class", "unjudged"), "left": left})
    return out


def _pronoun_owned(new: str, reading: cl.Reading) -> bool:
    """`_owned` without its pronoun test: the subject test alone."""
    return not reading.subject or reading.subject.lower() in new.lower()


# Each exclusion of the rule and how to lift it alone, for --reach
_LIFTS: dict[str, tuple[str, object]] = {
    "passive (a 'be' before the object)": ("_passive", lambda *a: False),
    "agent (the number after 'by')": ("_agent", lambda *a: False),
    "pronoun (a pronoun in the label)": ("_owned", _pronoun_owned),
    "subjectless (round 53: a verb group with no subject)": ("_subjectless", lambda *a: False),
}


def reach(spec: str, pages: Path) -> None:
    """How many shown labels each exclusion keeps from a clause label, lifted alone, by the old label's verdict."""
    base = {str(r["old_key"]): r for r in rows(spec, pages)}
    lifted = [r for r in rows(spec, pages, cl.ClauseLabels(on=True, left=0, longest=99)) if r["label"] != base[str(
        r["old_key"])]["label"]]
    print(f"long (over 6 words before the number): reaches {len(lifted)}  old {dict(Counter(str(r['old']) for r in lifted))}")
    for r in lifted:
        print(f"    [{r['old']}] {r['old_label']} -> {r['label']} | {r['values']} | {str(r['quote'])[:150]}")
    for name, (attr, value) in _LIFTS.items():
        kept = getattr(cl, attr)
        setattr(cl, attr, value)
        try:
            lifted = [r for r in rows(spec, pages) if r["label"] != base[str(r["old_key"])]["label"]]
        finally:
            setattr(cl, attr, kept)
        print(f"{name}: reaches {len(lifted)}  old {dict(Counter(str(r['old']) for r in lifted))}")
        for r in lifted:
            print(f"    [{r['old']}] {r['old_label']} -> {r['label']} | {r['values']} | {str(r['quote'])[:150]}")


def _gain(rs: list[dict[str, object]], n: int) -> int:
    """Right labels gained by rewording those leaving out n+ words (a new label unjudged counts as the old)."""
    g = 0
    for r in rs:
        if r["label"] != r["old_label"] and int(str(r["left"])) >= n and r["new"] != "unjudged":
            g += (r["new"] == "right") - (r["old"] == "right")
    return g


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="final4-final24,develop")
    parser.add_argument("--pages", type=Path, default=SHARED / "data/article-extraction")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--reach", action="store_true", help="what each exclusion keeps out, lifted alone")
    parser.add_argument("--pronouns", action="store_true", help="round 54: a pronoun subject put back")
    args = parser.parse_args()
    if args.reach:
        reach(args.sets, args.pages)
        return
    rs = rows(args.sets, args.pages, cl.ClauseLabels(on=True, left=0, pronouns=args.pronouns))
    changed = [r for r in rs if r["label"] != r["old_label"]]
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in changed), encoding="utf-8")
    print(f"shown {len(rs)}  changed {len(changed)}")
    for n in (0, 1, 2, 3, 4, 6):
        c = [r for r in changed if int(str(r["left"])) >= n]
        old, new = Counter(str(r["old"]) for r in c), Counter(str(r["new"]) for r in c)
        print(f"left>={n}: changed {len(c)}  old {dict(old)}  new {dict(new)}")
    if args.cv:
        names = sorted({str(r["set"]) for r in rs})
        for out in names:
            held_in = [r for r in rs if r["set"] != out]
            best = max((0, 1, 2, 3, 4, 6, 99), key=lambda n: (_gain(held_in, n), n))
            print(f"fold {out}: chosen left>={best}  held in {_gain(held_in, best):+d}  "
                  f"held out {_gain([r for r in rs if r['set'] == out], best):+d}")


if __name__ == "__main__":
    main()
