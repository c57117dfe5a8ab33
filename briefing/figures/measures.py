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
from dataclasses import dataclass

from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.casualties import casualty_class
from briefing.text import word_set
from briefing.text.entities import EntityIndex, age_subject
from briefing.text.numbers import Quantity

_LABELLED = re.compile(r"^([^:]{2,70}):\s")
_BOX_WORDS = word_set("more than over under about around nearly almost up to some roughly approximately at least "
                      "billion million thousand trillion per a month year")
_DATE_WORDS = word_set("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning "
                       "evening night week month year jan feb mar apr may jun jul aug sep sept oct nov dec january "
                       "february march april june july august september october november december")
_PERIODS = {"month": "monthly ", "year": "annual ", "week": "weekly ", "day": "daily "}


@dataclass(frozen=True, kw_only=True)
class Reading:
    """What one number measures and whose it is."""

    measure: str  # in the sentence's words, without the subject: "GPU count", "people killed"
    key: str  # the measure for alignment: "casualty:killed", "money|payment", "count:gpu|", "date|signed"
    role: str = ""  # what else tells measures apart: a date's object, an age's verb ("charged")
    subject: str | None = None  # shown: "Colossus 1", "Jayden Norton"
    subject_tokens: frozenset[str] = frozenset()  # for matching subjects across sources
    casualty: str | None = None
    specific: bool = True  # False: the label would be a bare "amount", "date", "duration"

    @property
    def kind(self) -> str:
        return self.key.partition("|")[0]

    @property
    def word(self) -> str:
        return self.key.partition("|")[2]


def _words(toks: list[st.Token]) -> str:
    return " ".join(t.text if re.search(r"[A-Z].*[A-Z]|\d", t.text) else t.low for t in toks)


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
    casualty = q.casualty or _casualty(sentence, toks, q, verb, last, hi)
    if casualty:
        return casualty_reading(q, casualty)
    measure, word = _measure(sentence, toks, q, (first, last, lo, hi), verb, prep, verb_at)
    spans = st.names(index, sentence)
    subject = (st.possessive_before(sentence, spans, q.start)
               or (st.subject_before(spans, toks, verb_at, lo) if verb_at is not None else None)
               or st.name_in_phrase_after(sentence, spans, q.end)
               or _nearest([n for n in spans if not st.is_modifier(sentence, n)], q,
                           toks[lo].start if lo < len(toks) else 0, toks[hi - 1].end if hi else len(sentence)))
    if subject is None and verb_at is not None and lo > 0 and toks[verb_at - 1].low in ("it", "they", "he", "she"):
        subject = st.subject_before(spans, toks, verb_at, 0)  # "When OpenAI trained GPT-4, it used ..."
    if subject is None and measure.endswith("price"):  # "Claude Max users at $100 per month"
        subject = _nearest([n for n in spans if n.end <= q.start], q, 0, q.start)
    if subject is None and boxed and heading and heading != sentence:
        subject = next(iter(st.names(index, heading)[-1:]), None)
    tokens, shown = _subject(index, subject, q)
    if shown and shown.lower() in measure.lower():
        shown = None  # "share of Americans" already says whose
    bare = _generic(measure) or measure.removeprefix("number of ") in vocab.GENERIC or _junk(measure)
    # A generic measure is shown only with a subject ("Colossus 1 power capacity", "Claude Max monthly
    # price"), and never when it says nothing at all of the number ("Disney amount", "Trump duration").
    vague = q.dim in ("duration", "percent", "multiplier") or measure.split()[-1:] in (["amount"], ["value"])
    specific = bool(measure) and verb not in vocab.REPORTING and (not bare or (bool(shown) and not vague))
    return Reading(measure=measure, key=f"{kind_of(q)}|{word}", subject=shown, subject_tokens=tokens,
                   specific=specific)


def _casualty(sentence: str, toks: list[st.Token], q: Quantity, verb: str, last: int, hi: int) -> str | None:
    """'two wounded men', 'three fatalities', '... people were killed', 'killed a total of 346 people'."""
    if q.dim != "count":
        return None
    for word in q.noun.split():
        found = casualty_class(word)
        if found and found != "shot":
            return found
    first = next((i for i, t in enumerate(toks) if t.end > q.start), 0)
    after = st.verb_after(toks, last + 1, hi) if not st.prep_before(toks, first, 0) else None
    for word in ([toks[after].low] if after is not None else []) + [verb]:
        found = casualty_class(word, sentence) if word else None
        if found:
            return found
    return None


