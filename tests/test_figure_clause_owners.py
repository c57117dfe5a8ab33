"""A number whose owner the sentence names without a name the figures path finds gets that owner (round 44, ownO).

Invented articles: the common noun phrase a rise or fall belongs to, a length or a sum inside a who-clause after
a person's age, and what must not own: a passive's doer, the clause's own object, the place a person is from.
"""

from __future__ import annotations

from helpers import figure_labels


def test_a_common_noun_subject_owns_what_it_rose_by() -> None:
    labels = figure_labels("Markets slid across Europe on Friday. Wholesale diesel futures rose 6.2 cents, or 2.4%, "
                           "to $2.61 a gallon, while the Varnholt index fell 311 points.")
    assert any(label.startswith("wholesale diesel futures") and "cents" in label for label in labels), labels
    assert not any(label == "cents rose" for label in labels), labels


def test_a_pronoun_or_whose_never_becomes_the_owner() -> None:
    labels = figure_labels("Flooding hit Tarrow on Monday. Families whose own house walls fell lost 2 rooms each, "
                           "and its share of the vote fell 4.1 percentage points.")
    assert not any(label.startswith(("whose", "its", "share of the vote")) for label in labels), labels


def test_a_who_clause_after_an_age_is_the_names_own() -> None:
    labels = figure_labels("Harlow beat Denmoor 24-10 on Saturday. In the 61st minute Teodor Brandvik, 22, who ran "
                           "40 metres to score, sealed it.")
    assert any(label.startswith("Teodor Brandvik") and "distance" in label for label in labels), labels


def test_a_who_clause_after_an_age_owns_a_count_too() -> None:
    labels = figure_labels("Wildfires forced 900 people from Pell Creek on Sunday. Among them was Walter Anand, 70, "
                           "who left his Pell Creek home with his wife, three cats and a box of letters.")
    assert any(label.startswith("Walter Anand") and "cats" in label for label in labels), labels


def test_a_passive_doer_in_the_who_clause_is_not_the_names() -> None:
    labels = figure_labels("Protesters gathered in Lowfield on Sunday after a vigil for Darrel Okafor, 17, who was "
                           "stopped by three transit officers on Friday.")
    assert not any(label.startswith("Darrel Okafor") and "officers" in label for label in labels), labels


def test_the_place_a_person_is_from_does_not_own_what_they_paid() -> None:
    labels = figure_labels("The travel firm collapsed on Friday. Among those caught up is Dana Reyes, 44, a nurse "
                           "from Hallport, who paid £1,980 for a week-long holiday for her family.")
    assert not any(label.startswith("Hallport") for label in labels), labels
