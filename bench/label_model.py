"""A small learned hide rule for bench_label_hiding.py --model: a logistic regression over the structural features.

Each non-casualty judged row is one-hot encoded ("feature=value" for every value seen on at least `least` training
rows; with `pairs`, also each cell of two features the cells rule would choose on the same training rows); an
L2-regularised logistic regression (scikit-learn, the bench extra; briefing never imports it) predicts the chance
the label is right, and a label is hidden when that chance is below T. Setting (C, pairs, T) is chosen by the
criterion fixed before the grid: no hidden share right half the time or more, then the fewest folds whose held-out
accuracy falls, then the largest pooled held-out gain. Nested: for each held-out fold the setting is chosen by the
same leave-one-set-out CV over the other folds only, so the nested figures are held out end to end.
"""

from __future__ import annotations

import json
import math
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import product
from pathlib import Path

LEAST = 30  # a value or cell needs this many training rows to get a weight (the cells rule's N)
PAIR_T = 0.35  # a cell of two features becomes a column when right less than this (the cells rule's T)
CS = (0.03, 0.1, 0.3, 1.0)
TS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
Row = tuple  # (fold, right, features, shown by the rule in figures.support), as bench_label_hiding builds them


@dataclass(frozen=True, kw_only=True)
class Model:
    """A fitted rule: intercept, one weight per column, the threshold below which a label is hidden."""

    intercept: float
    weights: dict[str, float]
    threshold: float

    def chance(self, feats: dict[str, str]) -> float:
        """The predicted chance the label is right."""
        z = self.intercept + sum(self.weights.get(c, 0.0) for c in row_columns(feats, self.weights))
        return 1 / (1 + math.exp(-z))

    def hides(self, feats: dict[str, str]) -> bool:
        """Is the label hidden (never a toll)?"""
        return feats["casualty"] != "yes" and self.chance(feats) < self.threshold


def row_columns(feats: dict[str, str], known: Sequence[str] | dict[str, float]) -> list[str]:
    """The known columns a row turns on: its 'feature=value's and any 'a & b' pair of them."""
    singles = {f"{k}={v}" for k, v in feats.items()}
    return [c for c in known if (c in singles if " & " not in c else all(p in singles for p in c.split(" & ")))]


class Data:
    """The judged rows with each row's candidate pair cells and each fold's counts, so training sets are cheap."""

    def __init__(self, rows: list[Row], folds: list[str]) -> None:
        from bench_label_hiding import cells  # local: bench_label_hiding imports this module

        self.rows, self.folds = rows, folds
        self.usable = [r for r in rows if r[2]["casualty"] != "yes"]
        total: Counter[str] = Counter(c for r in self.usable for c in cells(r[2], True))
        self.candidates = {c for c, n in total.items() if n >= LEAST}
        self.row_cells = [[c for c in cells(r[2], True) if c in self.candidates] for r in self.usable]
        self.counts: dict[str, dict[str, list[int]]] = {f: {} for f in folds}
        for r, cs in zip(self.usable, self.row_cells, strict=True):
            by = self.counts[r[0]]
            for c in cs:
                by.setdefault(c, [0, 0])
                by[c][0] += r[1]
                by[c][1] += 1
        self.column = {c: j for j, c in enumerate(sorted(self.candidates))}
        self._matrix = None

    def columns(self, out: set[str], pairs: bool) -> list[str]:
        """Columns for training on every fold but `out`: common singles, and with `pairs` the low cells of two."""
        right: Counter[str] = Counter()
        n: Counter[str] = Counter()
        for f in self.folds:
            if f in out:
                continue
            for c, (r, k) in self.counts[f].items():
                right[c] += r
                n[c] += k
        singles = sorted(c for c in n if " & " not in c and n[c] >= LEAST and not c.startswith("casualty="))
        chosen = sorted(c for c in n if " & " in c and n[c] >= LEAST and right[c] / n[c] < PAIR_T) if pairs else []
        return singles + chosen

    def fit(self, out: set[str], pairs: bool, c: float) -> Model:
        """A logistic regression fitted on the usable rows of every fold but `out` (threshold unset)."""
        cols = self.columns(out, pairs)
        train = [i for i, r in enumerate(self.usable) if r[0] not in out]
        x = self.matrix()[train][:, [self.column[col] for col in cols]]
        y = [int(self.usable[i][1]) for i in train]
        from sklearn.linear_model import LogisticRegression

        lr = LogisticRegression(C=c, solver="newton-cholesky", max_iter=100).fit(x, y)
        return Model(intercept=float(lr.intercept_[0]), weights=dict(zip(cols, map(float, lr.coef_[0]), strict=True)),
                     threshold=0.0)

    def matrix(self):  # a scipy matrix (scipy comes with the bench extra): unannotated
        """Every usable row against every candidate column, once (sparse)."""
        if self._matrix is None:
            os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # threads fight over small problems: 20x slower
            os.environ.setdefault("OMP_NUM_THREADS", "1")
            from scipy.sparse import csr_matrix

            cells = [(i, self.column[c]) for i, cs in enumerate(self.row_cells) for c in cs]
            self._matrix = csr_matrix(([1.0] * len(cells), ([i for i, _ in cells], [j for _, j in cells])),
                                      shape=(len(self.usable), len(self.column)))
        return self._matrix


