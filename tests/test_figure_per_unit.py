"""A value said per something keeps what it is per; a one-off amount of a past year is no yearly rate (perN).

Invented articles in the shapes the blind judges marked wrong: "to each family of the dead", "for each share they
own", "bricks of about 1.1 kilograms each", "each day of strike action would cost", "tonnes of coal a month", "a
loss of £97 million a year earlier", "paying £850 a month in rent".
"""

from __future__ import annotations

from helpers import read_values


def test_aid_to_each_family_says_per_family() -> None:
    values = read_values("The Samar provincial government said it would give 20,000 pesos (about $350) to each "
                         "family of the dead and 8,000 pesos to each survivor.")
    assert any(label.endswith("per family of the dead") and value == "20,000 pesos"
               for label, value in values.items()), values


def test_exchange_ratio_says_per_share() -> None:
    values = read_values("Under the terms, Dunmore shareholders will receive 0.45 new Vantor shares plus 21p in cash "
                         "for each share they own.")
    # measN's completions may put the verb between ("new Vantor shares to be received per share")
    assert any("Vantor shares" in label and label.endswith(" per share") for label in values), values


def test_weight_of_each_brick_is_not_the_bricks_weight() -> None:
    values = read_values("Customs officers seized 1.4 tonnes of heroin. The drugs, packed in 1,300 bricks of about "
                         "1.05 kilograms each, were found inside a lorry.")
    assert values.get("weight per brick") == "about 1.05 kg", values


def test_cost_of_each_day_of_a_strike_is_per_day() -> None:
    values = read_values("Analysts at broker Pennant Capital estimated each day of strike action would cost the "
                         "airline between £4 million and £6 million in lost revenue.")
    assert any("per day of strike action" in label for label in values), values


def test_production_a_month_is_a_rate() -> None:
    values = read_values("The quarry, which produces around 4,200 tonnes of limestone a month, was closed on Monday.")
    assert any(label.endswith("per month") and value == "around 4,200 t" for label, value in values.items()), values


def test_a_loss_a_year_earlier_is_no_yearly_rate() -> None:
    values = read_values("The carrier reported a pre-tax profit of £212 million for 2023, against a loss of "
                         "£64 million a year earlier.")
    assert not any(value.endswith("/year") for value in values.values()), values
    assert not any("annual" in label for label in values), values


def test_salary_a_year_before_taxes_is_still_yearly() -> None:
    values = read_values("A full-time worker at the new rate would earn about $31,200 a year before taxes.")
    assert any(value.endswith("/year") for value in values.values()), values


def test_rent_paid_a_month_is_rent() -> None:
    values = read_values('"We could not keep paying £790 a month in rent," Ms Lowe said.')
    assert values.get("monthly rent") == "£790/month", values


def test_a_per_unit_measure_is_not_said_twice() -> None:
    values = read_values("The clinic sees about 140 patients a day.")
    assert not any(label.count("per day") > 1 for label in values), values


def test_a_modal_after_an_amount_is_no_noun_priced() -> None:
    values = read_values('"A junior teacher earning €1,100 a month cannot rent a flat here," Mendes said.')
    assert not any("cannot" in label for label in values), values


def test_whose_is_not_part_of_the_priced_noun() -> None:
    values = read_values("Among them was Ruth Alder, 71, a retired nurse whose pension of $2,310 a month has barely "
                         "moved since 2014.")
    assert not any("whose" in label for label in values), values


def test_each_two_word_subject_is_not_said_twice() -> None:
    values = read_values("Nordair said each strike day cost it between €7 million and €9 million.")
    assert not any(label.count("strike day") > 1 for label in values), values
