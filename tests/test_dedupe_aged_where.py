"""Reports of one day that give one victim's age tell one event even where neither names a city
(Settings.aged_where, reweigh.told_alike): the headlines may tell other parts of it."""

from __future__ import annotations

import datetime as dt

from briefing.dedupe.group import group_stories
from briefing.dedupe.reweigh import Reweigh, headlines_of, site_names
from briefing.dedupe.settings import Settings
from briefing.models import Article
from briefing.text.evidence import evidence_of

THU = dt.date(2026, 3, 12)


def _report(ident: str, title: str, text: str) -> Article:
    return Article(id=ident, title=title, text=text, outlet=f"outlet {ident}", published=THU, origin="jsonl")


# A stabbing in a district no gazetteer holds, told by two outlets that headline other parts of it (the attack,
# the appeal), and another stabbing the same night in the same words with another victim's age.
STABBING = [
    _report("s1", "Man stabbed outside Kirkstall takeaway",
            "A 34-year-old man was stabbed outside a takeaway on Abbey Road in Kirkstall on Wednesday night, police "
            "said. He was taken to hospital with wounds that are not thought to be life-threatening. Officers "
            "cordoned off the pavement and are asking anyone who saw the attack to come forward."),
    _report("s2", "Detectives seek drivers' dashcam footage",
            "Detectives want dashcam footage from drivers after the victim, 34, was knifed in front of a chip shop "
            "on Abbey Road in Kirkstall on Wednesday night. His injuries were not life-threatening, a spokesperson said, and no "
            "arrest has been made."),
    _report("o1", "Teenager stabbed near Bramley park",
            "A 19-year-old was stabbed near a park in Bramley on Wednesday night, police said. He was taken to "
            "hospital with wounds that are not thought to be life-threatening. Officers cordoned off the path and "
            "are asking anyone who saw the attack to come forward."),
]
OTHERS = [_report(f"x{k}", text, text) for k, text in enumerate((
    "City council approves a new bridge over the river after a long debate about its costs and lanes.",
    "A regional orchestra announced its summer programme of Brahms and Dvorak in the park.",
    "Storm warnings were issued for the coast as forecasters expect strong winds on Saturday."))]


def _stories(articles: list[Article], **settings: object) -> list[list[str]]:
    return sorted(sorted(a.id for a in s.articles) for s in group_stories(articles, **settings) if len(s.articles) > 1)


def _told(articles: list[Article], i: int, j: int, s: Settings) -> bool:
    evidence = [evidence_of(a.title, a.text, a.published) for a in articles]
    return Reweigh(site_names(articles, s), headlines_of(articles, s), s, articles, evidence).told_alike(i, j)


def test_an_age_in_common_stands_in_for_the_city() -> None:
    assert _told(STABBING, 0, 1, Settings())
    assert not _told(STABBING, 0, 1, Settings(aged_where=0))  # no city on either side
    assert not _told(STABBING, 0, 2, Settings())  # another victim's age: a clash, not a stand-in


def test_one_stabbing_headlined_two_ways_is_one_story_and_its_look_alike_apart() -> None:
    assert _stories(STABBING + OTHERS) == [["s1", "s2"]]
    assert _stories(STABBING + OTHERS, aged_where=0) == []