Score = tuple[int, int, int, int]  # right shown before, shown before, right hidden, hidden
Setting = tuple[float, bool, float]  # C, pair cells as columns, T


def chances(data: Data, out: set[str], train_out: set[str], pairs: bool, c: float) -> dict[int, float]:
    """Row id -> predicted chance for the usable rows of folds `out`, fitted without `train_out`."""
    model = data.fit(train_out, pairs, c)
    return {id(r): model.chance(r[2]) for r in data.usable if r[0] in out}


def fold_scores(rows: list[Row], p: dict[int, float], t: float) -> dict[str, Score]:
    """Each fold's score when every row with a chance below `t` is hidden (tolls have none: never hidden)."""
    out: dict[str, list[int]] = {}
    for r in rows:
        s = out.setdefault(r[0], [0, 0, 0, 0])
        hide = p.get(id(r), 1.0) < t
        s[0] += r[1]
        s[1] += 1
        s[2] += hide and r[1]
        s[3] += hide
    return {f: (s[0], s[1], s[2], s[3]) for f, s in out.items()}


def pooled(scores: Sequence[Score]) -> Score:
    """The scores summed."""
    return (sum(s[0] for s in scores), sum(s[1] for s in scores), sum(s[2] for s in scores), sum(s[3] for s in scores))


def falls(s: Score) -> bool:
    """Does hiding lower the fold's shown accuracy?"""
    right, n, right_hidden, hidden = s
    return hidden > 0 and (right - right_hidden) / (n - hidden) < right / n


def gain(s: Score) -> float:
    """Shown accuracy after hiding minus before."""
    right, n, right_hidden, hidden = s
    return (right - right_hidden) / (n - hidden) - right / n if n > hidden else 0.0


def rank(scores: dict[str, Score]) -> tuple[int, int, float]:
    """The fixed criterion as a sort key (smaller first): hidden right half the time or more, folds that fall, -gain."""
    total = pooled(list(scores.values()))
    half = total[3] > 0 and total[2] / total[3] >= 0.5
    return int(half), sum(falls(s) for s in scores.values()), -gain(total)


def cv_chances(data: Data, folds: Sequence[str], rows: list[Row], pairs: bool, c: float,
               also_out: frozenset[str] = frozenset()) -> dict[int, float]:
    """Leave-one-fold-out chances over `folds` (each fitted without its fold and `also_out`)."""
    p: dict[int, float] = {}
    for f in folds:
        p.update(chances(data, {f}, {f} | also_out, pairs, c))
    return p


def grid(data: Data, rows: list[Row]) -> dict[Setting, dict[str, Score]]:
    """Every setting's held-out fold scores over all folds."""
    out = {}
    for c, pairs in product(CS, (False, True)):
        p = cv_chances(data, data.folds, rows, pairs, c)
        for t in TS:
            out[(c, pairs, t)] = fold_scores(rows, p, t)
    return out