def casualty_reading(q: Quantity, casualty: str) -> Reading:
    words = q.noun.split()[-2:] if q.unit != "people" else []
    # "three fatalities", "9 million premature deaths": the noun is the casualty, the count is of people
    noun = [] if words and casualty_class(words[-1]) else words
    counted = " ".join(noun).lower() if noun and noun[-1].lower() not in vocab.GENERIC else "people"
    return Reading(measure=f"{counted} {casualty}", key=f"casualty:{casualty}|", casualty=casualty)


def _age(sentence: str, q: Quantity, toks: list[st.Token], last: int, hi: int) -> Reading:
    """'Jayden Norton, 17,' is Jayden Norton's age; 'a 62-year-old man was charged' the charged man's."""
    tokens, shown = age_subject(sentence, q)
    noun = st.noun_after(toks, last + 1, hi, 4)[-1:]
    verb = next((toks[i].low for i in range(last + 1, min(len(toks), last + 8))
                 if st.is_verb(toks, i) and toks[i].low not in st.AUX), "")
    if not shown and noun and noun[-1].text[:1].isupper():  # "32-year-old Englishman Robert Buckley"
        name = re.match(r"\s*((?:[A-Z][\w’'-]+\s?){1,3})", sentence[q.end:])
        shown = name.group(1).strip() if name else None
        tokens = frozenset(w.lower() for w in shown.split()) if shown else frozenset()
    measure = "age" if shown else (f"age of the {_words(noun)}" if noun else "age")
    return Reading(measure=measure, key="age|", role=verb, subject=shown, subject_tokens=tokens,
                   specific=bool(shown or noun))


def _past(verb: str) -> bool:
    """'cut', 'killed', 'sold': what happened; 'offers', 'use' say what something has or does."""
    return verb in st.PARTICIPLES or (verb.endswith("ed") and len(verb) > 4)


