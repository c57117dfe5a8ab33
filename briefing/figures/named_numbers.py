"""Numbers that are part of a name, not a figure: "the Group of 20 economies" (G20, no count of economies), "type 2
diabetes" (no count of diabetes).

Issue 11: a label must describe its number; a number that only names a thing has nothing to describe, so it is not
a figure at all (bench/gold/label_audit_dev.md, garbP). Two shapes of English, no word of a corpus: a capitalised
noun after "the" with "of" right before the number ("the Group of 20", "the Council of Ten"), and a noun that names a
class by its number ("type 2", "stage 4", "category 5"). Model numbers ("Boeing 787") are text.number_kinds'.
"""

from __future__ import annotations

import re

from briefing.text.numbers import Quantity
from briefing.text.quantity import WORD_NUMBERS

# A noun naming a class by its number: the number says which class, never how many.
_CLASS_NOUN = re.compile(r"\b(?:type|category|level|stage|phase|grade|tier)\s+$", re.I)
# "the Group of 20": "the", a capitalised noun and "of" right before the number; "the" says the capital is a name's,
# not a sentence's ("Most of 20") nor a day's or a month's ("on Monday of nine", "in December of two counts").
_NAME_OF = re.compile(r"\bthe\s+[A-Z][a-z]+\s+of\s+$")


def in_a_name(sentence: str, q: Quantity) -> bool:
    """Is the count part of a name ('Group of 20 economies', 'type 2 diabetes') rather than a number of things?"""
    if q.dim != "count":
        return False
    before = sentence[max(0, q.start - 40):q.start]
    said = sentence[q.start:q.end]
    if not (said[:1].isdigit() or said.split()[0].lower() in WORD_NUMBERS):
        return False  # a count the sentence gives no number for ("Athens of Alexandros Grigoropoulos": one killed)
    return bool((said[:1].isdigit() and _CLASS_NOUN.search(before)) or _NAME_OF.search(before))
