"""Reports that agree on the day and on where or who, clashing on nothing, are not cut by their headlines
(Settings.headline_dated, reweigh.dated_alike), even where neither names a city the gazetteer holds."""

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


def _alike(articles: list[Article], i: int, j: int, s: Settings) -> bool:
    evidence = [evidence_of(a.title, a.text, a.published) for a in articles]
    return Reweigh(site_names(articles, s), headlines_of(articles, s), s, articles, evidence).dated_alike(i, j)


# The second report without the victim's age or the street's name (a name of two words is "who", as in
# told_alike): the pair agrees on the day alone.
UNAGED = [STABBING[0], _report("s3", STABBING[1].title, STABBING[1].text.replace("the victim, 34,", "a man")
                                                                         .replace("Abbey Road", "the high street"))]


def test_the_day_and_an_age_in_common_lift_a_pair_the_day_alone_does_not() -> None:
    assert _alike(STABBING, 0, 1, Settings())
    assert not _alike(STABBING, 0, 2, Settings())  # another victim's age: a clash
    assert not _alike(UNAGED, 0, 1, Settings())  # the day alone: no place, no one in common
    assert _alike(UNAGED, 0, 1, Settings(dated_more=0))


def test_one_stabbing_headlined_two_ways_is_one_story_and_its_look_alike_apart() -> None:
    assert _stories(STABBING + OTHERS) == [["s1", "s2"]]
    assert _stories(STABBING + OTHERS, headline_dated=0.4) == []
