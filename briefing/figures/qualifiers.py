"""The words that tell one measure from another of the same noun: which ones, a part, an estimate, a comparison.

"his first 17 passes in a row" are the first consecutive passes, not all his passes; "an estimated 3,000
homes" is an estimate; "50 times the level deemed safe" compares, it does not increase; "a 24% drop in
exports" is a drop of exports. English grammar words only (ordinals, estimate verbs, irregular verb forms).
"""

from __future__ import annotations

import re

from briefing.figures import owners as ow
from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.stance import STANCE_WORDS
from briefing.figures.structure import words
from briefing.text import english as en
from briefing.text.numbers import Quantity

# Ordinal and position words: between a determiner and a count they pick some of the things, not all of them.
_WHICH = frozenset({"first", "last", "final", "opening", "next", "previous", "initial", "latest"})
_RUN = re.compile(r"\s+(?:\w+\s+){0,2}?in\s+a\s+row\b", re.I)
_ESTIMATES = frozenset({"estimate", "estimates", "estimated", "estimating", "projected", "projects", "projecting"})
# "a 9% increase is needed": the number is a requirement, not what happened
_NEEDED = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were|would\s+be|will\s+be|be)\s+(needed|required)\b", re.I)
# the words figures.stance adds too: "expected number of jobs" is as bare as "number of jobs"
_ADDED = _WHICH | {"consecutive", "estimated", "projected", "needed", "required"} | STANCE_WORDS
# "has been in rehab a total of five times": where one has been, how often
_BEEN_IN = re.compile(r"\b(?:been|be|was|were|is|are)\s+((?:in|on|at|behind)\s+(?:[a-z]+\s+){0,2}?[a-z]+)\s+"
                      r"(?:a\s+total\s+of\s+|about\s+|some\s+|nearly\s+|at\s+least\s+|more\s+than\s+)?$")
# "the entire 25.2% stake": owners' qualifier words, and the words that say all of it
_AMOUNT_WORDS = ow.QUALIFIERS | {"only", "entire", "full", "whole"}
_BEFORE_WHOLE = ow.QUALIFIERS | st.DETERMINERS  # "of roughly 276,500", "of the 80"
# Before a comparison's reference: the thing's own earlier self or a time ("than its predecessor", "than before").
_OWN = en.POSSESSIVES | {"before", "ever", "last", "previously", "usual", "normal", "expected"}
# Nouns of change: a percentage of one of these says nothing until it says of what ("a 24% drop").
CHANGE_NOUNS = frozenset({"drop", "rise", "fall", "increase", "decrease", "decline", "gain", "growth", "jump",
                          "cut", "reduction", "loss", "surge", "slide", "dip", "hike", "boost", "plunge"})
# Words that open a time phrase after a noun: "a 24% drop last year", "a rise this week".
TIME_OPENERS = frozenset({"last", "next", "this", "each", "every", "so", "since", "year-on-year", "year-over-year"})
# Closed-class words: none of them names a kind of thing or a stretch of time.
_CLOSED = st.AUX | st.FUNCTION | st.DETERMINERS
_NOT_NOUNS = st.PREPOSITIONS | st.DETERMINERS | st.FUNCTION
_PREPOSITIONS_BUT_OF = st.PREPOSITIONS - {"of"}
# "10 times more calories than salsa", "50 times (that of) the level deemed safe"
_THAN = re.compile(r"\s+(?:more|larger|bigger|higher|greater|less|fewer|as\s+many|as\s+much)\s+"
                   r"([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:than|as)\s+")
_THE = re.compile(r"\s+(?:that\s+of\s+)?the\s+")


