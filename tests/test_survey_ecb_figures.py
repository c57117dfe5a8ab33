"""The ECB+ figures survey (bench/survey_ecb_figures.py) and its wrapper: a toll told two ways clashes, and the
wrapper at its neutral setting groups as grouping does."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from dedupe_fixtures import warehouse_fire_and_budget  # noqa: E402
from ecb_figure_wrapper import labels_for  # noqa: E402
from survey_ecb_figures import told, verdict  # noqa: E402

from briefing.dedupe import event_labels  # noqa: E402
from briefing.dedupe import group as grouping  # noqa: E402
from briefing.models import Article  # noqa: E402


def _report(i: int, title: str, text: str) -> Article:
    return Article(id=f"q{i}", title=title, text=f"{title}\n{text}", outlet=f"site{i}", origin="jsonl")


def test_two_tolls_of_one_quake_clash_and_one_toll_told_twice_agrees() -> None:
    three = told(_report(0, "Quake kills three in Qeshm",
                         "An earthquake killed three people on the island of Qeshm on Sunday, officials said."), False)
    ten = told(_report(1, "Quake kills ten in Qeshm",
                       "An earthquake killed ten people on the island of Qeshm on Sunday, officials said."), False)
    again = told(_report(2, "Qeshm earthquake toll three",
                         "Three people were killed when an earthquake struck Qeshm island on Sunday."), False)
    assert three["people killed"] == {3.0}
    assert verdict(three, ten) == "clash"
    assert verdict(three, again) == "agree"
    assert verdict(three, {}) == "none"


def test_the_wrapper_at_its_neutral_setting_groups_as_grouping_and_unpatches() -> None:
    arts = warehouse_fire_and_budget()
    before = grouping.compare_pairs
    assert list(labels_for(arts)) == list(event_labels(arts))
    assert grouping.compare_pairs is before


def test_a_unit_kept_leaves_other_figures_out() -> None:
    report = _report(3, "Quake kills three in Qeshm",
                     "An earthquake killed three people on Qeshm on Sunday and destroyed 40 homes, officials said.")
    assert "people killed" in told(report, False, frozenset({"people"}))
    assert told(report, False, frozenset({"people"})).keys() <= told(report, False).keys()
    assert not told(report, False, frozenset({"USD"}))
