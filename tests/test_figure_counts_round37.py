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


def test_a_participle_after_the_counted_noun_says_what_became_of_them() -> None:
    labels = _labels("About 900 people spent the night in 14 halls and churches turned into shelters.")
    assert labels["14 halls"] == "halls and churches turned into shelters"


def test_places_a_passive_clause_names_are_where_it_happened() -> None:
    labels = _labels("Exams were cancelled in 19 districts on Monday.")
    assert labels["19 districts"] == "districts where exams were cancelled"


def test_how_long_or_how_far_says_who_did_it() -> None:
    assert _labels("Volunteers searched for more than nine hours in the fog.")["more than 9 hours"] == \
        "time volunteers searched"
    assert _labels("Queues stretched about 3 miles at noon.")["about 3 mi"] == "distance queues stretched"
    # a noun inside a phrase is not who did it: "the pump at her farm failed" is the pump's failing
    assert "farm" not in _labels("The pump at her farm failed for two hours.").get("2 hours", "")


def test_a_rating_told_at_a_unit_is_no_place() -> None:
    labels = _labels("The phone is slim. Charging is rated at 45 watts wired and 15W wireless.")
    assert labels.get("45 watts") != "watts where charging was rated"  # a bare unit count is hidden instead


def test_a_thing_a_verb_caused_to_do_something_says_what_it_did() -> None:
    assert _labels("Rain fell all night, causing 40 homes to flood.")["40 homes"] == "homes caused to flood"
    assert _labels("He resigned, prompting 12 aides to quit.")["12 aides"] == "aides prompted to quit"


def test_meaning_opens_a_clause_it_does_nothing_to_the_count() -> None:
    labels = _labels("The audit found errors, meaning 14 people were paid twice.")
    assert labels.get("14 people") != "people meaned"
    assert "meaned" not in " ".join(labels.values())


def test_the_n_year_old_after_an_unnamed_person_is_not_a_name_in_that_sentence() -> None:
    text = ("A man has died and 23 people were injured after a stadium roof collapsed as Storm Elinor brought gusts "
            "of almost 80mph. The 58-year-old, a season-ticket holder, was pronounced dead at the scene.")
    assert "Storm Elinor’s age" not in _labels(text).values()
    # a sentence that opens on a named person still gives the age to that person
    named = _labels("Kasun Perera hit a man on Sunday. The 24-year-old has now scored 11 goals.")
    assert named["24 years old"] == "Kasun Perera’s age"