def nested(data: Data, rows: list[Row], log: Callable[[str], None] = print) -> tuple[dict[str, Score], dict[str, Setting]]:
    """Held-out fold scores when each fold's setting is chosen by CV on the other folds alone."""
    scores, picked = {}, {}
    for f in data.folds:
        inner_folds = [g for g in data.folds if g != f]
        inner_rows = [r for r in rows if r[0] != f]
        best = None
        for c, pairs in product(CS, (False, True)):
            p = cv_chances(data, inner_folds, inner_rows, pairs, c, also_out=frozenset({f}))
            for t in TS:
                key = rank(fold_scores(inner_rows, p, t))
                if best is None or key < best[0]:
                    best = (key, (c, pairs, t))
        assert best is not None
        c, pairs, t = best[1]
        picked[f] = best[1]
        p = chances(data, {f}, {f}, pairs, c)
        scores[f] = fold_scores([r for r in rows if r[0] == f], p, t)[f]
        log(f"  {f:8} chose C {c} {'pairs' if pairs else 'singles'} T {t}")
    return scores, picked


def cost(s: Score) -> str:
    """A score as 'accuracy after, hidden (right), right labels lost per point of accuracy gained'."""
    right, n, right_hidden, hidden = s
    g = gain(s)
    per = f"{right_hidden / (100 * g):4.0f}" if g > 0 else "   -"
    return f"{(right - right_hidden) / (n - hidden):.3f} hid {hidden:4} ({right_hidden:4} right) per pt {per}"


def matched(data: Data, rows: list[Row], c: float, ts: Sequence[float] = TS) -> None:
    """Print the model (singles, C `c`) held in (fitted on every fold) beside held out (each fold left out) over T,
    against the rule figures.support runs, so they can be read at a like cost (right labels lost per point)."""
    finals = [f for f in data.folds if f.startswith("final")]
    main = fold_scores(rows, {id(r): 0.0 for r in rows if not r[3]}, 0.5)
    print(f"\nmatched cost, {len(data.columns(set(), False))} columns | all folds | final folds")
    print(f"  figures.support (held in on its 19 folds) | {cost(pooled(list(main.values())))} | "
          f"{cost(pooled([main[f] for f in finals]))}")
    out = cv_chances(data, data.folds, rows, False, c)
    model = data.fit(set(), False, c)
    inn = {id(r): model.chance(r[2]) for r in data.usable}
    for t in ts:
        o, i = fold_scores(rows, out, t), fold_scores(rows, inn, t)
        print(f"  C {c} T {t:<5} held in  | {cost(pooled(list(i.values())))} | {cost(pooled([i[f] for f in finals]))}")
        print(f"  {'':12} held out | {cost(pooled(list(o.values())))} | {cost(pooled([o[f] for f in finals]))} | "
              f"folds that fall {sum(falls(s) for s in o.values())}")


HEADER = '''"""The weights of the learned hide rule figures.support applies (issue 11): generated, do not edit by hand.

Regenerate with the bench extra installed (scikit-learn):
    PYTHONPATH=. python bench/bench_label_hiding.py --model --write
which fits an L2 logistic regression over support.features on every judged set (bench/gold/label_audit_*.json)
at the setting its leave-one-set-out CV chose by its fixed criterion: {setting}. A label whose predicted chance of
being right is below THRESHOLD is hidden. Each weight is one "feature=value", or "a & b" for a cell of two.
"""

INTERCEPT = {intercept!r}
THRESHOLD = {threshold!r}
WEIGHTS: dict[str, float] = {{
{weights}}}
'''


def write(model: Model, setting: str, path: Path) -> None:
    """Write the model as a Python module of weights (rounded: the run-time rule reads them as written)."""
    kept = sorted((c, w) for c, w in model.weights.items() if abs(w) >= 5e-5)
    weights = "".join(f"    {json.dumps(c, ensure_ascii=False)}: {w:.4f},\n" for c, w in kept)
    path.write_text(HEADER.format(setting=setting, intercept=round(model.intercept, 4), threshold=model.threshold,
                                  weights=weights), encoding="utf-8")
