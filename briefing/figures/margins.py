"""A count said with "by" after a verb of winning or losing is the margin, not a total (round 45, measP).

"defeating Democrat Alan Whitford by 1,214 votes", "take the Caledonian Open by two strokes", "failed in 2018 by
1,212 votes": the number is how far apart the two sides ended, so a label "votes" or "number of strokes" names
the wrong measure. English verbs of a contest's result only; the unit is whatever the count counts.
"""

from __future__ import annotations

import re

from briefing.figures.vocabulary import CHANGE_VERBS
from briefing.text import word_set

_WON = word_set("won win wins winning beat beats beating defeated defeats defeating took take takes taking edged "
                "edges edging clinched clinches")  # not "passed by 60 votes to 40": a tally
_LOST = word_set("lost lose loses losing failed fails failing trailed trails trailing")
_BEATEN = word_set("defeated beaten edged outvoted")  # after "was": the subject lost
# the verb, at most six words of its object, then "by" and what may stand between "by" and the count
_VERBS = "|".join(sorted(_WON | _LOST | _BEATEN))
_BY = re.compile(r"\b(?P<aux>(?:was|were|been|is|are)\s+)?(?P<verb>" + _VERBS + r")\b(?P<object>(?:\s+[\w'’-]+){0,6}?)\s+by\s+"
                 r"(?P<combined>a\s+combined\s+|an?\s+)?(?:(?:about|nearly|some|more\s+than|almost|just|only|roughly|"
                 r"around|fewer\s+than|less\s+than|over|under)\s+)?$")
_NOT_OBJECT = re.compile(r"[,;:]")  # a clause mark between the verb and "by": another clause's verb


# A gap said around the count (round 64): "finished three strokes clear of Brannigan", "began the day two shots behind
# Brannigan", "came from 12 points down", "need another 313 runs", "by a margin of just 212 votes".
_APART = re.compile(r"(?:\s+[a-z]+)?\s+(clear\s+of|ahead\s+of|behind|adrift\s+of)\b(?:\s+(?:the\s+)?"
                    r"((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*))?")
_GAPS = {"clear of": "lead", "ahead of": "lead", "behind": "deficit", "adrift of": "deficit"}
_FROM = re.compile(r"\bfrom\s+$")
_DOWN = re.compile(r"(?:\s+[a-z]+)?\s+down\b")
_NEEDED = re.compile(r"\bneeds?\s+(?:another|a\s+further)\s+$")
# "won by the more modest margin of 20 points", "by a margin of just 212 votes": said by its noun, the verb before it
# (if any) saying whose
_MARGIN_OF = re.compile(r"\b(margin|lead|deficit)\s+of\s+(?:(?:about|nearly|some|more\s+than|almost|just|only|a\s+mere|"
                        r"roughly|around|over|under)\s+)?$")
_WON_BEFORE = re.compile(r"\b(won|lost|beat)\b(?:\s+[\w-]+){0,8}\s+$")


def margin(before: str, after: str = "", counted: str = "") -> str:
    """'winning margin' / 'losing margin' (with 'combined' where said) for a count after '<won ...> by'; a lead, a
    deficit or what is still needed for a gap said around it ("two shots behind Brannigan"); else ''."""
    if gap := _gap(before, after, counted):
        return gap
    said = _BY.search(before)
    if not said or _NOT_OBJECT.search(said.group("object")):
        return ""
    verb = said.group("verb")
    if said.group("aux") and verb in _BEATEN:
        kind = "losing margin"  # "was defeated by 40 votes"
    elif said.group("aux"):
        return ""  # "was passed by 300 votes" is a passive's doer; "fell by 20 points" a change
    else:
        kind = "winning margin" if verb in _WON else "losing margin"
    if verb in _BEATEN | {"beat", "beats", "beating", "defeating", "defeats"} and not said.group("aux"):
        kind += f" over {said.group('object').strip()}"  # "defeating Democrat Alan Whitford by": whom it was over
    return f"combined {kind}" if said.group("combined") and "combined" in said.group("combined") else kind


def _gap(before: str, after: str, counted: str) -> str:
    """'winning margin', 'lead over Brannigan', 'deficit to Brannigan', 'deficit overcome', 'runs needed'; else ''."""
    if said := _MARGIN_OF.search(before):
        won = _WON_BEFORE.search(before, 0, said.start())
        return CHANGE_VERBS[won.group(1)] if won else said.group(1)
    if _FROM.search(before) and _DOWN.match(after):
        return "deficit overcome"  # "came from 12 points down to beat"
    if _NEEDED.search(before) and counted:
        return f"{counted} needed"  # "need another 313 runs"
    apart = _APART.match(after)
    if not apart or not apart.group(2):
        return ""  # a rival named, or no gap: "12 points behind the arc", "200 yards behind the school"
    kind = _GAPS[" ".join(apart.group(1).split())]
    return f"{kind} {'over' if kind == 'lead' else 'to'} {apart.group(2)}"