def qualified(sentence: str, toks: list[st.Token], q: Quantity, first: int, lo: int, measure: str,
              verb: str, verb_at: int | None) -> str:
    """`measure` with the words that say which ones, or that the number is an estimate or a requirement."""
    if q.dim == "count":
        measure = _which_counted(sentence, toks, q, first, measure, verb, verb_at)
        if not measure:
            return ""
    at = next((k for k in range(first - 1, -1, -1) if toks[k].low in _ESTIMATES), None)
    # "winds estimated at 60 mph and waves of up to 20 feet": an estimate "at" a number is of that number alone
    cue = toks[at].low if at is not None and not _estimated_at(toks, at, first) else ""
    said = "projected" if cue.startswith("project") else "estimated"
    # "Officials estimate that about 3,000 homes ..."; not "the original estimate of $315 million" ("estimated estimate")
    if cue and not any(w.startswith(said[:6]) for w in measure.split()):
        measure = f"{said} {measure}"
    needed = _NEEDED.match(sentence, q.end)
    if needed and needed.group(1).lower() not in measure.split():
        measure = f"{needed.group(1).lower()} {measure}"
    return measure


def _estimated_at(toks: list[st.Token], at: int, first: int) -> bool:
    """Is the estimate word at `at` said of another number, one right after it ('estimated at 400 metres',
    'estimated to be 60 mph'), before the number at `first`?"""
    k = at + 1
    while k < first and (toks[k].low in ("at", "to", "be", "as") or toks[k].low in ow.QUALIFIERS):
        k += 1
    return k < first and k > at + 1 and (toks[k].text[:1].isdigit() or st.number_word(toks[k].low))


def _which_counted(sentence: str, toks: list[st.Token], q: Quantity, first: int, measure: str, verb: str,
                   verb_at: int | None) -> str:
    """A count's measure with which of the things are counted; '' when the count is of nothing done."""
    acted = verb_at is not None and verb_at < first
    # "didn't" is one token, so only "never" and "not" are read here; counting "-n't" too hid a right count behind a
    # preposition ("hadn't done it against 30 teams"): a negation cancels only the verb's direct object.
    if acted and verb_at and toks[verb_at - 1].low in ("never", "not"):
        return ""  # "a country that never gave us 10 cents": nothing was given
    if acted and verb in vocab.PARTICIPLE_OF_PAST:
        head, _, rest = measure.rpartition(f" {verb}")
        if head and (not rest or rest.startswith(" ")):  # "took 3 wickets": wickets taken
            measure = f"{head} {vocab.PARTICIPLE_OF_PAST[verb]}{rest}"
    after = next((i for i, t in enumerate(toks) if t.start >= q.end), len(toks))  # the token after the count
    if _verb_of_another_clause(toks, after, measure):
        return ""  # "suspended for the first four games ... after being charged": the games were not charged
    if q.unit == "times":
        measure = _how_often(sentence, toks, q, first, measure, verb, verb_at)
    if measure:
        measure = _which_ones(sentence, toks, q, first, measure)
    if measure.startswith("number of ") and not _whole_of_a_part_doing(toks, first):
        measure = _doing(toks, after, measure)
        # "had five points during a run": a stretch of what one has; "pulled a gun on two guards during a
        # transfer" says when the act was, not which guards
        held = (verb in vocab.HAVING or verb_at is None) and not (first and toks[first - 1].low in st.PREPOSITIONS)
        measure = _during(sentence, toks, after, measure) if held else measure
    return measure


def _how_often(sentence: str, toks: list[st.Token], q: Quantity, first: int, measure: str, verb: str,
               verb_at: int | None) -> str:
    """'was sued three times' -> 'times sued', 'have gone to the polls four times' -> 'times gone to the polls',
    'has been in rehab a total of five times' -> 'times in rehab'; a count of times with no verb is not shown."""
    if verb_at is not None and verb_at < first and verb not in st.AUX and (st.past(verb) or verb.endswith("ed")):
        between = toks[verb_at + 1:first]
        said = between and len(between) <= 4 and between[0].low in st.PREPOSITIONS and all(
            t.word and t.text.islower() and not st.is_verb(toks, verb_at + 1 + k) for k, t in enumerate(between))
        return f"times {verb}{' ' + words(between) if said else ''}"
    where = _BEEN_IN.search(sentence, 0, q.start)
    return f"times {where.group(1)}" if where else ""


