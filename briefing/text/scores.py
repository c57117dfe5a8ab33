"""Game scores a report's headline and opening tell ("beat the Penguins 5-4"): two reports of one game give
the same, two games of one league seldom do (text/evidence.py compares them)."""

from __future__ import annotations

import re

from briefing.text import MONTH_STEMS

# A game's result is told in the headline or the first paragraph or two; further on, scores are of other
# games (the last meeting, the series so far).
SCORE_CHARS = 600
# "4-1", "20 - 13", "5–4": two numbers of up to three digits joined by a hyphen or an en dash, neither part
# of a longer number, a decimal, a time, a fraction or a date ("2008-09", "9/11-12", "10:30-11").
_SCORE = re.compile(r"(?<![\d/.:,$£€#-])(\d{1,3}) ?[-–] ?(\d{1,3})(?![\d/:%]|\.\d| ?[-–] ?\d)")
# Whether a text has a digit, a dash and a digit at all: a search that opens with the dash (a literal set
# the engine skips to) costs a fifth of _SCORE's scan, which tries its look-behind at every character, and
# most leads have no such pair.
_DASH_DIGITS = re.compile(r"[-–](?:(?<=\d[-–])|(?<=\d [-–])) ?\d")
# Such a pair of numbers is a score only beside a word of a result: a range ("5-10 inches", "ages 6-9"),
# a date ("9-11"), "24-7" or a vote ("voted 52-48") has none, and a clash read from one would set two
# reports of one event apart. Words within this many characters either side count (enough for "beat the
# visiting Penguins 5-4", "a 4-1 win over" and "lift the Islanders over the Penguins 5-4").
_SCORE_REACH = 40
_RESULT = re.compile(r"\b(?:beat|beats|beaten|defeat|defeats|defeated|won|win|wins|victory|lost|loss|loses|"
                     r"fell|falls|topped|tops|edge|edged|edges|routed|rout|blanked|downed|drubbed|thrashed|"
                     r"trounced|crushed|shut ?out|shutout|draw|drew|tied|over|lift|lifts|lifted|rallied|rally|"
                     r"stunned|stuns|sank|sinks|overtime|shootout|extra time|penalties)\b", re.IGNORECASE)
# ... and not beside a word of a vote, a ruling, a poll or a measure, whose tallies are not results of a
# game ("won a 52-48 vote", "lost 5-4 at the Supreme Court" is a ruling all the same).
_NOT_SCORE = re.compile(r"\b(?:vote[sd]?|voting|ballots?|poll(?:s|ed|ing)?|ruling|ruled|decision|court|"
                        r"justices|jury|senate|house|council|committee|board|percent|per cent|inch(?:es)?|"
                        r"feet|foot|miles?|yards?|pounds?|degrees?|years?|months?|weeks?|days?|hours?|"
                        r"minutes?|seats?|ages?|aged)\b", re.IGNORECASE)
# Two such pairs are fixed expressions, not scores: "24-7" (all the time) and "9-11" (the attacks).
_NOT_SCORES = frozenset(("24-7", "24 - 7", "9-11", "9 - 11"))
# A day range after a month ("March 3-4") is a date.
_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(MONTH_STEMS)})[a-z]*\.?,? ?$", re.IGNORECASE)


def game_scores(title: str, lead: str) -> frozenset[tuple[int, int]]:
    """The game scores of a headline and lead: number pairs ("4-1") beside a word of a result and not
    beside one of a vote, a measure or a span of time (see _RESULT, _NOT_SCORE)."""
    found = set()
    for text in (title, lead):
        if ("-" not in text and "–" not in text) or not _DASH_DIGITS.search(text):
            continue  # a C-level substring test first: many texts have no dash at all
        for match in _SCORE.finditer(text):
            start, end = match.span()
            if match.group().replace("–", "-") in _NOT_SCORES or _MONTH_BEFORE.search(text, max(0, start - 12), start):
                continue
            near = text[max(0, start - _SCORE_REACH):end + _SCORE_REACH]
            if _RESULT.search(near) and not _NOT_SCORE.search(near):
                a, b = int(match.group(1)), int(match.group(2))
                found.add((min(a, b), max(a, b)))
    return frozenset(found)
