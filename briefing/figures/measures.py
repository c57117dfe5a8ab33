"""What a number measures and whose it is, read from its sentence's structure, and its label.

A figure is one measure of one subject. The measure is said in the sentence's own words: the counted
noun ("GPUs"), the verb the number hangs on ("jobs cut", "people killed"), the noun the amount names
("$200 billion deal" -> "deal value", "a fine of $250,000"), a fact box's own label ("Power capacity:
300 MW"). The subject is a possessive, a name in an of/in-phrase after the number, the name the clause
is about, or the person an age belongs to. A number whose measure cannot be said specifically gets
`specific=False` and is not shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.figures import owners as ow
from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.casualties import casualty_class, count_casualty
from briefing.figures.structure import past, words
from briefing.figures.wording import measure_words, up_down
from briefing.text import word_set
from briefing.text.entities import EntityIndex, age_subject
from briefing.text.numbers import Quantity

_LABELLED = re.compile(r"^([^:]{2,70}):\s")
_BOX_WORDS = word_set("more than over under about around nearly almost up to some roughly approximately at least "
                      "billion million thousand trillion per a month year")
_PART = re.compile(r"[\w,.]+\s+of\s+(?:the|their|his|her|its|our|these|those)\s", re.I)
_CHANGES = frozenset({"rise", "fall", "decline", "increase", "decrease", "gain", "growth"})
# Between a name and its verb: the rest of the name, its number, a short aside ("Nikkei 225 (N225) declined").
_RIGHT_BEFORE = re.compile(r"(?:\s+[A-Z][\w-]*)*(?:\s+\d[\d.,]*)?(?:\s*\([^()]{1,24}\))?\s*")
_NOT_OBJECTS = frozenset({"last", "late", "early", "earlier", "later", "ago", "versus", "behind", "until"})
_PARTICLES = frozenset({"out", "up", "off", "away", "down", "back", "over", "go"})
_AFTER_NOUN = st.PREPOSITIONS | st.FUNCTION | {"that", "which", "where"}  # what may follow a noun phrase
_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
_DATE_WORDS = word_set("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning "
                       "evening night week month year jan feb mar apr may jun jul aug sep sept oct nov dec january "
                       "february march april june july august september october november december")


@dataclass(frozen=True, kw_only=True)
class Reading:
    """What one number measures and whose it is."""

    measure: str  # in the sentence's words, without the subject: "GPU count", "people killed"
    key: str  # the measure for alignment: "casualty:killed", "money|payment", "count:gpu|", "date|signed"
    role: str = ""  # what else tells measures apart: a date's object, an age's verb ("charged")
    prep: str = ""  # the preposition the number sits behind ("homes in five villages"), or ""
    subject: str | None = None  # shown: "Colossus 1", "Jayden Norton"
    subject_tokens: frozenset[str] = frozenset()  # for matching subjects across sources
    casualty: str | None = None
    specific: bool = True  # False: the label would be a bare "amount", "date", "duration"
    part: bool = False  # a count of some of them ("46 of their close contacts"), not of all
    inferred: bool = False  # whose it is was inferred ("The 56-year-old said": the story's main person)

    @property
    def kind(self) -> str:
        return self.key.partition("|")[0]

    @property
    def word(self) -> str:
        return self.key.partition("|")[2]


def kind_of(q: Quantity) -> str:
    if q.dim == "money":  # "money:USD/month": dollars and Hong Kong dollars are not one kind
        return f"money:{q.unit}"
    if q.dim == "count":
        return "count:" + q.unit.split()[-1].lower().rstrip("s")
    return q.dim


def read(sentence: str, q: Quantity, index: EntityIndex, *, heading: str = "", boxed: bool = False) -> Reading:
    """The measure and subject of quantity `q` in `sentence` (`boxed`: a list item or table row)."""
    toks = st.tokens(sentence)
    first = next((i for i, t in enumerate(toks) if t.end > q.start), len(toks) - 1)
    last = max(first, next((i for i, t in enumerate(toks) if t.start >= q.end), len(toks)) - 1)
    lo, hi = st.clause(toks, first, last)
    label = _LABELLED.match(sentence)
    if label and label.end() <= q.start and _is_name(index, label.group(1)):
        heading, boxed = label.group(1), True  # "Victor N. Burton: ... held in lieu of $268,500 bond"
    elif label and label.end() <= q.start and _boxed_value(sentence[label.end():q.start]):
        boxed_reading = _fact_box(label.group(1), q, index, heading)
        if boxed_reading.specific:
            return boxed_reading
        heading, boxed = label.group(1), True  # "Google Cloud: $200 billion contract": the label names whose
    if q.dim == "date":
        return _date(sentence, q, index)
    if q.dim == "age":
        return _age(sentence, q, toks, last, hi)
    before = st.verb_before(toks, first, lo)
    verb_at, prep = before if before else (None, st.prep_before(toks, first, lo))
    verb = toks[verb_at].low if verb_at is not None else ""
    casualty = q.casualty or count_casualty(sentence, toks, q, verb, last, hi)
    if casualty:
        whose = re.match(r"\s+of\s+the\s+", sentence[q.end:]) if q.unit != "people" and q.noun else None
        group = st.noun_after(toks, next((i for i, t in enumerate(toks) if t.start >= q.end + whose.end()), len(toks)),
                              hi, 3) if whose else []
        reading = casualty_reading(q, casualty)  # "members of the security forces killed"
        if group and all(t.text.islower() for t in group) and not casualty_class(group[-1].low):
            reading = replace(reading, measure=f"{q.noun.split()[-1].lower()} of the {words(group)} {casualty}")
        return reading
    measure, word = measure_words(sentence, toks, q, (first, last, lo, hi), verb, prep, verb_at)
    spans = [n for n in st.names(index, sentence) if not st.is_ticker(st.dotted(toks, n))]
    subject = (st.possessive_before(sentence, spans, q.start)
               or (st.subject_before(spans, toks, verb_at, lo) if verb_at is not None else None)
               or st.name_in_phrase_after(sentence, spans, q.end)
               or _nearest([n for n in spans if not st.is_modifier(sentence, n) and not ow.in_place_phrase(sentence, n)], q,
                           max(toks[lo].start if lo < len(toks) else 0, st.past_speaker(toks, lo, first)),
                           toks[hi - 1].end if hi else len(sentence)))
    subject = ow.whole_name(sentence, subject, spans) if subject is not None else None
    if subject is not None and re.search(r"\b[a-z][\w-]*[’']s\s+$", sentence[:q.start]):
        subject = None  # "the group’s 18-year insurgency": its possessor is said, and is no name
    opening = next((k for k in range(first - 1, max(-1, first - 8), -1) if toks[k].text in "()"), None)
    if subject is None and opening is not None and toks[opening].text == "(":  # "Rahman (45-7-2, 36 KOs)"
        paren = toks[opening].start
        subject = next((n for n in spans if n.end <= paren and not sentence[n.end:paren].strip()), None)
    if subject is None and verb_at is not None and lo > 0 and toks[verb_at - 1].low in ("it", "they", "he", "she"):
        subject = st.subject_before(spans, toks, verb_at, 0)  # "When OpenAI trained GPT-4, it used ..."
    if subject is None and measure.endswith("price"):  # "Claude Max users at $100 per month"
        subject = _nearest([n for n in spans if n.end <= q.start], q, 0, q.start)
    if subject is None and boxed and heading and heading != sentence:
        subject = next(iter(st.names(index, heading)[-1:]), None)
    tokens, shown = _subject(index, subject if q.dim != "magnitude" else None, q)  # "on the Richter scale"
    if shown and shown.lower() in measure.lower():
        shown = None  # "share of Americans" already says whose
    if not shown and q.dim == "money" and verb in vocab.MONEY_VERBS and verb_at is not None:
        shown = _payer(sentence, toks, verb_at)
    bare = _generic(measure) or measure.removeprefix("number of ") in vocab.GENERIC or _junk(measure)
    # A generic measure is shown only with a subject ("Colossus 1 power capacity", "Claude Max monthly
    # price"), and never when it says nothing at all of the number ("Disney amount", "Trump duration").
    # A percentage a named subject rose or fell by is that subject's change ("Japan's Nikkei declined 0.3%").
    changed = (q.dim == "percent" and vocab.CHANGE_VERBS.get(verb, "") in _CHANGES and subject is not None
               and verb_at is not None and bool(_RIGHT_BEFORE.fullmatch(sentence[subject.end:toks[verb_at].start])))
    changed = changed or (q.dim == "percent" and word in _CHANGES and subject is not None and up_down(sentence, q))
    vague = (q.dim in ("duration", "percent", "multiplier") and not changed) \
        or measure.split()[-1:] in (["amount"], ["value"])
    # A reporting verb says nothing of an amount, but the noun the amount names does ("reported $2.53 in
    # per-share earnings", "announced a $5 billion deal").
    told = verb not in vocab.REPORTING or (q.dim == "money" and bool(word))
    specific = bool(measure) and told and not _junk(measure) and (not bare or (bool(shown) and not vague))
    specific = specific and not ow.table_row(sentence)  # a table row's cell: which column is unknown
    return Reading(measure=measure, key=f"{kind_of(q)}|{word}", subject=shown, subject_tokens=tokens,
                   role=verb if q.dim == "count" and verb not in vocab.HAVING else "", prep=prep,
                   part=q.dim == "count" and bool(_PART.match(sentence, q.start)),
                   specific=specific)


def casualty_reading(q: Quantity, casualty: str) -> Reading:
    words = q.noun.split()[-2:] if q.unit != "people" else []
    # "three fatalities", "9 million premature deaths": the noun is the casualty, the count is of people
    noun = [] if words and casualty_class(words[-1]) else words
    counted = " ".join(noun).lower() if noun and noun[-1].lower() not in vocab.GENERIC else "people"
    if len(words) == 2 and not noun and words[0].islower() and not casualty_class(words[0]) \
            and words[0] not in vocab.GENERIC_MEASURE:  # "9 million premature deaths": of what kind
        return Reading(measure=" ".join(words), key=f"casualty:{casualty}|", casualty=casualty)
    return Reading(measure=f"{counted} {casualty}", key=f"casualty:{casualty}|", casualty=casualty)


def _age(sentence: str, q: Quantity, toks: list[st.Token], last: int, hi: int) -> Reading:
    """'Jayden Norton, 17,' is Jayden Norton's age; 'a 62-year-old man was charged' the charged man's."""
    tokens, shown = age_subject(sentence, q)
    noun = st.noun_after(toks, last + 1, hi, 4)
    owner = next((k for k, t in enumerate(noun) if t.low.endswith(("’s", "'s"))), None)
    if owner is not None:  # "the 37-year-old small-city mayor’s chances": the mayor's age
        noun = noun[:owner + 1]
        noun[-1] = replace(noun[-1], text=noun[-1].text[:-2], end=noun[-1].end - 2)
    noun = noun[-1:]
    verb = next((toks[i].low for i in range(last + 1, min(len(toks), last + 8))
                 if st.is_verb(toks, i) and toks[i].low not in st.AUX), "")
    if not shown and noun and noun[-1].text[:1].isupper():  # "32-year-old Englishman Robert Buckley"
        name = re.match(r"\s*((?:[A-Z][\w’'-]+\s?){1,3})", sentence[q.end:])
        shown = name.group(1).strip() if name else None
        tokens = frozenset(w.lower() for w in shown.split()) if shown else frozenset()
    measure = "age" if shown else (f"age of the {words(noun)}" if noun else "age")
    return Reading(measure=measure, key="age|", role=verb, subject=shown, subject_tokens=tokens,
                   specific=bool(shown or noun))


def _payer(sentence: str, toks: list[st.Token], verb_at: int) -> str | None:
    """Who pays, spends or costs: 'the state has paid the agency $449,000' -> 'state'; 'The campaign, which
    ..., cost the state roughly $449,000' -> 'campaign'. Never a clause that only reports ('The report says')."""
    at = verb_at
    while at > 0 and toks[at - 1].low in st.AUX:
        at -= 1
    noun = st.noun_before(toks, at, 0, 2)
    if noun and at - len(noun) > 0 and toks[at - len(noun) - 1].low in st.DETERMINERS:
        return words(noun)
    opener = re.match(r"(?:The|This|That|Its|Their|His|Her)\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\b", sentence)
    kept = [w for w in opener.group(1).split() if w != toks[verb_at].low] if opener else []
    told = opener is not None and any(st.is_verb(toks, k) or toks[k].low in vocab.REPORTING
                                      for k in range(1, min(len(toks), 1 + len(opener.group(1).split()))))
    if kept and kept[-1] not in st.FUNCTION | st.AUX and not told:
        return " ".join(kept)
    return None