def _whole_of_a_part_doing(toks: list[st.Token], first: int) -> bool:
    """Is the count at token `first` the whole of 'with 114,191 of roughly 276,500 registered voters casting
    ballots'? After "with", the participle is what the part does (the 114,191 cast ballots), not which of the
    whole are counted: the whole is all registered voters."""
    k = first - 1
    while k > 0 and toks[k].low in _BEFORE_WHOLE:
        k -= 1
    return k >= 2 and toks[k].low == "of" and st.number_word(toks[k - 1].low) and toks[k - 2].low == "with"


def _doing(toks: list[st.Token], at: int, measure: str) -> str:
    """'70 yards rushing on nine carries' -> 'number of yards rushing', '51 wins coming by way of knockout':
    a participle right after the counted noun (at `at`) says which of them are counted."""
    ing = toks[at].low if at < len(toks) else ""
    if not (ing.endswith("ing") and len(ing) > 5 and toks[at].text.islower()) or ing in en.ING_PREPOSITIONS:
        return measure
    said = [toks[at]]
    nxt = toks[at + 1] if at + 1 < len(toks) else None
    if nxt is not None and (nxt.text[:1].isdigit() or nxt.text in "$€£¥"):
        return measure  # "18 months of repairs costing $240 million": the participle takes a number, not a kind
    if nxt is not None and nxt.word and nxt.low not in ("on", "in", "at", "for", "against", "during", "and", "or"):
        if not nxt.text.islower() or nxt.low in _CLOSED or nxt.low in en.OBJECT_PRONOUNS or nxt.low in en.REFLEXIVES:
            return measure  # "officers driving him", "societies representing Europe": its object is no kind
        for k in range(at + 1, min(len(toks), at + 6)):  # "coming by way of knockout", "undergoing sleeve surgery"
            t = toks[k]
            if not t.word or not t.text.islower() or t.low in _CLOSED \
                    or (k > at + 1 and t.low in _PREPOSITIONS_BUT_OF) or st.is_verb(toks, k) or st.past(t.low):
                break
            said.append(t)
        while len(said) > 1 and said[-1].low in st.PREPOSITIONS:
            said.pop()
        if len(said) == 1:
            return measure
    return f"{measure} {words(said)}"


def _during(sentence: str, toks: list[st.Token], at: int, measure: str) -> str:
    """'had five points during a pivotal 15-2 run': the count is of that stretch, not of the whole game."""
    if at + 2 >= len(toks) or toks[at].low != "during" or toks[at + 1].low not in ("a", "an", "the"):
        return measure
    stretch: list[st.Token] = []
    for t in toks[at + 2:at + 8]:  # "a pivotal 15-2 run"
        if not (t.word and t.text.islower() or t.text[:1].isdigit() or t.text == "-") or t.low in _CLOSED \
                or t.low in st.PREPOSITIONS:
            break
        stretch.append(t)
    end = at + 2 + len(stretch)
    closed = end >= len(toks) or not toks[end].word or toks[end].low in st.PREPOSITIONS | st.FUNCTION
    if not stretch or not closed or not stretch[-1].word or not stretch[-1].text.islower():
        return measure
    return f"{measure} during {toks[at + 1].low} {sentence[stretch[0].start:stretch[-1].end]}"


def _verb_of_another_clause(toks: list[st.Token], at: int, measure: str) -> bool:
    """A verb of the measure read after the count (from `at`) across a subordinator ('after', 'when') is that
    clause's."""
    said = set(measure.split())
    for k in range(at, min(len(toks), at + 10)):
        if toks[k].low in said and st.past(toks[k].low):
            return any(t.low in en.SUBORDINATORS for t in toks[at:k])
    return False


