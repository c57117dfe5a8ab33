"""Names read by text/evidence.py: a hyphenated capitalised word is part of a name, not its end."""

from briefing.text.evidence import people_of


def test_a_hyphenated_first_word_is_part_of_the_name() -> None:
    # "Tri-County Polymers" was read as nothing: the first word stopped at its hyphen.
    assert people_of("a blast ripped through Tri-County Polymers resin building") == {"tri-county polymers"}


def test_a_hyphenated_surname_is_read_whole() -> None:
    # Before: "annette ruiz-", which no other report's "Annette Ruiz-Delgado" could share.
    assert people_of("said Annette Ruiz-Delgado, 44, a line worker") == {"annette ruiz-delgado"}
    assert people_of("near Stratford-upon-Avon Road on Monday") == {"stratford-upon-avon road"}


def test_what_is_no_name_stays_none() -> None:
    assert people_of("a 27-year-old man was shot") == frozenset()
    assert people_of("said Marcus Hill's mother") == {"marcus hill"}