def _nearest(spans: list[st.Name], q: Quantity, lo: int, hi: int) -> st.Name | None:
    near = [n for n in spans if lo <= n.start and n.end <= min(hi, q.start)]  # names after it own it only
    return max(near, key=lambda n: n.end) if near else None  # through an of/in-phrase


def _subject(index: EntityIndex, name: st.Name | None, q: Quantity) -> tuple[frozenset[str], str | None]:
    if name is None or (q.noun and name.text.lower() in q.noun.lower()):
        return frozenset(), None  # "Nvidia GPUs": part of the counted noun, not whose they are
    return index.tokens_of(name.text), index.shown(name.text)


def _generic(measure: str) -> bool:
    return all(w in vocab.GENERIC_MEASURE or w.rstrip("s") in vocab.GENERIC_MEASURE for w in measure.lower().split())


def _junk(measure: str) -> bool:
    """A measure that ends in an adverb, a preposition or a connective names nothing ('late', 'reportedly')."""
    parts = measure.lower().split()
    last = parts[-1] if parts else ""
    if len(parts) > 1 and last in _PARTICLES and past(parts[-2]):
        return False  # "employees laid off", "people got out": the particle is part of the verb
    return last.endswith("ly") or last in st.PREPOSITIONS or last in st.FUNCTION or last in vocab.NOT_MEASURES


