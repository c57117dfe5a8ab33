"""Round 35: a date's label that is no clause (its verb's object lost, its subject an adverb, an infinitive read as
a past event) is not shown; invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers import figures_of

PUBLISHED = dt.date(2026, 3, 10)


def _dates(text: str) -> list[str]:
    return [f.label for f in figures_of(text, published=PUBLISHED) if f.label.startswith("date")]


def test_a_pronoun_object_is_not_named():
    labels = _dates("The museum opened its new wing on Saturday. Curators said more than 8,000 visitors had seen it "
                    "by Monday evening.")
    assert "date visitors seen" not in labels
    assert not any(label.endswith(("seen", "seen it")) for label in labels)


def test_an_object_cut_at_a_closed_class_word_is_hidden():
    labels = _dates("The boil-water notice was lifted at 10:30 a.m. on Thursday after laboratory tests showed no "
                    "elevated levels of bacteria, the water board said.")
    assert not any(label.endswith(" no") for label in labels)


def test_an_adverb_is_no_subject():
    labels = _dates("As of Tuesday morning, 12,400 homes of Northfield Energy remained without heat, down from the "
                    "peak reached around 6 p.m. Monday, when a third of the network was off.")
    assert not any(label.startswith("date down") for label in labels)


def test_an_infinitive_is_no_past_event():
    labels = _dates("The two regional councils are due to meet on Monday to set the terms of the merger.")
    assert "date set terms" not in labels
    assert not any(label.startswith("date set") for label in labels)


def test_a_count_past_the_date_is_an_object_the_label_lacks():
    labels = _dates("By Sunday night, the museum had recorded 12,400 visitors on Saturday and 9,800 on Sunday.")
    assert "date museum recorded" not in labels
    assert "date museum recorded 12,400 visitors" in labels  # Saturday's, read for the date after the count
