"""Which person 'a 71-year-old man' is, when the sentence introduces him without a name (used by figures.measures).

A story that names a person gives the age to the name; one that does not introduces the person indefinitely
("A 71-year-old man was killed when a wall fell", "a 34-year-old woman who collapsed") and tells them apart by
what happened to each. "Age of the man" fits every man of the story; "age of the man killed" fits one. What an
indefinite description says besides its noun, read from English structure only:

- where the person is from, a name after "from" ("A 27-year-old man from Conakry said");
- else the verb of its clause: a passive or past participle is what was done to the person ("was killed",
  "who was crushed" -> "killed", "crushed"), an active past verb what they did ("died", "has confessed" -> "who
  died", "who confessed"); a verb of saying says nothing of who they are, and a participle before a name or an
  object ("a man named Ali", "a boy drowned the cat") is not read;
- else, when the person is the object of a past verb before it, that verb ("hit a 66-year-old woman" -> "hit").

An indefinite description that restates a definite one before its comma is that one ("the alleged organiser,
a 58-year-old Bella Vista man" -> "age of the alleged organiser").

A definite description ("the 24-year-old left-hander") stands for someone already named: figures.referents.
"""

from __future__ import annotations

import re

from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.casualties import is_person
from briefing.text import english as en

_EN = re.compile(r"[a-z]{2,}(?:wn|[^e]en)")  # an irregular participle after "was": "flown", "thrown", "taken"
_AGENT = re.compile(r"[a-z]{2,}(?:er|or|ist|ian)")  # "organiser", "operator": who one is by what one does
_INDEFINITE = frozenset({"a", "an"})
# Endings of English adjectives ("unarmed", "local", "dangerous", "aggressive", "foolish"): a word so ended before
# a doer's noun says what kind of person, not which role ("forklift driver", "gang member", "winch operator").
_ADJECTIVE = re.compile(r"(?:ed|al|ous|ive|ic|ful|less|able|ible|ish|ese|ing)$")
# What follows an active verb that takes no object: a preposition, a conjunction or an adverb (closed classes).
_NO_OBJECT = st.PREPOSITIONS | st.FUNCTION | st.ADVERBS | en.SUBORDINATORS | en.ING_PREPOSITIONS | frozenset(
    {"near", "outside", "inside", "overnight", "yesterday", "today"})  # not a particle: "stepped out of"


def told(word: str) -> bool:
    """Is `word` a verb `what_befell` adds after the noun ('killed', 'shot', 'died', 'taken')?"""
    return _past_form(word) or bool(_EN.fullmatch(word))


def _past_form(word: str) -> bool:
    """Is `word` a past verb or participle ('killed', 'shot', 'died')?"""
    return st.past(word) or word in st.SIMPLE_PAST or word == "died"


def role_noun(noun: list[st.Token]) -> list[st.Token]:
    """The noun an age describes, from the noun phrase after it: its last word ('man'), with the word before when
    the two are one compound naming a role ('forklift driver', 'gang member': a noun before a doer's noun)."""
    if len(noun) >= 2 and _AGENT.fullmatch(noun[-1].low) and noun[-2].text.islower() and noun[-2].word \
            and noun[-2].low.isalpha() and noun[-2].low not in st.CLOSED and not _ADJECTIVE.search(noun[-2].low):
        return noun[-2:]
    return noun[-1:]


def indefinite(toks: list[st.Token], first: int) -> bool:
    """Is the age at toks[first] said with 'a'/'an', right before it or before one adjective ('an unarmed')?"""
    if first > 0 and toks[first - 1].low in _INDEFINITE:
        return True
    return first > 1 and toks[first - 2].low in _INDEFINITE and toks[first - 1].text.islower() \
        and toks[first - 1].word and not st.is_verb(toks, first - 1) and toks[first - 1].low not in st.CLOSED


def what_befell(toks: list[st.Token], first: int, end: int, hi: int) -> str:
    """Words that tell the person 'a N-year-old <noun>' apart: 'from Conakry', 'killed', 'who died', or ''.

    toks[first] is the age, toks[end] the first token past its noun, hi the end of its clause."""
    if end + 1 < hi and toks[end].low == "from" and toks[end + 1].text[:1].isupper():
        place = [toks[end + 1]]
        while end + 1 + len(place) < hi and toks[end + 1 + len(place)].text[:1].isupper():
            place.append(toks[end + 1 + len(place)])
        return "from " + st.words(place)
    at = end
    who = next((k for k in range(end, min(hi, end + 9)) if toks[k].low in ("who", ",")), None)
    if who is not None and toks[who].low == "who":
        at = who + 1
    verb, passive = _verb(toks, at, hi)
    if verb is not None:
        word = toks[verb].low
        if word in vocab.REPORTING or not (_past_form(word) or passive and _EN.fullmatch(word)):
            return ""
        following = toks[verb + 1] if verb + 1 < len(toks) else None
        reduced = verb == end and (following is not None and following.low == "by" or _inside(toks, first)
                                   or _finite_after(toks, verb + 1, hi))
        if passive or reduced:  # "a girl killed by a stray bullet", "including a man abducted in Mali"
            return word
        if following is None or not following.word or following.low in _NO_OBJECT or following.low.endswith("ly"):
            # "died about 11am", "collapsed near the mark"; not "saw his doctor", "had contracted bubonic plague"
            return f"who {word}"
        return ""
    before = first - (2 if first > 1 and toks[first - 1].low not in _INDEFINITE else 1) - 1
    if before >= 0 and (st.past(toks[before].low) and st.is_verb(toks, before)) \
            and toks[before].low not in vocab.REPORTING and toks[before].low not in st.AUX:
        return toks[before].low
    return ""