def _is_name(index: EntityIndex, text: str) -> bool:
    spans = st.names(index, text)
    return bool(spans) and len(spans[0].text) >= len(text.strip()) - 1


def _boxed_value(between: str) -> bool:
    """'GPUs: More than 220,000', 'deal: $200 billion over 5 years': the value right after its label."""
    return all(w.lower() in _BOX_WORDS for w in re.findall(r"[A-Za-z]+", between))


def _fact_box(label: str, q: Quantity, index: EntityIndex, heading: str) -> Reading:
    """'Power Capacity: Over 300 MW', 'GPUs in Colossus 1: 220,000+', 'Anthropic-Google Cloud deal: $200 billion'."""
    spans = [_extend(label, n) for n in st.names(index, label)]
    measure_part = re.split(r"\s+(?:in|of|at|for|on)\s+", label)[0]
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", measure_part)
             if not any(n.start <= label.find(w) < n.end for n in spans)]
    subject = spans[-1] if spans else next(iter(st.names(index, heading)[-1:]), None)
    tokens, shown = _subject(index, subject, q)
    noun = " ".join(w if w.isupper() or w[:-1].isupper() else w.lower() for w in words[-3:])
    head = words[-1].lower() if words else ""
    if q.dim == "count" and casualty_class(head):
        return casualty_reading(q, casualty_class(head) or "")
    word = head
    if q.dim == "count" and head.rstrip("s") == q.unit.lower().rstrip("s"):
        noun, word = (f"{q.unit[:-1]} count" if q.unit[:-1].isupper() else f"number of {q.unit}"), ""
    elif q.dim == "duration" and noun:
        noun = f"{noun} term" if head in vocab.VALUED else f"{noun} duration"
    elif q.dim == "money" and head in vocab.VALUED:
        noun, word = f"{noun} value", "deal"
    elif q.dim in ("power", "speed", "area", "mass", "length", "energy"):
        word = ""  # the unit already says what is measured; the label's wording varies by outlet
    return Reading(measure=noun or vocab.DIM_WORDS.get(q.dim, q.dim), key=f"{kind_of(q)}|{word}",
                   subject=shown, subject_tokens=tokens, specific=bool(noun))


