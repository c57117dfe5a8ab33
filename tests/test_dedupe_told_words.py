"""A report that tells another incident's casualty ("Hours later, a 17-year-old boy was shot at a gas station ...",
"the unrelated deadly shooting earlier Tuesday at an Oakland City apartment complex ...") shares that incident's
words; counted at less weight in its vector for grouping, the two incidents' reports stay apart (Settings.told_words,
told_wide; dedupe/told_apart.py; docs/dedupe.md grouping round 44)."""

from __future__ import annotations

import datetime as dt
import json
from itertools import combinations
from pathlib import Path

import pytest

from briefing.collect.textclean import clean_article
from briefing.dedupe.group import event_labels
from briefing.dedupe.told_apart import features_told
from briefing.models import Article
from briefing.text import dayparts
from briefing.text.dayparts import told_apart_passages, told_back, told_out

GOLD = Path(__file__).resolve().parents[1] / "bench" / "gold" / "lookalikes_n.jsonl"


def _day(published: str) -> tuple[list[Article], list[str]]:
    """One day's reports of look-alike set N as a build reads them, and each one's incident."""
    rows = [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]
    rows = [r for r in rows if r["published"] == published]
    pages = [Article(id=r["id"], title=r["title"], text=clean_article(r["text"]).body or r["text"], outlet=r["outlet"],
                     published=dt.date.fromisoformat(published), origin="jsonl") for r in rows]
    return pages, [r["cluster"] for r in rows]


def test_a_sentence_of_someone_new_hurt_hours_later_is_another_incidents() -> None:
    text = ("The shooting was one of two on Campbellton Road on Tuesday. Hours later, a 17-year-old boy was shot at a "
            "gas station near Greenbriar. Police see no link.")
    assert [text[a:b] for a, b in told_apart_passages(text)] == [
        "Hours later, a 17-year-old boy was shot at a gas station near Greenbriar"]


def test_the_victim_dying_hours_later_stays_the_reports_own() -> None:
    text = "A man was shot on Main Street on Monday. Hours later, he died at the hospital."
    assert told_apart_passages(text) == []


def test_an_unrelated_shooting_is_left_out_of_the_vector() -> None:
    text = ("Police arrested a man in the gas station shooting. No arrest has been made in the unrelated deadly "
            "shooting earlier Tuesday at an Oakland City apartment complex.")
    kept, _ = features_told("Arrest made in gas station shooting", text, 0.0, wide=True)
    assert "oakland" not in kept.counts and "arrest" in kept.counts
    halved, _ = features_told("Arrest made in gas station shooting", text, 0.5, wide=True)
    assert 0 < halved.counts["oakland"] < 1


def test_the_arrest_report_and_the_named_victim_stay_two_stories() -> None:
    pages, gold = _day("2026-06-10")
    arrest = next(i for i, p in enumerate(pages) if p.id == "n-02-3")
    named = next(i for i, p in enumerate(pages) if p.id == "n-01-3")
    merged = event_labels(pages, told_words=1.0)
    assert merged[arrest] == merged[named]  # as before round 44: each tells the other back
    apart = event_labels(pages, told_words=0.5, told_wide=1)
    assert apart[arrest] != apart[named]
    for i, j in combinations(range(len(pages)), 2):  # no incident cut by it
        if gold[i] == gold[j]:
            assert (apart[i] == apart[j]) == (merged[i] == merged[j])


def test_a_headline_in_capitals_tells_its_casualty_back_too() -> None:
    title = "Teen Shot At Gas Station Hours After Deadly Apartment Shooting"
    assert [title[a:b] for a, b in told_apart_passages(title)] == [" Deadly Apartment Shooting"]


def test_nested_told_passages_are_blanked_once_and_the_text_keeps_its_length() -> None:
    # "Hours later, ..." (the wide reading) holds a told_back "hours after ..." ending where it ends: the two spans
    # nest, and the words of both go while the report's own sentences stay at the same offsets.
    text = "A man was hurt on Elm Road. Hours later, a woman was shot hours after a teen was stabbed; police came"
    assert len(told_apart_passages(text)) == 2 and told_back(text)
    out = told_out(text, wide=True)
    assert len(out) == len(text)
    assert out.startswith("A man was hurt on Elm Road. ") and out.endswith("; police came")
    assert "woman" not in out and "teen" not in out and "Hours" not in out
    assert "woman" in told_out(text) and "teen" not in told_out(text)  # told_back alone keeps the opening sentence


def test_a_headline_setting_its_news_days_after_another_incidents_noun_tells_it_back(monkeypatch: pytest.MonkeyPatch) -> None:
    # lookalikes_n's n-14-2: a robbery headlined beside a stabbing of six days before (docs/dedupe.md, round 50);
    # the reading is off by default (no score moves, one of its three passages the report's own story)
    title = "Staff threatened in armed robbery at Walton betting shop, days after street stabbing yards away"
    assert told_back(title) == []
    monkeypatch.setattr(dayparts, "NOUN_AFTER", True)
    assert [title[a:b].strip() for a, b in told_back(title)] == ["street stabbing yards away"]


def test_the_reports_own_event_named_with_an_article_or_as_a_duration_is_not_told_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dayparts, "NOUN_AFTER", True)
    assert told_back("Police were called to the flat hours after the shooting.") == []
    assert told_back("Coast Road closed for hours after fatal crash near Benton") == []
    assert told_back("Days after stabbing, police appeal for witnesses") == []  # no news before the span
