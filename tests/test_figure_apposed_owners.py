"""A distance set off by a comma is the noun phrase's before it, and a which-clause's object is the noun phrase's
it hangs on (round 45, ownP).

Invented articles: 'the Kerrow depot, about 12 km north of Ashby' is the depot's distance, not a bare 'distance
from Ashby' another distance of the story could carry; 'the dairy sector, which has lost 9,000 jobs' are the
sector's jobs. What must not own: a day, a verb, a number before the comma; a passive's doer; a place after a
preposition the which-clause may not hang on; another event named with its year.
"""

from __future__ import annotations

from helpers import figure_labels


def test_the_noun_before_the_comma_owns_the_distance() -> None:
    labels = figure_labels("A freight train derailed on Monday near the Kerrow depot, about 12 km north of Ashby, "
                           "and spilled diesel, officials said. Crews set up a cordon 2 km from Ashby.")
    assert "Kerrow depot distance from Ashby" in labels, labels
    assert not any(label == "distance from Ashby" and "12" in label for label in labels), labels


def test_a_town_and_its_state_own_the_distance_together() -> None:
    labels = figure_labels("The storm came ashore on Monday near Harlan Bay, Texas, about 40 miles east of "
                           "Galveston, the weather service said.")
    assert "Harlan Bay, Texas distance from Galveston" in labels, labels


def test_a_place_after_of_owns_its_distance() -> None:
    labels = figure_labels("A farmer was killed on Monday when ash collapsed a shed in the hamlet of Los Morros, "
                           "some 9 km east of the crater, officials said.")
    assert "Los Morros distance from the crater" in labels, labels


def test_a_day_or_a_verb_before_the_comma_owns_no_distance() -> None:
    labels = figure_labels("The blaze started on Sunday, about 11 km west of Tarnby, fire officials said.")
    assert not any(label.startswith(("Sunday", "started")) for label in labels), labels


def test_a_which_clause_object_is_the_noun_phrases() -> None:
    labels = figure_labels("Farm leaders met the minister on Monday. The union said the dairy sector, which has "
                           "lost about 9,000 jobs since 2020, could not take another cut.")
    assert any(label.startswith("dairy sector") and "jobs" in label for label in labels), labels


def test_a_comparative_says_which_of_two_unions() -> None:
    labels = figure_labels("Teachers struck on Monday. The main union called the strike, while a second, smaller "
                           "nurses' union, which represents about 40,000 members, will ballot next week.")
    assert any(label.startswith("smaller nurses' union") and "members" in label for label in labels), labels


def test_a_passive_or_a_place_before_which_owns_nothing() -> None:
    labels = figure_labels("The probe flew past Tethys. Its plume, which is fed by more than 80 vents, differs "
                           "from the plant in Western Cape, which produced 62,400 tonnes of copper.")
    assert not any(label.startswith(("plume", "Western Cape")) for label in labels), labels


def test_another_events_which_clause_keeps_its_own_naming() -> None:
    labels = figure_labels("The fire grew on Monday. It is the largest since the 2019 Ridge Creek fire, which "
                           "burned 48,500 hectares over six weeks.")
    assert not any(label.startswith("Ridge Creek fire") and "in the 2019" in label for label in labels), labels


def test_a_unit_or_a_lists_last_member_owns_no_distance() -> None:
    labels = figure_labels("By Tuesday the storm had winds of 60 mph, about 40 miles northwest of Dunmore. "
                           "Patients were moved to hospitals in Kelby and Arnholt, roughly 30 miles away.")
    assert not any(label.startswith(("mph", "Arnholt")) for label in labels), labels
