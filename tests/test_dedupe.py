"""What a reader of the digest sees from the deduplicator: one story per event, copies folded."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from dedupe_fixtures import (
    CONTINUING,
    MAY10,
    MAY11,
    article,
    bridge_report,
    dayton_reports,
    fight_reports,
    incident_reports,
    story_of,
    toledo_report,
    with_chrome,
)

from briefing.dedupe import group
from briefing.dedupe.group import event_labels, group_stories
from briefing.models import Article, Placement
from briefing.text.quantity import OLDEST_AGE

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


@pytest.mark.parametrize("rounds", [1, 3, 1000])
def test_pairs_compared_ahead_give_the_same_stories(monkeypatch, rounds: int) -> None:
    """The first slice's pairs compared while the other slices' vectors are on their way (a few articles
    at a time, however many rounds the wait allows) give the stories one process gives."""
    from briefing.dedupe import parallel

    batch = fight_reports("hamburg") + dayton_reports() + [toledo_report(), bridge_report()] + fight_reports("cardiff")
    in_process = group_stories(batch)
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    monkeypatch.setattr(group, "AHEAD", 2)
    calls = []

    def waiting(conns, work, partial) -> None:  # as if the children took this long
        while len(calls) < rounds and work(partial):
            calls.append(partial)

    monkeypatch.setattr(parallel, "_while_waiting", waiting)
    assert group_stories(batch) == in_process
    assert calls and len(calls) == min(rounds, (len(calls[0][0]) + 1) // 2 - 1)  # until every pair is


def test_stages_work_meanwhile_until_the_children_send(monkeypatch) -> None:
    """`meanwhile` gets this process's last partial while a child is still at its last step, and stops
    when it says it is done; what the steps give is the same."""
    import time

    from briefing.dedupe import parallel

    parent = os.getpid()

    def first(_: None, bound: tuple[int, int]) -> tuple[None, list[int]]:
        if os.getpid() != parent:
            time.sleep(0.3)
        return None, list(range(*bound))

    seen: list[list[int]] = []

    def meanwhile(partial: list[int]) -> bool:
        seen.append(partial)
        return len(seen) < 3

    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    assert parallel.stages([first], [], 10, meanwhile=meanwhile) == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
    assert seen == [[0, 1, 2, 3, 4]] * 3


def test_stages_stop_working_meanwhile_once_the_children_send(monkeypatch) -> None:
    """`meanwhile` that always has more to do is left once every child has begun to send: this process
    goes on to read them rather than work on alone (the test above stops it by its own answer)."""
    import time

    from briefing.dedupe import parallel

    parent = os.getpid()

    def first(_: None, bound: tuple[int, int]) -> tuple[None, list[int]]:
        if os.getpid() != parent:
            time.sleep(0.2)
        return None, list(range(*bound))

    calls = []

    def meanwhile(partial: list[int]) -> bool:
        calls.append(partial)
        time.sleep(0.01)
        return len(calls) < 1000  # a bound of 10 s, so that a loop that ignores the children fails, not hangs

    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    assert parallel.stages([first], [], 10, meanwhile=meanwhile) == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
    assert 1 <= len(calls) < 1000

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


def _stories_of(stories) -> list[set[str]]:
    return [{story_of(a.id) for a in s.articles} for s in stories]


def test_look_alike_incidents_in_other_cities_or_on_other_days_stay_apart() -> None:
    # Two days of Ohio local news in one batch: shootings, fires and crashes that read alike. The second
    # Dayton shooting (another street, two days later, a 41-year-old) and the Youngstown house fire (63,
    # not children of 6 and 9, 75 km from Akron) are new events, not follow-ups.
    stories = group_stories(incident_reports(MAY10) + incident_reports(MAY11))
    groups = _stories_of(stories)
    for story in (*CONTINUING, "dayton-salem", "youngstown-fire"):
        if story != "toledo-lot":  # see the next test
            assert {story} in groups, (story, groups)
    # Each story's reports, including the next day's follow-up, are one event.
    for s in stories:
        if _stories_of([s]) == [{"dayton-bar"}]:
            assert sorted(a.id for a in s.articles) == ["dayton-bar-0", "dayton-bar-1", "dayton-bar-2"]


def test_a_second_shooting_in_one_city_the_next_day_stays_apart_in_one_batch() -> None:
    groups = _stories_of(group_stories(incident_reports(MAY10) + incident_reports(MAY11)))
    assert {"toledo-park"} in groups


def test_one_day_of_look_alikes_gives_one_story_per_incident() -> None:
    for day in (MAY10, MAY11):
        groups = _stories_of(group_stories(incident_reports(day)))
        assert all(len(g) == 1 for g in groups), groups
        assert len(groups) == len({story_of(a.id) for a in incident_reports(day)})


# Evidence set aside, so that these tests see the boilerplate step alone.
WORDS_ONLY = {"place_clash": 1.0, "day_clash": 1.0, "age_clash": 1.0, "multi_clash_factor": 1.0,
              "agree_place": 0.0, "agree_day": 0.0, "agree_ages": 0.0, "agree_people": 0.0,
              "same_site": 1.0, "headline_floor": 1.0}


def test_site_chrome_does_not_pull_unrelated_stories_together(monkeypatch) -> None:
    # One site's pages about six different events, each the only report of its event in the batch, all
    # framed by the same lines ("Get email notifications on Crime daily!", a newsletter box, a copyright
    # line): between two of those pages the chrome is the most alike thing.
    from briefing.dedupe import boilerplate

    alone = {"dayton-salem-0", "toledo-park-0", "youngstown-fire-0", "akron-fire-2", "lorain-pier-2",
             "cincinnati-water-0"}
    others = {story_of(a) for a in alone}
    plain = [a for a in incident_reports(MAY10) + incident_reports(MAY11) if a.id in alone or story_of(a.id) not in others]
    served = [with_chrome(a, "Crime") if a.id in alone else a for a in plain]
    assert _stories_of(group_stories(served, **WORDS_ONLY)) == _stories_of(group_stories(plain, **WORDS_ONLY))
    # Without the boilerplate step the six pages are one story: the test can fail.
    monkeypatch.setattr(boilerplate, "OUTLET_MIN", 10**6)
    monkeypatch.setattr(boilerplate, "MIN_SHARE", 10**6)
    assert others in _stories_of(group_stories(served, boilerplate_docs=10**6, **WORDS_ONLY))


def test_stock_sentences_many_sites_share_are_not_evidence(monkeypatch) -> None:
    # Thirteen sites pad their stories with the same stock sentences, each page two of three.
    from briefing.dedupe import boilerplate

    stock = ["Residents officials council budget weather traffic schools.",
             "Police market season community meeting program services.",
             "Federal report survey data funding county state hospital."]
    plain = incident_reports(MAY11)
    padded = [dataclasses.replace(a, outlet=f"site{k}.example", text=f"{a.text}\n" + " ".join(stock[k % 2:k % 2 + 2]))
              for k, a in enumerate(plain)]
    assert _stories_of(group_stories(padded, **WORDS_ONLY)) == _stories_of(group_stories(plain, **WORDS_ONLY))
    monkeypatch.setattr(boilerplate, "MIN_SHARE", 10**6)
    monkeypatch.setattr(boilerplate, "OUTLET_MIN", 10**6)
    assert len(group_stories(padded, boilerplate_docs=10**6, **WORDS_ONLY)) < len(group_stories(plain, **WORDS_ONLY))


def test_syndicated_copies_are_joined_even_among_look_alikes() -> None:
    day = incident_reports(MAY10)
    copy = dataclasses.replace(day[0], id="wire-copy", outlet="wire.example", url="https://wire.example/1",
                               text=day[0].text + " Copyright the wire.")
    stories = group_stories([*day, copy])
    (home,) = [s for s in stories if any(a.id == day[0].id for a in s.articles)]
    assert [p.outlet for a in home.articles for p in a.also_ran_in] == ["wire.example"]
    assert len(stories) == len(CONTINUING)


def test_settings_are_keywords_and_unknown_ones_are_refused() -> None:
    batch = dayton_reports() + [toledo_report()]
    assert event_labels(batch, link_threshold=0.99) != event_labels(batch)
    with pytest.raises(TypeError, match="unknown dedupe setting"):
        event_labels(batch, no_such_setting=1)



def test_place_names_are_cached_small_and_a_broken_cache_is_rebuilt(tmp_path: Path, monkeypatch) -> None:
    from briefing.text import places

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    places.gazetteer.cache_clear()
    try:
        first = places.gazetteer()
        (cached,) = (tmp_path / "briefing").glob("places-*.json")
        assert cached.stat().st_size < 5_000_000 and "dayton" in first.cities and "ohio" in first.regions
        cached.write_text("{not json", encoding="utf-8")
        places.gazetteer.cache_clear()
        assert places.gazetteer() == first
        monkeypatch.setenv("XDG_CACHE_HOME", "/proc/no-such-place")  # cannot be written: read the tables each time
        places.gazetteer.cache_clear()
        assert places.gazetteer() == first
    finally:
        places.gazetteer.cache_clear()


def test_pair_weighing_is_the_verdict_weighing() -> None:
    """compare.weigh_pair (the fast path every compared pair takes) gives the very number that weighing
    compare()'s Verdict gives, for every mix of agreeing, clashing and missing evidence."""
    import itertools

    from briefing.dedupe.compare import weigh, weigh_pair
    from briefing.dedupe.settings import DEFAULT, settings_from
    from briefing.text.evidence import Evidence, compare
    from briefing.text.places import Places

    places = [Places(city=None, region=None, mentioned=frozenset()),
              Places(city="dayton", region="ohio", mentioned=frozenset({"dayton", "ohio"})),
              Places(city="toledo", region=None, mentioned=frozenset({"toledo"})),
              Places(city="kettering", region=None, mentioned=frozenset({"kettering", "toledo"}))]
    # People and game scores vary together (each in and out of common with the other's), to keep the
    # product small.
    # Days vary with the part of the day told (text/dayparts.py: 1 early, 3 late), a night apart parted or not.
    evidence = [Evidence(places=p, day=day, ages=ages, people=people, scores=scores, part=part)
                for p in places for day, part in ((None, 0), (740000, 1), (740001, 3), (740001, 0), (740005, 0))
                for ages in (frozenset(), frozenset({34}), frozenset({19, 6}))
                for people, scores in ((frozenset(), frozenset()), (frozenset({"marcus hill"}), frozenset({(1, 4)})),
                                       (frozenset(), frozenset({(4, 5)})),
                                       (frozenset({"marcus hill"}), frozenset({(1, 4), (2, 3)})))]
    settings = [DEFAULT, settings_from({"multi_clash_factor": 0.25, "agree_people": 0.1, "day_gap": 3, "day_parts": 0}),
                settings_from({"place_clash": 1.0, "age_clash": 0.5, "agree_day": 0.0, "score_clash": 0.25})]
    for s, (a, b), sim in itertools.product(settings, itertools.product(evidence, repeat=2), (0.05, 0.5, 0.97)):
        assert weigh_pair(sim, a, b, s) == weigh(sim, compare(a, b, day_gap=s.day_gap, day_parts=bool(s.day_parts)), s)


