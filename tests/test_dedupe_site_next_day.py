"""With Settings.site_next_day (0.7; docs/dedupe.md grouping rounds 37 and 39), a site's own next-day piece that tells
back its first report's day joins the event, though the first report gave no age (reweigh.next_day_piece); the site's
next-day piece of another event does not, nor does its piece days on that tells the event back beside another
(Settings.site_next_within)."""

from __future__ import annotations

import datetime as dt

from briefing.dedupe.group import group_stories
from briefing.models import Article

THU = dt.date(2026, 3, 12)
FRI = dt.date(2026, 3, 13)
MON = dt.date(2026, 3, 16)


def _page(ident: str, outlet: str, published: dt.date, title: str, text: str) -> Article:
    return Article(id=ident, title=title, text=text, outlet=outlet, published=published, origin="jsonl")


# A drowning told by two sites on Thursday, neither giving the boy's age, and the first site's own piece on Friday
# naming him; beside it, the same site's Friday piece of a second drowning that Thursday, at a beach up the coast.
DROWNING = [
    _page("d1", "River City Herald", THU, "Teenage boy drowns at Enoggera Reservoir",
          "BRISBANE — A teenage boy drowned at Enoggera Reservoir on Thursday afternoon after getting into trouble "
          "while swimming with friends near the pontoon, police said. Police divers recovered his body about an "
          "hour later. Friends raised the alarm when he failed to surface."),
    _page("d2", "QTN News", THU, "Police divers recover body of teen at The Gap reservoir",
          "BRISBANE — Police divers have recovered the body of a teenage boy who went under while swimming near the "
          "pontoon at Enoggera Reservoir on Thursday afternoon. Friends raised the alarm when he failed to surface. "
          "Police said the death was not suspicious."),
    _page("d3", "River City Herald", FRI, "School mourns Year 10 student after reservoir tragedy",
          "BRISBANE — Classmates of Lachlan Reid, 15, who drowned near the pontoon at Enoggera Reservoir on "
          "Thursday, gathered at his school to remember a keen footballer and a loyal friend. The principal said "
          "counsellors were on hand for students and staff, and a memorial service is planned for next week."),
]
OTHER_DROWNING = _page(
    "b1", "River City Herald", FRI, "Swimmer drowns off Redcliffe beach",
    "BRISBANE — A 71-year-old man drowned while swimming off Suttons Beach at Redcliffe on Thursday morning, "
    "police said. Lifeguards pulled him from the water but he could not be revived.")
# Other sites' news of the day: a site that holds more than half of a batch says nothing (dedupe/sites.py).
OTHERS = [_page(f"x{k}", f"outlet {k}", FRI, text, text) for k, text in enumerate((
    "City council approves a new bridge over the river after a long debate about its costs and lanes.",
    "A regional orchestra announced its summer programme of Brahms and Dvorak in the park.",
    "Storm warnings were issued for the coast as forecasters expect strong winds on Saturday."))]


def _stories(articles: list[Article], **settings: object) -> list[list[str]]:
    return sorted(sorted(a.id for a in s.articles) for s in group_stories(articles, **settings) if len(s.articles) > 1)


OFF = 0.3  # same_site: a pair of one site keeps no more than any other piece of that site
# The first site's piece the next Monday, on a second drowning at the reservoir, which tells Thursday's back first:
# its lead's earliest day is Thursday, so it reads as the site's piece of that drowning, four days on.
SECOND = _page(
    "d4", "River City Herald", MON, "Second drowning in four days prompts warning at Enoggera Reservoir",
    "BRISBANE — After Thursday's drowning, a man in his 40s died on Sunday afternoon after swimming out from the "
    "boat ramp on the western shore of Enoggera Reservoir. Rangers will put up new signs and the council is "
    "reviewing whether to ban swimming outside the marked area, a spokeswoman said.")


def test_a_sites_next_day_piece_joins_its_event_without_an_age_in_common() -> None:
    assert _stories(DROWNING + OTHERS) == [["d1", "d2", "d3"]]
    assert _stories(DROWNING + OTHERS, site_next_day=OFF) == [["d1", "d2"]]  # the site's 0.3 keeps d3 apart


def test_the_sites_next_day_piece_of_another_event_stays_apart() -> None:
    assert _stories([*DROWNING, OTHER_DROWNING, *OTHERS]) == [["d1", "d2", "d3"]]


def test_a_sites_piece_days_on_that_tells_the_event_back_stays_apart() -> None:
    assert _stories([*DROWNING, SECOND, *OTHERS]) == [["d1", "d2", "d3"]]
    # Without the bar of days the piece four days on counts as the site's next-day piece of Thursday's drowning.
    assert _stories([*DROWNING, SECOND, *OTHERS], site_next_within=30) == [["d1", "d2", "d3", "d4"]]
