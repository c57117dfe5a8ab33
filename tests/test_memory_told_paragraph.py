"""Memory rounds 20-21 (Matching.passage_paragraph, on since round 21): the told-back passage read as the paragraph
that tells the story's day back, not its one sentence: the platform, the hour and the victims follow the day; a
sentence that tells a plan gives no day back there."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

from briefing.text.event_evidence import EventEvidence
from briefing.writeup.continuing import MATCHING
from briefing.writeup.told_back import continues, told_of, told_passages
from briefing.writeup.told_later import coverage

TUESDAY = dt.date(2026, 11, 3)
FRIDAY = dt.date(2026, 11, 6)
WORDS = frozenset({"platform", "stabbed", "commuters", "rush", "overpowered", "pepper", "wounded", "knife",
                   "station", "unna"})
ATTACK = EventEvidence(words=WORDS, cities=frozenset(), mentioned=frozenset(), days=frozenset({TUESDAY.toordinal()}),
                       ages=frozenset(), people=frozenset({"essen hauptbahnhof"}))
IDF = {w: math.log(10) for w in WORDS}
RARE = frozenset({"essen hauptbahnhof"})
ON = replace(MATCHING, passage_paragraph=1)
OFF = replace(MATCHING, passage_paragraph=0)
# The ruling leads; the attack is told back in a paragraph whose first sentence gives the day and little else.
RULING = ("Station attacker sent to psychiatric hospital",
          "A judge on Friday ordered a man to be held in a psychiatric hospital, prosecutors at Essen Hauptbahnhof "
          "said.\n\nThe man was arrested at the station on Tuesday. He had stabbed commuters on a platform in the "
          "rush hour and was overpowered with pepper spray; one man from Unna was badly wounded by the knife.\n\n"
          "The prosecutors are examining his medical history.", FRIDAY)


def _continues(matching) -> bool:
    lead = EventEvidence(words=frozenset({"judge", "psychiatric", "hospital", "prosecutors"}), cities=frozenset(),
                         mentioned=frozenset(), days=frozenset({FRIDAY.toordinal()}), ages=frozenset(),
                         people=frozenset({"essen hauptbahnhof"}))
    told = told_of([RULING], lead, matching)
    return continues(told, ATTACK, RARE, matching, cover=lambda words: coverage(words, ATTACK.words, IDF))


def test_the_paragraph_gives_the_words_after_the_sentence_with_the_day() -> None:
    sentence = dict(told_passages([RULING]))[TUESDAY.toordinal()]
    paragraph = dict(told_passages([RULING], paragraphs=1))[TUESDAY.toordinal()]
    assert "platform" not in sentence and {"platform", "pepper", "unna"} <= paragraph
    assert "psychiatric" not in paragraph  # Friday's paragraph is Friday's


def test_a_ruling_that_tells_the_attack_back_in_a_paragraph_continues_it() -> None:
    assert MATCHING.passage_paragraph == 1  # on by default (round 21)
    assert _continues(ON)
    assert not _continues(OFF)  # the sentence with the day gives only "station" of the attack's words


# Memory round 21: a look-alike (another club's coach sacked) whose paragraph about its own coming match gives a
# weekday: "Sunday's match" is the next Sunday, which find_dates reads as the last, the day the other club sacked
# its coach. The paragraph of a plan tells no day back: its sentence alone, as the sentence passage reads it.
SACKING = ("Las Acacias part company with coach Quiroga",
           "Las Acacias have dismissed coach Fabián Quiroga, the club announced on Thursday.\n\nYouth coordinator "
           "Daniel Peralta would take charge for Sunday's match. Las Acacias hope to name a new coach soon.", FRIDAY)
SUNDAY = dt.date(2026, 11, 1)


def test_a_paragraph_that_tells_a_plan_gives_only_its_sentence() -> None:
    paragraph = dict(told_passages([SACKING], paragraphs=1))[SUNDAY.toordinal()]
    assert "coach" not in paragraph  # the next sentence's coach is not the remembered sacking's
    assert paragraph == dict(told_passages([SACKING]))[SUNDAY.toordinal()]  # the sentence, as paragraphs 0 reads