def test_datelines_and_weekdays_as_a_whole_scan_finds_them() -> None:
    """The shortcuts of the evidence reader (datelines matched at line starts only, openers looked for in
    the runs of several words, weekdays at each "day", month words from the first month's first three
    letters on) find what the plain regex scans find."""
    import random
    import re

    from briefing.text import MONTHS, WEEKDAYS, evidence, places

    whole_weekday = re.compile(r"[MTWFS](?:on|ues|ednes|hurs|ri|atur|un)day")

    pieces = ["DAYTON, May 6 - ", "MUMBAI (Reuters) - ", "NEW YORK — ", "  TOLEDO, Ohio", "\n", "\n\n", " \n ",
              "Sundays", "XMonday", "Tuesdayday", "dayday", "Wed", "Mond", "34-year-old", "1234-year-old", "-year-old",
              ", 34,", ", 6 and 9,", "ages 6 and 9", "age 7", "2026-05-06", "1999-12-31", "2009-1-05",
              "Marcus Hill's", "said Marcus Hill", ", Ann O’Neil’s",
              "Police said Monday", "on Wednesday", "Sunday's", "today", "yesterday", "Thursday,", "AP", "Dayton, OH",
              "a man was shot ", "FOO BAR BAZ - ", "x", "WednesdayThursday", "\t", " ", "In New York", "In",
              "Police Near The Mall", "Dayton's ", "Inside Out", "LogIn Foo", "At\tHome", "Mayor", "Marcus",
              "September 3", "6th of Sept", "Mar-a-Lago", "the ", "Ohio's Around Town", "-"]
    rng = random.Random(12)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert set(places._datelines(text)) == set(places._DATELINE.findall(text)), text
        runs = places._RUN.findall(text)
        assert sorted(places._opened(runs)) == sorted(places._OPENED.findall(text)), text
        months = [m.group() for m in evidence._MONTH_WORD.finditer(text) if m.group().lower() in MONTHS]
        # The month scan (from its first month start on) finds every month name the text has, "Sept" too.
        written = {w for w in re.findall(r"[A-Z][a-z]+", text) if w.lower() in MONTHS}
        first = evidence._MONTH_START.search(text)
        after = [m.group() for m in evidence._MONTH_WORD.finditer(text, first.start())] if first else []
        assert set(months) == written and months == [m for m in after if m.lower() in MONTHS], text
        weekdays = [(m.start(), m.end(), WEEKDAYS.index(m.group().lower())) for m in whole_weekday.finditer(text)]
        assert evidence._weekdays(text) == weekdays, text
        names = evidence._PERSON.findall(text)
        assert evidence._people(names) == frozenset(evidence._person(r) for r in names if " " in r), text
        ages = {int(a) for pattern in (evidence._AGE_AFTER, evidence._AGES_WORD) for pair in pattern.findall(text)
                for a in pair if a}
        ages |= {int(evidence._DIGITS.search(text, max(0, m.start() - 3), m.start()).group())
                 for m in re.finditer("-year-old", text) if evidence._DIGITS.search(text, max(0, m.start() - 3), m.start())}
        assert evidence._ages(text) == {a for a in ages if a <= OLDEST_AGE}, text  # no person is 234
        assert not evidence._ISO.findall(text) or "-0" in text or "-1" in text, text  # the ISO scan's guard