def _extend(text: str, name: st.Name) -> st.Name:
    """In a fact box's label, capitalised words after a name are still the name ('Google Cloud deal')."""
    more = re.match(r"(?:\s+[A-Z][\w-]*)+", text[name.end:])
    return st.Name(start=name.start, end=name.end + more.end(), text=text[name.start:name.end + more.end()]) \
        if more else name


def _date(sentence: str, q: Quantity, index: EntityIndex) -> Reading:
    """'On May 6, Anthropic and SpaceX signed a compute agreement' -> 'date Anthropic and SpaceX signed a
    compute agreement': the event the date is of, in the sentence's words."""
    text = q.aspect_text or sentence
    toks = st.tokens(text)
    if q.aspect_text and not any(st.is_verb(toks, i) for i in range(len(toks))):
        text, toks = sentence, st.tokens(sentence)  # "Today (Nov. 18), NASA announced ...": read the sentence
    named = _dated_noun(toks, q) if not q.aspect_text else None
    if named:
        return named
    lo, first = 0, len(toks)
    if q.aspect_text and text is q.aspect_text:
        verbs = [i for i in range(len(toks)) if st.is_verb(toks, i)]
    else:
        first = next((i for i, t in enumerate(toks) if t.end > q.start), 0)
        day = first - 2 if first >= 2 and toks[first - 1].text == "," and toks[first - 2].low in _WEEKDAYS else first
        lo, hi = st.clause(toks, day, first)  # "happened on Saturday, May 18,": the weekday's clause too
        if hi < len(toks) and toks[hi].text == ")" and lo > 0 and toks[lo - 1].text == "(":
            hi += 1  # "Today (Nov. 18), NASA announced ...": the clause around the parentheses
        if hi < len(toks) and toks[hi].text == "," and hi <= 6:  # "On May 6, Anthropic signed ..."
            hi = st.clause(toks, hi + 1, hi + 1)[1]
        relative = next((i for i in range(first + 1, hi) if toks[i].low in ("who", "which", "whom")), hi)
        order = sorted(range(lo, relative), key=lambda i: (i < first, abs(i - first)))  # not "by police who claim ..."
        verbs = [i for i in order if st.is_verb(toks, i) and not (q.start <= toks[i].start < q.end)]
    # The event a date is of happened: a past verb ("signed", "was arrested", "has died"), not a plan
    # ("investigating ... until") or a statement ("said Monday").
    verbs = [i for i in verbs if toks[i].low not in st.AUX and toks[i].low not in vocab.SAYING
             and (past(toks[i].low) or toks[i].low in st.SIMPLE_PAST
                  or (i > 0 and toks[i - 1].low in ("has", "have", "had", "was", "were")))]
    if not verbs and not q.aspect_text and lo > 1 and toks[lo - 1].text == "," and toks[lo].low in st.PREPOSITIONS:
        # "..., Eastern Michigan rolled past Northern Illinois, 45-17, on Tuesday night.": a trailing "on
        # <day>" dates the clause before it
        verbs = [i for i in range(lo - 2, -1, -1) if st.is_verb(toks, i) and toks[i].low not in st.AUX
                 and (past(toks[i].low) or toks[i].low in st.SIMPLE_PAST)][:1]
    if not verbs:
        end = next((i for i, t in enumerate(toks) if t.start >= q.end), len(toks))
        noun = st.noun_after(toks, end, len(toks), 3) if text is sentence else []
        noun = noun[:next((k for k, t in enumerate(noun) if t.low in _DATE_WORDS), len(noun))]
        if noun:  # "a scheduled Dec. 15 imposition of tariffs"
            return Reading(measure=f"date of the {words(noun)}", key=f"date|{noun[-1].low}", role=noun[-1].low)
        return Reading(measure="date", key="date|", specific=False)
    at = _first_conjunct(toks, verbs[0], lo, first) if not q.aspect_text else verbs[0]
    # "The Chinese e-commerce giant is set to", "the London side": a name describing a noun is not who acted
    subject = st.subject_before([n for n in st.names(index, text) if not st.is_modifier(text, n)], toks, at, 0)
    skip = 1 if at + 1 < len(toks) and toks[at + 1].low in st.DETERMINERS else 0
    obj = st.noun_after(toks, at + 1 + skip, len(toks), 3)
    obj = obj[:next((k for k, t in enumerate(obj) if t.low in _DATE_WORDS or t.low.endswith(("’s", "'s"))
                     or t.low in _NOT_OBJECTS), len(obj))]  # "revealed last Sunday": no object
    before = at
    while before > 0 and toks[before - 1].low in st.AUX | _NOT_OBJECTS:  # "is scheduled for", "notes last rose"
        before -= 1
    noun = st.noun_before(toks, before, 0, 2)
    if subject and _in_phrase(toks, next((k for k, t in enumerate(toks) if t.start >= subject.start), at), lo):
        subject = None  # "A man who was fired from his job in suburban Detroit walked in": Detroit did not
    if not subject and noun and _in_phrase(toks, before - len(noun), lo):
        # "Protesters enraged over the shooting of a teenager by police poured into the streets": police did not
        noun = _head_noun(toks, lo, at) or noun
    who = subject.text if subject else words(noun)
    if not subject and before > 0 and toks[before - 1].low == "and":  # "Riots ... left three dead and engulfed"
        who = words(_head_noun(toks, 0, at)) or who
    if not obj and at + 2 < len(toks) and toks[at + 1].low in st.PREPOSITIONS and toks[at + 1].start < q.start:
        past_det = at + 2 + (at + 2 < len(toks) and toks[at + 2].low in st.DETERMINERS)  # "into an argument"
        obj = [t for t in st.noun_after(toks, past_det, len(toks), 2) if t.end <= q.start]  # "went on trial Wednesday"
        obj = [toks[at + 1], *obj] if obj and all(t.text.islower() for t in obj) else []
    if not who and not obj:
        return Reading(measure="date", key="date|", specific=False)  # "date learned": of what?
    verb = toks[at].low
    measure = " ".join(w for w in ["date", who, verb, words(obj)] if w)
    return Reading(measure=measure, key=f"date|{verb}", role=obj[-1].low if obj else "",
                   subject_tokens=index.tokens_of(subject.text) if subject else frozenset(),
                   casualty=casualty_class(verb, text))