def core(measure: str) -> str:
    """The measure without the words this module adds: what tells a bare measure ('number of people')."""
    parts = measure.split()
    while parts and parts[0] in _ADDED:
        parts.pop(0)
    rest = " ".join(parts)
    if rest.startswith("number of "):
        return "number of " + core(rest[10:])
    return rest


def _which_ones(sentence: str, toks: list[st.Token], q: Quantity, first: int, measure: str) -> str:
    """'his first 17 passes in a row' -> 'first consecutive passes ...': an ordinal before the count and 'in a
    row' after it say the count is a run of some of them."""
    k = first - 1
    ordinal = toks[k].low if k >= 0 and toks[k].low in _WHICH else ""
    opened = k >= 1 and (toks[k - 1].low in st.DETERMINERS or toks[k - 1].low.endswith(("’s", "'s")))
    kept = []
    if ordinal and opened and ordinal not in measure.split():
        kept.append(ordinal)
    if _RUN.match(sentence, q.end) and "consecutive" not in measure.split():
        kept.append("consecutive")
    if not kept:
        return measure
    prefix = " ".join(kept)
    return f"number of {prefix} {measure[10:]}" if measure.startswith("number of ") else f"{prefix} {measure}"


def comparison(sentence: str, toks: list[st.Token], q: Quantity, first: int, subject_noun: list[st.Token]) -> str:
    """'pollution reached 50 times the level deemed safe' -> 'pollution relative to the level deemed safe';
    '10 times more calories than salsa' -> 'calories relative to salsa': a multiple of another thing is a
    comparison, not an increase. '' when the sentence names nothing it is compared with."""
    than = _THAN.match(sentence, q.end)
    if than:
        at = next((i for i, t in enumerate(toks) if t.start >= than.end()), len(toks))
        if at >= len(toks) or toks[at].low in _OWN or not toks[at].word:
            return ""  # "more compute than its predecessor", "than before": its own earlier self, an increase
        at += toks[at].low in st.DETERMINERS
        other = _phrase(toks, at)
        return f"{than.group(1)} relative to {other}" if other else ""
    the = _THE.match(sentence, q.end)
    if not the:
        return ""
    at = next((i for i, t in enumerate(toks) if t.start >= the.end()), len(toks))
    other = _phrase(toks, at)
    if not other:
        return ""
    whose = words(subject_noun or st.noun_before(toks, first, 0, 2))  # "a blood-alcohol level more than five times"
    return f"{whose} relative to the {other}" if whose else ""


def _phrase(toks: list[st.Token], at: int) -> str:
    """The noun phrase at `at` with a participle and its adjective after it: 'level deemed safe', 'salsa'."""
    noun = cut_time(st.noun_after(toks, at, len(toks), 3))
    end = at + len(noun)
    if noun and end + 1 < len(toks) and st.past(toks[end].low) and toks[end + 1].text.islower() \
            and toks[end + 1].word and toks[end + 1].low not in _NOT_NOUNS:
        noun = [*noun, toks[end], toks[end + 1]]  # "the level deemed safe"
    return words(noun)


def change_of(sentence: str, toks: list[st.Token], q: Quantity, noun: list[st.Token],
              subject_noun: list[st.Token]) -> str:
    """'a 24% drop in exports' -> 'drop in exports'; 'Exports showed a 24% drop' -> 'exports drop'; a bare
    change noun with neither is '' (a drop of what, a reader cannot tell)."""
    head = noun[-1].low
    end = next((i for i, t in enumerate(toks) if t.start == noun[-1].start), len(toks)) + 1
    if end + 1 < len(toks) and toks[end].low in ("in", "of", "for"):
        at = end + 1 + (toks[end + 1].low in st.DETERMINERS)
        what = _phrase(toks, at)
        if what:
            return f"{head} in {what}"
    if subject_noun:
        return f"{words(subject_noun)} {head}"
    return ""


