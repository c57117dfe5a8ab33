"""A number of an earlier event the article tells as background says whose event it was (round 43): blind readers
took "people killed in 2010" or a bare "flights cancelled" for the story's own when the clause's subject named
another volcano, airline or sector."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import read_values

_DAY = dt.date(2026, 11, 20)


def _labels(*sentences: str) -> dict[str, str]:
    opening = "Mount Kelud erupted on Thursday, forcing thousands of villagers in East Java to flee their homes."
    return read_values(" ".join((opening, *sentences)), published=_DAY)


@pytest.mark.parametrize(("sentence", "label", "value"), [
    ("An eruption of Mount Agung on Bali killed more than 1,100 people in 1963, the island's worst disaster.",
     "people killed by an eruption of Mount Agung on Bali in 1963", "more than 1,100 people"),
    ("Airline staff at Lufthansa walked out in February 2024, cancelling about 1,000 flights.",
     "flights cancelled when airline staff at Lufthansa walked out in February 2024", "about 1,000 flights"),
    ("Mining companies cut more than 40,000 jobs in 2015 as coal prices collapsed.",
     "jobs cut by mining companies in 2015", "more than 40,000 jobs"),
    ("In March 2019, at least 60 people died when the MV Bintang Laut sank off Sulawesi.",
     "people killed when the MV Bintang Laut sank in March 2019", "at least 60 people"),
    ("Nationally, the collapse of the Teton Dam in Idaho, United States, in 1976 killed 11 people.",
     "people killed nationally by the collapse of the Teton Dam in Idaho in 1976", "11 people"),
])
def test_another_event_s_number_says_whose_event(sentence: str, label: str, value: str) -> None:
    assert _labels(sentence).get(label) == value, _labels(sentence)


def test_the_story_s_own_toll_keeps_its_plain_label() -> None:
    labels = _labels("At least 14 people were killed and 2,000 homes were damaged, officials said.")
    assert labels.get("people killed") == "at least 14 people", labels


def test_a_year_said_of_another_object_dates_nothing() -> None:
    labels = _labels("The next year, the rebels released three hostages and another in January 2017.")
    assert not any("2017" in label for label, value in labels.items() if value == "3 hostages"), labels


def test_a_pronoun_or_a_saying_verb_names_no_event() -> None:
    labels = _labels("In 2014 they evacuated 9,000 residents from the slopes.",
                     "Governor Joko Santoso said in 2019 that 300 homes had been lost.")
    assert not any(" by they" in label or "said by" in label for label in labels), labels


def test_a_founding_year_is_not_the_number_s() -> None:
    labels = _labels("The observatory, founded in 1985 by four volcanologists, now employs 45 people.")
    assert not any(" by " in label or "1985" in label and "45" in value for label, value in labels.items()), labels
