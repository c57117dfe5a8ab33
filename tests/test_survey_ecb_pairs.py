"""The ECB+ pair survey (bench/survey_ecb_pairs.py): it reads grouping without changing it, and names causes right."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from dedupe_fixtures import warehouse_fire_and_budget  # noqa: E402
from survey_ecb_pairs import cross, inside, recall_cause  # noqa: E402

from briefing.dedupe import event_labels  # noqa: E402
from briefing.dedupe import group as grouping  # noqa: E402
from briefing.dedupe.settings import DEFAULT  # noqa: E402


def test_the_spy_is_removed_and_grouping_is_as_without_it() -> None:
    arts = warehouse_fire_and_budget()
    before = grouping._stories
    ins = inside(arts, {})
    assert grouping._stories is before
    ids = event_labels(arts)
    assert (ids[0] == ids[1]) == (ins.labels[0] == ins.labels[1])
    assert ins.labels[0] != ins.labels[2]


def test_two_reports_of_one_fire_are_alike_and_the_budget_is_cut_by_its_words() -> None:
    ins = inside(warehouse_fire_and_budget(), {})
    fire = cross([0], [1], ins)
    budget = cross([0, 1], [2], ins)
    assert fire.words > DEFAULT.link_threshold > budget.words
    assert fire.pairs == 1 and budget.pairs == 2
    assert recall_cause([0, 1], [2], budget, DEFAULT.link_threshold, ins) == "words"
