"""Numbers read as the right kind of thing: not a casualty, a count, a distance or a value the text does not give."""

from __future__ import annotations

import pytest

from briefing.figures.extract import extract_figures
from briefing.models import Article


def _figures(*texts: str) -> dict[str, str]:
    articles = [Article(id=f"s{i}", title="Local news", text=t, outlet=f"Outlet {i}") for i, t in enumerate(texts)]
    return {f.label: "; ".join(c.display for c in f.claims) for f in extract_figures(articles)}


@pytest.mark.parametrize("text", [
    "No-one was injured when the roof of the depot gave way on Tuesday.",
    "Martha Greene died of cancer in 2009 at the age of 71.",
    "The retired judge died peacefully in her sleep at home, her family said.",
    "Deputies first reported that a second ranger was shot, but later said his wounds came from a fall.",
])
def test_no_one_hurt_a_natural_death_or_a_retracted_report_is_no_casualty(text: str) -> None:
    assert not any(label.startswith("people ") for label in _figures(text))


def test_a_death_in_a_story_of_a_suicide_is_a_death_not_a_killing() -> None:
    figures = _figures("The warden said the prisoner hanged himself overnight. Ortega was found dead at dawn.")
    assert figures == {"deaths": "1 person"}


def test_a_killing_in_a_story_of_a_suicide_is_still_a_killing() -> None:
    figures = _figures("The gunman killed a guard before he shot himself. The guard was killed at the gate.")
    assert figures.get("people killed") == "1 person"
