"""Round 48: a count that opens a subject joined with more takes that subject's verb.

"Two churches, a volunteer fire station and the school gym were also hit" counts churches hit, not every church in
town; the verb comes past a list, an aside of who they were, or a phrase of which ones. A verb after "and", a
singular auxiliary and an active perfect far from the count say nothing of it. Invented sentences; each shows the
label a reader sees.
"""

from __future__ import annotations

import datetime as dt

from briefing.figures import extract_figures
from briefing.models import Article


def _labels(text: str) -> dict[str, str]:
    article = Article(id="r48", title="A story", text=text, outlet="Test", published=dt.date(2026, 11, 30))
    return {claim.display: figure.label for figure in extract_figures([article]) for claim in figure.claims}


def test_the_first_of_a_list_takes_the_lists_verb() -> None:
    labels = _labels("Three barns, a grain silo and the old chapel were destroyed by the storm.")
    assert labels["3 barns"] == "barns destroyed"


def test_a_count_beside_another_count_takes_their_verb() -> None:
    labels = _labels("Officials said that 41 hip operations and more than 900 clinic visits have been cancelled.")
    assert labels["41 operations"] == "hip operations cancelled"
    assert labels["more than 900 visits"] == "clinic visits cancelled"


def test_an_aside_of_who_they_were_does_not_hide_the_verb() -> None:
    labels = _labels("Two other suspects, a taxi driver aged 52 and his nephew, 30, were released without charge.")
    assert labels["2 suspects"] == "other suspects released"


def test_a_phrase_of_which_ones_does_not_hide_the_verb() -> None:
    labels = _labels("Service stopped after four power lines between Tarn and Avel in the valley were damaged.")
    assert labels["4 lines"] == "power lines damaged"


def test_a_verb_after_and_is_an_earlier_subjects() -> None:
    labels = _labels("Ortiz collects $40,000 and 180 points and is expected to climb two places.")
    assert "expected" not in labels.get("180 points", "")


def test_a_singular_verb_after_the_list_has_its_own_subject() -> None:
    labels = _labels("Three guards were hurt, two of them badly, and part of the prison wall was set on fire.")
    assert all("set on fire" not in label for label in labels.values())


def test_a_new_subject_after_a_comma_takes_its_own_verb() -> None:
    labels = _labels("Apart from Okafor's 21 points and 9 rebounds, the team's starters have been beaten on the boards.")
    assert all("beaten" not in label for label in labels.values())
