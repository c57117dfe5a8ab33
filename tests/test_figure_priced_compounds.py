"""An amount after "<noun> cost" or "<noun> price" with no verb of its own (figures.money, round 58): the bare
"cost" reads as a compound noun or as the past tense, and either way names what the amount is."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import labels_of

PUBLISHED = dt.date(2024, 4, 10)


@pytest.mark.parametrize(("text", "label", "value"), [
    ("Officials said the bridge cost $2 million.", "bridge cost", "$2 million"),
    ("The new stadium cost nearly £300m, the council said.", "new stadium cost", "nearly £300 million"),
    ("The movie reportedly cost around $150 million to produce.", "movie cost", "around $150 million"),
])
def test_an_amount_after_a_things_cost_is_that_things_cost(text: str, label: str, value: str) -> None:
    assert labels_of(text, published=PUBLISHED).get(label) == value


def test_a_cost_with_its_own_object_is_left_to_the_verb_readers() -> None:
    # "cost the club": a verb with an object between it and the amount, not a compound noun
    assert "refit cost" not in labels_of("The refit cost the club $4 million.", published=PUBLISHED)


@pytest.mark.parametrize(("text", "label"), [
    ("The government declared a state of emergency and released 25 million soles for relief.", "funds released"),
    ("The state government pledged €150 million in immediate aid for flood-hit areas.", "pledge"),
])
def test_money_a_government_puts_out_is_named_by_its_verb(text: str, label: str) -> None:
    # round 61: "released", "earmarked", "pledged" are verbs of money (vocabulary.MONEY_VERBS)
    assert any(shown.endswith(label) for shown in labels_of(text, published=PUBLISHED))
