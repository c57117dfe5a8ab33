"""The casualty a count of people reports, read from the sentence around the count.

"two residents died", "took the lives of two officers", "two gang members are under arrest": the count's verb,
its aside or the word it touches says killed, injured or arrested (casualties.py reads tolls told in words).
"""

from __future__ import annotations

import re

from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.casualties import CONDITION, HEDGED, casualty_class, is_person
from briefing.figures.inflicted import not_inflicted
from briefing.text import english as en
from briefing.text.numbers import Quantity

_HURT_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?(?:suffered|sustained|received)\s+(?:an?\s+)?(?:\w+(?:-\w+)*\s+){0,3}?"
                         r"(?:wounds?|injur(?:y|ies))\b|\s+(?:\w+\s+){0,2}?(?:received|needed|required)\s+(?:\w+\s+)?"
                         r"(?:medical\s+|hospital\s+)?treatment\s+(?:after|for)\b"
                         rf"|\s+(?:\w+\s+){{0,2}}?(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?{CONDITION}\b")
_LIVES_OF = re.compile(r"\b(?:took|taken|taking|takes|claimed|claiming|claims|cost|costing)\s+the\s+lives?\s+of\s+"
                       r"(?:(?:at\s+least|some|about|nearly|almost|more\s+than)\s+)?$", re.I)
_HELD_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,8}?(?:(?:is|are|was|were|remains?|remained)\s+(?:now\s+)?"
                         r"(under arrest|in (?:police )?custody)|(?:have|has|had)\s+been\s+(?:\w+ly\s+)?"
                         r"(arrested|killed|injured|wounded|detained))\b")
# "two managers, Paul Riva and Alan Steinberg, were wounded": the verb said of the count past an aside.
_ASIDE_THEN = re.compile(r"\s*(?:,|[–—]|-\s*-)\s*[^,;.–—]{1,80}?\s*(?:,|[–—]|-\s*-)\s+(?:who\s+)?"
                         r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?([a-z]+)\b")
_CASUALTY_OF = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+)?$")
# "None of the 40 passengers was injured": the count is of those nothing happened to (counts.py reads it too).
NONE_OF_THE = re.compile(r"\b(?:none|neither)\s+of\s+(?:the|their|its|his|her|our)\s+$", re.I)
# "Of the 87 injured, 31 were ...", "Of the dead, 11 were women": a bare count after it is a part of that group.
_PART_OF = re.compile(r"(?:^|[.;:]\s+)of\s+(?:the|those|these)\s+[^,;]{1,60},\s*"
                      r"(?:(?:about|some|at\s+least|nearly|almost|more\s+than)\s+)?$", re.I)
# "intended to shoot two more", "threatened to kill 3 guards": an intent, not a casualty.
_INTENDED = re.compile(r"\b(?:intend|tr(?:y|ie)|plan|threaten|want|attempt|vow|seek|sought)\w*\s+to\s+[a-z]+\s+"
                       r"(?:(?:an)?other\s+|more\s+)?$", re.I)


_RECORD = frozenset({"prior", "previous", "past", "earlier", "former"})
# "lost their lives", "were burnt to death" are English for died (not "sentenced to death": a penalty)
_DIED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:later\s+)?(?:died|succumbed\s+to|lost\s+(?:their|his|her)\s+li(?:ves|fe)|"
                   r"(?!sentenced\b|condemned\b)[a-z]+\s+to\s+death)\b")
# "fatally injuring a woman", "fatally shot two men": the verb before the count and its outcome.
_FATALLY = re.compile(r"\bfatally\s+[a-z]+(?:ed|ing)\s+(?:[a-z-]+\s+){0,2}$", re.I)
_DEAD_VERBS = frozenset({"pronounced", "declared", "found", "presumed"})  # "... were pronounced dead"


