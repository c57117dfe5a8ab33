"""Round 55: a number's noun keeps the whole list of nouns it opens.

A list of nouns ends at any preposition or relative, not only at those the clause readers stop at ("rice, lentils
and tarpaulins near Bhotang", "corn and soybeans that had emerged"); an area or volume "of" a list is of all of it,
as a mass is. The count of a list wherever it stands is a setting left off (the number may count the first item
alone). Invented sentences; each shows the label a reader sees.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest

from briefing.figures import extract_figures, objects
from briefing.models import Article


def _labels(text: str) -> dict[str, str]:
    article = Article(id="r55", title="A story", text=text, outlet="Test", published=dt.date(2026, 11, 30))
    return {claim.display: figure.label for figure in extract_figures([article]) for claim in figure.claims}


@pytest.fixture
def lists() -> Iterator[None]:
    kept = objects.LISTS
    yield
    objects.LISTS = kept


def test_a_mass_of_a_list_that_ends_at_near_is_all_of_it() -> None:
    labels = _labels("A helicopter dropped 6 tonnes of flour, beans and blankets near the camp on Friday.")
    assert labels["6 t"] == "helicopter flour, beans and blankets dropped"  # not "helicopter flour dropped"


def test_a_count_of_a_list_that_ends_at_outside_names_every_crop() -> None:
    labels = _labels("Maria Lopez, 61, who grows 120 acres of plums and cherries outside Yakima, lost most of her crop.")
    assert labels["120 acres"] == "Lopez acres of plums and cherries"


def test_a_list_ends_at_a_relative() -> None:
    labels = _labels("The storm flattened an estimated 9,000 acres of wheat and barley that had just been sown.")
    assert labels["an estimated 9,000 acres"] == "acres of wheat and barley flattened"


def test_a_volume_of_a_list_is_of_all_of_it() -> None:
    labels = _labels("Dredgers removed about 2,000 cubic metres of silt and gravel from the harbour mouth.")
    assert labels["about 2,000 m³"] == "silt and gravel removed"


def test_the_settings_off_give_the_first_item_alone(lists: None) -> None:
    objects.LISTS = replace(objects.LISTS, ends=False, measures=False)
    assert _labels("Dredgers removed about 2,000 cubic metres of silt and gravel from the harbour.")["about 2,000 m³"] \
        == "silt removed"


def test_a_counted_subject_list_is_read_whole_only_with_its_setting(lists: None) -> None:
    text = "The 300 porters and guides, employed by three trekking firms, walked off the job on Monday."
    assert _labels(text)["300 porters"] == "number of porters"  # off by default: "two cheetahs and scenes"
    objects.LISTS = replace(objects.LISTS, counts=True)
    assert _labels(text)["300 porters"] == "number of porters and guides"


def test_a_later_item_with_its_own_verb_is_no_part_of_the_list(lists: None) -> None:
    objects.LISTS = replace(objects.LISTS, counts=True)
    labels = _labels("The studio has five full-time staff and plans to hire up to 10 more by the end of the year.")
    assert labels["5 staff"] == "number of full-time staff"  # not "full-time staff and plans"