def test_event_labels_are_the_ids_of_the_stories_built() -> None:
    """event_labels gives each article the id of the story group_stories puts it (or its original) in,
    though it builds no story: copies folded in keep the original's id."""
    reports = dayton_reports() + [bridge_report(), toledo_report()]
    copy = dataclasses.replace(reports[0], id="dayton-copy", outlet="copies.example", url="https://copies.example/1")
    batch = [*reports, copy]
    story_of = {a.id: s.id for s in group_stories(batch) for a in s.articles}
    story_of["dayton-copy"] = story_of["dayton-0"]
    assert event_labels(batch) == [story_of[a.id] for a in batch]
    assert any(a.also_ran_in for s in group_stories(batch) for a in s.articles)


def test_stages_take_over_a_failed_worker(monkeypatch) -> None:
    """A worker that fails midway through the steps has its slice computed again in this process, from
    the start and with the same messages: the result is the one a single process gives."""
    from briefing.dedupe import parallel

    parent = os.getpid()

    def first(_: None, bound: tuple[int, int]) -> tuple[list[int], int]:
        return list(range(*bound)), sum(range(*bound))

    def second(state: list[int], total: int) -> tuple[list[int], int]:
        if os.getpid() != parent:
            raise RuntimeError("worker lost")
        return [x * total for x in state], len(state)

    def third(state: list[int], total: int) -> tuple[None, list[int]]:
        return None, [x + total for x in state]

    expected = parallel.stages([first, second, third], [sum, sum], 10)
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    got = parallel.stages([first, second, third], [sum, sum], 10)
    assert len(got) == 2 and len(expected) == 1
    assert [x for part in got for x in part] == expected[0] == [x * 45 + 10 for x in range(10)]


