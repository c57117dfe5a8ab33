"""Whose a number is, second pass (round 34): the owner an apposition, a compound noun, a group or a currency hides.

Invented articles: "Name of Place, 33" is the person's age, not the place's; a role named by two nouns keeps both
("forklift driver"); one of a group restated ("one of the two night guards, a 61-year-old man") is one of that
group; a team written with "the" is no person for "the 23-year-old"; a currency's prefix ("US$") and a name made
an adjective ("Singapore-based") own nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import figure_labels

from briefing.figures import extract_figures
from briefing.models import Article


@pytest.mark.parametrize(("text", "label"), [
    ("Defending champion Mara Tellin of Port Arvel, 33, was third in 2:31:48.", "Mara Tellin’s age"),
    ("Race leader Jonas Brekke of Norway, 29, lost two minutes on the final climb.", "Jonas Brekke’s age"),
])
def test_a_place_after_of_in_an_apposition_describes_the_person(text: str, label: str) -> None:
    labels = figure_labels(text)
    assert label in labels, labels


def test_a_place_before_of_is_no_person() -> None:
    text = "A police shooting on Dec. 6 in Varna of Teodor Ilkov, 15, touched off the protests."
    assert "Teodor Ilkov’s age" in figure_labels(text)


@pytest.mark.parametrize(("text", "label"), [
    ("Five men were refused bail, while a sixth, a 24-year-old forklift driver, was released on conditions.",
     "age of the forklift driver"),
    ("One of them, a 44-year-old winch operator, suffered a broken pelvis.", "age of the winch operator"),
    ("Prosecutors said the 29-year-old gang member had bragged about the shooting.", "age of the gang member"),
])
def test_a_role_named_by_two_nouns_is_kept_whole(text: str, label: str) -> None:
    labels = figure_labels(text)
    assert label in labels, labels


def test_an_adjective_before_the_noun_is_not_kept() -> None:
    labels = figure_labels("An unarmed 23-year-old driver was stopped on the bridge.")
    assert not any("unarmed" in x for x in labels), labels
    assert "age of the driver" in labels, labels  # the age is still shown, without the adjective


def test_one_of_a_group_restated_is_one_of_that_group() -> None:
    text = "One of the two night guards, a 61-year-old man, was pushed to the ground and treated for a sprain."
    assert "age of the night guard" in figure_labels(text)


def test_a_name_written_with_the_is_no_person_for_a_description() -> None:
    text = ("Harbor City Mariners running back Dario Fenn has been placed on injured reserve by the Harbor City "
            "Mariners, the team said. The Mariners signed Tom Rusk to replace him.\n\n"
            "The Harbor City Mariners visit Lakeport on Sunday, and the Mariners hope Fenn will be fit by spring.\n\n"
            "It was a hard year. The 23-year-old finished his third season with 404 yards rushing.")
    labels = figure_labels(text)
    assert "Harbor City Mariners’s age" not in labels and "Dario Fenn’s age" in labels, labels


def test_a_title_is_no_team() -> None:
    text = ("Film star Ada Marsh starred in The Notorious Ada Marsh. Ada Marsh died on Thursday, her agent said.\n\n"
            "Her agent, Leo Kemp, said she had been ill. Marsh was born in Tennessee.\n\n"
            "It was a long career. A photographer admired the 27-year-old's style.")
    labels = figure_labels(text)
    assert "Ada Marsh’s age" in labels, labels


def test_a_currency_prefix_owns_nothing() -> None:
    text = "Court papers show liabilities of US$2.07 billion against assets of roughly US$760 million."
    assert not any(x.startswith("US ") for x in figure_labels(text))


def test_a_name_made_an_adjective_is_no_owner() -> None:
    text = ("SINGAPORE — Velmont Exchange, the Singapore-based crypto trading platform that froze customer "
            "withdrawals last Thursday, has applied to the city-state's High Court for judicial management.")
    labels = figure_labels(text, published=dt.date(2025, 11, 25))
    assert "date Velmont Exchange froze customer withdrawals" in labels, labels


def test_a_name_only_ever_before_a_noun_is_no_person() -> None:
    head = ("Now that Dane County courthouse gunman Carl Rudd has been sentenced to life without parole, one of the "
            "not yet answered questions is where the 37-year-old will serve time.")
    text = (head + "\n\nJudge Amos Hale on Saturday suggested that Rudd should serve his time in a federal prison.\n\n"
            "Hale said he was surprised that Rudd, who murdered a Dane County deputy, could serve in a federal prison.")
    labels = [f.label for f in extract_figures([Article(id="s0", title=head, text=text, outlet="Outlet 0")])]
    assert labels == ["Carl Rudd’s age"], labels
