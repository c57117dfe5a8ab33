"""Round 68: what a sentence says of a list of counts is said of each, and a time told in two units is one time.

"At least 27 roads and 11 bridges were impassable": the state after the list is each count's, not only the last's;
"seized NZ$386,450 in cash, two vehicles": a dollar's country ("NZ$", "A$") is no verb of the list; "were not in
employment" tells no count; "seven hours and 41 minutes" is one duration, not 7 hours. Invented sentences; each
shows the value and label a reader sees.
"""

from __future__ import annotations

from briefing.text.numbers import find_quantities
from tests.helpers import label_of_value


def test_a_state_after_a_list_of_counts_is_each_count_s() -> None:
    labels = label_of_value("At least 27 roads and 11 bridges were impassable, police said.")
    assert labels["at least 27 roads"] == "roads impassable"  # not "number of roads"
    assert labels["11 bridges"] == "bridges impassable"


def test_a_place_after_a_list_of_counts_is_each_count_s() -> None:
    labels = label_of_value("Six customers and three employees were inside, police said.")
    assert labels["6 customers"] == "customers inside"


def test_a_list_state_said_with_not_gives_no_label() -> None:
    labels = label_of_value("The survey found that 3.4 million people aged 15 to 24 were not in employment last year.")
    assert "people in employment" not in labels.values()


def test_a_dollar_s_country_does_not_end_a_list_of_seized_things() -> None:
    labels = label_of_value("Police also seized NZ$386,450 in cash, two vehicles, a jet boat and a firearm.")
    assert labels["2 vehicles"] == "vehicles seized"


def test_a_count_s_verb_after_a_place_phrase_is_its_own() -> None:
    labels = label_of_value("Two major rivers in the central plains had risen above critical levels by noon.")
    assert labels["2 rivers"].startswith("major rivers risen above critical levels")


def test_hours_and_minutes_are_one_duration() -> None:
    (spoken,) = find_quantities("The match lasted two hours and 41 minutes in the heat.")
    assert (spoken.display, round(spoken.value, 3)) == ("2 hours 41 minutes", 2.683)
    (digits,) = find_quantities("Route 39 was closed for 4 hours 40 minutes.")
    assert digits.display == "4 hours 40 minutes"


def test_one_minute_is_singular() -> None:
    (q,) = find_quantities("She lowered the course record by 1 minute, 11 seconds.")
    assert q.display == "1 minute 11 seconds"


def test_two_separate_durations_stay_two() -> None:
    found = find_quantities("The first leg took 3 hours; the second took 40 minutes.")
    assert [q.display for q in found] == ["3 hours", "40 minutes"]