def _measure(sentence: str, toks: list[st.Token], q: Quantity, span: tuple[int, int, int, int], verb: str,
             prep: str, verb_at: int | None) -> tuple[str, str]:
    """(measure words, measure word for alignment) for everything but dates, ages and casualties."""
    first, last, lo, hi = span
    after = st.noun_after(toks, last + 1, hi)
    of_noun = st.noun_before(toks, first - 1, lo) if first > 0 and toks[first - 1].low == "of" else []
    subject_noun = st.noun_before(toks, verb_at, lo) if verb_at is not None else []
    if prep == "by" and verb in vocab.CHANGE_VERBS:  # "a state Trump won by 30 points"
        change = vocab.CHANGE_VERBS[verb]
        return f"{_words(subject_noun)} {change}".strip(), change
    if q.dim == "count":
        return _count(sentence, toks, q, last, hi, verb, prep, verb_at)
    period = _PERIODS.get(q.unit.partition("/")[2], "")
    if q.dim == "money":
        unit_of = re.match(r"\s+(?:per|a|an)\s+(?:diluted\s+)?(share|barrel|ounce|gallon|person|head|ton|tonne|kilo|"
                           r"pound|litre|liter|seat|ticket|night)\b", sentence[q.end:])
        if unit_of:  # "$2.53 per diluted share", "$55.12 per barrel"
            noun = vocab.MONEY_VERBS.get(verb, "") if verb else ""
            return f"{noun or 'price'} per {unit_of.group(1)}", f"per {unit_of.group(1)}"
        measure, word = _money(sentence, toks, q, after, of_noun, verb, prep, verb_at)
        return (f"{period}{measure}".strip(), word) if measure else (f"{period}amount".strip(), "")
    if q.dim == "percent":
        return _percent(sentence, q, after, of_noun, subject_noun, verb)
    if q.dim == "multiplier":
        of_after = re.match(r"\s+of\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\b", sentence[q.end:])
        more = re.match(r"\s+(?:more|larger|bigger|higher|faster|greater)\s+([a-z-]+)", sentence[q.end:])
        noun = of_after.group(1) if of_after else more.group(1) if more else _words(of_noun or subject_noun)
        if noun:  # "the doubling of usage caps", "3x to 10x more compute", "rate limits doubled"
            return f"{noun} increase", noun.split()[-1].rstrip("s")
        scale = re.search(r"\b([a-z]+)\s+of\s+[A-Z][\w -]*\s+is\s+$", sentence[:q.start])
        return (scale.group(1), scale.group(1)) if scale else ("multiple", "")
    if q.dim == "duration":
        head = after[-1].low if after else ""
        if "-" in sentence[q.start:q.end] and (head in vocab.VALUED or head in vocab.TERMED):
            # "a 25-year partnership", "a two-day trial"; not "5 years faster", "10-year notes"
            return f"{_words(after[-2:])} {'term' if head in vocab.VALUED else 'duration'}", head
        if verb in ("sentenced", "jailed", "imprisoned"):
            return "prison sentence", "sentence"
        role = re.match(r"\s+(in (?:charge|office|prison|jail|custody|power|hiding|space|orbit)|behind bars)\b",
                        sentence[q.end:])
        if role:  # "after five-and-a-half years in charge"
            return f"time {role.group(1)}", role.group(1).split()[-1]
        before_for = re.search(r"\b([a-z]+)\s+for\s+(?:more than |about |nearly |almost |over )?$", sentence[:q.start])
        if before_for and before_for.group(1) not in st.FUNCTION | st.PREPOSITIONS | st.AUX | st.DETERMINERS \
                and (before_for.group(1).endswith(("ed", "ing")) or before_for.group(1) in ("missing", "gone", "open",
                                                                                             "closed", "dead", "alive")):
            return f"time {before_for.group(1)}", before_for.group(1)  # "missing for five years"
        return "duration", ""
    if q.unit == "hp":
        return "horsepower", "horsepower"
    if q.dim == "magnitude":  # "a magnitude 5.6 quake": of the noun after it
        thing = re.match(r"\s*(?:-?magnitude\s+)?([a-z]+)", sentence[q.end:])
        noun_word = thing.group(1) if thing and thing.group(1) not in st.FUNCTION | st.PREPOSITIONS | st.AUX else ""
        return f"{noun_word} magnitude".strip(), "magnitude"
    of_after = re.match(r"\s+of\s+(?:the\s+)?", sentence[q.end:])
    stuff = st.noun_after(toks, next((i for i, t in enumerate(toks) if t.start >= q.end + of_after.end()),
                                     len(toks)), hi, 2) if of_after else []
    if stuff and q.dim in ("length", "mass", "area", "volume"):  # "2 inches of rain", "3.7 tons of firecrackers"
        noun_words = _words(stuff)
        return (f"{noun_words} weight" if q.dim == "mass" else noun_words), stuff[-1].low
    noun_toks = after if after and "-" in sentence[q.start:q.end] else (st.noun_before(toks, first, lo, 2) or of_noun)
    if not noun_toks and verb.endswith("ing") and not prep and q.dim in ("length", "speed"):  # "falling about 60 metres"
        return f"{verb.removesuffix('ing')} {vocab.DIM_WORDS[q.dim]}", verb
    if q.unit == "in":
        return "height", "height"
    place = re.match(r"\s+(?:(?:north|south|east|west)(?:east|west)?|outside|away|from)(?:\s+(?:of|from))?\s+"
                     r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)", sentence[q.end:])
    if place and q.dim == "length":  # "about 24km north of Detroit"
        return f"distance from {place.group(1)}", "from"
    if q.dim == "length" and _past(verb) and verb not in vocab.HAVING:  # "chased him for 48km"
        return f"distance {verb}", verb
    small = q.unit in ("in", "inches", "cm", "mm")
    if noun_toks and noun_toks[-1].low not in st.FUNCTION:  # "a 55-kilometer zone", "speeds up to 193 km/h"
        what = ("size" if small else "length") if q.dim == "length" else vocab.DIM_WORDS[q.dim] if q.dim in (
            "mass", "area") else ""  # "a 15.6-inch touchscreen" is its size
        return f"{_words(noun_toks[-2:])} {what}".strip(), noun_toks[-1].low.rstrip("s")
    if small:
        return "", ""  # "1 mm thinner": of what, a reader cannot tell
    if verb in vocab.CHANGE_VERBS:
        return f"{_words(subject_noun)} {vocab.CHANGE_VERBS[verb]}".strip(), vocab.CHANGE_VERBS[verb]
    return vocab.DIM_WORDS.get(q.dim, q.dim), ""


