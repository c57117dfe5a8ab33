"""Memory round 17 (docs/dedupe.md): the names' bar's lead guard reads the one-word names a follow-up's headline
and lead give (the germ, the brand), not only its names of two or more words."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.text.event_evidence import EventEvidence
from briefing.writeup.continuing import MATCHING
from briefing.writeup.told_back import continues, told_of

TUESDAY = dt.date(2026, 11, 14)
FRIDAY = dt.date(2026, 11, 17)
RARE = frozenset({"mark denholm", "cronobacter"})
PADDING = " Parents were told to check the codes on every tin they still hold at home." * 5

# Day 1: the formula recall, dated; its chief executive named, the germ suspected.
RECALL = EventEvidence(words=frozenset({"recall", "formula", "cronobacter", "babies", "plant", "hospitalized"}),
                       cities=frozenset(), mentioned=frozenset(), days=frozenset({TUESDAY.toordinal()}),
                       ages=frozenset(), people=frozenset({"mark denholm"}))
# Day 2's follow-up names the germ in its headline and lead, its chief executive further on; its lead gives no day.
FOUND = ("Inspectors find Cronobacter at formula plant",
         "Federal inspectors found Cronobacter at the plant and every lot of powdered formula was recalled."
         + PADDING + "\n\nChief executive Mark Denholm said the company would close the line.", FRIDAY)
FOUND_LEAD = EventEvidence(words=frozenset({"inspectors", "cronobacter", "plant", "formula", "lot", "recalled"}),
                           cities=frozenset(), mentioned=frozenset(), days=frozenset(), ages=frozenset(),
                           people=frozenset({"mark denholm"}))
# A look-alike: another firm's recall, the germ named only further on, beside the other firm's chief.
OTHER = ("Dairy firm recalls goat-milk formula",
         "A dairy firm recalled three batches of goat-milk formula over a bacterial risk." + PADDING
         + "\n\nRegulators ruled out the germ that was found at Cronobacter plants before; Mark Denholm's firm "
         "was not involved.", FRIDAY)
SCORE = 0.15  # over the names' bar (0.05), under the words' (0.3)


def _continues(report: tuple, lead_words: int) -> bool:
    matching = replace(MATCHING, name_lead=lead_words)
    return continues(told_of([report], FOUND_LEAD, matching), RECALL, RARE, matching, score=lambda: SCORE)


def test_a_follow_up_naming_the_germ_in_its_headline_continues_the_recall() -> None:
    assert _continues(FOUND, 2)
    assert not _continues(FOUND, 1)  # the lead's names of two or more words only: none of the story's


def test_a_look_alike_naming_the_germ_only_further_on_does_not() -> None:
    assert not _continues(OTHER, 2)
