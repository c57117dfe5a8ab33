"""Round 49: a count's verb keeps the words that finish it.

"counted as unemployed" keeps its participle after "as"; "believed to have been infected" and "expected to be worst
hit" keep the participle of their infinitive, after at most one adverb. Invented sentences; each shows the label a
reader sees.
"""

from __future__ import annotations

import datetime as dt

from briefing.figures import extract_figures
from briefing.models import Article


def _labels(text: str) -> dict[str, str]:
    article = Article(id="r49", title="A story", text=text, outlet="Test", published=dt.date(2026, 11, 30))
    return {claim.display: figure.label for figure in extract_figures([article]) for claim in figure.claims}


def test_a_participle_after_as_says_what_they_are_counted_as() -> None:
    labels = _labels("In all, about 2.1 million adults in the region were counted as unemployed in the survey.")
    # round 51 (numT): the place phrase right after the counted noun says which adults too
    assert labels["about 2,100,000 adults"] == "adults counted as unemployed in the region"


def test_a_participle_after_as_that_goes_on_is_left_out() -> None:
    labels = _labels("Some 300 buildings were listed as damaged homes in the report.")
    assert labels["some 300 buildings"] == "buildings listed"  # "damaged" is said of the homes, not the buildings


def test_a_perfect_passive_infinitive_keeps_its_participle() -> None:
    labels = _labels("So far, more than 40,000 laptops are believed to have been infected, the firm said.")
    assert labels["more than 40,000 laptops"] == "laptops believed to have been infected"


def test_an_adverb_before_the_participle_is_kept_with_it() -> None:
    labels = _labels("Around a dozen ferry crossings are expected to be worst hit by the walkout.")
    assert labels["around 12 crossings"] == "ferry crossings expected to be worst hit"


def test_a_bare_infinitive_is_read_as_before() -> None:
    labels = _labels("About 300 workers are expected to receive notice on Friday.")
    assert labels["about 300 workers"] == "workers expected to receive notice"
