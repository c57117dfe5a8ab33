"""What a date is the date of, read from its sentence: the event it dates ('date SpaceX signed the deal') or
the noun it is written before ('date of the Dec. 12 election'); used by figures.measures."""

from __future__ import annotations

import re

from briefing.figures import date_bounds as db
from briefing.figures import date_objects as do
from briefing.figures import date_verbs as dv
from briefing.figures import names as nm
from briefing.figures import owners as ow
from briefing.figures import phrased as ph
from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.casualties import casualty_class
from briefing.figures.date_nouns import agent_date, dated_noun
from briefing.figures.reading import Reading
from briefing.figures.structure import past, words
from briefing.text import WEEKDAYS, word_set
from briefing.text import english as en
from briefing.text.entities import EntityIndex
from briefing.text.numbers import Quantity

_NOT_OBJECTS = frozenset({"last", "late", "early", "earlier", "later", "ago", "versus", "behind", "until"})
_ENDS_PHRASE = st.PREPOSITIONS | st.FUNCTION
_WEEKDAYS = frozenset(WEEKDAYS)
# "over" and "back" open a time as often as they end a verb ("intensified over the last few days"): no particle here.
_PARTICLES = en.PARTICLES - {"over", "back"}
_FUTURE = word_set("will would shall can")  # told plainly ("can be enjoyed until"), not "could", "may"
_BEFORE_VERB = st.AUX | _NOT_OBJECTS  # "is scheduled for", "notes last rose"
_NOT_BEFORE_RELATIVE = st.AUX | st.PREPOSITIONS | st.FUNCTION | vocab.SAYING  # "said that ...", "of that"
_JOINED = re.compile(r",|\band\b|\bbut\b")
_DATE_WORDS = do.DATE_WORDS  # "Monday night", "Jan. 6", "last week": not what the date is of
# what opens a clause of another time after a date: its verb is not the date's ("when", "while" share the time;
# "as", "until" are prepositions as often)
_SUBORDINATE = en.SUBORDINATORS - {"until", "till", "as", "when", "while"}
_OPENS_CLAUSE = _SUBORDINATE | {"until", "till"}  # a day after it is that clause's ("stayed until ... hired him on")
_SPELLS = _DATE_WORDS | word_set("hour day decade season")  # a time of its own, or a spell ("over 48 hours")
_NOT_SUBJECT = st.CLOSED | en.PARTICLES | st.ADVERBS  # "down from the peak reached": no noun reached anything


# Verbs that take another verb's infinitive as their object (English grammar): what they date is that verb's.
_CATENATIVE = frozenset({"started", "began", "decided", "planned", "tried", "agreed", "failed", "voted", "refused",
                         "continued", "scheduled", "expected", "threatened", "chose", "sought", "vowed", "promised",
                         "moved", "attempted", "offered", "wanted", "hoped", "managed", "declined"})


