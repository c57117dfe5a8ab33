"""Labels whose words were broken or cut short (issue 11): a light verb keeps its complement, a participle is a real
word form, a word is said once, and a dateline or a city's state is never a number's subject.

Invented sentences; each shows the label a reader sees in the digest for its number.
"""

from __future__ import annotations

import datetime as dt

from briefing.figures import extract_figures
from briefing.figures.fragments import no_thing_measured, said_once
from briefing.models import Article


def _labels(text: str) -> dict[str, str]:
    article = Article(id="frag", title="A story", text=text, outlet="Test", published=dt.date(2026, 11, 30))
    return {claim.display: figure.label for figure in extract_figures([article]) for claim in figure.claims}


def test_a_light_verb_keeps_where_it_put_them_or_the_state_it_left_them_in() -> None:
    assert _labels("Of those, 143 patients were placed in intensive care.")["143 patients"] == \
        "patients placed in intensive care"
    assert _labels("More than 12,000 homes were left without power at the height of the storm.")["more than 12,000 homes"] == \
        "homes left without power"
    assert _labels("More than 90 guests were taken ill after the banquet.")["more than 90 guests"] == \
        "guests taken ill"
    assert _labels("Two engines were sent to the depot after the alarm.")["2 engines"] == "engines sent to the depot"


def test_a_light_verb_does_not_take_a_word_that_ends_no_phrase() -> None:
    # "left behind": a word a measure cannot end on; "tents left" stays
    assert _labels("Around 2,100 tents were left behind, down from 3,400.")["around 2,100 tents"] == "tents left"


def test_by_after_an_active_verb_says_the_verb_too() -> None:
    labels = _labels("Two ferries evacuated about 300 people by sea from the island overnight.")
    assert labels["about 300 people"] == "people evacuated by sea"
    assert _labels("He has 51 wins by knockout.")["51 wins"] == "wins by knockout"


def test_a_verb_that_takes_no_object_makes_no_count_of_what_follows() -> None:
    labels = _labels("Said Ann Lowe, 41, who was sitting three rows from the stage with her son.")
    assert not [label for label in labels.values() if "sitted" in label or "rows" in label]


def test_a_simple_past_that_takes_no_object_stays_as_written() -> None:
    label = _labels("Gasoline futures rose 4 cents to $2.31 a gallon.").get("4 cents", "")
    assert "risen" not in label


def test_a_word_is_said_once() -> None:
    assert said_once("house house value") == "house value"
    assert said_once("Kafue Copper copper weight") == "Kafue Copper copper weight"  # a name, then the noun
    label = _labels("The project came in 31% above the original 2019 estimate of $315 million.").get("$315 million", "")
    assert "estimated estimate" not in label


def test_a_dateline_ending_on_a_colon_is_no_subject() -> None:
    labels = _labels("NASHIK: A six-year-old boy died and more than 80 guests were taken ill after the wedding meal.")
    assert not [label for label in labels.values() if "NASHIK" in label]
    assert labels["more than 80 guests"] == "guests taken ill"


def test_an_agency_credit_and_a_citys_state_own_nothing() -> None:
    labels = _labels("DAVAO CITY, Philippines (APN) - At least six people were killed and four remain missing.")
    assert not [label for label in labels.values() if "APN" in label]
    labels = _labels("Shares of the Cambridge, Mass.-based company rose to $27.45 in morning trading.")
    assert not [label for label in labels.values() if label.startswith("Mass")]


def test_an_active_light_verb_says_where_or_how_it_left_its_object() -> None:
    labels = _labels("Within an hour the team had taken more than 4,000 laptops and 200 servers offline.")
    assert labels["more than 4,000 laptops"] == "laptops taken offline"
    assert _labels("The board has kept 12 libraries open for the holidays.")["12 libraries"] == "libraries kept open"
    labels = _labels("The strike closed 30 schools, leaving about 21,000 pupils at home on Monday.")
    assert labels["about 21,000 pupils"] == "pupils left at home"
    # a participle of its own after the object is no state: "snuffboxes made for the court"
    label = _labels("The thieves had taken six silver boxes made for the court of the duke.").get("6 boxes", "")
    assert not label.endswith("made")


def test_a_dimension_after_a_word_that_names_nothing_is_not_shown() -> None:
    assert no_thing_measured("themselves length") and no_thing_measured("burnt out length")
    assert no_thing_measured("gold last weight") and no_thing_measured("forecast below length")
    assert not no_thing_measured("microns in diameter") and not no_thing_measured("runway length")
    assert no_thing_measured("number of five drives") and no_thing_measured("number of when Cheeks")
    assert not no_thing_measured("number of other workers")
    labels = _labels("They cut through a skylight and lowered themselves roughly four metres into the vault.")
    assert not [label for label in labels.values() if "themselves" in label]


def test_a_verb_that_takes_no_object_before_a_count_makes_no_count_of_it() -> None:
    labels = _labels("Dana Wells, 58, who has lived three blocks from the plant for decades, heard the blast.")
    assert not [label for label in labels.values() if "blocks" in label]
    assert not [label for label in _labels("The Hawks took the ball and went 80 yards in 9 plays.").values()
                if label.endswith("went")]
