"""Two outlets' reports of one robbery headlined by different parts of it, both telling "12.15pm on Sunday": with
Settings.headline_moment the headlines' cut is lifted for them (reweigh.timed_alike; docs/dedupe.md, grouping rounds
48 and 50), and not for a report of the same street at another minute. On by default since memory round 20, when
memory stopped joining the robbery to the stabbing one report tells back (Matching.told_other, lookalikes_n)."""

from __future__ import annotations

import datetime as dt

from briefing.dedupe.reweigh import Reweigh
from briefing.dedupe.settings import Settings
from briefing.models import Article
from briefing.text.evidence import evidence_of

SUN = dt.date(2026, 6, 14)
TEXTS = (
    ("Masked pair with hammer and knife raid County Road bookies",
     "Two masked men threatened staff during a robbery at a bookmakers on County Road in Walton at around 12.15pm "
     "on Sunday, June 14, Merseyside Police said."),
    ("Staff threatened in armed robbery at Walton betting shop",
     "Police were called just after 12.15pm on Sunday to the shop on County Road, Walton."),
    ("Car stolen from County Road driveway",
     "A car was stolen from a driveway on County Road in Walton at about 3.40pm on Sunday, police said."),
)


def _reweigh(moment: float) -> Reweigh:
    articles = [Article(id=str(i), title=t, text=x, outlet=f"o{i}", published=SUN, origin="jsonl")
                for i, (t, x) in enumerate(TEXTS)]
    evidence = [evidence_of(a.title, a.text, SUN) for a in articles]
    s = Settings(headline_moment=moment)
    return Reweigh([""] * 3, [frozenset()] * 3, s, articles, evidence)


def test_two_reports_of_one_moment_are_timed_alike_and_another_minute_is_not() -> None:
    reweigh = _reweigh(1.0)
    assert reweigh.timed_alike(0, 1)
    assert not reweigh.timed_alike(0, 2)


def test_the_lift_is_on_by_default_and_off_at_zero() -> None:
    assert Settings().headline_moment == 1.0
    assert _reweigh(0.0).moment == 0.0