def read_date(sentence: str, q: Quantity, index: EntityIndex) -> Reading:
    """'On May 6, Anthropic and SpaceX signed a compute agreement' -> 'date Anthropic and SpaceX signed a
    compute agreement': the event the date is of, in the sentence's words."""
    text = q.aspect_text or sentence
    toks = st.tokens(text)
    if not q.aspect_text and do.ends_period(toks, q):
        return Reading(measure="date", key="date|", specific=False)
    if q.aspect_text and not any(st.is_verb(toks, i) for i in range(len(toks))):
        text, toks = sentence, st.tokens(sentence)  # "Today (Nov. 18), NASA announced ...": read the sentence
    named = dated_noun(toks, q) if not q.aspect_text else None
    if named:
        return named
    lo, first, blocked, chosen = 0, len(toks), False, -1
    end = next((i for i, t in enumerate(toks) if t.start >= q.end), len(toks))  # the first token past the date
    if q.aspect_text and text is q.aspect_text:
        verbs = [i for i in range(len(toks)) if st.is_verb(toks, i)]
    else:
        first = next((i for i, t in enumerate(toks) if t.end > q.start), 0)
        day = first - 2 if first >= 2 and toks[first - 1].text == "," and toks[first - 2].low in _WEEKDAYS else first
        lo, hi = st.clause(toks, day, first)  # "happened on Saturday, May 18,": the weekday's clause too
        if hi < len(toks) and toks[hi].text == ")" and lo > 0 and toks[lo - 1].text == "(":
            hi += 1  # "Today (Nov. 18), NASA announced ...": the clause around the parentheses
        if hi < len(toks) and toks[hi].text == "," and hi <= 6 and not any(st.is_verb(toks, i) for i in range(lo, hi)):
            # "On May 6, Anthropic signed ...", not "Black Friday is approaching, but items have dropped"
            hi = st.clause(toks, hi + 1, hi + 1)[1]
        relative = next((i for i in range(first + 1, hi) if toks[i].low in ("who", "which", "whom")
                         or _relative_that(toks, i)), hi)
        order = sorted(range(lo, relative), key=lambda i: (i < first, abs(i - first)))  # not "by police who claim ..."
        verbs = [i for i in order if st.is_verb(toks, i) and not (q.start <= toks[i].start < q.end)
                 and not dv.subordinate(toks, lo, first, end, i)]
        own = dv.verb_before(toks, lo, first)
        if own is not None and own >= 0 and any(toks[k].low in _OPENS_CLAUSE and any(
                st.is_verb(toks, j) for j in range(k + 1, first)) for k in range(own + 1, first)):
            # "stayed for seven seasons until the Blazers hired him on June 27": the day is the clause's, not
            # "captured after a chase on Monday" (a preposition's noun, no clause)
            own = -1
        if own is not None and not dv.coordinated(toks, end, relative):
            # a date after its verb dates that verb ("was captured Monday after authorities received tips"); if
            # that verb tells no event ("advances to play Saturday"), a farther one is not the date's
            after = next((k for k in range(end, len(toks)) if toks[k].low not in _DATE_WORDS), len(toks))
            spent = own == first - 1 and after < len(toks) and toks[after].low.endswith("ing")  # "spent Monday trying"
            blocked = own < 0 or spent or not dv.happened(toks, own, told=True)
            verbs, chosen = ([], -1) if blocked else ([own], own)
    # The event a date is of happened: a past verb ("signed", "was arrested", "has died"), not a plan
    # ("investigating ... until") or a statement ("said Monday").
    verbs = [i for i in verbs if toks[i].low not in st.AUX and toks[i].low not in vocab.SAYING
             and dv.happened(toks, i, told=i == chosen)]
    if not verbs and not blocked and not q.aspect_text and lo > 1 and toks[lo - 1].text == "," \
            and toks[lo].low in st.PREPOSITIONS:
        # "..., Eastern Michigan rolled past Northern Illinois, 45-17, on Tuesday night.": a trailing "on
        # <day>" dates the clause before it
        back = next((i for i in range(_past_aside(toks, lo - 1) - 1, -1, -1) if toks[i].text in ";:—(" or (st.is_verb(toks, i)
                     and toks[i].low not in st.AUX)), -1)  # the clause before's own verb, not one past a ";"
        verbs = [back] if back >= 0 and st.is_verb(toks, back) and (past(toks[back].low)
                                                                     or toks[back].low in st.SIMPLE_PAST) else []
    if not verbs:
        noun = st.noun_after(toks, end, len(toks), 3) if text is sentence else []
        noun = noun[:next((k for k, t in enumerate(noun) if t.low in _DATE_WORDS), len(noun))]
        weekday = q.end - q.start == len(text[q.start:q.end].strip()) and text[q.start:q.end].lower() in _WEEKDAYS
        if noun and not weekday:  # "a scheduled Dec. 15 imposition of tariffs"; "end Saturday publication" is weekly
            return Reading(measure=f"date of the {words(noun)}", key=f"date|{noun[-1].low}", role=noun[-1].low)
        return Reading(measure="date", key="date|", specific=False)
    at = ow.first_conjunct(toks, verbs[0], lo, first) if not q.aspect_text else verbs[0]
    if at < verbs[0] and any(t.low.rstrip("s") in _SPELLS for t in toks[at + 1:verbs[0]]):
        at = verbs[0]  # "doubled in size over 48 hours and crossed the road late Wednesday": the first has its own time
    # "The Chinese e-commerce giant is set to", "the London side": a name describing a noun is not who acted
    spans = [n for n in nm.names(index, text) if not nm.is_modifier(text, n)]
    subject = ow.acting_subject(spans, toks, at, 0)
    if lo > 0 and ow.subject_floor(toks, lo) == 0 and text is sentence:
        # "Pierre Thomas, one of the stars of the Super Bowl run, was placed": the name before the aside
        comma = next(t.start for t in toks if t.text == ",")
        restated = subject is not None and not sentence[subject.end:toks[lo - 1].start].strip()  # ", receiver Jackson,"
        subject = subject if restated else next((n for n in reversed(spans) if n.end <= comma
                                                 and not sentence[n.end:comma].strip()), subject)
    # a name in a phrase right before the verb ("Officers from the Narcotics Team executed"): the phrase's head acted
    phrased = any(ow.object_or_phrase(toks, n) and n.end <= toks[at].start
                  and not _JOINED.search(text[n.end:toks[at].start]) for n in spans)
    particle = at + 1 < len(toks) and toks[at + 1].low in _PARTICLES  # "pulled off a heist": the object is after it
    skip = particle + (at + 1 + particle < len(toks) and toks[at + 1 + particle].low in st.DETERMINERS)
    obj = st.noun_after(toks, at + 1 + skip, len(toks), 6 + particle)  # the particle takes no word of the phrase
    # "won his first national time trial title": a phrase that ends is kept whole; one that runs on is cut
    obj = obj if len(obj) < 6 + particle else obj[:3 + particle]
    tail = at + 1 + skip + len(obj)
    if len(obj) == 1 and tail + 1 < len(toks) and toks[tail].low == "of" and toks[tail + 1].start < q.start:
        obj += [toks[tail], *st.noun_after(toks, tail + 1, len(toks), 2)]  # "drew a mix of criticism": a mix of what
        obj = obj if len(obj) > 2 and all(t.text.islower() for t in obj) else obj[:1]
    if particle and obj:
        obj.insert(0, toks[at + 1])
    if not obj:  # "dumped about 2 inches of rain": what a measure is of
        measured = next((k for k in range(at + 1, min(len(toks), at + 10)) if toks[k].low == "of" or not toks[k].word
                         and not toks[k].text[:1].isdigit() and toks[k].text not in "()"), None)
        digit = do.first_digit(toks, at)
        # the measure before the date: "reopened on Saturday after 18 months of repairs" measures no object
        # "pulled 68 people from the sea south-west of Lampedusa": an "of" past a preposition is not the measure's
        if measured and toks[measured].low == "of" and toks[measured].end <= q.start and any(
                t.text[:1].isdigit() for t in toks[at + 1:measured]) \
                and not any(t.low in st.PREPOSITIONS for t in toks[at + 1:measured] if t.start > digit):
            obj = st.noun_after(toks, measured + 1, len(toks), 2)
    number = do.number_object(toks, at + 1 + skip, q) if not obj else []
    obj = obj or number
    if not obj and at + 1 + skip < len(toks) and dv.attributive(toks, at + 1 + skip):  # "made an unscheduled trip"
        obj = [toks[at + 1 + skip], *st.noun_after(toks, at + 2 + skip, len(toks), 2)]
    cut = next((k for k, t in enumerate(obj) if t.low in _DATE_WORDS or t.low.endswith(("’s", "'s"))
                or t.low in _NOT_OBJECTS), len(obj))  # "revealed last Sunday": no object
    obj = obj[:cut] + do.owned(toks, obj[cut], q) if cut < len(obj) else obj
    if dv.planned(toks, at):  # "is set to officially announce the terms": what is planned is the event
        then = at + 2 + (toks[at + 2].low.endswith("ly") and at + 3 < len(toks))
        skip = then + 1 + (then + 1 < len(toks) and toks[then + 1].low in st.DETERMINERS)
        obj = [toks[at + 1], toks[then], *st.noun_after(toks, skip, len(toks), 2)] if toks[then].text.islower() else []
    before = at
    # "is scheduled for", "notes last rose", "was successfully repaired"
    while before > 0 and (toks[before - 1].low in _BEFORE_VERB or toks[before - 1].low.endswith("ly")):
        before -= 1
    noun = st.noun_before(toks, before, 0, 2)
    if noun and noun[0].start and text[noun[0].start - 1] in "/-":
        noun = []  # "30 km/h had been issued": a unit's letter, no noun
    subject_at = next((k for k, t in enumerate(toks) if subject and t.start >= subject.start), at)
    if subject and before > 0 and toks[before - 1].low == "and" and any(
            st.is_verb(toks, k) and toks[k].low not in st.AUX for k in range(lo, subject_at)):
        subject = None  # "Thieves smashed their way into a museum near Frome and escaped": a name after the
        # first verb is in its object or phrase; the coordinated verb shares the first one's subject
    if subject and text is sentence and q.start > subject.end and not text[subject.end:q.start].strip():
        return Reading(measure="date", key="date|", specific=False)  # "Black Friday adscan went up": a name's day
    if subject and ph.in_phrase(toks, next((k for k, t in enumerate(toks) if t.start >= subject.start), at), lo):
        subject = None  # "A man who was fired from his job in suburban Detroit walked in": Detroit did not
    if not subject and noun and ph.in_phrase(toks, before - len(noun), lo):
        # "Protesters enraged over the shooting of a teenager by police poured into the streets": police did not
        noun = _head_noun(toks, lo, at) or noun
    if subject and noun and _noun_is_subject(toks, noun, before, subject) \
            and not any(toks[k].low in ("who", "which", "that") for k in range(before, at)) \
            and not ph.in_phrase(toks, before - len(noun), lo, False):  # "worth of Chinese goods imposed on Sept. 1"
        subject = None  # "in the third quarter ended Sept. 29", "after the deal was approved": the noun did
    reduced = not any(t.low in st.AUX for t in toks[before:at])  # "results certified", not "was questioned"
    if subject and reduced and before == at and toks[at - 1].word and toks[at - 1].text.islower() \
            and toks[at - 1].low not in st.CLOSED and do.agent_after(toks, at, end):
        # "results certified Wednesday by the election officer": the results were, not a name before
        subject, noun = None, noun or [toks[at - 1]]
    if subject and ph.named_in_phrase(toks, next((k for k, t in enumerate(toks) if t.start >= subject.start), at)):
        # "Engineers from the National Institute of Standards and Technology arrived", "a data link between
        # South Africa, Europe and India, experienced": the name is a phrase's, the actor is a noun the label
        # would have to describe; it cannot say who
        return Reading(measure="date", key="date|", specific=False)
    who = _whole_name(text, toks, subject) if subject else words(noun)
    head = _participle_head(toks, subject, noun, before)
    if head is not None:  # "a freight train carrying crude oil, potash and grain derailed": the train did
        if not head:
            return Reading(measure="date", key="date|", specific=False)
        subject, who = None, words(head)
    if not who and reduced and at + 1 < len(toks) and toks[at + 1].low == "by":
        return agent_date(toks, at + 2, q)  # "protests ... sparked by a hike in fuel prices on 15 November"
    if not who and phrased:  # "Officers ... from the Joint Narcotics Enforcement Team executed": the officers
        who = words(_head_noun(toks, lo, at))
    if not subject and before > 0 and toks[before - 1].low == "and":  # "Riots ... left three dead and engulfed"
        who = words(_head_noun(toks, 0, at)) or who
    if all(w in _NOT_SUBJECT for w in who.lower().split()):
        who = ""  # "down from the peak reached around 2 p.m.": an adverb is no subject
    if not obj and at + 2 < len(toks) and toks[at + 1].low in st.PREPOSITIONS and toks[at + 1].start < q.start:
        past_det = at + 2 + (at + 2 < len(toks) and toks[at + 2].low in st.DETERMINERS)  # "into an argument"
        obj = [t for t in st.noun_after(toks, past_det, len(toks), 2) if t.end <= q.start]  # "went on trial Wednesday"
        if not obj and past_det + 1 < len(toks) and toks[past_det].low.endswith("ed") and toks[past_det + 1].end <= q.start:
            obj = [toks[past_det], *st.noun_after(toks, past_det + 1, len(toks), 1)]  # "placed on injured reserve"
        cut = past_det + len(obj) < len(toks) and toks[past_det + len(obj)].text.islower() and toks[
            past_det + len(obj)].low not in _ENDS_PHRASE  # "in early trading": a phrase cut short
        obj = [toks[at + 1], *obj] if obj and all(t.text.islower() for t in obj) and not cut else []
    if not obj and particle:  # "The cable system went down on Saturday": the particle is part of the verb
        obj = [toks[at + 1]]
    elif not obj and who and at + 2 < len(toks) and toks[at + 1].low == "to" and toks[at].low in _CATENATIVE \
            and toks[at + 2].text.islower():  # "started to experience problems on Saturday"
        det = at + 3 + (at + 3 < len(toks) and toks[at + 3].low in st.DETERMINERS)
        obj = [toks[at + 1], toks[at + 2], *[t for t in st.noun_after(toks, det, len(toks), 2) if t.end <= q.start]]
    if (not who and (not obj or obj[0].low == "by")) or who.lower() in en.OBJECT_PRONOUNS:
        # "ordered him held ... April 19": not his date; "was questioned by police on Monday": who was?
        return Reading(measure="date", key="date|", specific=False)  # "date learned": of what?
    if _object_lost(toks, at, obj) or do.complement_lost(toks, at, obj, first):
        return Reading(measure="date", key="date|", specific=False)  # "people had watched it by Tuesday"
    verb = toks[at].low
    if any(t.low in _FUTURE for t in dv.aux_chain(toks, at)):
        if not who:  # "more will play out Wednesday night": what will?
            return Reading(measure="date", key="date|", specific=False)
        verb = f"{words(dv.aux_chain(toks, at))} {verb}"  # "date Britain would leave EU", not "Britain leave"
    said = text[obj[0].start:obj[-1].end] if number and obj == number else words(obj)  # "27C", not "27 C"
    bound = db.bound(toks, first, end) if text is sentence else ""
    # "was being held Thursday": a state in progress on the day, no event; "by Monday, ambulances were being
    # diverted" bounds the state, and keeps its label
    progress = not bound and any(t.low == "being" for t in dv.aux_chain(toks, at))
    if db.negated(toks, lo, at) or bound in ("span", "moved") or bound and not who or progress:
        # "had not been submitted as of Feb. 3", "no new session had been scheduled by Monday": the date is when
        # the event had not happened; "scheduled through Friday": what runs until then, the label cannot say
        return Reading(measure="date", key="date|", specific=False)
    if bound:  # "date until which weather agency extended red alert", not the day it was extended
        verb = toks[at].low
        measure = " ".join(w for w in [db.phrase(bound), who, words(dv.aux_chain(toks, at)), verb, said] if w)
    else:
        measure = " ".join(w for w in ["date", who, verb, said] if w)
    return Reading(measure=measure, key=f"date|{verb}", role=obj[-1].low if obj else "",
                   subject_tokens=index.tokens_of(subject.text) if subject else frozenset(),
                   casualty=casualty_class(verb, text))


