"""Round 45 (dateP): a date resolves to the day its own clause means, or is not shown; invented sentences."""

from __future__ import annotations

import datetime as dt

from helpers import figures_of

PUBLISHED = dt.date(2026, 3, 11)  # a Wednesday


def _dates(text: str) -> dict[str, str]:
    return {f.label: f.claims[0].display for f in figures_of(text, published=PUBLISHED)
            if f.label.startswith(("date", "first day", "last day"))}


def test_a_hope_looks_ahead_like_a_plan():
    labels = _dates("Engineers hoped to reopen the bridge by Saturday evening.")
    assert labels == {"date by which engineers hoped to reopen bridge": "March 14, 2026"}


def test_until_at_least_a_weekday_is_still_to_come():
    labels = _dates("Schools were closed in six districts until at least Friday.")
    assert labels == {"date until which schools were closed": "March 13, 2026"}
    # told plainly in the past with no "at least", the bound is the Friday gone by (as before)
    labels = _dates("Schools were closed in six districts until Friday.")
    assert labels == {"date until which schools were closed": "March 6, 2026"}


def test_a_clause_opened_after_the_date_is_not_its_event():
    # the day is the system's paper day; when the attack came the sentence does not say
    labels = _dates("The clinic was working on paper on Tuesday after a cyberattack knocked out its records system.")
    assert not any("knocked" in label for label in labels)
    labels = _dates("Divers planned to reach the wreck on Thursday if the weather allowed.")
    assert not any("allowed" in label for label in labels)
    # "after" says another time only after a state going on; a plain clause's day may be the later event's too
    labels = _dates("That was the mood of the board on March 4 after the merger was approved by shareholders.")
    assert labels == {"date merger approved": "March 4, 2026"}
    labels = _dates("Police captured the driver on Monday after he fled a checkpoint.")
    assert labels == {"date police captured driver": "March 9, 2026"}


def test_a_day_inside_an_until_clause_is_not_the_main_verbs():
    labels = _dates("Moreno joined the club in 2004 and stayed for six seasons until the Giants signed him on June 27, 2010.")
    assert not any(label.startswith(("date Moreno joined", "date Moreno stayed")) for label in labels)
    labels = _dates("The suspect was captured after a chase on Monday.")
    assert "date suspect captured after chase" in labels


def test_a_first_verb_with_its_own_time_does_not_take_the_second_ones_day():
    labels = _dates("The blaze more than doubled in size over 48 hours and crossed Mill Road late Monday.")
    assert labels == {"date blaze crossed Mill Road": "March 9, 2026"}
    labels = _dates("A gunman shot one person and injured two others on Monday.")
    assert labels == {"date gunman shot one person": "March 9, 2026"}


def test_a_days_possessive_dates_the_noun_after_it():
    labels = _dates("Four nurses have claimed the jackpot from Tuesday night's draw.")
    assert labels == {"date of the draw": "March 10, 2026"}
