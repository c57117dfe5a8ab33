"""Round 69: a rank's bound is no count, an age in months is no age in years, a participle can be passive.

"The top 10 films grossed ...", "the school's top four scorers": the number bounds a ranked group, it counts nothing
the story has (the spent sets' judges found 8 of 9 such labels wrong or nonsense); a share ("the top 1% of earners")
is still one. "Her youngest, aged 14 months," was read as 14 years old. "Among them a 78-year-old woman found in
her flat" read "who found"; after "among them", "was a" or before a finite verb the participle is passive. Invented
sentences.
"""

from __future__ import annotations

from briefing.text.numbers import find_quantities
from tests.helpers import label_of_value


def test_the_bound_of_a_ranked_group_is_no_count() -> None:
    assert "10 films" not in label_of_value("Overall, the top 10 films grossed roughly $231 million over the weekend.")
    assert "4 scorers" not in label_of_value("They were the school's top four scorers in history, fans said.")
    assert [q.display for q in find_quantities("She finished in the top-five in 12 races.")] == ["12 races"]


def test_the_top_share_is_still_a_share() -> None:
    assert [q.display for q in find_quantities("Incomes of the top 1% of earners rose 12% last year.")] == ["1%", "12%"]


def test_an_age_in_months_is_no_age_in_years() -> None:
    found = find_quantities("Her youngest, aged 14 months, weighed less than six kilograms on arrival.")
    assert all(q.dim != "age" for q in found)
    (age,) = [q for q in find_quantities("The driver, aged 34, was arrested.") if q.dim == "age"]
    assert age.display == "34 years old"


def test_a_participle_after_a_described_person_is_what_was_done_to_them() -> None:
    found = label_of_value("At least 11 deaths were recorded, among them a 78-year-old woman found in her flat.")
    assert found["78 years old"] == "age of the woman found"  # not "who found": she found nothing
    arrested = label_of_value("A 52-year-old woman arrested at the address on suspicion of fraud has been released on bail.")
    assert arrested["52 years old"] == "age of the woman arrested"


def test_an_active_verb_after_a_described_person_stays_theirs() -> None:
    assert label_of_value("A 36-year-old man died about 11am on Friday after he slipped.")["36 years old"] \
        == "age of the man who died"
