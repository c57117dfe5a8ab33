"""A count's label says which way its verb went and keeps a joined toll joined (measO, round 44).

Invented articles in the shapes the blind judges marked wrong: "two Republicans voted against" read as "Republicans
voted", "the three councilmembers who voted no" as "councilmembers voted", "leaving about 800 dead or missing" and
"have died or gone missing" as "people killed". The last tests guard what must not change: a death toll told apart
from a missing count in the same sentence, and "no" before a noun, which is its determiner.
"""

from __future__ import annotations

from helpers import read_values


def test_votes_against_say_against() -> None:
    values = read_values("The bill passed 38-12. Eight Labour members and four Greens voted against Monday's motion; "
                         "three members abstained.")
    assert values.get("Labour members voted against") == "8 members", values
    assert values.get("Greens voted against") == "4 greens", values


def test_who_voted_no_says_no() -> None:
    values = read_values("Critics, including the four trustees who voted no, said the levy was too high.")
    assert values.get("trustees voted no") == "4 trustees", values


def test_dead_or_missing_is_no_death_toll() -> None:
    values = read_values("In 1999, a ferry sank off Samar in a storm, leaving about 350 dead or missing.")
    assert not any("killed" in label for label in values), values
    assert any(label.startswith("people dead or missing") and value == "about 350 people"
               for label, value in values.items()), values


def test_died_or_gone_missing_is_one_toll() -> None:
    values = read_values("Aid groups estimate that more than 600 people have died or gone missing in the desert "
                         "crossing this year.")
    assert not any("killed" in label for label in values), values
    assert any("dead or missing" in label for label in values), values


def test_killed_and_missing_told_apart() -> None:
    values = read_values("The floods killed 14 people and left nine missing, officials said.")
    assert values.get("people killed") == "14 people", values
    assert values.get("people missing") == "9 people", values


def test_no_before_a_noun_is_no_stance() -> None:
    values = read_values("Four workers saw no reason to stay after the plant closed.")
    assert not any(label.endswith(" no") for label in values), values