def _past_aside(toks: list[st.Token], comma: int) -> int:
    """Where the clause before the comma at `comma` ends, past a relative aside ('inspect the hull, which remained
    partly afloat, on Tuesday': the day is the inspection's, not the hull's staying afloat)."""
    opening = next((k for k in range(comma - 1, -1, -1) if toks[k].text in ",;:—("), -1)
    return opening if opening > 0 and toks[opening].text == "," and toks[opening + 1].low in ("which", "who") \
        else comma


def _participle_head(toks: list[st.Token], subject: nm.Name | None, noun: list[st.Token],
                     before: int) -> list[st.Token] | None:
    """The noun a participle describes when the actor read before the verb is the participle's object, else None."""
    if subject is not None:
        if not (before > 0 and toks[before - 1].end == subject.end):
            return None
        start = next(k for k, t in enumerate(toks) if t.end > subject.start)
    elif noun and noun[-1] is toks[before - 1]:  # not a head noun read farther back ("Protesters enraged over")
        start = before - len(noun)
    else:
        return None
    return ph.modified_head(toks, start)


def _object_lost(toks: list[st.Token], at: int, obj: list[st.Token]) -> bool:
    """Did the verb at `at` take an object the label cannot name: a pronoun ('watched it', 'sent me'), a number
    past the date ('recorded 64,700 entries') or a phrase cut at a closed-class word ('showed no') or an adverb
    ('priced roughly')?"""
    if obj and obj[-1].low in st.CLOSED | {"no"} and obj[-1].low not in en.PARTICLES:  # "lifted off" is whole
        return True
    after = next((k for k, t in enumerate(toks) if obj and t.start >= obj[-1].end), len(toks))
    if obj and obj[-1].low.endswith("ly") and after < len(toks) and (
            toks[after].low in en.ARTICLES or toks[after].text[:1].isdigit()):
        return True  # "priced roughly a one-in-three chance": the adverb stands before the object it cut off
    if not obj and at + 2 < len(toks) and toks[at + 1].text[:1].isdigit() and toks[at + 2].text.islower() \
            and toks[at + 2].low not in st.CLOSED:  # a count, not a tally ("voted 22-11") or a number ("called 911")
        return True  # "had recorded 64,700 entries on Saturday", read for the date before it: no count named
    pronoun = at + 1 < len(toks) and toks[at + 1].low in en.OBJECT_PRONOUNS
    return pronoun and all(t.low in en.OBJECT_PRONOUNS for t in obj)












