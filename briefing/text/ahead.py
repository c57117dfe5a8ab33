"""Whether the words before a day tell a plan ("will appear in court on Tuesday", "next Monday").

News tells what has happened, so a weekday alone is the past one; but a day in a clause that looks ahead is
the coming one, or a plan's day, never the event's. Grouping's evidence (evidence.py, through
dayparts.planned) and the day reader that memory tells back days with (dates.py) ask this one test, so a
day is a plan's in both or in neither. Grammar words only: future modals, "is to", "is due/set to",
"scheduled", and "next"/"upcoming"/"coming" right before the day.
"""

from __future__ import annotations

import re

from briefing.text import MONTH_NAMES

# A future in the clause: a modal, "is to"/"is due (to)"/"is set to" (and "expected", "scheduled"), or
# "scheduled (for)", "set for" (its "for" is the plan's, not a turn back). Lower case only: "Will" opening
# a clause is a name or a question more often than a future. "scheduled flights" is a kind of flight, and
# "was to blame" a cause, not plans.
_FUTURE = re.compile(r"\b(?:will|would|shall"
                     r"|(?:is|are|was|were)\s+(?:due(?:\s+for)?\b|(?:set\s+|expected\s+|scheduled\s+)?to\s+(?!blame\b)[a-z])"
                     r"|(?:is|are|was|were)\s+set\s+for\b|scheduled(?:\s+for\b|(?!\s+[a-z]+s\b)))")
# A modifier right before the day: "next Monday", "this coming Sunday", "the upcoming Friday".
_MODIFIER = re.compile(r"\b(?:[Nn]ext|[Uu]pcoming|[Cc]oming)\s+(?:on\s+)?$")
# Words that turn from the plan back to what happened: "will be sentenced on Friday for a robbery on Monday",
# "will pay £150 to customers hit during Monday's outage".
# "for September", "for 2023" name the period a plan covers ("will publish its index for September on Friday"), no
# turn back.
_MONTHS = "|".join(month.capitalize() for month in MONTH_NAMES)
_BACK = re.compile(rf"\b(?:over|after|following|for(?!\s+(?:{_MONTHS}|\d{{4}})\b)|of|about|since|during)\s")


def looks_ahead(before: str) -> bool:
    """Whether `before`, the words of a day's clause up to the day, make it a plan's day: a modifier right
    before it ("next Monday") or a future ("will appear on Tuesday") with no word after the future that
    turns back to what happened ("will be sentenced on Friday for a robbery on Monday")."""
    if _MODIFIER.search(before):
        return True
    futures = [match.end() for match in _FUTURE.finditer(before)]
    return bool(futures) and _BACK.search(before, futures[-1]) is None
