"""Where a sentence or a clause ends, for the readers that share one rule (review round splitS).

Shared here, because more than one reader cuts text the same way:

- SENTENCE_BREAK: a stop (. ! ?) then whitespace, or a run of line breaks. A loose cut with no abbreviation list
  ("Lt. Smith" is two pieces): writeup/told_back.py reads whole report texts with it for the days and names told
  back, and writeup/body_names.py for the report's own sentences, and the two must cut alike.
- clause_start / clause_end with CLAUSE_STOPS (". ", ";", a line break): the clause of a casualty told back
  (text/dayparts.told_back, told_apart_passages). A full stop counts only before a space, so "3.5 miles" or
  "a.m." do not end the clause.
- The same with MARK_STOPS (".;\n"): the clause of a lead's date (text/dayparts.hurt_at, its look-ahead), where
  any full stop ends it, even "a.m." (a narrower clause, as those rules were measured).

Each of the others keeps its own, on purpose (changing one moves what its reader counts; round splitR,
docs/dedupe.md, moved the dedupe floors by changing one cut):

- dedupe/boilerplate._SENTENCE cuts at every . ! ? and line break, even inside "3.5": it must cut a text and its
  digit-masked copy one for one, and templates are compared piece for piece.
- figures/passages.split_sentences keeps "Mr." and "a.m." (its abbreviation list) and a tokenised "46. 8
  percent" whole, and cuts before a capital, digit or currency sign only: a figure's sentence must be whole.
- figures/referents._SENTENCE_END cuts after a stop or a stop and a closing straight or curly double quote,
  before a capital: the sentence before a "The 56-year-old" or a "he" must be the whole one before it.
- figures/scopes._SENTENCE also takes a closing single quote (’): where a scoped sentence opens inside one
  passage (passages are cut already; this only finds the opening).
- figures/other_time._STOPS, figures/spans._CLAUSE_END, figures/referents._OPENS_DESCRIBED and _FIRST_WORD are
  marks within one sentence, not cuts of a text; collect/textclean._SENTENCE asks whether a line holds a
  sentence at all.
"""

from __future__ import annotations

import re

SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
CLAUSE_STOPS = (". ", ";", "\n")
MARK_STOPS = ".;\n"


def clause_start(text: str, at: int, stops: tuple[str, ...] | str = CLAUSE_STOPS) -> int:
    """Where the clause of text[at] opens: one past the last stop's first character before `at`, else 0."""
    if len(stops) == 3:  # both sets of stops: three searches written out, no generator (each date's clause asks twice)
        return max(text.rfind(stops[0], 0, at), text.rfind(stops[1], 0, at), text.rfind(stops[2], 0, at)) + 1
    return max(text.rfind(stop, 0, at) for stop in stops) + 1


def clause_end(text: str, at: int, stops: tuple[str, ...] | str = CLAUSE_STOPS) -> int:
    """Where the clause of text[at] ends: the first stop from `at` on, else the text's end."""
    if len(stops) == 3:  # as clause_start; a stop not found counts as the text's end
        end = len(text)
        a, b, c = text.find(stops[0], at), text.find(stops[1], at), text.find(stops[2], at)
        return min(end if a < 0 else a, end if b < 0 else b, end if c < 0 else c)
    return min((found for found in (text.find(stop, at) for stop in stops) if found >= 0), default=len(text))