def _in_phrase(toks: list[st.Token], start: int, lo: int) -> bool:
    """Does the noun phrase at `start` sit in a prepositional phrase ('over harsh new austerity measures')?"""
    for k in range(start - 1, lo - 1, -1):
        t = toks[k]
        if t.low in st.PREPOSITIONS:
            return True
        if not t.word or t.low in st.DETERMINERS or t.low in st.AUX or t.low in st.FUNCTION or st.is_verb(toks, k):
            return False
    return False


def _head_noun(toks: list[st.Token], lo: int, at: int) -> list[st.Token]:
    """The clause's first noun phrase, past an opening phrase: 'Riots over harsh new austerity measures left' ->
    'Riots'."""
    comma = next((k for k in range(lo, at) if toks[k].text == ","), None)
    start = comma + 1 if comma is not None else lo
    while start < at and toks[start].low in st.DETERMINERS:
        start += 1
    return st.noun_after(toks, start, at, 2)


def _first_conjunct(toks: list[st.Token], at: int, lo: int, first: int) -> int:
    """'A man shot to death one person and injured two others Monday': the date is of the first verb of
    a coordinated predicate, whose subject stands before it ('hunted and ate a rabbit': one object, the last
    verb's; 'walked in on Monday and shot three': the date's own verb)."""
    if at < 2 or at > first or toks[at - 1].low != "and" or st.is_verb(toks, at - 2):
        return at
    return next((i for i in range(at - 2, lo - 1, -1) if st.is_verb(toks, i) and toks[i].low not in st.AUX
                 and toks[i].low not in vocab.SAYING and (past(toks[i].low) or toks[i].low in st.SIMPLE_PAST)), at)


