"""A proper noun the sentence holds in another role does not own the number (round 43, subjN).

Invented articles: a name inside a ', which ... ,' aside before the verb, a name joined by 'and' to a
preposition's object or after 'near'/'off', a name that only shares a noun with a describing word, another party
brought in by 'as did', and a name cut from its hyphened first word.
"""

from __future__ import annotations

from helpers import figure_labels


def test_a_name_inside_a_which_aside_is_not_the_subject_the_name_before_it_is() -> None:
    labels = figure_labels("Volcanoes erupted across Veloria on Sunday. Veloria, which straddles the Pacific "
                           "\"Ring of Fire\", has 97 active volcanoes, more than any other country.")
    assert not any(label.startswith("Ring of Fire") for label in labels), labels
    assert any(label.startswith("Veloria") and "volcanoes" in label for label in labels), labels


def test_a_common_noun_before_the_aside_leaves_the_count_without_a_name() -> None:
    labels = figure_labels("Freight was halted on Monday. Operators said the main line, which carries trains "
                           "between Halbury and Wexmoor Junction, would be closed for at least three days.")
    assert not any(label.startswith(("Wexmoor", "Halbury")) for label in labels), labels


def test_the_second_place_of_between_owns_nothing() -> None:
    labels = figure_labels("Harbour Street between Fourth and Sixth avenues was closed for more than seven hours.")
    assert not any(label.startswith("Sixth") for label in labels), labels


def test_and_joining_two_clauses_keeps_the_second_subject() -> None:
    labels = figure_labels("Tomas Verlaine scored for the Harriers and Pavel Orsk stopped 31 shots.")
    assert any(label.startswith("Pavel Orsk") and "shots" in label for label in labels), labels


def test_a_place_after_off_is_not_the_subject() -> None:
    labels = figure_labels("Two men were arrested at a motel off Route 19 with a bag holding about $40,000 in "
                           "watches, police said.")
    assert not any(label.startswith("Route 19") for label in labels), labels


def test_a_name_sharing_a_noun_with_a_describing_word_only_describes_it() -> None:
    labels = figure_labels("Orlin Telecom said repairs would take a week. Internet and telephone traffic between "
                           "Corvia and Estland was hampered on Friday after four undersea data lines were cut.")
    assert not any(label.startswith(("Internet", "Estland")) for label in labels), labels


def test_as_did_brings_in_another_party_whose_counts_are_not_the_first_names() -> None:
    labels = figure_labels("The opposition Greens, who have 41 seats, voted against, as did three small regional "
                           "parties with seven deputies between them.")
    assert not any(label.startswith("Greens") and "deputies" in label for label in labels), labels
    assert any(label.startswith("Greens") and "seats" in label for label in labels), labels


def test_a_name_glued_to_a_capitalised_word_by_a_hyphen_is_shown_whole() -> None:
    labels = figure_labels("Rail traffic stopped. Trans-Varden Rail halted 30 trains on Monday.")
    assert any(label.startswith("Trans-Varden Rail") for label in labels), labels