def cut_time(noun: list[st.Token]) -> list[st.Token]:
    """'drop last year': a time phrase after the noun is no part of it."""
    at = next((k for k, t in enumerate(noun) if t.low in TIME_OPENERS), len(noun))
    return noun[:at]


def predicate_share(toks: list[st.Token], first: int, after: list[st.Token], subject_noun: list[st.Token],
                    verb: str) -> str | None:
    """'The county is 43 percent black': a percentage with no article before it and one word after is a share
    the word describes ('black share of the county'), not a thing ('a 25.2% stake'); None when it is a thing,
    '' when the sentence does not say of what."""
    if len(after) != 1:
        return None
    if after[0].low.endswith("ing"):
        return ""  # "the other 10 percent coming from": a clause, not a thing
    k = first - 1
    while k >= 0 and toks[k].low in _AMOUNT_WORDS:
        k -= 1
    if k >= 0 and (toks[k].low in st.DETERMINERS or toks[k].low.endswith(("’s", "'s"))):
        return None  # "the entire 25.2% stake", "a 2.8 per cent discount"
    word = after[0]
    if verb not in ("is", "are", "was", "were") or not subject_noun:
        return ""  # "the other 10 percent coming from", "100% battery in my MacBook Pro"
    return f"{word.text if word.text[:1].isupper() else word.low} share of the {words(subject_noun)}"


def valued_thing(toks: list[st.Token], verb_at: int | None) -> str:
    """'stole diamonds valued at 85 million euros': the noun a participle of value follows is what is valued."""
    if verb_at is None or verb_at == 0 or toks[verb_at].low not in ("valued", "priced"):
        return ""
    noun = st.noun_before(toks, verb_at, 0, 2)
    return words(noun) if noun and all(t.text.islower() for t in noun) else ""


def measured(toks: list[st.Token], verb_at: int | None) -> str:
    """'A corner of the building measuring 50m by 50m' -> 'size of the corner of the building': the noun
    before a verb of measuring is what is measured; '' when there is none."""
    if verb_at is None:
        return ""
    noun = st.noun_before(toks, verb_at, 0, 2)
    if not noun or not all(t.text.islower() for t in noun):
        return ""
    at = verb_at - len(noun)
    if at >= 3 and toks[at - 1].low == "the" and toks[at - 2].low == "of" and toks[at - 3].word \
            and toks[at - 3].text.islower() and toks[at - 3].low not in _NOT_NOUNS:
        return f"size of the {toks[at - 3].low} of the {words(noun)}"
    return f"{words(noun)} size"


def no_thing(toks: list[st.Token], noun: list[st.Token]) -> bool:
    """'more like 300 miles' (a preposition), 'a case that's waterproof up to 50 meters' (an adjective after
    a copula): the word before the amount names nothing measured."""
    if noun[-1].low in ("like", "unlike"):
        return True
    at = next((k for k, t in enumerate(toks) if t.start == noun[0].start), 0)
    before = toks[at - 1].low if at else ""
    return len(noun) == 1 and (before in ("is", "are", "was", "were", "be", "been") or before.endswith(("’s", "'s"))
                               and before[:-2] in ("that", "it", "which", "what"))


def object_between(toks: list[st.Token], verb_at: int) -> bool:
    """'data puts the figure at $44 million': a noun with its article between the verb and the amount is
    what the amount is (the figure), not the verb's subject."""
    at = verb_at + 1
    return at + 1 < len(toks) and toks[at].low in ("the", "a", "an", "its", "their") and toks[at + 1].word \
        and toks[at + 1].text.islower() and toks[at + 1].low not in st.PREPOSITIONS


