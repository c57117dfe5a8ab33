"""A number the story does not tell as a fact is labelled as what it is (round 41, modalL): the most a court may give,
an assumed or targeted number, a claim; and a day a reported future names lies ahead of the article."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import labels_of, read_values

from briefing.text.dates import find_dates


@pytest.mark.parametrize(("text", "label"), [
    ("He could face up to six years in prison if found negligent.", "maximum time in prison"),
    ("Making a false emergency report is a felony punishable by up to five years in prison.", "maximum time in prison"),
    ("Each bank fraud count carries a maximum sentence of 30 years in prison, the prosecutor said.",
     "maximum time in prison per bank fraud count"),
    ("Caruso faces seven counts, including extortion and wire fraud, each of which carries a maximum sentence of "
     "20 years in prison.", "maximum time in prison per count"),
])
def test_a_penalty_the_law_allows_is_a_maximum_not_time_served(text: str, label: str) -> None:
    values = read_values(text)
    assert label in values
    assert "time in prison" not in values


@pytest.mark.parametrize(("text", "label"), [
    ("He was sentenced to 12 years in prison on Tuesday.", "prison sentence"),
    ("Payments to members were delayed for up to three months while the fund's assets were frozen.", "time delayed"),
])
def test_a_term_served_or_a_range_that_happened_is_no_maximum(text: str, label: str) -> None:
    assert label in read_values(text)


@pytest.mark.parametrize(("text", "label"), [
    ("Its net return for the 12 months was minus 5.1%, against an assumed annual return of 7%.",
     "assumed annual return"),
    ("Victoria has legislated targets of at least 2 GW of offshore wind by 2032.", "targeted offshore wind capacity"),
])
def test_an_assumed_or_targeted_number_says_so(text: str, label: str) -> None:
    assert label in read_values(text)


def test_a_target_the_label_names_already_is_not_doubled() -> None:
    text = "Priya Raman, an analyst at Carrow Securities, rates the stock a buy with a price target of $205."
    assert "price target" in read_values(text)


def test_a_callers_claim_is_no_figure_of_the_story() -> None:
    text = ("Police said a man called its non-emergency line at 9:47 a.m. on Tuesday, claiming that a gunman had "
            "opened fire in a second-floor bathroom and that five students had been shot.")
    assert "5 people" not in labels_of(text, published=dt.date(2023, 2, 15)).values()
    # a group's claim of responsibility tells what it says it did, not a claim "that"
    assert "NightVault terabytes of data" in read_values(
        "A group calling itself NightVault has claimed responsibility on its leak site, saying it stole 1.3 terabytes of data.")


def test_a_day_a_reported_future_names_is_the_coming_one() -> None:
    sentence = "The mayor's office said the city would release neighborhood-level figures by Feb. 15."
    assert [q.display for q in find_dates(sentence, dt.date(2023, 1, 18), None)] == ["February 15, 2023"]
    # told in the past with no future: the day before the article
    told = "The mayor's office said the city released neighborhood-level figures on Feb. 15."
    assert [q.display for q in find_dates(told, dt.date(2023, 1, 18), None)] == ["February 15, 2022"]


# Round 45 (stanceP): a bound, a target, a demand or a state after a change says so in the label.
@pytest.mark.parametrize(("text", "label"), [
    ("The Scottish Government has set an ambition of 20 gigawatts of onshore wind capacity by 2030.",
     "Scottish Government targeted onshore wind capacity"),
    ("The teachers' union is seeking a 12% raise over two years and a cap of 28 students per class, down from 32.",
     "sought students per class cap"),
    ("The Environmental Protection Agency last year set a limit of 4 parts per trillion for two PFAS compounds.",
     "parts per trillion limit last year"),
    ("The union is demanding a 9.5% pay rise over 12 months and a minimum starting salary of €2,900 a month.",
     "demanded minimum monthly salary"),
    ("The hackers are demanding $4.5 million in cryptocurrency to unlock the hospital's files.",
     "demanded cryptocurrency value"),
    ("By Thursday afternoon, Kalamba had weakened to a typhoon with sustained winds of 150 km/h.",
     "Kalamba winds after weakening"),
])
def test_a_bound_a_target_a_demand_or_a_later_state_says_so(text: str, label: str) -> None:
    assert label in read_values(text)


@pytest.mark.parametrize(("text", "label"), [
    ("Requests for non-medical exemptions have roughly doubled since 2020.", "non-medical exemptions increase since 2020"),
    ("Hanseflug has offered 5.2% in two steps over 24 months.", "number of steps"),
    ("The Stadia Pro subscription is offered at a $9.99 monthly rate.", "Stadia Pro monthly rate"),
    ("Analysts recalled a proposed three-way tie-up that collapsed in 2015 after more than six months of talks.",
     "talks duration"),
    ("She showed a level of 0.07 percent, just under the state legal limit of 0.08 percent.", "state legal limit"),
])
def test_a_noun_of_asking_a_price_or_a_named_limit_adds_no_stance(text: str, label: str) -> None:
    assert label in read_values(text)
