"""What a reader of the digest sees from the deduplicator: one story per event, copies folded."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from dedupe_fixtures import article, bridge_report, dayton_reports, fight_reports, toledo_report

from briefing.dedupe.group import event_labels, group_stories
from briefing.models import Article, Placement

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _ids(stories) -> list[set[str]]:
    return [{a.id for a in s.articles} for s in stories]


def test_same_story_from_three_outlets_is_one_event() -> None:
    stories = group_stories(dayton_reports() + [bridge_report()])
    assert {"dayton-0", "dayton-1", "dayton-2"} in _ids(stories)
    assert len(stories) == 2


def test_two_shootings_of_the_same_kind_stay_two_events() -> None:
    stories = group_stories(dayton_reports() + [toledo_report()])
    assert sorted(map(sorted, _ids(stories))) == [["dayton-0", "dayton-1", "dayton-2"], ["toledo"]]


def test_syndicated_copy_is_one_source_that_lists_where_else_it_ran() -> None:
    original = dayton_reports()[0]
    copy = dataclasses.replace(original, id="copy", outlet="wire.example", url="https://wire.example/copy",
                               title="Police seek gunman after Dayton bar shooting",
                               text=original.text + " This story was updated.")
    stories = group_stories([original, copy, *dayton_reports()[1:]])
    assert len(stories) == 1
    (story,) = stories
    assert [a.id for a in story.articles] == ["dayton-0", "dayton-1", "dayton-2"]
    assert story.articles[0].also_ran_in == (Placement(outlet="wire.example", url="https://wire.example/copy"),)
    assert event_labels([original, copy])[0] == event_labels([original, copy])[1]


def test_rewrites_by_other_outlets_are_not_taken_for_copies() -> None:
    stories = group_stories(dayton_reports())
    assert all(a.also_ran_in == () for a in stories[0].articles)


def test_output_is_stable_for_the_same_input() -> None:
    batch = dayton_reports() + [toledo_report(), bridge_report()]
    first, second = group_stories(batch), group_stories(list(batch))
    assert first == second
    assert [s.id for s in first] == [s.id for s in group_stories(batch)]


def test_empty_and_single_article_batches() -> None:
    assert group_stories([]) == []
    (story,) = group_stories([toledo_report()])
    assert [a.id for a in story.articles] == ["toledo"]


def test_every_article_lands_in_exactly_one_story() -> None:
    batch = dayton_reports() + [toledo_report(), bridge_report()]
    ids = [a.id for s in group_stories(batch) for a in s.articles]
    assert sorted(ids) == sorted(a.id for a in batch)


def test_the_five_seed_articles_are_one_story() -> None:
    seeds = [
        Article(id=p.stem, title=p.read_text(encoding="utf-8").strip().splitlines()[0],
                text=p.read_text(encoding="utf-8"), outlet=p.stem, path=f"seeds/{p.name}")
        for p in sorted(SEEDS.glob("*.txt"))
    ]
    assert len(seeds) == 5
    stories = group_stories(seeds)
    assert len(stories) == 1 and len(stories[0].articles) == 5


def test_same_story_among_many_unrelated_ones_still_groups() -> None:
    fillers = [article(f"f{k}", f"Team {k} wins match {k}", f"Team{k} beat rival{k} by {k} goals in round {k}.",
                       "sport.example") for k in range(30)]
    stories = group_stories(fillers + dayton_reports())
    assert {"dayton-0", "dayton-1", "dayton-2"} in _ids(stories)


def test_two_title_fights_of_one_boxer_stay_two_events() -> None:
    batch = fight_reports("hamburg") + fight_reports("cardiff")
    assert sorted(map(sorted, _ids(group_stories(batch)))) == [
        [f"cardiff-{k}" for k in range(4)], [f"hamburg-{k}" for k in range(4)]]


def test_batch_split_across_processes_gives_the_same_stories(monkeypatch) -> None:
    from briefing.dedupe import parallel

    copy = dataclasses.replace(dayton_reports()[0], id="copy", outlet="wire.example", url="https://wire.example/c")
    fillers = [article(f"f{k}", f"Team {k} wins match {k}", f"Team{k} beat rival{k} by {k} goals in round {k}.",
                       "sport.example") for k in range(20)]
    batch = fillers + dayton_reports() + [copy, toledo_report()] + fight_reports("hamburg") + fight_reports("cardiff")
    in_process = group_stories(batch)
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    assert group_stories(batch) == in_process
    assert any(a.also_ran_in for s in in_process for a in s.articles)  # the copy was found on both paths
    assert len({pid for pid in parallel.slice_map(lambda lo, hi: os.getpid(), 10)}) == 2  # and it did fork


def test_no_fork_while_other_threads_run() -> None:
    import threading

    from briefing.dedupe import parallel

    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    try:
        assert parallel.workers() == 1  # a scheduler's or fetch pool's thread could hold a lock across fork
    finally:
        stop.set()
        helper.join()