def addressed(toks: list[st.Token], verb_at: int) -> bool:
    """'you pay only $12.99', 'you'd be paying $9.99/month': the reader is addressed; no one's payment is said."""
    at = verb_at - 1
    while at >= 0 and toks[at].low in st.AUX:  # "you'd" is one token; "would", "will", "could" are auxiliaries
        at -= 1
    return at >= 0 and toks[at].low in ("you", "you’d", "you'd", "you’ll", "you'll", "we", "i")


# What befell a share's whole is said by a form of "be" or "have" ("have been disrupted", "is offline"), after a
# phrase that says which part of the whole ("communications to the Middle East"; not "of" or "than")
_BE_HAVE = en.BE | {"has", "have", "had"}
_WHICH_PART = st.PREPOSITIONS - {"of", "than"}


def _past_coordinated(toks: list[st.Token], k: int) -> int:
    """Past 'and call centers' of '80 percent of Internet services and call centers in Egypt have been cut'."""
    if k < len(toks) and toks[k].low == "and":
        words_after = [j for j in range(k + 1, min(len(toks), k + 4)) if toks[j].word and toks[j].low not in st.AUX
                       and toks[j].low not in _WHICH_PART]
        return words_after[-1] + 1 if words_after and words_after[0] == k + 1 else k
    return k


def _past_shares(toks: list[st.Token], k: int) -> int:
    """Past ', 52 percent in Egypt, and 82 percent in India' of '55 percent of voice traffic in Saudi Arabia, 52
    percent in Egypt, and 82 percent in India was out of service': more shares of the same whole, listed."""
    j = k
    while j < len(toks) and toks[j].text == ",":
        nxt = j + 1 + (j + 1 < len(toks) and toks[j + 1].low == "and")
        end = next((i for i in range(nxt, min(len(toks), nxt + 12)) if toks[i].text == "," or toks[i].low in _BE_HAVE),
                   None)
        if j > k and nxt < len(toks) and toks[nxt].low in _BE_HAVE:
            return nxt  # "..., and 60 per cent in India, were disrupted": the list's closing comma
        if end is None or nxt >= len(toks) or not toks[nxt].text[:1].isdigit():
            return k  # not another share: the sentence goes on
        j = end
    return j


def share_predicate(toks: list[st.Token], at: int) -> str:
    """' to the Middle East disrupted' of 'Up to 70% of communications to the Middle East have been disrupted',
    ' with India offline' of '65% of traffic with India is offline': what befell the whole a share is of, and a
    short phrase that says which part of it ('' when no verb in the past or state word follows)."""
    k, phrase = _past_coordinated(toks, at), ""
    if k < len(toks) and toks[k].low in _WHICH_PART:
        end = next((j for j in range(k + 1, min(len(toks), k + 6)) if toks[j].low in st.AUX
                    or (toks[j].text == "," and _past_shares(toks, j) > j)), None)  # "in Saudi Arabia, 52 percent ..."
        if end is None or not all(t.word for t in toks[k:end]):
            return ""
        phrase, k = f" {st.words(toks[k:end])}", end
    k = _past_shares(toks, k)
    if k < len(toks) and toks[k].low in en.MODALS:  # "may have been exposed"
        k += 1
    if k >= len(toks) or toks[k].low not in _BE_HAVE:
        return ""
    while k < len(toks) and (toks[k].low in _BE_HAVE or toks[k].low in st.ADVERBS):
        k += 1  # "have been", "is now"
    t = toks[k] if k < len(toks) else None
    if t is not None and t.low == "out" and k + 2 < len(toks) and toks[k + 1].low == "of" and toks[k + 2].word:
        return f"{phrase} out of {toks[k + 2].low}"  # "was out of service"
    if t is None or not t.word or not t.text.islower() or t.low in st.CLOSED or t.low.endswith(("ly", "ing")):
        return ""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    ends = nxt is None or not nxt.word or nxt.low in st.PREPOSITIONS or nxt.low in ("when", "while", "after", "as")
    return f"{phrase} {t.low}" if st.past(t.low) or ends else ""

