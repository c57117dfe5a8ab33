"""A continuing story told days later by another outlet: the names and the who, where and when it keeps."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.models import Article, Event, SummarySentence
from briefing.text.event_evidence import EventEvidence
from briefing.writeup.continuing import MATCHING, rare_names, same_names, told_alike
from briefing.writeup.memory import apply_memory, match_events, remember_edition
from tests.helpers import morning_edition

MONDAY = dt.date(2026, 3, 2)
THURSDAY = dt.date(2026, 3, 5)


def evidence(*, people: tuple[str, ...] = (), cities: tuple[str, ...] = (), days: tuple[dt.date, ...] = (),
             ages: tuple[int, ...] = ()) -> EventEvidence:
    return EventEvidence(words=frozenset(), cities=frozenset(cities), mentioned=frozenset(cities),
                         days=frozenset(d.toordinal() for d in days), ages=frozenset(ages), people=frozenset(people))


FIRST = evidence(people=("tri-county polymers", "raymond ostrowski"), cities=("millbrook",), days=(MONDAY,))
RARE = frozenset({"tri-county polymers", "raymond ostrowski"})


def test_one_name_the_city_and_the_day_told_back_continue_a_story() -> None:
    follow_up = evidence(people=("tri-county polymers",), cities=("millbrook",), days=(MONDAY,), ages=(44,))
    assert told_alike(follow_up, FIRST, RARE)
    assert not same_names(follow_up, FIRST, RARE)  # one name is not the story's names


def test_the_day_must_agree() -> None:
    """The same name and city on another week's day is another happening of the firm (a second blast)."""
    later = evidence(people=("tri-county polymers",), cities=("millbrook",), days=(dt.date(2026, 2, 20),))
    undated = evidence(people=("tri-county polymers", "raymond ostrowski"), cities=("millbrook",))
    assert not told_alike(later, FIRST, RARE)
    assert not told_alike(undated, FIRST, RARE)  # three counts, but no day: the names rule's to decide


def test_a_look_alike_of_the_same_city_and_day_names_none_of_the_story() -> None:
    look_alike = evidence(people=("harlan mills",), cities=("millbrook",), days=(MONDAY,))
    assert not told_alike(look_alike, FIRST, RARE | {"harlan mills"})


def test_a_common_name_counts_nothing_and_two_clashes_rule_out() -> None:
    follow_up = evidence(people=("tri-county polymers",), cities=("millbrook",), days=(MONDAY,))
    assert not told_alike(follow_up, FIRST, frozenset())  # every story of the day names it
    clashing = evidence(people=("tri-county polymers", "raymond ostrowski"), cities=("seattle",), days=(MONDAY,),
                        ages=(30,))
    aged = replace(FIRST, ages=frozenset({61}))
    assert not told_alike(clashing, aged, RARE)  # another city and other ages
    assert told_alike(replace(clashing, cities=frozenset({"millbrook"})), aged, RARE)  # other ages alone: a suspect


def test_the_rule_is_off_at_zero() -> None:
    follow_up = evidence(people=("tri-county polymers",), cities=("millbrook",), days=(MONDAY,))
    assert not told_alike(follow_up, FIRST, RARE, replace(MATCHING, told_points=0))


def test_a_name_is_rare_when_few_events_name_it_and_an_edition_counts_once() -> None:
    today = [evidence(people=("tri-county polymers", "national weather service")),
             evidence(people=("national weather service",))]
    earlier = [(MONDAY, evidence(people=("tri-county polymers",))), (MONDAY, evidence(people=("tri-county polymers",))),
               (MONDAY, evidence(people=("national weather service",)))]
    assert rare_names(today, earlier, 2) == {"tri-county polymers"}


def test_today_once_counts_a_story_carried_today_as_two_events_once() -> None:
    # Matching.name_editions (off): the victim named and the tenants' complaint, two events today, keep their
    # street; counted each, it is named by three events.
    today = [evidence(people=("corporate drive",)), evidence(people=("corporate drive",))]
    earlier = [(MONDAY, evidence(people=("corporate drive",)))]
    assert rare_names(today, earlier, 2) == frozenset()
    assert rare_names(today, earlier, 2, today_once=True) == {"corporate drive"}


# --- Through apply_memory, on a real state file --------------------------------------------------------

def _article(key: str, title: str, text: str, day: dt.date) -> Article:
    return Article(id=key, title=title, text=text, outlet=f"Outlet {key}", published=day,
                   url=f"https://{key}.example/story")


def _event(article: Article) -> Event:
    return Event(id=article.id, headline=article.title, sources=(article,),
                 summary=(SummarySentence(text="It happened.", source_ids=(article.id,)),))



BLAST = _article(
    "courier", "Explosion at plastics plant kills three",
    "MILLBROOK, Ohio — An explosion tore through a plastics plant on Monday, killing three workers, fire "
    "officials said. The blast happened inside the resin building at Kettle Run Polymers on State Route 93. "
    "Crews fought the fire for three hours before bringing it under control.", MONDAY)
FOLLOW_UP = _article(
    "herald", "Fourth worker dies as investigators focus on valve",
    "A fourth worker has died of burns from Monday's explosion in Millbrook, the county coroner said on "
    "Wednesday. Investigators from the state fire marshal's office are examining a pressure valve. The plant's "
    "owner, Kettle Run Polymers, said it would pay for the funerals.", THURSDAY)
LOOK_ALIKE = _article(
    "gazette", "One killed in explosion at metal-finishing plant",
    "An explosion at a metal-finishing plant killed one worker and injured six on Wednesday, authorities said. "
    "The blast happened in a plating room at Darrow Finishing on Harlan Road. Crews kept the fire from "
    "spreading to a warehouse.", THURSDAY)


def test_a_follow_up_sharing_one_name_is_an_update_and_a_look_alike_is_news(state) -> None:
    remember_edition(state, morning_edition(MONDAY, _event(BLAST)))
    out = {e.id: e for e in apply_memory([_event(FOLLOW_UP), _event(LOOK_ALIKE)], state=state, edition=THURSDAY)}
    assert out["herald"].update is not None and out["herald"].update.startswith("Update: 1 new source")
    assert out["gazette"].update is None
    off = replace(MATCHING, told_points=0)
    plain = apply_memory([_event(FOLLOW_UP)], state=state, edition=THURSDAY, matching=off)
    assert plain[0].update is None  # the story's names rule alone does not see it: one shared name


def test_match_events_names_the_records_each_event_continues(state) -> None:
    remember_edition(state, morning_edition(MONDAY, _event(BLAST)))
    follow_up, look_alike = match_events([_event(FOLLOW_UP), _event(LOOK_ALIKE)], state=state, edition=THURSDAY)
    assert [m.source_ids for m in follow_up] == [frozenset({"courier"})] and look_alike == []
