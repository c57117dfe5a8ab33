"""A label names the measure its sentence gives (round 40, measL): the dimension a thing's length is, every noun of a
coordinated list, the casualty verb actually used, and an estimate only of the number it governs."""

from __future__ import annotations

import pytest
from helpers import figure_labels, labelled_of


@pytest.mark.parametrize(("text", "label"), [
    ("Weather forecasters had warned of waves of up to three metres in the area on Sunday evening.", "wave height"),
    ("Weather specialists had warned of storm surges of up to 3 meters along the coastlines.", "storm surge height"),
    ("The storm pushed swells of 4 to 5 metres onto the harbour wall, officials said.", "swell height"),
    ("The agency widened the exclusion zone around the 1,784-metre peak on Monday.", "peak height"),
    ("The council approved a 3.5-metre-wide multi-use path along the river.", "multi-use path width"),
])
def test_a_length_says_the_dimension_its_thing_has(text: str, label: str) -> None:
    labels = figure_labels(text)
    assert any(x.endswith(label) for x in labels), labels  # round 52 (clauseU): "storm pushed swells, swell height"
    assert not any(x.endswith("length") for x in labels)


def test_a_dimension_noun_is_not_doubled_by_length() -> None:
    text = "The rocket placed the satellite into a transfer orbit with a perigee of roughly 170 km."
    assert [f.label for f, _ in labelled_of(text)] == ["perigee"]


def test_a_bridge_span_is_still_a_length() -> None:
    # round 52 (clauseU): "bridge has a main cable-stayed span, span length"
    assert any(x.endswith("span length") for x in figure_labels(
        "The bridge has a main cable-stayed span of 1,850 feet, the agency said."))


@pytest.mark.parametrize(("text", "label"), [
    ("Officials said the town sent 30 doctors and nurses to the region on Monday.", "doctors and nurses sent to the region"),
    ("The union represents 2,840 teachers, counselors and nurses in the district.",
     "teachers, counselors and nurses represented"),
    ("Volunteers delivered 4.5 tonnes of food, blankets and medicine to the villages.",
     "food, blankets and medicine delivered"),
    ("Armed robbers snatched $108 million worth of diamond rings, necklaces and luxury watches from a boutique.",
     "diamond rings, necklaces and luxury watches value"),
    ("Drugmakers pulled over 1,000 lots of valsartan, losartan and irbesartan after contamination was found.",
     "lots of valsartan, losartan and irbesartan pulled"),
])
def test_a_count_of_a_coordinated_list_names_every_noun(text: str, label: str) -> None:
    assert label in figure_labels(text)


def test_a_list_after_the_counted_kind_is_not_always_of_it() -> None:
    text = "A new subscription bundles 2 terabytes of cloud storage, music streaming and device insurance."
    assert "terabytes of cloud storage" in [f.label for f, _ in labelled_of(text)]


def test_a_second_clause_after_a_comma_is_no_part_of_the_list() -> None:
    assert "engineers company hired" in figure_labels(  # round 52 (clauseU): who hired them
       "The company hired 40 engineers, and managers said the plant would reopen.")


def test_a_toll_told_as_hospitalised_says_hospitalised_and_stays_a_toll() -> None:
    [(figure, mention)] = labelled_of("Six children were hospitalised with measles, health officials said.")
    assert figure.label == "people hospitalised"
    assert mention.reading.casualty == "injured"  # still a toll: first-class, never hidden


def test_a_toll_of_the_hurt_stays_injured() -> None:
    assert "people injured" in figure_labels("Three people were injured when the bus crashed and were hospitalized.")


def test_an_estimate_at_one_number_is_not_said_of_the_next() -> None:
    labels = figure_labels("She was caught the next night by winds estimated at 60 mph and waves of up to 20 feet.")
    assert "wave height" in labels
    assert not any(x.startswith("estimated wave") for x in labels)


def test_an_estimate_that_governs_the_number_is_kept() -> None:
    assert "estimated homes damaged" in figure_labels("Officials estimate that about 3,000 homes were damaged.")


def test_a_quantifier_after_and_is_no_noun_of_the_list() -> None:
    text = "The ship was carrying 14 boxes of lithium-ion batteries and several of calcium hypochlorite."
    assert [f.label for f, _ in labelled_of(text)] == ["boxes of lithium-ion batteries carried"]