def _verb(toks: list[st.Token], at: int, hi: int) -> tuple[int | None, bool]:
    """(the first verb of the clause from toks[at], whether a form of 'be' comes before it), past a phrase of
    up to six words ('from the same party', 'in the province of Quirino'); (None, False) at a comma or a
    conjunction first."""
    passive = False
    for k in range(at, min(hi, at + 12)):
        t = toks[k]
        if t.low in en.BE:
            passive = True
        elif t.low in ("has", "have", "had") or t.low in st.ADVERBS or (t.low.endswith("ly") and passive):
            continue
        elif t.low in st.FUNCTION or t.low in en.RELATIVES or not t.word:  # "a girl whose brother called"
            return None, False
        elif (st.is_verb(toks, k) or t.low in st.PARTICIPLES or passive and _EN.fullmatch(t.low)) \
                and t.low not in st.AUX:
            return k, passive
        elif passive or k - at >= 6:
            return None, False
    return None, False


def _inside(toks: list[st.Token], first: int) -> bool:
    """Is 'a N-year-old ...' at toks[first] inside a phrase or an object ('of a 10-year-old girl', 'including a
    ...', 'hit a ...'), so that a participle right after its noun describes it, not a clause's subject?"""
    at = first - (1 if toks[first - 1].low in _INDEFINITE else 2)
    if at <= 0:
        return False
    word = toks[at - 1].low
    # "the oldest was a 94-year-old woman found in her flat", "among them a 78-year-old woman found ...": a
    # description said of a subject, or after "among them", opens no clause of its own
    among = word in ("them", "those") and at > 1 and toks[at - 2].low == "among"
    return word in st.OBJECT_PREPOSITIONS or word.endswith("ing") or word in ("was", "is") or among \
        or (st.is_verb(toks, at - 1) and word not in vocab.REPORTING and word not in st.AUX)


def _finite_after(toks: list[st.Token], at: int, hi: int) -> bool:
    """Does a finite 'be' or 'have' follow in the clause, with no comma or conjunction first ('a 52-year-old woman
    arrested at the address on suspicion of fraud has been released'): then the participle before it was passive."""
    for k in range(at, min(hi, at + 14)):
        if toks[k].low in ("has", "had", "was", "is"):
            return True
        if not toks[k].word or toks[k].low in ("and", "or", "but", "who", "which", "that", "when", "after"):
            return False
    return False


def apposed(toks: list[st.Token], first: int) -> str:
    """'the alleged organiser, a 58-year-old Bella Vista man': the definite description 'a N-year-old ...' at
    toks[first] restates ('alleged organiser'), or ''. Not a group ('one of the two night guards, a ...')."""
    if first < 4 or toks[first - 1].low not in _INDEFINITE or toks[first - 2].text != ",":
        return ""
    if one := _one_of(toks, first - 3):
        return one
    k = first - 3
    while k >= 0 and first - 3 - k < 4 and toks[k].low != "the" and toks[k].word and toks[k].text[:1].islower() \
            and toks[k].low not in st.CLOSED and not st.number_word(toks[k].low):  # "the critically injured guard"
        k -= 1
    np = toks[k + 1:first - 2]
    if k < 0 or toks[k].low != "the" or not np or (k > 0 and toks[k - 1].low in st.PREPOSITIONS):
        return ""  # "the driver of the pickup, a ...", "by the road, a ...": a phrase's object restates no one
    if not (is_person(np[-1].low) or _AGENT.fullmatch(np[-1].low)):
        return ""
    return st.words(np)


def _one_of(toks: list[st.Token], last: int) -> str:
    """'One of the two night guards, a 61-year-old man': one of a group restated is one 'night guard' (the
    group's noun, ending at toks[last], in the singular), or ''."""
    noun = toks[last].low
    if not (noun.endswith("s") and not noun.endswith("ss") and toks[last].text.islower() and noun.isalpha()):
        return ""
    k = last
    while k > 0 and last - k < 3 and toks[k - 1].text.islower() and toks[k - 1].word \
            and toks[k - 1].low not in st.CLOSED and not st.number_word(toks[k - 1].low):  # "the two night guards"
        k -= 1
    group = toks[k:last + 1]
    k -= 1 if k > 0 and st.number_word(toks[k - 1].low) else 0
    if k < 3 or toks[k - 1].low not in ("the", "its", "their", "his", "her") or toks[k - 2].low != "of" \
            or toks[k - 3].low != "one":
        return ""
    return st.words(group)[:-1]