def _dated_noun(toks: list[st.Token], q: Quantity) -> Reading | None:
    """'Trump's July 25 call', 'the Dec. 12 election', 'at Wednesday morning’s hearing': a date written
    before a noun is that thing's date."""
    start = next((i for i, t in enumerate(toks) if t.end > q.start), 0)
    end = next((i for i, t in enumerate(toks) if t.start >= q.end), len(toks))
    while end < len(toks) and toks[end].low.removesuffix("’s").removesuffix("'s") in _DATE_WORDS:
        end += 1  # "Wednesday morning’s hearing": the hearing's
    owned = end > 0 and toks[end - 1].low.endswith(("’s", "'s"))
    noun = st.noun_after(toks, end, len(toks), 2)
    noun = noun[:next((k for k, t in enumerate(noun) if t.low in _DATE_WORDS), len(noun))]
    at = end + len(noun)
    ends = at + 1 == len(toks) or not toks[at + 1].word or toks[at + 1].low in _AFTER_NOUN if at < len(toks) else True
    if len(noun) == 1 and at < len(toks) and toks[at].low.endswith("ing") and ends:
        noun.append(toks[at])  # "an Oct. 21 cabinet meeting"
    if not noun or not all(t.text.islower() for t in noun) or start == 0:
        return None
    before = toks[start - 1]
    if not (owned or before.low in st.DETERMINERS or before.low.endswith(("’s", "'s"))):
        return None  # "on May 6 shares fell": a date that opens a clause, not a modifier
    owner = f"{before.text} " if before.low.endswith(("’s", "'s")) else "the "
    return Reading(measure=f"date of {owner}{words(noun)}", key=f"date|{noun[-1].low}", role=noun[-1].low)


def figure_label(reading: Reading) -> str:
    """'Colossus 1 GPU count', 'Jayden Norton’s age', 'people killed', 'date SpaceX signed the deal'."""
    if not reading.subject:
        return reading.measure
    if reading.measure == "age":
        return f"{reading.subject}’s age"
    return f"{reading.subject} {reading.measure}"
