"""Round 50 (figR): a number in the clause a dated earlier event opens, or in a participle hung on it, says that
event in its label; invented sentences in a story dated after the event."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import labels_of

PUBLISHED = dt.date(2026, 3, 10)


def _labels(text: str) -> dict[str, str]:
    """Each shown label -> its value."""
    return labels_of(text, published=PUBLISHED)


@pytest.mark.parametrize(("text", "event"), [
    ("Home Depot's 2014 incident involved roughly 56 million cards.", "in Home Depot's 2014 incident"),
    ("It follows a 2024 campaign covering 62,000 sedans for a faulty seat sensor.", "in a 2024 campaign"),
    ("The last big dispute in the city, a 2011 lockout, lasted 17 days and left 9,000 tonnes of waste uncollected.",
     "in a 2011 lockout"),
])
def test_a_number_in_the_clause_a_dated_event_opens_names_the_event(text: str, event: str) -> None:
    assert any(label.endswith(event) for label in _labels(text)), _labels(text)


@pytest.mark.parametrize("text", [
    # a clause opens between the event and the number: the number is that clause's
    "A 2019 audit found problems, and the agency now employs 412 inspectors.",
    "The 2024 campaign was small, while the new recall covers 48,000 sedans.",
    # the story's own year dates nothing earlier
    "A 2026 campaign covers 48,000 sedans.",
])
def test_a_number_past_another_clause_or_of_the_story_year_gets_no_event(text: str) -> None:
    assert not any("campaign" in label.split(" in ")[-1] or "audit" in label for label in _labels(text)), \
        _labels(text)
