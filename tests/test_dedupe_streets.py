"""Streets as evidence (text/streets.py, Settings.streets, docs/dedupe.md grouping round 53): two house fires of
one week in one city, each led by its own street, are two stories however alike their words; two reports of one
fire that write its street two ways ("E. Biddle St.", "East Biddle Street") stay one."""

from __future__ import annotations

import dataclasses
import datetime as dt

from dedupe_fixtures import article, other_news

from briefing.dedupe.compare import weigh_pair
from briefing.dedupe.group import group_stories
from briefing.dedupe.settings import DEFAULT, settings_from
from briefing.models import Article
from briefing.text.evidence import compare, evidence_of
from briefing.text.streets import clash, streets

FRI, SAT = dt.date(2026, 2, 20), dt.date(2026, 2, 21)


def _page(ident: str, outlet: str, title: str, text: str, published: dt.date) -> Article:
    return dataclasses.replace(article(ident, title, text, outlet), published=published)


BIDDLE = _page("a1", "Harbor Daily", "Woman, 71, dies in rowhouse fire on East Biddle Street",
               "A 71-year-old woman died Friday morning after fire tore through a two-story rowhouse on East Biddle "
               "Street in East Baltimore, fire officials said. Crews arrived to heavy smoke and flames on the "
               "second floor and carried the woman out, but she was pronounced dead at a hospital. Fire department "
               "spokeswoman Renee Carter said no working smoke alarm was found in the home. Neighbors said the "
               "block of vacant rowhouses has seen several fires this winter. The cause is under investigation.",
               FRI)
BIDDLE_AGAIN = _page("a2", "Channel 11", "Elderly woman killed in East Baltimore rowhouse fire",
                     "An elderly woman was killed Friday morning when fire swept through her rowhouse in the 1500 "
                     "block of E. Biddle St., Baltimore fire officials said. Firefighters found heavy smoke on the "
                     "second floor and brought the woman out; she died at a hospital. Spokeswoman Renee Carter said "
                     "investigators found no working smoke alarm. The cause is under investigation.", FRI)
PRESTON = _page("b1", "City Wire", "Man dies in rowhouse fire on East Preston Street",
                "A man died early Saturday after fire tore through a two-story rowhouse on East Preston Street in "
                "East Baltimore, fire officials said. Crews arrived to heavy smoke and flames on the second floor "
                "and carried the man out, but he was pronounced dead at a hospital. Fire department spokeswoman "
                "Renee Carter said no working smoke alarm was found in the home. Neighbors said the block of vacant "
                "rowhouses has seen several fires this winter. The cause is under investigation.", SAT)
OTHERS = other_news(FRI)


def _evidence(article: Article):  # type: ignore[no-untyped-def]
    return evidence_of(article.title, article.text, article.published)


def test_a_street_is_read_in_the_forms_outlets_write_it() -> None:
    assert streets("in the 1500 block of E. Biddle St., Baltimore") == streets("on East Biddle Street") == {"biddle"}
    assert streets("near the A580 East Lancashire Road") == streets("on East Lancashire Road") == {"lancashire"}
    assert streets("East 35th Street and Prospect Avenue") == {"35th", "prospect"}
    assert not streets("outside St Mary's Church, at Leeds Magistrates' Court")  # a saint and a court: no street


def _streets_clash(a, b) -> bool:  # type: ignore[no-untyped-def]
    return clash(a.streets, a.named_streets, b.streets, b.named_streets)


def test_leads_on_two_streets_clash_and_one_street_written_two_ways_does_not() -> None:
    biddle, again, preston = _evidence(BIDDLE), _evidence(BIDDLE_AGAIN), _evidence(PRESTON)
    assert not _streets_clash(biddle, again) and _streets_clash(biddle, preston)
    assert weigh_pair(0.4, biddle, again, DEFAULT) >= 0.4  # one street, two spellings: no clash
    assert weigh_pair(0.4, biddle, preston, DEFAULT) == 0.0  # another street and another day: two clashes
    # without streets the day alone clashes: each lead dates its own death (Settings.hurt_clash)
    assert weigh_pair(0.4, biddle, preston, settings_from({"streets": 0})) == 0.4 * DEFAULT.hurt_clash


# One robbery told by two outlets on one day: one leads with the hotel's road, the other with the road where the
# getaway car was found burnt out (followups25, read once at the end of grouping round 53).
HOTEL = _page("r1", "Harbor Daily", "Shotgun and machete used in northern suburbs pub hold-up",
              "Two men armed with a sawn-off shotgun and a machete robbed the Hallcroft Hotel on Port Wakefield Road "
              "about 11.40pm on Saturday, threatening staff and patrons before escaping with cash.", SAT)
GETAWAY = _page("r2", "City Wire", "Getaway car found burnt out after Hallcroft Hotel armed robbery",
                "Detectives believe they have found the getaway car, burnt out in a reserve off Yorktown Road, after "
                "two men robbed the Hallcroft Hotel with a shotgun and a machete about 11.40pm on Saturday.", SAT)


def test_a_street_alone_is_no_clash_between_two_reports() -> None:
    hotel, getaway = _evidence(HOTEL), _evidence(GETAWAY)
    assert _streets_clash(hotel, getaway)  # each leads with a street the other never names ...
    assert not compare(hotel, getaway).street  # ... but with nothing else clashing, that is a second place
    assert weigh_pair(0.4, hotel, getaway, DEFAULT) == weigh_pair(0.4, hotel, getaway, settings_from({"streets": 0}))


def test_two_fires_on_two_streets_a_day_apart_are_two_stories() -> None:
    batch = [BIDDLE, BIDDLE_AGAIN, PRESTON, *OTHERS]
    stories = [sorted(a.id for a in s.articles) for s in group_stories(batch)]
    assert ["a1", "a2"] in stories and ["b1"] in stories
    off = [sorted(a.id for a in s.articles) for s in group_stories(batch, streets=0)]
    assert ["a1", "a2", "b1"] in off  # without streets the day clash alone lets their words join them
