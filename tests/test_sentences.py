"""The shared sentence and clause cuts (text/sentences.py) cut as their readers always did (review round splitS)."""

from __future__ import annotations

import datetime as dt

from briefing.dedupe.boilerplate import sentences as boilerplate_sentences
from briefing.figures.passages import split_sentences
from briefing.text.dayparts import told_apart_passages, told_back
from briefing.text.sentences import CLAUSE_STOPS, MARK_STOPS, SENTENCE_BREAK, clause_end, clause_start
from briefing.writeup.told_back import told_days

_REPORT = "Lt. Dana Ruiz said 3.5 tons fell at 9 p.m. Tuesday.  Nobody was hurt!\n\nThe road reopened"


def test_a_report_is_cut_after_each_stop_and_space_and_at_line_breaks() -> None:
    assert SENTENCE_BREAK.split(_REPORT) == [
        "Lt.", "Dana Ruiz said 3.5 tons fell at 9 p.m.", "Tuesday.", "Nobody was hurt!", "The road reopened"]


def test_the_figures_and_the_deduplicator_keep_their_own_cuts() -> None:
    # The figures keep "Lt." and "p.m." whole; the deduplicator cuts even inside "3.5": neither reads the shared cut.
    assert split_sentences(_REPORT.replace("\n\n", " ")) == [
        "Lt. Dana Ruiz said 3.5 tons fell at 9 p.m. Tuesday.", "Nobody was hurt!", "The road reopened"]
    assert boilerplate_sentences(_REPORT)[:3] == ["Lt.", "Dana Ruiz said 3.", "5 tons fell at 9 p."]


def test_a_clause_runs_between_stops_and_only_a_stop_before_a_space_ends_it() -> None:
    text = "It rained; at 3.5 miles out a car hit a tree. Then"
    at = text.index("car")
    assert text[clause_start(text, at):clause_end(text, at)] == " at 3.5 miles out a car hit a tree"
    assert text[clause_start(text, at, MARK_STOPS):clause_end(text, at, MARK_STOPS)] == "5 miles out a car hit a tree"
    assert clause_start("no stop here", 5, CLAUSE_STOPS) == 0
    assert clause_end("no stop here", 5) == len("no stop here")


def test_a_casualty_told_back_runs_to_its_sentence_end_past_a_decimal() -> None:
    lead = "A man was shot Monday, hours after a teen was stabbed 2.5 miles away. Police said"
    ((start, end),) = told_back(lead)
    assert lead[start:end] == " a teen was stabbed 2.5 miles away"
    text = "A man was hurt. Hours later, a woman was shot near 5.5 Street; police came"
    ((start, end),) = told_apart_passages(text)
    assert text[start:end] == "Hours later, a woman was shot near 5.5 Street"


def test_a_day_told_in_a_later_sentence_of_a_report_is_read() -> None:
    reports = [("Crash", "Lt. Ruiz spoke.\nThe crash happened on May 29.", dt.date(2026, 6, 3))]
    assert told_days(reports) == frozenset({dt.date(2026, 5, 29).toordinal()})