def _whole_name(text: str, toks: list[st.Token], name: nm.Name) -> str:
    """The name as written: 'O'Brien', not 'Brien'; 'Indian Navy', not 'Indian'."""
    first = next((t for t in toks if t.start <= name.start < t.end), None)
    start = first.start if first and first.word else name.start
    end = name.end
    for t in toks:  # capitalised words right after it go on the name
        if t.start == end + 1 and t.word and t.text[:1].isupper() and t.low not in _DATE_WORDS and text[end] == " ":
            end = t.end
    return text[start:end]


def _head_noun(toks: list[st.Token], lo: int, at: int) -> list[st.Token]:
    """The clause's first noun phrase, past an opening phrase: 'Riots over harsh new austerity measures left' ->
    'Riots'."""
    comma = next((k for k in range(lo, at) if toks[k].text == ","), None)
    start = comma + 1 if comma is not None else lo
    while start < at and toks[start].low in st.DETERMINERS:
        start += 1
    if lo < start < at - 1 and toks[start].low.endswith("ed") and toks[start + 1].text.islower():
        # "A convicted sex offender who ... was captured": an -ed word after the determiner describes the noun
        return [toks[start], *st.noun_after(toks, start + 1, at, 2)]
    if start < at and (toks[start].low in st.PREPOSITIONS or toks[start].low in vocab.SAYING):
        return []  # "According to a paper published Monday": an opening phrase, no subject in it
    return st.noun_after(toks, start, at, 3)  # "The state’s new slogan for an anti-drug campaign drew"


