"""How a label was made (figures.reading.Provenance) and the labels the code cannot stand behind (figures.support)."""

from __future__ import annotations

import pytest
from helpers import labelled_of, labels_of

from briefing.figures.support import features, supported


def _made(text: str) -> dict[str, tuple[str, str]]:
    """Each labelled figure's label -> (subject path, measure path), before any is hidden."""
    return {f.label: (m.reading.made.subject, m.reading.made.measure) for f, m in labelled_of(text)}


@pytest.mark.parametrize("text", [
    "About 40 observers from the United Nations oversaw the election.",
    "Roughly 200 protesters gathered outside the town hall on Friday.",
    "Nearly 3,000 ballots remain to be counted, officials said.",
])
def test_a_rounded_count_labelled_by_its_noun_alone_is_not_shown(text: str) -> None:
    made = _made(text)
    assert any(measure == "counted noun" for _, measure in made.values())  # it is read ...
    assert not [label for label in labels_of(text) if "number of " in label]  # ... and not shown


@pytest.mark.parametrize(("text", "label"), [
    ("The town hall has 200 employees.", "number of employees"),  # not rounded
    ("At least 12 observers were turned away at the border.", "observers turned away"),  # said with its verb
    ("About 300 workers were laid off at the plant on Friday.", "workers laid off"),
    ("About 40 people were killed when the bridge collapsed.", "people killed"),  # a toll is never hidden
])
def test_a_count_said_exactly_or_with_what_befell_it_is_shown(text: str, label: str) -> None:
    assert label in labels_of(text)


def test_the_rule_hides_the_rounded_count_and_keeps_the_exact_one_of_one_story() -> None:
    text = "About 40 observers oversaw the vote. The town hall has 200 employees."
    labelled = labelled_of(text)
    story = [m for _, m in labelled]
    kept = {f.label: supported(f, m, story) for f, m in labelled}
    assert kept == {"number of observers": False, "number of employees": True}


@pytest.mark.parametrize(("text", "label", "subject", "measure"), [
    ("Apple's 450 employees in Cork voted on Friday.", "Cork employees voted", "phrase", "noun phrase"),
    ("Jayden Norton, 17, was charged on Friday.", "Jayden Norton’s age", "apposition", "age"),
    ("Two people were killed in the crash.", "people killed", "none", "casualty"),
])
def test_the_reading_records_which_path_found_its_subject_and_measure(text: str, label: str, subject: str,
                                                                      measure: str) -> None:
    assert _made(text)[label] == (subject, measure)


def test_a_count_in_a_quotation_labelled_by_its_noun_alone_is_not_shown() -> None:
    quoted = '"Three finals, three losses," the coach said after the game.'
    assert not [label for label in labels_of(quoted) if "number of " in label]
    assert "number of losses this season" in labels_of("The team has three losses this season.")


def _features(text: str) -> dict[str, dict[str, str]]:
    """Each labelled figure's label -> its structural features, before any is hidden."""
    labelled = labelled_of(text)
    story = [m for _, m in labelled]
    return {f.label: features(f, m, story) for f, m in labelled}


def test_a_bare_noun_another_number_of_the_article_also_counts_is_not_shown() -> None:
    two = "The school has 23 pupils in its top class. Its choir took 41 pupils to Vienna."
    assert _features(two)["number of pupils"]["article heads"] == "1"  # the other number counts pupils too ...
    assert "number of pupils" not in labels_of(two)  # ... so "number of pupils" could carry either: not shown
    # two numbers the one label "number of pupils" would carry are told apart by their clauses' subjects
    # (figures.twins): "school number of pupils", "choir number of pupils"; neither is shown bare
    both = "The school has 23 pupils in its top class. Its choir has 41 pupils."
    assert {"school number of pupils", "choir number of pupils"} <= set(_features(both))
    assert "number of pupils" not in labels_of(both)
    assert "number of employees" in labels_of("The town hall has 200 employees.")  # the only one: shown


def test_the_article_counts_another_number_of_a_noun_in_any_sentence_but_not_a_repeat() -> None:
    feats = _features("The school has 23 pupils in its top class. Later the head said the 23 pupils did well.")
    assert feats["number of pupils"]["article heads"] == "0"  # the same number told twice is not another


def test_a_measure_no_word_of_its_sentence_says_with_no_owner_is_not_shown() -> None:
    text = "The retailer said revenue rose 3.5 percent to $27.2 billion. It earned $2.8 billion in the quarter."
    assert _features(text)["earnings in the quarter"]["gap"] == "-1"  # "earnings" is the code's word, not the sentence's
    assert "earnings in the quarter" not in labels_of(text)
    assert "revenue" in {f.label for f, _ in labelled_of(text)}  # read; round 33's cells hide it ("prep=to", 4+ numbers)


@pytest.mark.parametrize("text", ["The new model delivers 176 hp.", "It delivers 176 hp, the maker said."])
def test_a_unit_abbreviation_is_a_word_of_the_measure_that_names_it(text: str) -> None:
    assert [m.reading.made.gap for f, m in labelled_of(text) if f.label == "horsepower"] == [0]
    assert labels_of(text) == {"horsepower": "176 hp"}  # gap -1 with no owner would hide it
