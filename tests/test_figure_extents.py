"""A length that says where a thing is or how high it rises is a distance or a height, not the thing's length
(round 31: 'farm track length' for 'a farm track about six miles away')."""

from __future__ import annotations

import pytest
from helpers import read_figure_labels


# Each case: an invented sentence and every label its figures get; the id names the rule.
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The stolen lorry was found on a gravel lane about eight miles away on Monday.",
                 ["gravel lane distance away"],
                 id="away_after_a_length_is_the_distance_of_the_noun_before_it"),
    pytest.param("The cabin sits about 2 km from the nearest paved road.",
                 ["cabin distance from the nearest paved road"],
                 id="from_a_place_after_a_length_is_the_distance_from_it-1"),
    pytest.param("The hikers camped beside their tents about 3 km from the summit, the rangers said.",
                 ["tents distance from the summit"],
                 id="from_a_place_after_a_length_is_the_distance_from_it-2"),
    pytest.param("The new quarry covers a 300-hectare plot about 6 miles south-east of the village of Marrow.",
                 ["plot distance from the village of Marrow"],
                 id="a_compass_direction_of_a_place_is_the_distance_from_it"),
    pytest.param("The boat sank 12 miles south-east from Harlow Point.",
                 ["distance from Harlow Point"],
                 id="a_hyphened_compass_direction_from_a_place_is_the_distance_from_it"),
    pytest.param("The trawler sank about 12 miles off Kestrel Point, Maine.",
                 ["distance from Kestrel Point"],
                 id="off_a_named_place_is_the_distance_from_it"),
    pytest.param("The two farms lie about 15 km apart.",
                 ["number of farms", "distance between farms"],
                 id="apart_is_the_distance_between_the_plural_before_it"),
    pytest.param("The 30-foot-tall brick chimney at the mill collapsed.",
                 ["brick chimney height"],
                 id="a_hyphenated_tall_before_a_noun_is_its_height"),
    pytest.param("The blast threw a plume of smoke up to 4 km into the sky.",
                 ["plume of smoke height"],
                 id="a_length_into_the_sky_is_a_height"),
    pytest.param("The climber fell 80 meters from a ledge.",
                 ["distance climber fell"],
                 id="a_verb_before_from_says_how_far_something_went_not_where_it_is"),
    pytest.param("It was a 40 km drive from Lyon to Vienne.",
                 ["Lyon distance"],
                 id="from_one_place_to_another_is_a_route_not_where_a_thing_is"),
])
def test_where_a_length_is(text: str, expected: list[str]) -> None:
    assert read_figure_labels(text) == expected  # the wording, before the hide rule
