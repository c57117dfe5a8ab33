"""A look-alike that sets a follow-up's incident apart from its own ("in an incident unrelated to the one at St
Wilfrid's Hospital earlier this week", "Public health officials said there was no connection with a cluster of six
cases at a secondary school in Leicester") shares that incident's words; counted at told_words' weight, the
follow-up and the look-alike published beside it stay two events (Settings.told_wide's bits 2 and 4,
dayparts.told_other_passages; docs/dedupe.md grouping round 52)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from briefing.dedupe import group_stories
from briefing.models import Article
from briefing.text.dayparts import APART_ANY, SPAN_INDEFINITE, TIE_DENIED, told_other_passages

GOLD = Path(__file__).resolve().parents[1] / "bench" / "gold"


def _day2(name: str) -> list[Article]:
    """A follow-up set's day 2: every story's follow-up and its look-alike, each dated as written."""
    rows = [json.loads(line) for line in (GOLD / name).read_text().splitlines() if line.strip()]
    return [Article(id=f"{r['group']}-{r['role']}", title=r["title"], text=r["text"], outlet=r["outlet"],
                    published=dt.date.fromisoformat(r["published"]), origin="jsonl")
            for r in rows if r["role"] in ("followup", "lookalike")]


def _mixed(stories: list) -> set[str]:
    """The stories holding both a follow-up and a look-alike, by their group."""
    return {s.articles[0].id.rsplit("-", 1)[0] for s in stories
            if {a.id.rsplit("-", 1)[1] for a in s.articles} == {"followup", "lookalike"}}


@pytest.mark.parametrize(("name", "group"), [("followups14.jsonl", "h14-09"), ("followups15.jsonl", "h15-14"),
                                             ("followups18.jsonl", "h18-03"), ("followups19.jsonl", "h19-09")])
def test_a_lookalike_that_sets_the_followups_incident_apart_is_another_event(name: str, group: str) -> None:
    day = _day2(name)
    assert group in _mixed(group_stories(day, told_wide=1))  # round 44's casualty passages alone: one event
    assert group not in _mixed(group_stories(day))


def test_the_passages_of_another_incident_of_any_kind() -> None:
    text = ("A private hospital in north Leeds has cancelled operations after a ransomware attack, in an incident "
            "unrelated to the one at St Wilfrid's Hospital earlier this week. Police said there was nothing to suggest "
            "a link to the attack on St Wilfrid's. Crews were called days after a separate blaze at a waste plant.")
    found = [text[a:b] for a, b in told_other_passages(text, APART_ANY | TIE_DENIED)]
    assert found == ["unrelated to the one at St Wilfrid's Hospital earlier this week",
                     "separate blaze at a waste plant.",
                     "nothing to suggest a link to the attack on St Wilfrid's"]
    assert [text[a:b] for a, b in told_other_passages(text, SPAN_INDEFINITE)] == [" a separate blaze at a waste plant."]
    assert told_other_passages("The council said it would not pay the ransom.", APART_ANY | TIE_DENIED) == []
