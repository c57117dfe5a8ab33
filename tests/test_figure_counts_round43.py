"""Round 43: a count's measure keeps the words that say which ones, and where its verb took them.

A pre-modifier that makes the count a part of its kind ("unfilled", "additional", "extra", "other", "new") stays
in the label, or it reads as a total; an active verb keeps where it moved its object ("pulled ... from the water"),
a verb of result its state ("held ... hostage"), a particle its phrase ("remained out of their homes"); a gerund
after a noun says whose doing it is ("a ferry carrying 300 passengers"); "left" before an object is a verb, not
"remaining". Invented sentences; each shows the label a reader sees.
"""

from __future__ import annotations

from tests.helpers import read_values


def test_a_part_making_adjective_is_kept_past_the_last_two_words() -> None:
    labels = read_values("The county hospital has 212 unfilled surgical nursing posts, a vacancy rate of 9 per cent.")
    assert labels.get("number of unfilled surgical nursing posts") == "212 posts"


def test_additional_and_extra_say_the_count_is_not_a_total() -> None:
    labels = read_values("The plan funds nine extra evening clinic sessions a week and three additional senior "
                         "paediatric cardiologists.")
    assert labels.get("extra evening clinic sessions per week") == "9 sessions"
    assert labels.get("number of additional senior paediatric cardiologists") == "3 cardiologists"


def test_a_capitalised_new_is_part_of_a_name_not_a_new_count() -> None:
    labels = read_values("The museum holds works by five New Mexico landscape painters.")
    assert "number of New Mexico landscape painters" not in labels


def test_an_active_verb_keeps_where_it_moved_its_object() -> None:
    labels = read_values("Coast guard crews pulled 58 sailors from the sea on Sunday.")
    assert labels.get("sailors pulled from the sea") == "58 sailors"


def test_a_span_between_two_places_is_no_destination() -> None:
    labels = read_values("The treasurer approved 73 transfers from the pension fund to three private accounts.")
    assert not any(label.endswith("from the pension fund") for label in labels)


def test_held_keeps_the_state_it_held_them_in() -> None:
    labels = read_values("Gunmen held 14 passengers hostage inside a stalled train for six hours.")
    assert labels.get("passengers held hostage") == "14 passengers"


def test_a_particle_keeps_its_of_phrase() -> None:
    labels = read_values("About 3,400 residents remained out of their homes on Friday after the levee failed.")
    assert labels.get("residents remained out of their homes") == "about 3,400 residents"


def test_a_gerund_after_a_noun_says_whose_doing_it_is() -> None:
    labels = read_values("A coach carrying 41 pilgrims overturned on a mountain road.")
    assert labels.get("pilgrims carried by the coach") == "41 pilgrims"


def test_left_before_an_object_is_a_verb_so_the_whole_is_the_total() -> None:
    labels = read_values("Nineteen of the convoy's 64 trucks left the highway during the storm.")
    assert labels.get("total trucks") == "64 trucks"
    assert "trucks left" not in labels


def test_a_future_verbs_object_is_to_be_done() -> None:
    labels = read_values("The chain said it would close 23 branches next spring.")
    assert labels.get("branches to be closed") == "23 branches"


def test_an_expected_verbs_object_is_to_be_done() -> None:
    labels = read_values("The walkout is expected to halt as many as 900 trains on Monday.")
    assert labels.get("trains to be halted") == "as many as 900 trains"


def test_a_verb_of_ability_is_a_capacity_not_a_plan() -> None:
    labels = read_values("The new terminal can handle 4,000 containers a day.")
    assert not any("to be handled" in label for label in labels)


def test_a_future_of_having_says_nothing_is_done() -> None:
    labels = read_values("The new board will include nine directors from the two banks.")
    assert not any("to be included" in label for label in labels)
