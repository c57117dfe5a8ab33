"""A second stabbing's report tells the first one back with its victim's age ("five hours after a 19-year-old was
stabbed"): that age is the first incident's, not the report's own, so it does not tie the second stabbing to the
first one's follow-up (dayparts.told_back, evidence.TOLD_BACK; docs/dedupe.md grouping round 40)."""

from __future__ import annotations

import datetime as dt

from briefing.dedupe.group import group_stories
from briefing.models import Article
from briefing.text.evidence import evidence_of

MON = dt.date(2026, 9, 14)
TUE = dt.date(2026, 9, 15)


def _page(ident: str, outlet: str, published: dt.date, title: str, text: str) -> Article:
    return Article(id=ident, title=title, text=text, outlet=outlet, published=published, origin="jsonl")


SECOND = _page("s2", "Bristol Evening Courier", TUE, "Man, 31, stabbed to death hours after Easton knife attack",
               "A 31-year-old man has been stabbed to death in St Pauls, just hours after a teenager was knifed less "
               "than a mile away in Easton.\n\nThe man was found on Grosvenor Road at about 1.40am on Tuesday. He was "
               "pronounced dead at the scene.\n\nThe killing came around five hours after a 19-year-old was stabbed on "
               "Stapleton Road on Monday evening. Police said they had found nothing so far to connect the two.")
ARREST = _page("f2", "Severn FM News", TUE, "Two arrested after Easton stabbing",
               "Two men have been arrested on suspicion of causing grievous bodily harm with intent after a "
               "19-year-old was stabbed in Easton.\n\nPolice say the men were detained at an address in Lawrence "
               "Hill on Tuesday afternoon. The victim was attacked on Stapleton Road at around 8.20pm on Monday. "
               "Police say they are not linking the stabbing to the death of a man in St Pauls early on Tuesday.")


def test_an_age_told_back_beside_another_casualty_is_not_the_reports_own() -> None:
    assert evidence_of(SECOND.title, SECOND.text, TUE).ages == {31}
    # A follow-up's "arrested after a 19-year-old was stabbed" tells no casualty before its "after": its own victim.
    assert evidence_of(ARREST.title, ARREST.text, TUE).ages == {19}


def test_a_follow_up_that_leads_hours_after_its_own_casualty_keeps_its_age() -> None:
    text = "Two men were arrested hours after a 19-year-old was stabbed on Stapleton Road on Monday evening."
    assert evidence_of("", text, TUE).ages == {19}


def test_the_second_stabbing_stays_apart_from_the_first_ones_arrest() -> None:
    stories = group_stories([SECOND, ARREST])
    assert sorted(len(s.articles) for s in stories) == [1, 1]
