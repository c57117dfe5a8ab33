"""Round 48 (dateQ): a verb joined after a date with a time of its own does not take the date; invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers import figures_of

PUBLISHED = dt.date(2026, 3, 11)  # a Wednesday


def _dates(text: str) -> dict[str, str]:
    return {f.label: f.claims[0].display for f in figures_of(text, published=PUBLISHED)
            if f.label.startswith(("date", "first day", "last day"))}


def test_a_joined_verb_with_a_spell_of_its_own_leaves_the_day_to_the_first():
    # the gale arrived on Sunday; "lasted about 40 hours" is a spell, not the day's event
    labels = _dates("The gale arrived on Sunday afternoon and lasted about 40 hours.")
    assert labels == {"date gale arrived": "March 8, 2026"}


def test_a_joined_verb_with_a_day_of_its_own_leaves_the_first_day_to_the_first_verb():
    labels = _dates("The blizzard began on Monday evening and continued into early Tuesday.")
    assert labels.get("date blizzard began") == "March 9, 2026", labels
    assert "date blizzard continued" not in labels


def test_a_joined_verb_with_no_time_of_its_own_still_shares_the_day():
    # the shooting happened on the same Monday: the joined verb keeps the day (as before)
    labels = _dates("A gunman walked into the bank on Monday and shot three customers.")
    assert labels == {"date gunman shot three customers": "March 9, 2026"}
    # "may" is a modal here, not the month
    labels = _dates("The council approved the plan on Monday and may vote on the budget next week.")
    assert "date council approved plan" in labels, labels
