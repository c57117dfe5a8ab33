"""A share price and a winning margin say what they measure (measP, round 45).

Invented articles in the shapes the blind judges marked "wrong measure": a price shares moved to read as a
"Frankfurt trading value" (turnover, to a reader), and a count after "won/defeating/beating ... by" read as the
votes or strokes themselves. The last tests guard what must not change: a tally "passed by 60 votes to 40" is no
margin, and a fall "by 20 points" is not either.
"""

from __future__ import annotations

from helpers import read_values


def test_shares_moved_to_a_price_is_a_share_price() -> None:
    values = read_values("Shares in Halberg fell 3.4% to €61.18 in Frankfurt trading on Wednesday afternoon.")
    assert values.get("Halberg share price in Frankfurt trading") == "€61.18", values
    assert not any(label.endswith("value") for label in values), values


def test_receipts_traded_at_a_price_is_their_price() -> None:
    values = read_values("Daeyang said profit doubled. The company's American depositary receipts traded up 3.9% "
                         "at $34.17 in premarket trading in New York.")
    assert values.get("American depositary receipt price in premarket trading") == "$34.17", values


def test_closed_at_stays_a_closing_price() -> None:
    values = read_values("Alibaba reported sales. Alibaba shares closed in New York on Tuesday at $185.25, up 0.35%.")
    assert any(label.endswith("closing price") and value == "$185.25" for label, value in values.items()), values


def test_defeating_by_votes_is_a_winning_margin_over_the_loser() -> None:
    values = read_values("Republican Denise Dalton was elected county executive on Tuesday, defeating Democrat Alan "
                         "Whitford by 1,214 votes in the closest race for the office in 40 years.")
    # the participle's subject owns the margin too (round 51, ownS): "Denise Dalton winning margin over ..."
    assert any(label.endswith("winning margin over Democrat Alan Whitford") and value == "1,214 votes"
               for label, value in values.items()), values


def test_won_by_strokes_is_a_winning_margin() -> None:
    values = read_values("Mattias Lindqvist closed with a 67 at Carrick Links on Sunday to take the Caledonian Open "
                         "by two strokes.")
    assert any(label.endswith("winning margin") and value == "2 strokes" for label, value in values.items()), values
    assert not any("number of strokes" in label for label in values), values
    values = read_values("The Cavs won the set by a combined 24 points and have the league's second-best record.")
    assert values.get("Cavs combined winning margin") == "24 points", values


def test_a_tally_or_a_fall_is_no_margin() -> None:
    values = read_values("The bill passed by 60 votes to 40 on Tuesday.")
    assert not any("margin" in label for label in values), values
    values = read_values("The Kestrel index fell by 20 points on Monday as oil rose.")
    assert not any("margin" in label for label in values), values
