"""An amount of a stuff that a verb takes as its object says the verb ("copper produced", "gasoil carried"), not
the bare dimension ("copper weight"): round 46 (bareQ). Blind readers marked "copper weight" and "gasoil weight"
too bare where the story had the cargo and the leak, the output and a forecast, of the same stuff."""

from __future__ import annotations

import pytest
from helpers import figure_labels, read_values


@pytest.mark.parametrize(("sentence", "label", "value"), [
    ("The Mount Greywacke operation, which produced 62,400 tonnes of copper in FY24, is the prize.",
     "Mount Greywacke copper produced in FY24", "62,400 t"),
    ("The tanker, carrying about 38,000 tonnes of gasoil, collided with a container ship.",
     "gasoil carried", "about 38,000 t"),
    ("Volunteers had collected about 37 tonnes of oily waste from beaches by Monday evening.",
     "oily waste collected", "about 37 t"),
    ("Fuel oil had fouled about 40 kilometres of coastline by Tuesday.", "coastline fouled", "about 40 km"),
])
def test_an_amount_a_verb_acts_on_says_the_verb(sentence: str, label: str, value: str) -> None:
    assert read_values(sentence).get(label) == value


def test_the_cargo_and_the_leak_of_one_stuff_are_both_shown_apart() -> None:
    labels = figure_labels("The tanker was carrying about 38,000 tonnes of gasoil when it collided with a ship. "
                           "Officials said about 180 tonnes of gasoil leaked into the strait.")
    assert "gasoil carried" in labels


@pytest.mark.parametrize(("sentence", "said"), [
    ("The stage covered 187 km on a day that included 4,250 metres of climbing.", "included"),
    ("The plants scheduled to close this year, totalling roughly 9.5 gigawatts of capacity, are mostly old.",
     "totalled"),
])
def test_a_verb_of_having_or_amounting_is_not_said(sentence: str, said: str) -> None:
    assert not any(said in label for label in read_values(sentence))


def test_a_year_after_the_stuff_is_not_part_of_its_name() -> None:
    labels = read_values("Zambia produced about 890,000 tonnes of copper last year, the mines ministry said.")
    assert labels.get("copper produced") == "about 890,000 t"
