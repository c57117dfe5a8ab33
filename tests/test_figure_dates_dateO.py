"""Round 43 (dateO): a date's label names the event the date belongs to, with the actor the sentence gives it, or
is not shown; invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers import figures_of

from briefing.text.dates import find_dates

PUBLISHED = dt.date(2026, 3, 11)  # a Wednesday


def _dates(text: str) -> dict[str, str]:
    return {f.label: f.claims[0].display for f in figures_of(text, published=PUBLISHED)
            if f.label.startswith(("date", "first day", "last day"))}


def test_a_participle_phrase_is_not_the_actor():
    labels = _dates("A tanker truck carrying diesel, petrol and kerosene overturned on the motorway on Monday.")
    assert "date tanker truck overturned on motorway" in labels
    labels = _dates("Two bronze statues valued at between $3 million and $5 million were taken from a park on Sunday.")
    assert "date two bronze statues taken from park" in labels
    labels = _dates("Home games involving the three clubs have been suspended through March 20.")
    assert "date through which home games have been suspended" in labels


def test_a_noun_right_before_the_verb_keeps_its_label():
    labels = _dates("The regional warning service raised the alert on Monday.")
    assert "date service raised alert" in labels


def test_an_owners_thing_is_the_whole_object():
    labels = _dates("Lawmakers approved the coalition government's spending plan on Monday.")
    assert "date lawmakers approved coalition government's spending plan" in labels


def test_a_day_moved_from_and_to_is_no_period():
    labels = _dates("The league agreed to move the final from May 3 to May 17.")
    assert not any(label.startswith(("first day", "last day")) for label in labels)
    labels = _dates("Both roads will be closed from March 16 to March 20.")
    assert any(label.startswith("first day") for label in labels)


def test_a_verb_that_lost_its_complement_is_not_shown():
    labels = _dates("The visitors came from two goals down to win at the stadium on Saturday.")
    assert not any("visitors came" in label for label in labels)
    labels = _dates("About 300 families remained out of their homes on Monday.")
    assert not any("remained" in label for label in labels)
    assert "date power line went down" in _dates("The power line went down on Monday.")


def test_a_state_in_progress_is_no_event():
    labels = _dates("The suspect was being held on Monday at the county jail.")
    assert not any("held" in label for label in labels)


def test_a_relative_aside_does_not_take_the_main_clauses_date():
    labels = _dates("Crews were expected to tow the barge, which remained stuck under the bridge, on Friday.")
    assert not any("remained" in label for label in labels)
    days = find_dates("Crews were expected to tow the barge, which remained stuck under the bridge, on Friday.",
                      PUBLISHED, None)
    assert [q.display for q in days] == ["March 13, 2026"]  # the coming Friday: the plan's, across the aside
