"""A 'he'/'she' sentence after one that opens on a phrase, a connective and a name is that name's (round 48, ownR).

Invented articles: "In the second half, though, Marlow got going. He blocked 7 shots." gives the blocks to Marlow;
without the connective the same holds, and a sentence opening on two names gives them to no one.
"""

from __future__ import annotations

from helpers import figure_labels

_LEAD = "Kestrel State beat Dunmore 71-64 on Saturday behind Tobias Marlow and Ray Ebbs. "


def test_a_connective_after_the_opening_phrase_keeps_the_name_the_subject() -> None:
    labels = figure_labels(_LEAD + "In the second half, though, Marlow got going. He blocked seven shots and "
                           "grabbed nine rebounds.")
    assert any(label.startswith(("Marlow", "Tobias Marlow")) and "shots" in label for label in labels), labels


def test_without_the_connective_the_name_is_the_subject_as_before() -> None:
    labels = figure_labels(_LEAD + "In the second half, Marlow got going. He blocked seven shots.")
    assert any(label.startswith(("Marlow", "Tobias Marlow")) and "shots" in label for label in labels), labels


def test_two_names_after_the_connective_own_nothing() -> None:
    labels = figure_labels(_LEAD + "In the second half, though, Marlow and Ebbs got going. He blocked seven shots.")
    owned = [label for label in labels if label.startswith(("Marlow", "Tobias Marlow", "Ebbs", "Ray Ebbs"))]
    assert not any("shots" in label for label in owned), labels