def _count(sentence: str, toks: list[st.Token], q: Quantity, last: int, hi: int, verb: str, prep: str,
           verb_at: int | None) -> tuple[str, str]:
    noun = q.noun.split()[-2:] if q.noun else [q.unit]
    counted = " ".join(w if re.search(r"[A-Z].*[A-Z]", w) else w.lower() for w in noun)
    # What tells this count from another of the same noun: a rate ("550 patients a day") or a
    # phrase ("150 patients on chemotherapy").
    rate = re.match(r"\s+(?:a|an|per|each|every)\s+(day|week|month|year|hour)\b", sentence[q.end:])
    phrase = re.match(r"\s+(on|in|with|without|under|awaiting)\s+[a-z]", sentence[q.end:])
    if rate:
        return f"{counted} per {rate.group(1)}", f"per {rate.group(1)}"
    if phrase:
        at = next((i for i, t in enumerate(toks) if t.start >= q.end + phrase.end() - 1), len(toks))
        words = [t for t in st.noun_after(toks, at, hi, 2) if t.text.islower()]
        if words:
            return f"{counted} {phrase.group(1)} {_words(words)}", words[-1].low
    if verb and verb not in vocab.HAVING and verb_at is not None and not prep and _past(verb):
        return f"{counted} {verb}{_particle(toks, verb_at)}", verb  # "cut 4,000 jobs" -> "jobs cut"
    first = next((i for i, t in enumerate(toks) if t.end > q.start), 0)
    passive = st.verb_after(toks, last + 1, hi) if not st.prep_before(toks, first, 0) else None
    if passive is not None and _past(toks[passive].low) and toks[passive].low not in vocab.HAVING \
            and toks[passive].low not in vocab.REPORTING and _predicate(toks, last, passive):
        return f"{counted} {toks[passive].low}{_particle(toks, passive)}", toks[passive].low
    head = q.unit.split()[-1]
    if head[:-1].isupper():  # "GPUs" -> "GPU count"
        return f"{head[:-1]} count", ""
    return f"number of {counted}", ""


def _predicate(toks: list[st.Token], last: int, verb: int) -> bool:
    """'40 people got out', '... were arrested': a verb said of the count, not an adjective ('refried beans')."""
    if any(t.low in st.AUX for t in toks[last + 1:verb]):
        return True
    nxt = toks[verb + 1] if verb + 1 < len(toks) else None
    return nxt is None or not nxt.word or nxt.low in st.PREPOSITIONS | st.DETERMINERS | st.FUNCTION or bool(
        _particle(toks, verb))


def _particle(toks: list[st.Token], verb: int) -> str:
    """'got out', 'were let go', 'laid off': the particle is part of the verb."""
    nxt = toks[verb + 1].low if verb + 1 < len(toks) else ""
    return f" {nxt}" if nxt in ("out", "up", "off", "away", "down", "back", "over", "go") else ""


def _money(sentence: str, toks: list[st.Token], q: Quantity, after: list[st.Token], of_noun: list[st.Token],
           verb: str, prep: str, verb_at: int | None) -> tuple[str, str]:
    worth = re.match(r"\s+worth\s+of\s+", sentence[q.end:])
    goods = st.noun_after(toks, next((i for i, t in enumerate(toks) if t.start >= q.end + worth.end()), len(toks)),
                          len(toks), 3) if worth else []
    if goods:  # "$100 million worth of crude oil"
        return f"{_words(goods)} value", "value"
    if after and after[-1].low not in vocab.REPORTING and after[0].low != "worth":
        head = after[-1].low
        return (f"{_words(after[-3:])} value", "deal") if head in vocab.VALUED else (_words(after[-3:]), head)
    if of_noun:  # "a fine of $250,000"
        head = of_noun[-1].low
        return (f"{_words(of_noun)} value", "deal") if head in vocab.VALUED else (_words(of_noun), head)
    phrase = re.match(r"\s+(?:in|on|for)\s+[“\"]?((?:[A-Za-z-]+\s+){0,2}[a-z-]+)", sentence[q.end:])
    phrase_words = phrase.group(1) if phrase and phrase.group(1).split()[0] not in ("the", "a", "an", "its",
                                                                                    "their", "his", "her") else ""
    if verb in vocab.MONEY_VERBS:
        noun = vocab.MONEY_VERBS[verb]
        if phrase_words and noun in ("investment", "spending", "commitment"):
            return (phrase_words if noun == "commitment" else f"{noun} in {phrase_words}"), noun
        target = re.match(r"\s+(?:to\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)\s",
                          sentence[toks[verb_at].end:q.start]) if verb_at is not None else None
        return noun + (f" to {target.group(1)}" if target and noun == "payment" else ""), noun
    if prep in ("at", "for") and not verb:  # "Claude Max users at $100 per month", "a watch for $169.99"
        return "price", "price"
    subject_noun = st.noun_before(toks, verb_at, 0, 2) if verb_at is not None else []
    if subject_noun and prep == "at" and verb.endswith("ed"):  # "Alibaba shares closed ... at $185.25"
        return f"{_words(subject_noun)} {verb[:-2]}ing price", verb
    if subject_noun and prep in ("from", "to", "at"):  # "its valuation was slashed from $47 billion to $8 billion"
        noun = _words(subject_noun)
        return (f"previous {noun}" if prep == "from" else noun), subject_noun[-1].low
    return "", ""


