"""Reports of one event that the deduplicator used to leave apart: what a reader sees joined."""

from __future__ import annotations

import datetime as dt

from briefing.dedupe.group import group_stories
from briefing.models import Article
from briefing.text.evidence import evidence_of


def test_a_page_stamp_is_not_the_day_of_the_event() -> None:
    # A line of nothing but a date and a time says when the page was posted; the lead's own dates say
    # when it happened.
    stamped = evidence_of("Teen arrested in shooting of Brooklyn mother",
                          "Teen arrested in shooting of Brooklyn mother\nPosted Oct 26, 2011 8:57 AM CDT\n"
                          "An 18-year-old gang member has confessed to killing a mother of 12.", None)
    assert stamped.day is None
    for stamp in ("Thursday, December 11, 2008", "23 July 2013 Last updated at 13:42 GMT",
                  "Published: April 23, 2013 9:39 AM", "2013-05-02 12:52"):
        assert evidence_of("Verdict", f"Verdict\n{stamp}\nA jury found him guilty.", None).day is None, stamp
    dated = evidence_of("Mother killed", "Zurana Horton, 34, was killed on Oct. 21, 2011 while walking home.\n"
                        "Posted Oct 26, 2011 8:57 AM CDT", None)
    assert dated.day == dt.date(2011, 10, 21).toordinal()
    dateline = evidence_of("Fire", "Fire\nMay 6, 2013 - Ten fire engines fought a blaze at a supermarket.", None)
    assert dateline.day == dt.date(2013, 5, 6).toordinal()


def _report(ident: str, stamp: str, lead: str) -> Article:
    """A page whose headline is its first line and whose second line is its stamp."""
    title, _, body = lead.partition(". ")
    return Article(id=ident, title=title, text=f"{title}\n{stamp}\n{body}", outlet="wire", origin="jsonl")


def test_reports_posted_a_week_apart_are_one_event() -> None:
    # Outlets post their reports of one event over days, each page stamped with its own posting day:
    # stamps a week apart are no clash of event days (a clash would keep these two apart).
    reports = [
        _report("a", "October 10, 2011", "Seacom said its undersea cable between Mombasa and Mtunzini was cut "
                "near Zafarana. Repairs would take twelve days, the operator told customers in Nairobi."),
        _report("b", "Posted Oct 17, 2011 9:15 AM", "Internet users still face slow links after the cable cut "
                "near Zafarana. Seacom moved traffic to other routes while engineers worked on the line. Gamers, "
                "banks and call centres complained about lag, dropped calls and failed payments all week, and "
                "schools closed computer rooms while shops took only cash, travel agents lost bookings and a "
                "stock exchange delayed trading."),
    ]
    others = [Article(id=f"x{k}", title=t, text=t, outlet="wire", origin="jsonl") for k, t in enumerate((
        "City council approves a new bridge over the Maumee River after a long debate about costs.",
        "A regional orchestra announced its summer programme of Brahms and Dvorak in the park.",
        "Storm warnings were issued for the coast as forecasters expect strong winds on Friday."))]
    stories = [sorted(a.id for a in s.articles) for s in group_stories(reports + others)]
    assert ["a", "b"] in stories, stories


def test_lone_terms_weighing_less_leave_a_one_story_batch_one_story() -> None:
    # Terms found in one report only (its own quotes and details) can match nothing; weighing them less
    # (`lone_term`) raises what the reports share, and changes nothing where all are one event.
    from dedupe_fixtures import dayton_reports

    from briefing.dedupe.similarity import document_frequencies, extract_with_names, vectorise

    reports = dayton_reports()
    for lone in (1.0, 0.6, 0.3):
        stories = group_stories(reports, lone_term=lone)
        assert [sorted(a.id for a in s.articles) for s in stories] == [["dayton-0", "dayton-1", "dayton-2"]], lone
    features = [extract_with_names(a.title, a.text)[0] for a in reports]
    df = document_frequencies(features)
    plain, lighter = vectorise(features, df), vectorise(features, df, lone=0.6)
    assert vectorise(features, df, lone=1.0) == plain
    # Each report's shared terms take a larger share of its (unit) vector, its lone terms a smaller one.
    for before, after in zip(plain, lighter, strict=True):
        shared = [t for t in after if df[t] > 1 and t in before]
        lone_terms = [t for t in after if df[t] == 1 and t in before]
        assert shared and lone_terms
        assert all(after[t] > before[t] for t in shared) and all(after[t] < before[t] for t in lone_terms)
