"""The email card's six key figures chosen by the learned label model, against today's order (issue 11, Selection).

    PYTHONPATH=.:/path/to/bench-extra /work/main/.venv/bin/python bench/bench_card.py [--pages PATH] [--cs 0.1,0.3,1]

Issue 11: "The email card shows at most about six [key figures]; the Markdown details and the JSON keep the rest."
Today the card shows the first CARD_FIGURES key figures in the event's order (render.views). Here the card keeps
casualty tolls and figures several sources give in their place first, then fills the rest of its six with the key
figures whose labels round 37's logistic model (bench/label_model.py, over support.features) thinks likeliest
right. Every judged set is one article per case, its card the key figures extract_figures shows for it.

Card accuracy is the share of judged labels on the cards that are right, with how many judged labels the cards
hold. Leave-one-fold-out over the 25 folds of bench_label_hiding.py (develop, check, final4-final26): the model
fitted on the other folds ranks the held-out fold's cards (held out); fitted on all folds it ranks them again
(held in). Needs the bench extra (scikit-learn), which briefing never imports. Round 38 (bench/gold/
label_audit_dev.md): 0.765 today, 0.764 held out, six folds fall; even cards ranked by their own verdicts reach only
0.780, since few cases have more than six key figures. The card keeps today's order.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import label_model as lm
from bench_figures import SHARED
from bench_label_hiding import Row, folds, judged_figures

from briefing.figures.support import features, supported
from briefing.render.views import CARD_FIGURES


@dataclass(frozen=True, kw_only=True)
class Item:
    """One key figure a case shows: its place, whether it must lead, its features and its verdict if judged."""

    case: str
    fold: str
    order: int
    leads: bool  # a toll or a figure several sources give: keeps its place first
    feats: dict[str, str]
    right: bool | None  # None: not judged


def items_and_rows(pages: Path) -> tuple[list[Item], list[Row]]:
    """Every key figure shown on every judged set's cases, and the judged rows the model is fitted on."""
    items: list[Item] = []
    rows: list[Row] = []
    for where, article_id, order, figure, m, story, verdict in judged_figures(pages):
        feats = features(figure, m, story)
        shown = supported(figure, m, story)
        if verdict is not None:
            rows.append((where, verdict == "right", feats, shown))
        if shown and figure.key:
            items.append(Item(case=f"{where}/{article_id}", fold=where, order=order,
                              leads=bool(m.reading.casualty) or len(figure.source_ids) > 1, feats=feats,
                              right=None if verdict is None else verdict == "right"))
    return items, rows


def cards(items: list[Item], chance: dict[int, float] | None) -> list[Item]:
    """The items each case's card shows: today's first six, or (with chances) leaders first, then likeliest right."""
    by: dict[str, list[Item]] = {}
    for it in items:
        by.setdefault(it.case, []).append(it)
    shown: list[Item] = []
    for case_items in by.values():
        ordered = sorted(case_items, key=lambda it: it.order)
        if chance is not None:
            ordered.sort(key=lambda it: (not it.leads, 0.0 if it.leads else -chance[id(it)]))  # stable: order breaks ties
        shown.extend(ordered[:CARD_FIGURES])
    return shown


def accuracy(shown: list[Item]) -> tuple[int, int]:
    """(right, judged) labels on the cards."""
    judged = [it for it in shown if it.right is not None]
    return sum(bool(it.right) for it in judged), len(judged)


def fmt(s: tuple[int, int]) -> str:
    """'right/judged = share'."""
    return f"{s[0]}/{s[1]} = {s[0] / s[1]:.3f}" if s[1] else "0/0"


def chances_for(data: lm.Data, items: list[Item], out: set[str], c: float) -> dict[int, float]:
    """Each item's predicted chance of a right label, by the model fitted without folds `out`."""
    model = data.fit(out, False, c)
    return {id(it): model.chance(it.feats) for it in items}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, default=SHARED / "data/article-extraction")
    parser.add_argument("--cs", default="0.1,0.3,1", help="the model's C (inverse L2 strength) to try")
    args = parser.parse_args()
    items, rows = items_and_rows(args.pages)
    data = lm.Data(rows, folds(rows))
    names = data.folds
    print(f"{len(items)} key figures shown on {len({it.case for it in items})} cases; {len(rows)} judged rows, "
          f"{len(names)} folds")
    by_fold = {f: [it for it in items if it.fold == f] for f in names}
    before = {f: accuracy(cards(by_fold[f], None)) for f in names}
    counts: dict[str, int] = {}
    for it in items:
        counts[it.case] = counts.get(it.case, 0) + 1
    over = [case for case, n in counts.items() if n > CARD_FIGURES]
    spare = sum(counts[case] - CARD_FIGURES for case in over)
    print(f"cases with more than {CARD_FIGURES} key figures (where the choice can differ): {len(over)}, "
          f"{spare} key figures past the sixth; judged labels on today's cards {sum(s[1] for s in before.values())}")
    # The ceiling any ranking could reach: the verdicts themselves rank the figures (unjudged between).
    ceiling = cards(items, {id(it): 0.5 if it.right is None else float(it.right) for it in items})
    print(f"ceiling (cards chosen by their own verdicts): {fmt(accuracy(ceiling))}")
    for c in (float(x) for x in args.cs.split(",")):
        held_in = chances_for(data, items, set(), c)
        print(f"\nC {c}, singles: fold | before (today's order) | after, held in | after, held out")
        total = {"before": [0, 0], "in": [0, 0], "out": [0, 0]}
        finals = {"before": [0, 0], "in": [0, 0], "out": [0, 0]}
        falls = 0
        changed = 0
        for f in names:
            changed += len({id(it) for it in cards(by_fold[f], chances_for(data, by_fold[f], {f}, c))}
                           - {id(it) for it in cards(by_fold[f], None)})
            out = accuracy(cards(by_fold[f], chances_for(data, by_fold[f], {f}, c)))
            inside = accuracy(cards(by_fold[f], held_in))
            for k, s in (("before", before[f]), ("in", inside), ("out", out)):
                for sums in (total, finals) if f.startswith("final") else (total,):
                    sums[k][0] += s[0]
                    sums[k][1] += s[1]
            worse = out[1] and before[f][1] and out[0] / out[1] < before[f][0] / before[f][1]
            falls += bool(worse)
            print(f"  {f:8} {fmt(before[f]):>18} | {fmt(inside):>18} | {fmt(out):>18}{'  falls' if worse else ''}")
        print(f"  {'finals':8} " + " | ".join(f"{fmt((finals[k][0], finals[k][1])):>18}" for k in finals))
        print(f"  {'all':8} " + " | ".join(f"{fmt((total[k][0], total[k][1])):>18}" for k in total) + "  "
              f"folds that fall (held out): {falls} of {len(names)}; figures swapped onto the cards (held out): {changed}")


if __name__ == "__main__":
    main()