# "leaving about 800 dead or missing", "have died or gone missing": one toll of two fates, neither a death toll nor a
# count of the missing (English casualty words only).
_OR_MISSING = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:dead|died|killed)\s+or\s+(?:(?:have|has|had|are|were|gone|went|"
                         r"been|remain|remained|still|now|are\s+still)\s+){0,2}(?:missing|unaccounted)\b", re.I)
DEAD_OR_MISSING = "dead or missing"


def count_casualty(sentence: str, toks: list[st.Token], q: Quantity, verb: str, first: int, last: int,
                   hi: int) -> str | None:
    """The casualty a count reports, read from the sentence around it (`verb`: the verb governing it from the
    left; `first`, `last`, `hi`: its first and last token and its clause's end): 'two wounded men', 'three fatalities',
    '... people were killed', 'killed a total of 346 people'; 'dead or missing' where the toll joins both."""
    found = _casualty(sentence, toks, q, verb, first, last, hi)
    if found == "killed" and _OR_MISSING.match(sentence, q.end):
        return DEAD_OR_MISSING  # "leaving about 800 dead or missing": not all of them died
    return found


def _casualty(sentence: str, toks: list[st.Token], q: Quantity, verb: str, first: int, last: int,
              hi: int) -> str | None:
    """The casualty a count reports, one of killed, injured, missing, arrested, shot (None for none)."""
    if q.dim != "count" or q.unit.lower() in vocab.NOT_PEOPLE or re.match(
            r"\s+(?:away|ago|later|earlier|apart|long|wide|deep|high|old)\b", sentence[q.end:]):
        return None  # "shot eleven times", "arrested five buildings away": not counts of people
    if _RECORD.intersection(q.noun.lower().split()):
        return None  # "Gray has four prior arrests": a record, not this event's casualties
    for word in q.noun.split():
        found = casualty_class(word)
        if found and found != "shot":
            return found
    if not_inflicted(sentence, q.start, q.end):
        return None  # "two patients died of cancer": deaths, not casualties
    if NONE_OF_THE.search(sentence[:q.start]):
        return None  # "None of the 40 passengers was injured"
    if not q.noun and _PART_OF.search(sentence[:q.start]) and not _DIED.match(sentence, q.end):
        return None  # "Of the 11 injured, four were in critical condition": a part of the toll, told by what it is
    if _INTENDED.search(sentence[:q.start]):
        return None  # "threatened to kill 3 guards": it did not happen
    if _HURT_AFTER.match(sentence[q.end:]):  # "two officers sustained serious injuries"
        return "injured"
    if _LIVES_OF.search(sentence[:q.start]) or _FATALLY.search(sentence[:q.start]):
        return "killed"  # "took the lives of two officers", "fatally injuring a woman"
    opener = st.prep_before(toks, first, 0)  # "of two residents", "with 3 men": the count is no subject
    died = _DIED.match(sentence, q.end)
    if opener in en.SUBORDINATORS and died:
        opener = ""  # "a day after three workers died": "after" opens a clause the count is the subject of
    if died and not opener and not HEDGED.search(sentence[q.end:died.end()].rsplit(None, 1)[0] + " "):
        return "killed"  # "two residents died of smoke inhalation": "died" is no participle of a reduced clause
    people = q.unit == "people" or is_person(q.unit.split()[-1])
    held = _HELD_AFTER.match(sentence[q.end:]) if people and not opener else None
    if held:  # "two gang members are under arrest", "the two officers involved in ... have been arrested"
        return casualty_class((held.group(1) or held.group(2)).split()[-1]) or "arrested"
    # Headline grammar: "kills 1, wounds 2", "Three dead, 12 injured": the casualty word touches the count.
    touching = [toks[first - 1].low if first > 0 else "", toks[last + 1].low if last + 1 < len(toks) else ""]
    for word in touching if not q.noun else []:
        if (found := casualty_class(word, verb=True)) not in (None, "shot"):
            return found
    aside = _ASIDE_THEN.match(sentence, q.end)
    if aside and (found := casualty_class(aside.group(1))) not in (None, "shot"):
        return found
    of = _CASUALTY_OF.search(sentence[:q.start])
    if of and (found := casualty_class(of.group(1).lower())) not in (None, "shot"):  # "the deaths of at least four members"
        return found
    after = st.verb_after(toks, last + 1, hi) if not opener else None
    if after is not None and HEDGED.search(" ".join(t.text for t in toks[last + 1:after]) + " "):
        return None  # "two passengers were not hurt", "three climbers nearly died"
    if after is not None and toks[after - 1].low in st.DETERMINERS:
        after = None  # "nine pellets in each shot": after an article or 'each' it is a noun
    if after is not None and _acted(toks, last, after):
        after = None  # "two plainclothes officers fatally shot the teenager": they shot, they were not shot
    if after is not None and after + 1 < hi and toks[after].low in _DEAD_VERBS and toks[after + 1].low == "dead":
        return "killed"  # "two women were pronounced dead at the scene"
    for word in ([toks[after].low] if after is not None else []) + [verb]:
        found = casualty_class(word, sentence, verb=word == verb) if word else None
        if found:
            return found
        if word == "charged" and people and re.match(r"\s+on\s+suspicion\b", sentence[toks[after].end if after else 0:]):
            return "arrested"  # "two men were charged on suspicion of murder": held, as the UK police say it
        if word in ("seized", "rounded") and people:
            return "arrested"  # "99 alleged Mafia members seized": people seized are arrested (guns seized are not)
    return None


def _acted(toks: list[st.Token], last: int, verb: int) -> bool:
    """Is the count the one who acted: an active verb with an object ('officers fatally shot the teenager')?"""
    if any(t.low in st.AUX for t in toks[last + 1:verb]) or verb + 1 >= len(toks):
        return False
    nxt = toks[verb + 1]
    return nxt.low in st.DETERMINERS or nxt.low in ("him", "her", "them") or (nxt.text[:1].isupper() and nxt.word)