def test_a_possessive_names_the_same_person() -> None:
    from briefing.text.evidence import evidence_of

    a = evidence_of("Crash", "Police said Marcus Hill's car left the road.", None)
    b = evidence_of("Crash", "The driver, named as Marcus Hill, was unhurt.", None)
    assert a.people == b.people == {"marcus hill"}


def test_sentence_keys_mask_digits_and_case_and_fall_as_the_sentences_do() -> None:
    """A template key is the hash of the sentence with its ASCII digits masked and case ignored, one key
    per sentence, for any text (the translate table of every ASCII character is the plain digit mask)."""
    from briefing.dedupe import boilerplate

    mask = str.maketrans("0123456789", "##########")
    texts = ["Updated 5:32 PM. Copyright 2026!", "Été 2026 à Paris — “quoted” ½ ٣. İstanbul 12\nNext line",
             "abc\u00a0123\u2009x?! ...", "", "   \n\n  ", "No stop at the end 7"]
    for text in texts:
        parts = boilerplate.sentences(text)
        assert boilerplate.template_keys(text) == [hash(p.translate(mask).lower()) for p in parts], text
    kept = boilerplate.strip("One. Two 2. Three.", boilerplate.template_keys("One. Two 2. Three."),
                             frozenset({hash("two #.")}))
    assert kept == "One.\nThree."