def _relative_that(toks: list[st.Token], i: int) -> bool:
    """'fire weather that’s lasted since October', 'the fight that led to suspensions': 'that' after a noun,
    a verb or auxiliary next, opens a relative clause (not 'said that ...')."""
    low = toks[i].low
    if low not in ("that", "that’s", "that's") or i == 0 or i + 1 >= len(toks):
        return False
    prev = toks[i - 1]
    if not prev.word or prev.low in _NOT_BEFORE_RELATIVE or st.is_verb(toks, i - 1):
        return False
    return low != "that" or toks[i + 1].low in st.AUX or st.is_verb(toks, i + 1)






def _noun_is_subject(toks: list[st.Token], noun: list[st.Token], before: int, subject: nm.Name) -> bool:
    """A common noun right before the verb ('the deal was approved', 'the third quarter ended') is its
    subject, not a name farther back; an appositive ('Tesla, the carmaker, said') still names the name."""
    if not all(t.text.islower() for t in noun) or noun[-1] is not toks[before - 1] or subject.end > noun[0].start:
        return False
    k = before - len(noun) - 1
    while k >= 0 and toks[k].low in st.DETERMINERS:
        k -= 1
    return not (k >= 0 and toks[k].text == "," and toks[k].end <= noun[0].start and any(
        t.text == "," for t in toks if subject.end <= t.start < toks[k].start + 1) and toks[k].start - subject.end < 3)
