"""A number whose subject another sentence names (issue 11, "too bare"): a sentence that opens on "He" or "She"
gives its counts to the person the story's last sentences open on, through a quote that person's "he said"
closes and past an opening phrase's names; where the words do not say who, the label stays as it was.

Invented sentences; each asserts the label a reader sees in the digest.
"""

from __future__ import annotations

import datetime as dt

from briefing.figures import extract_figures
from briefing.models import Article


def _labels(text: str) -> dict[str, str]:
    article = Article(id="chain", title="A story", text=text, outlet="Test", published=dt.date(2026, 11, 30))
    return {claim.display: figure.label for figure in extract_figures([article]) for claim in figure.claims}


def test_a_survivors_loss_after_his_quote_is_his() -> None:
    labels = _labels("Five people died when the ferry capsized on Sunday.\n\nOne survivor, Rahmat Hidayat, 41, said "
                     "the ferry began listing. \"Water came in from the side,\" he said. He lost his wife and two sons.")
    assert labels["2 sons"] == "Rahmat Hidayat number of sons"


def test_a_sentence_opening_on_he_takes_the_person_the_sentence_before_opens_on() -> None:
    labels = _labels("The Colts beat the Chiefs on Sunday.\n\nReggie Wayne had five catches in the game.\n\n"
                     "He also became the 14th player to reach 13,000 yards receiving.")
    assert labels["13,000 yards"] == "Wayne number of yards receiving"


def test_names_in_an_opening_phrase_are_not_the_subject_after_its_comma() -> None:
    labels = _labels("Creighton beat Drake 65-53 on Friday. Ethan Artino came off the bench.\n\n"
                     "While Drake held Gregory Echenique scoreless in the first half, Ethan Artino was able to find "
                     "success.\n\nHe finished the day with a career-high 14 points and 6 rebounds.")
    assert labels["6 rebounds"] == "Ethan Artino number of rebounds"


def test_a_name_in_a_phrase_before_he_is_no_one_to_give_the_count_to() -> None:
    labels = _labels("Gigante was a boxer before he joined the mob.\n\nHis father was a jewelry engraver.\n\n"
                     "Born Vincenzo, he was called Chin for short.\n\n"
                     "He put it to good use as a teenage boxer, winning 21 of 25 club fights.")
    assert "Vincenzo" not in labels.get("25 fights", "")


def test_he_after_a_sentence_that_opens_on_no_person_stays_unnamed() -> None:
    labels = _labels("The Saints lost on Sunday. Reggie Bush watched from the sideline.\n\n"
                     "The offense struggled all afternoon. He finished with 31 catches this season.")
    assert not labels["31 catches"].startswith("Bush")


def test_he_after_a_conjunction_keeps_the_person_the_paragraph_opened_on() -> None:
    labels = _labels("The Colts won 20-13 on Sunday.\n\nAndrew Luck was poor for a stretch of the game.\n\n"
                     "But after that he got hot at the right time.\n\n"
                     "He ended the day with 6 carries for 21 yards.")
    assert labels["6 carries"] == "Luck ended the day, number of carries"  # round 54: the clause label, "he" put back
