"""A count listed right after another takes its owner and, for averages, its kind: "had 20 points and 10 rebounds"
(split from owners.py; issue 11, what a figure is)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.figures.align import Mention
    from briefing.figures.reading import Reading
    from briefing.text.numbers import Quantity

# "had 20 points and 10 rebounds", "404 yards rushing, 440 yards receiving", "364 yards, including three
# touchdowns": a count listed right after another, nothing but a word or two of the first and a comma, "and",
# "including", "with", "plus" or "on" ("2 yards on 8 carries") between, is the same subject's.
_LISTED = re.compile(r"(?:\s+[a-z]+){0,2}\s*(?:,\s*(?:(?:and|including|plus)\s+)?"
                     r"|\s+(?:and|including|with|plus|on|along\s+with)\s+)(?:(?:about|nearly|almost|some|over|another|just|only)\s+)?")


def listed_owner(before: Mention, text: str, q: Quantity, reading: Reading) -> Reading | None:
    """The reading of the count before whose owner an unnamed count takes, when it is the next item of its list;
    also over a name only in a phrase after it ('Jones had 11 points and five boards in the loss for the Bulls')."""
    after_only = reading.subject is not None and reading.subject not in text[:q.start]
    if (reading.subject and not after_only) or reading.casualty or not before.reading.subject:
        return None
    return before.reading if listed_after(before, text, q) else None


def listed_after(before: Mention, text: str, q: Quantity) -> bool:
    """The count is the next item of a list that opens on the count before it ('had 20 points and 10 rebounds')."""
    return before.passage.text == text and q.dim == before.quantity.dim == "count" \
        and before.quantity.end <= q.start and bool(_LISTED.fullmatch(text[before.quantity.end:q.start]))


def listed_measure(before: Reading, reading: Reading) -> str:
    """'averaged 30 home runs and 100 RBIs': the next item of a list of averages is an average too."""
    if before.measure.startswith("average ") and not reading.measure.startswith("average "):
        return f"average {reading.measure.removeprefix('number of ')}"
    return reading.measure
