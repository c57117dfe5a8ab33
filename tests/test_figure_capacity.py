"""A number a place or a thing has room for is its capacity, not a count of what it holds (avgT, round 51).

Invented articles in the shapes the blind judges marked wrong ("designed to hold 1,150 inmates but housed 1,312",
"was built for 80 patients", "ponds able to hold 41,000 cubic metres"), and the look-alikes that must stay counts.
"""

from __future__ import annotations

from helpers import read_values


def test_designed_to_hold_is_a_capacity() -> None:
    values = read_values("Brockfield Jail, which opened in 1994, was designed to hold 640 inmates but housed 802 "
                         "as of last month, according to county data.")
    assert any(label.endswith("capacity for inmates") and value == "640 inmates"
               for label, value in values.items()), values
    assert not any("capacity" in label for label, value in values.items() if value.startswith("802")), values


def test_built_for_a_number_is_a_capacity() -> None:
    values = read_values("LUSAKA, Zambia — The field hospital on the edge of Kanyama was built for 120 patients.")
    assert any(label.endswith("capacity for patients") and value == "120 patients"
               for label, value in values.items()), values


def test_able_to_hold_a_volume_is_a_capacity() -> None:
    values = read_values("Dunmore Homes revised its plans to include two storage tanks able to hold 9,000 cubic "
                         "metres of water.")
    assert any(label.endswith("water capacity") for label in values), values


def test_can_seat_is_a_capacity() -> None:
    values = read_values("The new arena in Calder Falls can seat about 18,000 fans, the council said on Monday.")
    assert any("capacity for fans" in label for label in values), values


def test_what_a_place_holds_or_will_hold_stays_a_count() -> None:
    # "holds" and "will hold" say what there is, or will be, not what there is room for
    values = read_values("State historians estimate that Lake Huron holds about 1,200 shipwrecks. Vasseur's list "
                         "will hold 40 seats in the new council.")
    assert not any("capacity" in label for label in values), values


def test_a_price_built_for_is_no_capacity() -> None:
    values = read_values("The Ridgeway bridge was built for $80 million and opened in 2019.")
    assert not any("capacity" in label for label in values), values


def test_a_catch_a_fleet_may_take_is_no_capacity() -> None:
    values = read_values("Icelandic boats will be able to take up to 9,000 tonnes of herring in Norwegian waters, "
                         "down from 11,400 tonnes.")
    assert not any("capacity" in label for label in values), values
