"""Two shootings on one road on one day: the evening one's report tells the overnight one back ("hours after deadly
apartment shooting"), and so shares its road, day and words. Told in parts of the day that cannot meet, with the
late one telling another casualty back, the two stay two stories (dedupe/told_apart.py; docs/dedupe.md grouping
round 43)."""

from __future__ import annotations

import datetime as dt

from briefing.dedupe.group import group_stories
from briefing.dedupe.told_apart import ToldApart
from briefing.models import Article
from briefing.text.evidence import evidence_of

TUE = dt.date(2026, 6, 9)


def _page(ident: str, outlet: str, title: str, text: str) -> Article:
    return Article(id=ident, title=title, text=text, outlet=outlet, published=TUE, origin="jsonl")


OVERNIGHT = _page("a1", "Metro Daily", "Man killed, woman wounded in overnight shooting at Ridgeway apartments",
                  "A man was killed and a woman was wounded early Tuesday when gunfire broke out in the parking lot of "
                  "an apartment complex on Ridgeway Road in the south of the city, police said.\n\nOfficers were "
                  "called to the Ridgeway Court Apartments at about 1:50 a.m. and found a man in his 20s with several "
                  "gunshot wounds. A woman shot in the arm was taken to Mercy Hospital in stable condition.\n\n"
                  "Police said a group had gathered in the parking lot when an argument started. No arrests were made.")
OVERNIGHT_2 = _page("a2", "Channel 7 News", "Deadly gunfire at Ridgeway Road apartment complex, police say",
                    "A get-together outside an apartment complex turned deadly early Tuesday, leaving one man dead "
                    "and a woman in the hospital.\n\nNeighbours heard as many as ten shots just before 2 a.m. in the parking lot "
                    "of the Ridgeway Court Apartments. The woman, shot in the arm, was taken to Mercy Hospital.\n\n"
                    "Police said the victims were among a group in the parking lot when an argument broke out.")
EVENING = _page("b1", "City Courier", "Teen shot at Ridgeway Road gas station hours after deadly apartment shooting",
                "A 17-year-old boy was shot Tuesday evening at a gas station on Ridgeway Road, the second shooting on "
                "the road in less than 24 hours.\n\nOfficers found the teen beside the pumps of the Quick Fuel "
                "station with a gunshot wound to his leg. He was alert and talking when paramedics arrived. "
                "Witnesses said the shooter got out of a dark sedan, argued with the teen near the air pump and fired "
                "several times.\n\nEarly Tuesday, a man was killed and a woman was wounded at an apartment complex on "
                "Ridgeway Road. "
                "Investigators had nothing at this time linking the two cases.")
EVENING_2 = _page("b2", "Metro Daily", "17-year-old wounded in Ridgeway Road gas station shooting",
                  "A teenager was wounded Tuesday night when someone opened fire at a gas station on Ridgeway Road, "
                  "police said.\n\nThe 17-year-old was hit once in the thigh outside the Quick Fuel shortly before "
                  "7 p.m. A store clerk said the teen had come in to buy a drink and was outside for less than a "
                  "minute.\n\nThe gunman drove off in a silver Dodge Charger with tinted windows.")
# The rest of the day's local news, crime among it: in a batch of four alone, the words any two shootings share
# ("police said", "shot", "Tuesday") would weigh as much as the road and the victims.
OTHERS = [
    _page("c5", "City Courier", "Man stabbed outside downtown bar, police say",
          "A man was stabbed outside a bar on Fourth Street late Monday, police said. He was taken to hospital "
          "with wounds that were not life-threatening. Officers arrested a 30-year-old man at the scene."),
    _page("c6", "Channel 7 News", "Woman wounded in Eastside drive-by shooting",
          "A woman was shot and wounded Monday evening when someone fired from a passing car on Lake Street in "
          "Eastside, police said. She was in stable condition. No arrests have been made."),
    _page("c7", "Metro Daily", "Two arrested after armed robbery at Northgate pharmacy",
          "Police arrested two men on Tuesday after an armed robbery at a pharmacy in Northgate. A clerk was "
          "threatened with a gun but was not hurt, police said."),
    _page("c1", "Metro Daily", "Council approves new bus lanes for Main Street",
          "The city council voted 7-2 on Tuesday to add bus lanes along Main Street, a plan transit officials say "
          "will cut rush-hour journeys by ten minutes. Work is due to start in the autumn."),
    _page("c2", "Channel 7 News", "House fire leaves family of five homeless in Westgate",
          "A family of five escaped unhurt when fire swept through their home on Elm Avenue in Westgate on Monday "
          "afternoon. Firefighters said the blaze began in the kitchen."),
    _page("c3", "City Courier", "Library to reopen after two-year renovation",
          "The central library will reopen next month after a two-year renovation that added a children's wing, "
          "a cafe and study rooms, the city said."),
    _page("c4", "Metro Daily", "Driver hurt as truck overturns on the interstate",
          "A truck driver was taken to hospital with minor injuries after his rig overturned on the interstate near "
          "exit 12 on Tuesday morning, closing two lanes for several hours."),
]
PAGES = [OVERNIGHT, OVERNIGHT_2, EVENING, EVENING_2]


def _apart() -> ToldApart:
    return ToldApart(PAGES, [evidence_of(a.title, a.text, a.published) for a in PAGES])


def test_the_evening_teller_and_the_overnight_report_are_told_apart() -> None:
    apart = _apart()
    assert apart(0, 2) and apart(2, 0)
    # The evening's other report tells nothing back, and the overnight reports are one part of the day.
    assert not apart(0, 3)
    assert not apart(0, 1)


def test_the_two_shootings_stay_two_stories() -> None:
    stories = [s for s in group_stories(PAGES + OTHERS) if not any(a.id.startswith("c") for a in s.articles)]
    assert sorted(sorted(a.id for a in s.articles) for s in stories) == [["a1", "a2"], ["b1", "b2"]]


def test_without_the_rule_the_teller_joins_the_shooting_it_tells_back() -> None:
    stories = [s for s in group_stories(PAGES + OTHERS, told_apart=1.0)
               if not any(a.id.startswith("c") for a in s.articles)]
    assert any({"a1", "b1"} <= {a.id for a in s.articles} for s in stories)
