"""Round 40 (valueL): the value a reader sees says what its quote says — unit, range, fraction, hedge, noun.

Invented sentences; each shows the value the digest shows for a number, or that a time of day is no count.
"""

from __future__ import annotations

import datetime as dt

from briefing.figures import extract_figures
from briefing.models import Article
from briefing.text.numbers import find_quantities


def _values(text: str) -> dict[str, str]:
    article = Article(id="r39", title="A story", text=text, outlet="Test", published=dt.date(2026, 11, 30))
    return {figure.label: "; ".join(c.display for c in figure.claims) for figure in extract_figures([article])}


def _shown(sentence: str) -> list[str]:
    return [q.display for q in find_quantities(sentence)]


def test_an_area_keeps_its_square_unit() -> None:
    assert "more than 600 square miles" in _values("The team had surveyed more than 600 square miles of lakebed.").values()
    assert _shown("The slick covered 12 square kilometres of the bay.") == ["12 square kilometres"]


def test_a_range_that_says_its_unit_twice_keeps_its_top() -> None:
    assert _shown("Prices are expected to rise 2% to 3% next year, the bank said.") == ["2–3%"]
    assert _shown("The forecast is 0.5%-1.2% growth.") == ["0.5–1.2%"]
    assert _shown("Rates fell from 5% to 3% this year.") == ["5%", "3%"]  # a change, not a range


def test_a_fraction_after_the_number_is_part_of_it() -> None:
    assert _shown("Wheat rose to $5.22-1/4 a bushel in Chicago.") == ["$5.2225"]
    assert _shown("The hearing lasted 2 ½ hours.") == ["2.5 hours"]
    assert _shown("It ended a 1-1/2 year trade war.") == []  # an attributive span, a background duration


def test_a_hedged_multiple_keeps_its_hedge() -> None:
    assert _shown("Revenue more than tripled to $40 million last year.") == ["more than 3x", "$40 million"]
    assert _shown("Cases nearly doubled in a week.") == ["nearly 2x"]


def test_a_time_of_day_with_a_point_is_not_a_count() -> None:
    values = _values("The girl was rushed to hospital early on Sunday but died around 9.30 am, doctors said.")
    assert not any(v.endswith(("people", "person")) for v in values.values())


def test_an_animal_toll_counts_animals_not_people() -> None:
    assert _values("Seven birds were killed when the oil reached the colony.")["birds killed"] == "7 birds"
    assert _values("Seven protesters were killed when police opened fire.")["protesters killed"] == "7 people"


def test_a_hedge_before_a_hundred_is_kept() -> None:
    assert _shown("Hillis rushed for more than a hundred yards.") == ["more than 100 yards"]
    assert _shown("There is about a 50% chance of rain.") == ["50%"]  # the article is the phrase's, not a hedge's
    assert _shown("Talks over a £14.5m rescue package broke down.") == ["£14.5 million"]


def test_over_after_a_particle_verb_is_no_hedge() -> None:
    assert _shown("The prize had rolled over seven times since February.") == ["7 times"]
    assert _shown("The crowd was over 300 people.") == ["over 300 people"]


def test_a_spread_from_one_amount_to_another_is_a_range() -> None:
    assert _values("Entry fees ranged from $145 to $189.50, organizers said.")["entry fees ranged"] == "$145–$189.50"
    assert _shown("Prices rose from $145 to $189.50 this year.") == ["$145", "$189.50"]  # a change: two values


def test_nautical_miles_keep_their_unit() -> None:
    assert _shown("It overturned roughly 4 nautical miles from the port.") == ["roughly 4 nautical miles"]
