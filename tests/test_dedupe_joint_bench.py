"""The joint bench's lever wrapper (bench/bench_dedupe_joint.py): module-constant levers hold for one call only."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_dedupe_joint import labels  # noqa: E402
from dedupe_fixtures import warehouse_fire_and_budget  # noqa: E402

from briefing.dedupe import event_labels, similarity  # noqa: E402


def test_levers_are_restored_after_the_call() -> None:
    name, title = similarity.NAME_BOOST, similarity.TITLE_EXTRA
    labels(warehouse_fire_and_budget(), name_boost=9.0, title_extra=0, link_threshold=0.19)
    assert (name, title) == (similarity.NAME_BOOST, similarity.TITLE_EXTRA)


def test_without_constant_levers_it_is_event_labels() -> None:
    arts = warehouse_fire_and_budget()
    assert labels(arts, link_threshold=0.2) == event_labels(arts, link_threshold=0.2)


def test_a_constant_lever_reaches_the_vectors() -> None:
    features, _ = similarity.extract_with_names("Fire in Dayton", "Fire in Dayton. Crews came.")
    plain = similarity.vectorise([features])[0]
    saved = similarity.NAME_BOOST
    similarity.NAME_BOOST = 5.0
    try:
        boosted = similarity.vectorise([features])[0]
    finally:
        similarity.NAME_BOOST = saved
    assert boosted["dayton"] > plain["dayton"]