def test_candidate_pairs_found_by_slices_are_the_pairs_of_one_pass() -> None:
    """Pairs found per slice of articles, from postings built per slice and merged, joined in slice order,
    are the pairs of one pass over the batch (each article against those indexed before it), in order."""
    import random
    from collections import Counter

    from briefing.dedupe import blocking, parallel
    from briefing.dedupe.similarity import document_frequencies, extract_with_names, vectorise

    reports = dayton_reports() + [bridge_report(), toledo_report()] + [a for day in (MAY10, MAY11) for a in incident_reports(day)]
    features = [extract_with_names(a.title, a.text)[0] for a in reports]
    df = document_frequencies(features)
    vectors = vectorise(features, df)
    rare = blocking.rare_terms(df)
    keys = [blocking.index_keys(v, rare) for v in vectors]
    one_pass, seen = [], {}
    for j, mine in enumerate(keys):
        shared = Counter(i for term in mine for i in seen.get(term, ()))
        one_pass += [(i, j) for i in sorted(shared) if shared[i] >= blocking.MIN_SHARED]
        for term in mine:
            seen.setdefault(term, []).append(j)
    assert one_pass and blocking.candidate_pairs(vectors, df) == one_pass
    rng = random.Random(3)
    for _ in range(20):
        cuts = sorted({0, len(keys), *rng.sample(range(len(keys)), 3)})
        slices = list(zip(cuts, cuts[1:], strict=False))
        index = blocking.merge_postings([blocking.postings(keys[a:b], a) for a, b in slices])
        assert [p for a, b in slices for p in blocking.pairs_ending_in(index, keys, a, b)] == one_pass
    for n, count in ((10, 2), (1000, 3), (5, 4), (0, 2)):
        for weight in (lambda i: i, lambda i: 1, lambda i: 0):
            cut = parallel._cuts(n, count, weight)
            assert len(cut) == count and cut[0][0] == 0 and cut[-1][1] == n
            assert all(a[1] == b[0] and a[0] <= a[1] for a, b in zip(cut, cut[1:], strict=False))
    assert parallel._cuts(1000, 2, lambda i: i) == [(0, 707), (707, 1000)]


def test_vectors_are_the_plain_tf_idf_loop() -> None:
    """vectorise's C-level maps give the very weights, in the very order, of a loop over each term."""
    import heapq
    import math

    from briefing.dedupe import similarity

    reports = dayton_reports() + [a for day in (MAY10, MAY11) for a in incident_reports(day)]
    texts = [(a.title, a.text) for a in reports] + [("Title", "word " * 100 + "Name said " * 70 + "7 " * 3)]
    features = [similarity.extract_with_names(title, text)[0] for title, text in texts]
    df = similarity.document_frequencies(features)
    total = len(features) + similarity.BACKGROUND_DOCS
    plain = []
    for f in features:
        weights = {t: (1.0 + math.log(n)) * (math.log(total / df[t]) * (similarity.NUMBER_BOOST if t[0].isdigit() else 1.0))
                   for t, n in f.counts.items()}
        for name in f.names & weights.keys():
            weights[name] *= similarity.NAME_BOOST
        if len(weights) > similarity.MAX_TERMS:
            weights = dict(heapq.nlargest(similarity.MAX_TERMS, weights.items(), key=lambda item: item[1]))
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        plain.append({t: w / norm for t, w in weights.items()})
    vectors = similarity.vectorise(features)
    assert vectors == plain and [list(v) for v in vectors] == [list(v) for v in plain]


