"""Two reports whose leads each date someone hurt, on days that clash, are two events (Settings.hurt_clash,
docs/dedupe.md grouping round 38): two shootings on one avenue a day apart stay apart however alike their words,
while a follow-up's lead, dated by its own news, keeps the softer day clash."""

from __future__ import annotations

import datetime as dt

from dedupe_fixtures import other_news

from briefing.dedupe.compare import weigh_pair
from briefing.dedupe.group import group_stories
from briefing.dedupe.settings import DEFAULT
from briefing.models import Article
from briefing.text.evidence import evidence_of

TUE = dt.date(2026, 3, 10)


def _page(ident: str, outlet: str, title: str, text: str, published: dt.date = TUE) -> Article:
    return Article(id=ident, title=title, text=text, outlet=outlet, published=published, origin="jsonl")


MONDAY = _page("a1", "Metro Beat", "Man killed in shooting near 35th and Prospect",
               "A man died after he was shot Monday night near East 35th Street and Prospect Avenue, Kansas City "
               "police said. Officers found him in the parking lot of a closed laundromat with gunshot wounds. "
               "Sgt. Darren Holcomb said detectives were canvassing the block and collecting shell casings. "
               "Prospect was closed until early morning while crime scene investigators worked.")
TUESDAY = _page("b1", "Channel 9", "Two hurt in shooting near 31st and Prospect",
                "Two people were hurt in a shooting Tuesday evening near East 31st Street and Prospect Avenue, "
                "Kansas City police said. Officers found one man with a gunshot wound in a store parking lot. A "
                "second man arrived at a hospital in a private car with a wound to the abdomen. A police "
                "spokesman said detectives had no indication it was connected to Monday night's homicide. Officers "
                "counted at least nine evidence markers near the gas pumps.")
ARREST = _page("c1", "Channel 9", "Two arrested after Prospect shooting",
               "Two men were detained at an address in Raytown on Tuesday afternoon after a man was shot near East "
               "35th Street and Prospect Avenue, Kansas City police said. Sgt. Darren Holcomb said detectives "
               "found shell casings in the parking lot of a closed laundromat.")
PROTEST = _page("p1", "Eastlands Voice", "Njiru quarry drowning: residents block road in protest",
                "Angry residents of Njiru on Sunday blocked the Kangundo Road to protest the death of two boys who "
                "drowned in an abandoned quarry a day earlier.", dt.date(2026, 6, 14))
OTHERS = other_news(TUE)


def _evidence(article: Article):  # type: ignore[no-untyped-def]
    return evidence_of(article.title, article.text, article.published)


def test_a_lead_that_dates_someone_hurt_is_told_from_one_that_dates_a_follow_ups_news() -> None:
    assert _evidence(MONDAY).hurt and _evidence(TUESDAY).hurt
    assert not _evidence(ARREST).hurt  # the day is the arrest's
    assert not _evidence(PROTEST).hurt  # the drowning is told "a day earlier": the day is the protest's


def test_two_casualties_days_that_clash_weigh_less_than_a_follow_ups() -> None:
    monday, tuesday, arrest = _evidence(MONDAY), _evidence(TUESDAY), _evidence(ARREST)
    assert weigh_pair(0.4, monday, tuesday, DEFAULT) == 0.4 * DEFAULT.hurt_clash
    assert weigh_pair(0.4, monday, arrest, DEFAULT) == 0.4 * DEFAULT.day_clash


def test_two_shootings_on_one_avenue_a_day_apart_are_two_stories() -> None:
    stories = [sorted(a.id for a in s.articles) for s in group_stories([MONDAY, TUESDAY, *OTHERS])]
    assert ["a1"] in stories and ["b1"] in stories
    off = [sorted(a.id for a in s.articles) for s in group_stories([MONDAY, TUESDAY, *OTHERS], hurt_clash=0.75)]
    assert ["a1", "b1"] in off  # the softer day clash alone lets their words join them
