"""Round 37: a count's label says what the sentence says of the counted noun, not "number of" it alone.

Invented sentences; each shows the label a reader sees in the digest for its count.
"""

from __future__ import annotations

import datetime as dt

from briefing.figures import extract_figures
from briefing.models import Article


def _labels(text: str) -> dict[str, str]:
    article = Article(id="r37", title="A story", text=text, outlet="Test", published=dt.date(2026, 11, 30))
    return {claim.display: figure.label for figure in extract_figures([article]) for claim in figure.claims}


def test_a_count_that_acts_on_an_object_is_told_by_what_it_did() -> None:
    assert _labels("Nine bullets struck Mr. Harlow, the coroner said.")["9 bullets"] == "bullets struck Mr. Harlow"
    assert _labels("Twelve crews fought the blaze on Sunday.")["12 crews"] == "crews fought the blaze"


def test_a_relative_clause_on_the_counted_noun_says_which_ones() -> None:
    labels = _labels("The club is one of five clubs that are known to be pursuing Okafor.")
    assert labels["5 clubs"] == "clubs that are known to be pursuing Okafor"
    labels = _labels("Police said a crowd of 40 youths that had thrown bottles at the van fled.")
    assert labels["40 youths"] == "youths that had thrown bottles"


def test_a_clause_whose_object_a_label_cannot_say_leaves_the_count_bare() -> None:
    # "struck the back of his legs", "escorting him": the label would cut the phrase or name no one
    assert _labels("Four shots struck the back of his legs, the report said.").get("4 shots", "") != \
        "shots struck the back"
    assert "escorting" not in _labels("He drew a knife on three guards who were escorting him.").get("3 guards", "")
