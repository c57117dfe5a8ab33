"""A report dated by its own news (a surrender on Friday) that tells its event's moment to the minute further on ("at
about 10:20 p.m. Wednesday") shares that moment with the first reports, so their days do not clash
(evidence.moments, Settings.day_moments; on since grouping round 40, docs/dedupe.md grouping rounds 39-40)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from briefing.dedupe.group import group_stories
from briefing.models import Article
from briefing.text import evidence
from briefing.text.evidence import evidence_of

WED = dt.date(2026, 9, 16)
THU = dt.date(2026, 9, 17)
FRI = dt.date(2026, 9, 18)


def _page(ident: str, outlet: str, published: dt.date, title: str, text: str) -> Article:
    return Article(id=ident, title=title, text=text, outlet=outlet, published=published, origin="jsonl")


HIT_AND_RUN = [
    _page("h1", "Harris County Herald", THU, "Pedestrian killed by fleeing pickup driver on Bellfort",
          "A man was struck and killed Wednesday night while crossing Bellfort Avenue in south Houston, and the "
          "driver who hit him did not stop, police said. The crash happened at about 10:20 p.m. on Bellfort near "
          "Cullen Boulevard. Witnesses said a dark pickup truck kept going and turned north on Cullen."),
    _page("h2", "Bayou City Chronicle", THU, "Neighbors mourn man killed in hit-and-run near Cullen",
          "Neighbors on Thursday identified the man killed in a hit-and-run on Bellfort Avenue as Roosevelt Gaines, "
          "a 58-year-old retired bus mechanic. Gaines was struck by an eastbound pickup at about 10:20 p.m. Wednesday "
          "as he crossed Bellfort near Cullen Boulevard. The driver fled, and Gaines died at the scene."),
    # Its lead gives the driver's age, the victim's comes later: ages and days both clash with h2's.
    _page("h3", "KWHT 8 News", FRI, "Driver surrenders after deadly hit-and-run on Bellfort Avenue",
          "A 27-year-old man turned himself in Friday morning in connection with the hit-and-run that killed a "
          "pedestrian on Bellfort Avenue in south Houston, police said. He has been charged with failure to stop and "
          "render aid involving a death, a second-degree felony, and was released on bond later in the day. "
          "Investigators say he was driving the pickup that struck Roosevelt Gaines, 58, as he crossed Bellfort near "
          "Cullen Boulevard at about 10:20 p.m. Wednesday. The truck was found Thursday night behind a relative's "
          "home."),
]
# Another pedestrian struck on the same avenue on Friday evening, at another minute.
OTHER = _page("o1", "Harris County Herald", FRI, "Second pedestrian hit on Bellfort Avenue in three days",
              "A woman was struck by a car and badly hurt Friday evening while crossing Bellfort Avenue near Mykawa "
              "Road, police said. The crash happened at about 8:05 p.m. The driver stopped and spoke to officers.")
OTHERS = [_page(f"x{k}", f"outlet {k}", FRI, text, text) for k, text in enumerate((
    "City council approves a new bridge over the bayou after a long debate about its costs and lanes.",
    "A regional orchestra announced its autumn programme of Brahms and Dvorak in the park.",
    "Storm warnings were issued for the coast as forecasters expect strong winds on Saturday."))]


def _stories(articles: list[Article], **settings: object) -> list[list[str]]:
    return sorted(sorted(a.id for a in s.articles) for s in group_stories(articles, **settings) if len(s.articles) > 1)


def test_the_moment_is_read_with_the_day_beside_its_clock_else_the_events_day() -> None:
    surrender = evidence_of(HIT_AND_RUN[2].title, HIT_AND_RUN[2].text, FRI)
    assert surrender.day == FRI.toordinal()  # the lead dates its own news
    assert surrender.moments == {(WED.toordinal(), 22, 20)}
    first = evidence_of(HIT_AND_RUN[0].title, HIT_AND_RUN[0].text, THU)
    assert first.moments == {(WED.toordinal(), 22, 20)}  # "at about 10:20 p.m." beside no day: Wednesday's


def test_a_clock_cut_by_the_sentence_splitter_keeps_its_day() -> None:
    # Boilerplate set apart, the splitter's lone "m." goes with it and the day stands on a line of its own.
    text = "A man turned himself in Friday.\nThe pickup struck Gaines at about 10:20 p.\nWednesday.\nHe died."
    assert evidence_of("", text, FRI).moments == {(WED.toordinal(), 22, 20)}


def test_a_surrender_told_at_the_events_moment_joins_the_event() -> None:
    assert _stories([*HIT_AND_RUN, OTHER, *OTHERS]) == [["h1", "h2", "h3"]]
    # Off: the surrender's Friday clashes with Wednesday, and it goes with Friday's other crash.
    assert _stories([*HIT_AND_RUN, OTHER, *OTHERS], day_moments=0) == [["h1", "h2"], ["h3", "o1"]]


def test_the_clock_pre_scan_never_changes_a_moment(monkeypatch: pytest.MonkeyPatch) -> None:
    # evidence._CLOCK_HINT only skips texts with no clock to the minute: every clock form, cut or whole, and every
    # text without one reads the same moments with the pre-scan as without it (a pattern that finds every text).
    pieces = ["A man was shot Tuesday", " at about 10:20 p.m.", " at 1.40am on Monday", " around 7.35pm",
              " at 10.\n20 pm Wednesday", " at 10:20 p.\nWednesday.", " at 9 p.m. Sunday", " on March 3", ".\n",
              " 3.5 miles away", " 2:1 win", " at 12:05 a.\nm. Friday", " in 2026.", " at 11:3 pm"]
    texts = ["".join(pieces[k] for k in range(len(pieces)) if mask >> k & 1) for mask in range(0, 1 << len(pieces), 7)]
    with_scan = [evidence_of("", text, FRI).moments for text in texts]
    monkeypatch.setattr(evidence, "_CLOCK_HINT", re.compile(""))
    assert [evidence_of("", text, FRI).moments for text in texts] == with_scan
    assert sum(1 for found in with_scan if found) > len(texts) // 2  # most of them do hold a clock
