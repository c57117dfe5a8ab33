"""Round 42 (dateM): a date's label that cannot say whose event it is is not shown, and a day that dates no event
(a dateline's, a counted period's end) gets no label; invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers import figures_of

PUBLISHED = dt.date(2026, 3, 11)  # a Wednesday


def _dates(text: str) -> dict[str, str]:
    return {f.label: f.claims[0].display for f in figures_of(text, published=PUBLISHED) if f.label.startswith("date")}


def test_a_name_inside_a_phrase_did_not_act():
    labels = _dates("Inspectors from the Federal Railroad Administration and Transport Canada arrived on Monday.")
    assert not any("Transport Canada arrived" in label for label in labels)
    labels = _dates("The pipeline, which carries crude between Alberta, Montana and Wyoming, ruptured on Monday.")
    assert not any("Wyoming ruptured" in label or "Montana" in label for label in labels)


def test_a_name_that_acted_keeps_its_label():
    labels = _dates("On Monday, Harbor Freight announced a recall of its jacks.")
    assert "date Harbor Freight announced recall" in labels


def test_a_dateline_day_is_no_event_and_its_month_no_actor():
    labels = _dates("LISBON, March 11 - Portugal's central bank left its main rate unchanged at 2.5% on Tuesday.")
    assert not any(label.startswith("date March") for label in labels)
    assert "March 11, 2026" not in labels.values()
    labels = _dates("CEBU, March 11 - Diesel leaking from a ferry had fouled 12 km of beaches by Tuesday, officials said.")
    assert not any(" March " in f" {label} " for label in labels)


def test_the_last_day_of_a_counted_period_dates_no_event():
    labels = _dates("Same-store sales rose 2.1% in the 12 weeks to Saturday, 7 March, the grocer said.")
    assert not any("rose 2.1%" in label for label in labels)


def test_an_adverb_cut_from_its_object_says_nothing():
    labels = _dates("Futures traders on Tuesday priced roughly a one-in-four chance of a rate cut in April.")
    assert not any(label.endswith("roughly") for label in labels)
    labels = _dates("Police said two of the men were arrested shortly after 5 a.m. on Tuesday.")
    assert "date men arrested shortly" in labels


def test_a_projected_plan_names_the_coming_weekday():
    labels = _dates("The striker is projected to move up to around tenth when the new standings are published on "
                    "Monday, his best placing.")
    assert labels.get("date new standings published") == "March 16, 2026"


def test_a_name_after_a_clause_joining_and_acted():
    labels = _dates("Lee threw for two touchdowns and ran for another and Western Ohio rolled past Central Iowa, 31-10, "
                    "on Tuesday night.")
    assert any(label.startswith("date Western Ohio rolled") for label in labels)
