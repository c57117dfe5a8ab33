"""The learned hide rule bench/bench_label_hiding.py --model scores: its criterion, its rule, the weights it writes."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import label_model as lm  # noqa: E402


def _feats(**kw: str) -> dict[str, str]:
    return {"casualty": "no", "bare": "no", "dim": "count", **kw}


MODEL = lm.Model(intercept=1.0, weights={"bare=yes": -2.0, "dim=percent": -0.5, "bare=yes & dim=percent": -1.0},
                 threshold=0.5)


def test_a_label_whose_features_weigh_against_it_is_hidden_and_a_toll_never() -> None:
    assert not MODEL.hides(_feats())  # chance 0.73
    assert MODEL.hides(_feats(bare="yes"))  # 1 - 2 = -1: chance 0.27
    assert not MODEL.hides(_feats(bare="yes", casualty="yes"))  # issue 11 asks for every toll on its event


def test_a_pair_weight_counts_only_when_both_its_values_hold() -> None:
    assert lm.row_columns(_feats(bare="yes"), MODEL.weights) == ["bare=yes"]
    assert lm.row_columns(_feats(bare="yes", dim="percent"), MODEL.weights) == list(MODEL.weights)


def test_the_criterion_puts_a_rule_whose_hidden_labels_are_mostly_right_last_then_falling_folds() -> None:
    helps = {"a": (60, 100, 2, 10), "b": (50, 100, 1, 5)}  # hides mostly wrong labels: both folds rise
    falls = {"a": (60, 100, 2, 10), "b": (50, 100, 4, 5)}  # fold b hides 4 right of 5: it falls
    mostly_right = {"a": (60, 100, 8, 10), "b": (50, 100, 1, 2)}
    assert sorted([mostly_right, falls, helps], key=lm.rank) == [helps, falls, mostly_right]


def test_the_written_weights_give_the_chances_the_fitted_model_gives(tmp_path: Path) -> None:
    out = tmp_path / "weights.py"
    lm.write(MODEL, "a test setting", out)
    text = out.read_text(encoding="utf-8")
    assert "do not edit by hand" in text and "bench/bench_label_hiding.py --model --write" in text
    space: dict[str, object] = {}
    exec(compile(text, str(out), "exec"), space)  # the file is the module the run-time rule would import
    read = lm.Model(intercept=space["INTERCEPT"], weights=space["WEIGHTS"], threshold=space["THRESHOLD"])  # type: ignore[arg-type]
    for feats in (_feats(), _feats(bare="yes"), _feats(bare="yes", dim="percent")):
        assert abs(read.chance(feats) - MODEL.chance(feats)) < 1e-3


def test_the_candidate_features_count_the_clause_words_a_bare_label_leaves_out() -> None:
    from helpers import labelled_of
    from label_features import extra_features

    labelled = labelled_of("Shuttle buses made about 1,300 trips over the weekend, officials said.")
    story = [m for _, m in labelled]
    (figure, m), = [(f, m) for f, m in labelled if m.quantity.value == 1300]
    feats = extra_features(figure, m, story, len(labelled))
    # "trips made" keeps neither word of the clause's subject; the attribution follows the number
    assert (figure.label, feats["left before"], feats["said"]) == ("trips made", "2-3", "after")