def _percent(sentence: str, q: Quantity, after: list[st.Token], of_noun: list[st.Token],
             subject_noun: list[st.Token], verb: str) -> tuple[str, str]:
    toks = st.tokens(sentence)
    share = re.match(r"\s+of\s+", sentence[q.end:])
    at = next((i for i, t in enumerate(toks) if t.start >= q.end + share.end()), len(toks)) if share else len(toks)
    whole = st.noun_after(toks, at, len(toks), 3)
    if whole:  # "70 percent of Americans say", "less than 2% of annual revenue"
        said = toks[at + len(whole)].low if at + len(whole) < len(toks) else ""
        return (f"share of {_words(whole)}" + (f" who {said}" if said in vocab.OPINION else ""),
                whole[-1].low)
    if verb in vocab.CHANGE_VERBS:  # "Comparable sales rose 3.6 percent"
        return f"{_words(subject_noun)} {vocab.CHANGE_VERBS[verb]}".strip(), vocab.CHANGE_VERBS[verb]
    opinion = re.match(r"\s+(\w+)", sentence[q.end:])
    if opinion and opinion.group(1).lower() in vocab.OPINION:
        return f"share who {opinion.group(1).lower()}", opinion.group(1).lower()
    if after:
        return _words(after[-2:]), after[-1].low
    if of_noun:
        return _words(of_noun), of_noun[-1].low
    return "share", ""


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
    last = measure.split()[-1].lower() if measure.split() else ""
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
    if q.aspect_text and text is q.aspect_text:
        verbs = [i for i in range(len(toks)) if st.is_verb(toks, i)]
    else:
        first = next((i for i, t in enumerate(toks) if t.end > q.start), 0)
        lo, hi = st.clause(toks, first, first)
        if hi < len(toks) and toks[hi].text == "," and hi <= 5:  # "On May 6, Anthropic signed ..."
            hi = st.clause(toks, hi + 1, hi + 1)[1]
        order = sorted(range(lo, hi), key=lambda i: (i < first, abs(i - first)))
        verbs = [i for i in order if st.is_verb(toks, i) and not (q.start <= toks[i].start < q.end)]
    # The event a date is of happened: a past verb ("signed", "was arrested", "has died"), not a plan
    # ("investigating ... until") or a statement ("said Monday").
    verbs = [i for i in verbs if toks[i].low not in st.AUX and toks[i].low not in vocab.SAYING
             and (_past(toks[i].low) or (i > 0 and toks[i - 1].low in ("has", "have", "had", "was", "were")))]
    if not verbs:
        end = next((i for i, t in enumerate(toks) if t.start >= q.end), len(toks))
        noun = st.noun_after(toks, end, len(toks), 3) if text is sentence else []
        if noun:  # "a scheduled Dec. 15 imposition of tariffs"
            return Reading(measure=f"date of the {_words(noun)}", key=f"date|{noun[-1].low}", role=noun[-1].low)
        return Reading(measure="date", key="date|", specific=False)
    at = verbs[0]
    subject = st.subject_before(st.names(index, text), toks, at, 0)
    skip = 1 if at + 1 < len(toks) and toks[at + 1].low in st.DETERMINERS else 0
    obj = st.noun_after(toks, at + 1 + skip, len(toks), 3)
    obj = obj[:next((k for k, t in enumerate(obj) if t.low in _DATE_WORDS or t.low.endswith(("’s", "'s"))), len(obj))]
    who = subject.text if subject else _words(st.noun_before(toks, at, 0, 2))
    if not who and not obj:
        return Reading(measure="date", key="date|", specific=False)  # "date learned": of what?
    verb = toks[at].low
    measure = " ".join(w for w in ["date", who, verb, _words(obj)] if w)
    return Reading(measure=measure, key=f"date|{verb}", role=obj[-1].low if obj else "",
                   subject_tokens=index.tokens_of(subject.text) if subject else frozenset(),
                   casualty=casualty_class(verb, text))


def figure_label(reading: Reading) -> str:
    """'Colossus 1 GPU count', 'Jayden Norton’s age', 'people killed', 'date SpaceX signed the deal'."""
    if not reading.subject:
        return reading.measure
    if reading.measure == "age":
        return f"{reading.subject}’s age"
    return f"{reading.subject} {reading.measure}"
