"""A suspect's age is not a victim's: told of the one charged or arrested, it is left out of a report's ages
(evidence.SUSPECT_AGES, grouping round 47), so that a charge report no longer clashes with the attack's."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.text import evidence
from briefing.text.evidence import compare, evidence_of

WEDNESDAY = dt.date(2026, 6, 10)
ATTACK = ("A young man has been stabbed during a fight outside a nightclub on Hindley Street early this morning. "
          "A 22-year-old man was found with stab wounds to his lower back and arm.")
CHARGE = ("A 20-year-old man has been charged after another man was stabbed on Hindley Street in Adelaide's CBD. "
          "Police allege the two men became involved in an argument outside a venue.")
OTHER = "A 35-year-old woman was stabbed in a Rundle Mall store on Wednesday morning, police said."


@pytest.mark.parametrize("on", [False, True])
def test_a_charged_mans_age_clashes_with_the_victims_only_when_read_as_his(
        monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(evidence, "SUSPECT_AGES", on)
    attack = evidence_of("Man stabbed in Hindley Street brawl", ATTACK, WEDNESDAY)
    charge = evidence_of("20-year-old charged after early-morning attack", CHARGE, WEDNESDAY)
    assert attack.ages == {22}
    assert charge.ages == (frozenset() if on else {20})
    assert compare(attack, charge).ages is not on


def test_an_arrest_of_a_man_leaves_the_victims_age(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence, "SUSPECT_AGES", True)
    text = ("A 22-year-old man was found with stab wounds. Patrols arrested a 20-year-old man a short distance "
            "away.")
    assert evidence_of("Man stabbed", text, WEDNESDAY).ages == {22}


def test_a_victims_age_still_clashes_with_another_victims(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence, "SUSPECT_AGES", True)
    attack = evidence_of("Man stabbed in Hindley Street brawl", ATTACK, WEDNESDAY)
    other = evidence_of("Woman stabbed in Rundle Mall store", OTHER, WEDNESDAY)
    assert compare(attack, other).ages
