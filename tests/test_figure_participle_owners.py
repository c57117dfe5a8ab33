"""A number in a participle clause after a comma is the sentence subject's (round 51, ownS).

Invented articles: an -ing clause or a past verb joined by ', and' has no subject of its own, so its number belongs to
the name that opens the sentence ("Ferris put on a show, scoring 31 points"), not to a place in a phrase after it
nor to no one; and what must not take that name: a name that only describes a noun ("Danish airline ..."), a
copula's noun the clause tells of, a which-clause of another noun, an of-phrase naming the object's own owner.
"""

from __future__ import annotations

from helpers import figure_labels


def test_a_participle_clause_takes_the_sentence_subject() -> None:
    labels = figure_labels("Creston beat Halby 80-71 on Saturday. Kai Ferris put on a show as usual, scoring 31 "
                           "points, and Luca Brandt added 9 rebounds.")
    assert any("Ferris" in label and "points" in label for label in labels), labels


def test_a_participle_after_an_age_aside_beats_the_place_after_the_number() -> None:
    labels = figure_labels("Halby named Ferrand its new coach on Monday. Ferrand, 51, logged a long playing career, spending "
                           "9 seasons in Lisbon.")
    assert any(label.startswith("Ferrand") and "seasons" in label for label in labels), labels
    assert not any(label.startswith("Lisbon") for label in labels), labels


def test_a_past_verb_joined_by_and_takes_the_sentence_subject() -> None:
    labels = figure_labels("Vetra won the title on Sunday. Finals MVP Tomas Kairys, 27, scored 24 points, with six "
                           "of nine from deep, and added seven assists.")
    assert any("Kairys" in label and "assists" in label for label in labels), labels


def test_a_describing_name_is_skipped_for_the_name_it_describes() -> None:
    labels = figure_labels("Strikes hit airports on Tuesday. Danish airline Nordvik cancelled 200 flights as pilots "
                           "walked out, stranding about 30,000 passengers at Aarhus and other airports.")
    assert any(label.startswith("Nordvik") and "passengers" in label for label in labels), labels
    assert not any(label.startswith(("Danish", "Aarhus")) and "passengers" in label for label in labels), labels


def test_a_copula_noun_keeps_the_number_from_the_subject() -> None:
    labels = figure_labels("Coal plants are closing across the state. Greer Fork is one of about 14 coal plants "
                           "scheduled to close, totalling roughly 9.5 gigawatts of capacity.")
    assert not any("Fork" in label for label in labels), labels


def test_a_which_clause_of_another_noun_keeps_the_number_from_the_subject() -> None:
    labels = figure_labels("Tankers sank off the coast. Marlow Tankers owned the Ostrava, which sank in 2019 and "
                           "fouled beaches, affecting more than 90,000 people.")
    assert not any("Tankers" in label and "people" in label for label in labels), labels


def test_an_of_phrase_in_the_participle_clause_names_the_objects_owner() -> None:
    labels = figure_labels("Saint-Aval elected Claire Morel on Sunday. Claire Morel won the second round, ending the "
                           "18-year tenure of centre-right mayor Paul Lemoine.")
    assert not any("Morel" in label and "tenure" in label for label in labels), labels