def test_stories_found_per_connected_group_are_the_stories_of_one_pass(monkeypatch) -> None:
    """Linking, attaching and splitting per connected group of articles (as the workers do) gives every
    article the label that one pass over all the edges gives."""
    from briefing.dedupe import compare, group, parallel
    from briefing.dedupe.blocking import candidate_pairs
    from briefing.dedupe.linkage import components, link_stories
    from briefing.dedupe.settings import DEFAULT
    from briefing.dedupe.split import split_stories

    batch = dayton_reports() + [bridge_report(), toledo_report()] + fight_reports("hamburg") + fight_reports("cardiff")
    batch += [a for day in (MAY10, MAY11) for a in incident_reports(day)]
    n = len(batch)
    features = [group.extract_with_names(a.title, a.text) for a in batch]
    evidence = [group.evidence_of(a.title, a.text, a.published, runs=names)
                for a, (_, names) in zip(batch, features, strict=True)]
    df = group.document_frequencies([f for f, _ in features])
    vectors = group.vectorise([f for f, _ in features], df)
    reweigh = group.Reweigh(group.site_names(batch, DEFAULT), group.headlines_of(batch, DEFAULT), DEFAULT, batch,
                            evidence)
    edges = compare.compare_pairs(batch, vectors, evidence, candidate_pairs(vectors, df), list(range(n)), DEFAULT, reweigh)[0]
    active = [True] * n
    one_pass = link_stories(n, edges, active, [0] * n, DEFAULT)
    one_pass = split_stories(one_pass, vectors, active, edges,
                             weigh=lambda i, j, sim: compare.weigh_pair(sim, evidence[i], evidence[j], DEFAULT))
    assert len(set(components(n, edges))) > 2 and len(set(one_pass)) > 2
    assert group._stories(n, edges, active, vectors, evidence, DEFAULT) == one_pass
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    assert group._stories(n, edges, active, vectors, evidence, DEFAULT) == one_pass


def test_only_a_story_of_exactly_two_is_undone_when_its_one_comparison_is_weak() -> None:
    from briefing.dedupe.linkage import undo_weak_pairs
    from briefing.dedupe.settings import DEFAULT, settings_from

    edges = [(0, 1, 0.22), (2, 3, 0.40), (4, 5, 0.22), (4, 6, 0.30), (5, 6, 0.30)]
    labels = [0, 0, 2, 2, 4, 4, 4, 7]
    active = [True] * 8
    assert undo_weak_pairs(labels, edges, active, DEFAULT) == [0, 1, 2, 2, 4, 4, 4, 7]
    assert undo_weak_pairs(labels, edges, active, settings_from({"pair_threshold": 0.2})) == labels
    # A pair of one site kept DEFAULT.same_site of its similarity already (an update of the site's own report).
    sites = ["a.example", "b.example", None, None, None, None, None, None]
    assert undo_weak_pairs(labels, edges, active, DEFAULT, sites)[:2] == [0, 1]
    assert undo_weak_pairs(labels, edges, active, DEFAULT, ["a.example"] * 2 + sites[2:])[:2] == [0, 0]
    # A copy folded into its original is no member: beside its one copy, a story of three is a pair.
    assert undo_weak_pairs([0, 0, 0], [(0, 1, 0.22)], [True, True, False], DEFAULT)[:2] == [0, 1]


def test_a_copy_set_apart_from_its_chrome_is_read_once_and_weighs_as_if_read_alone() -> None:
    # Two sites serve one wire story, each in its own chrome: once the chrome is set apart the texts are one,
    # and the deduplicator reads it once; what it finds is what a reading of each copy alone finds.
    from collections import Counter

    from briefing.dedupe import boilerplate
    from briefing.dedupe.settings import DEFAULT
    from briefing.dedupe.similarity import vectorise

    story = dayton_reports()[0]
    copies = [dataclasses.replace(story, id=f"copy-{k}", outlet=f"site{k}.example",
                                  text=f"{story.text}\nSubscribe to the {site} newsletter today.")
              for k, site in enumerate(("Herald", "Courier"))]
    keys = [boilerplate.template_keys(a.text) for a in copies]
    drop = {a.outlet: frozenset(mine[-1:]) for a, mine in zip(copies, keys, strict=True)}
    features, read = group._read(copies, keys, drop, DEFAULT)
    alone = [group._read([a], [mine], drop, DEFAULT) for a, mine in zip(copies, keys, strict=True)]
    assert features[0] is features[1]  # read once
    assert features == [f for found, _ in alone for f in found]
    assert read.evidence == [e for _, part in alone for e in part.evidence]
    df = Counter({t: 2 for t in features[0].counts})
    shared, apart = vectorise(features, df), vectorise([f for found, _ in alone for f in found], df)
    assert shared[0] is shared[1] and shared == apart
