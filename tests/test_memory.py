"""Memory across days, on a real SQLite state file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.models import Article, Claim, Edition, Event, Figure, SummarySentence
from briefing.state import State
from briefing.writeup.memory import apply_memory, remember_edition

MAY1, MAY2, MAY3 = dt.date(2024, 5, 1), dt.date(2024, 5, 2), dt.date(2024, 5, 3)


def article(n: int, url: str | None = None) -> Article:
    return Article(id=f"src-{n}", title=f"Story {n}", text="Body.", outlet=f"Outlet {n}",
                   url=url or f"https://news{n}.example/colossus")


def gpus(*counts: int) -> Figure:
    claims = tuple(Claim(value=c, unit="GPUs", display=f"{c:,} GPUs", source_ids=(f"src-{i}",))
                   for i, c in enumerate(counts))
    return Figure(label="GPU count", status="conflict" if len(set(counts)) > 1 else "agreed", claims=claims)


def event(eid: str, headline: str, sources: tuple[Article, ...], figures: tuple[Figure, ...] = ()) -> Event:
    return Event(id=eid, headline=headline, summary=(SummarySentence(text="It happened.", source_ids=("src-1",)),),
                 sources=sources, figures=figures)


def edition(date: dt.date, *events: Event) -> Edition:
    return Edition(title="Briefing", date=date, timezone="UTC", events=events,
                   generated_at=dt.datetime.combine(date, dt.time(7), tzinfo=dt.UTC))


COLOSSUS = "Anthropic leases SpaceX's Colossus 1 data centre"


def test_an_event_with_nothing_new_is_left_out(state) -> None:
    carried = event("e1", COLOSSUS, (article(1), article(2)), (gpus(200_000),))
    remember_edition(state, edition(MAY1, carried))
    assert apply_memory([carried], state=state, edition=MAY2) == ()


def test_new_sources_and_a_disputed_figure_make_an_update(state) -> None:
    remember_edition(state, edition(MAY1, event("e1", COLOSSUS, (article(1),), (gpus(200_000),))))
    today = event("e9", "Anthropic to rent Colossus 1", (article(1), article(2), article(3)), (gpus(200_000, 230_000),))
    (out,) = apply_memory([today], state=state, edition=MAY2)
    assert out.update == "Update: 2 new sources; GPU count now disputed"
    assert out.headline == today.headline and out.sources == today.sources


def test_a_changed_figure_is_named_with_its_new_value(state) -> None:
    remember_edition(state, edition(MAY1, event("e1", COLOSSUS, (article(1),), (gpus(200_000),))))
    (out,) = apply_memory([event("e1", COLOSSUS, (article(1),), (gpus(230_000),))], state=state, edition=MAY2)
    assert out.update == "Update: GPU count now 230,000 GPUs"


def test_a_source_matches_by_url_even_when_its_id_changed(state) -> None:
    remember_edition(state, edition(MAY1, event("e1", COLOSSUS, (article(1, "https://www.news1.example/a/?utm_source=x"),))))
    moved = Article(id="feed-77", title="x", text="y", outlet="News 1", url="http://news1.example/a")
    assert apply_memory([event("e2", "Something else entirely", (moved,))], state=state, edition=MAY2) == ()


def test_an_event_matches_by_headline_when_no_source_is_shared(state) -> None:
    remember_edition(state, edition(MAY1, event("e1", COLOSSUS, (article(1),))))
    (out,) = apply_memory([event("e2", "Anthropic leases SpaceX Colossus 1 data centre", (article(5),))],
                          state=state, edition=MAY2)
    assert out.update == "Update: 1 new source"


def test_a_new_story_passes_unchanged(state) -> None:
    remember_edition(state, edition(MAY1, event("e1", COLOSSUS, (article(1),))))
    fresh = event("e2", "Central bank holds rates at 4.5%", (article(7),))
    assert apply_memory([fresh], state=state, edition=MAY2) == (fresh,)


def test_rebuilding_the_same_date_gives_the_same_events(state) -> None:
    remember_edition(state, edition(MAY1, event("e1", COLOSSUS, (article(1),))))
    today = [event("e1", COLOSSUS, (article(1), article(2))), event("e2", "Rates held", (article(7),))]
    first = apply_memory(today, state=state, edition=MAY2)
    remember_edition(state, edition(MAY2, *first))
    assert apply_memory(today, state=state, edition=MAY2) == first
    assert [e.update for e in first] == ["Update: 1 new source", None]


def test_remembering_a_date_again_replaces_its_record(state) -> None:
    rates = event("e2", "Central bank holds rates at 4.5%", (article(7),))
    remember_edition(state, edition(MAY1, event("e1", COLOSSUS, (article(1),)), rates))
    remember_edition(state, edition(MAY1, event("e1", COLOSSUS, (article(1),))))
    assert apply_memory([rates], state=state, edition=MAY2) == (rates,)


def test_sources_seen_on_any_earlier_day_are_not_new(state) -> None:
    remember_edition(state, edition(MAY1, event("e1", COLOSSUS, (article(1),))))
    remember_edition(state, edition(MAY2, event("e1", COLOSSUS, (article(1), article(2)))))
    assert apply_memory([event("e1", COLOSSUS, (article(1), article(2)))], state=state, edition=MAY3) == ()


def test_memory_survives_reopening_the_state_file(tmp_path: Path) -> None:
    carried = event("e1", COLOSSUS, (article(1),))
    with State(tmp_path / "s.sqlite") as state:
        remember_edition(state, edition(MAY1, carried))
    with State(tmp_path / "s.sqlite") as state:
        assert apply_memory([carried], state=state, edition=MAY2) == ()
