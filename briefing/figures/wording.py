"""The words of a measure, per kind of quantity: counts, money, percentages, multipliers, durations, lengths.

Each reads the clause around the number (briefing.figures.structure) and says what is counted or
measured in the sentence's own words: "jobs cut", "patients per day", "Anthropic monthly payment to
SpaceX", "share of Americans who say", "usage caps increase", "a 5-year deal" -> "deal term".
Percentages are worded in briefing.figures.percents; counts and money in figures.counts and figures.money.
"""

from __future__ import annotations

import re

from briefing.figures import extents, objects, predicates
from briefing.figures import owners as ow
from briefing.figures import qualifiers as qual
from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.capacities import capacity
from briefing.figures.casualties import is_person
from briefing.figures.counts import count_words
from briefing.figures.dimensions import said_dimension
from briefing.figures.fragments import no_thing_measured, undouble
from briefing.figures.heads import changed_subject
from briefing.figures.money import money_words, not_made
from briefing.figures.percents import new_level, percent_words
from briefing.figures.stance import stance
from briefing.figures.structure import past, words
from briefing.text.numbers import Quantity

_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "latest", "next", "new"})
_WINDOW = frozenset({"first", "last", "next", "past", "final", "opening", "closing"})  # "the first 90 minutes of play"
_LASTING = ("tion", "sion", "ment", "ency", "ancy", "ance", "ence", "ure", "ship", "ing")
# Verbs only (never nouns, never "see": "Doctors see 550 patients a day" is no forecast).
_EXTENT = re.compile(r"\s+(wide|across|long|tall|high|deep|thick)\b", re.I)
_EXTENTS = {"wide": "width", "across": "width", "long": "length", "tall": "height", "high": "height", "deep": "depth",
            "thick": "thickness"}
# Counts that are lengths ("230 million light-years wide", "30 stories tall"); "100 cities across Iran" is not.
_EXTENT_COUNTS = frozenset({"light-years", "light-year", "stories", "storeys", "floors"})
_FORECAST = frozenset({"expects", "expect", "expecting", "forecast", "forecasts", "predicts", "predicted",
                       "anticipates", "anticipated", "guided"})
# "Home Depot sees fiscal year 2019 sales growth of 1.8 percent": a company's forecast ("Doctors see 550 patients" is not)
_SEES = re.compile(r"\bsees\s+(?:its\s+|the\s+)?(?:fiscal|full-year|annual|next|current|second-half|quarterly)\b", re.I)
_PLANNING = frozenset({"plans", "plan", "planned", "aims", "aim", "intends", "intend", "wants", "want", "hopes",
                       "seeks", "targets"})
_HEAT = re.compile(r"\b(?:temperatures?|fahrenheit|celsius|heat|cold|warm|hot|chilly|freezing|highs?|lows?)\b|°", re.I)
_PERIODS = {"month": "monthly ", "year": "annual ", "week": "weekly ", "day": "daily "}


def measure_words(sentence: str, toks: list[st.Token], q: Quantity, span: tuple[int, int, int, int], verb: str,
                  prep: str, verb_at: int | None) -> tuple[str, str]:
    """(measure words, measure word for alignment) for everything but dates, ages and casualties.

    A number someone expects or plans is not one that happened: "Home Depot sees sales growth of 1.8
    percent" is forecast sales growth, "Seoul plans to install 30.8 GW" planned capacity."""
    measure, word = _measure_words(sentence, toks, q, span, verb, prep, verb_at)
    if not measure:
        return measure, word
    measure = undouble(measure)  # "altitude length" -> altitude, "rocket weighs weight" -> rocket weight
    if no_thing_measured(measure):
        return "", ""  # "lowered themselves roughly six metres": "themselves length" names nothing measured
    measure = said_dimension(measure) if q.dim == "length" else measure  # "waves length" -> waves height
    first, lo = span[0], span[2]
    measure = qual.qualified(sentence, toks, q, first, lo, measure, verb, verb_at)
    measure = stance(toks, q, first, lo, measure)  # "up to six years" a court may give, "an assumed return"
    measure = capacity(toks, q, first, lo, measure)  # "designed to hold 1,150 inmates" is no count of inmates
    cue = next((t.low for t in toks[lo:first] if t.low in _FORECAST), "") or (
        "sees" if _SEES.search(sentence, 0, q.start) else "")
    if cue and cue not in measure.split():  # analysts "were expecting", a company "sees fiscal year ... growth"
        return f"{'expected' if cue.startswith(('expect', 'anticipat')) else 'forecast'} {measure}", word
    if verb_at is not None and verb_at >= 2 and toks[verb_at - 1].low == "to" and toks[verb_at - 2].low in _PLANNING \
            and " to be " not in measure:  # "stores to be opened" says it is a plan
        return f"planned {measure}", word
    return measure, word


def _window(toks: list[st.Token], first: int) -> bool:
    """Does an ordinal open the span ("the first 90 minutes", "their first five years")? Then it is a window of time."""
    k = first - 1
    while k >= 0 and toks[k].low in ow.QUALIFIERS:
        k -= 1
    return k >= 0 and toks[k].low in _WINDOW


def _changed_by(toks: list[st.Token], first: int) -> tuple[str, list[st.Token]]:
    """'raise costs by 15 percent' -> ('increase', [costs]): a verb of change, its object, then 'by' the number;
    ('', []) if the words before the number are not that. ("costs" is read as a verb, so the verb is found here.)"""
    by = first - 1
    while by > 0 and toks[by].low in ow.QUALIFIERS:  # "by nearly 15 percent"
        by -= 1
    if by <= 0 or toks[by].low != "by":
        return "", []
    for k in range(by - 1, max(-1, by - 5), -1):
        if toks[k].low in vocab.CHANGED_BY:
            obj = toks[k + 1 + (toks[k + 1].low in st.DETERMINERS):by]
            ok = obj and all(t.word and t.text.islower() and t.low not in st.CLOSED for t in obj)
            return (vocab.CHANGED_BY[toks[k].low], obj) if ok else ("", [])
    return "", []


def _measure_words(sentence: str, toks: list[st.Token], q: Quantity, span: tuple[int, int, int, int], verb: str,
                   prep: str, verb_at: int | None) -> tuple[str, str]:
    first, last, lo, hi = span
    after = st.noun_after(toks, last + 1, hi) or (_noun_not_verb(toks, first, last, hi) if q.dim == "money" else [])
    of_noun = st.noun_before(toks, first - 1, lo) if first > 0 and toks[first - 1].low == "of" else []
    subject_noun = st.noun_before(toks, verb_at, lo) if verb_at is not None else []
    if verb in vocab.CHANGE_VERBS and verb_at is not None:  # "Shares of Lumora rose": the shares moved
        subject_noun = changed_subject(toks, verb_at, lo) or subject_noun
    extent = _EXTENT.match(sentence, q.end)
    # "The fence is 6 feet tall", "universe, some 230 million light-years wide"
    if extent and (q.dim == "length" or (q.dim == "count" and q.unit.lower() in _EXTENT_COUNTS)):
        k = first - 1
        while k > 0 and toks[k].low in ow.QUALIFIERS:
            k -= 1
        whose = st.noun_before(toks, k, 0, 2) if k > 0 and toks[k].text == "," else subject_noun
        return f"{words(whose)} {_EXTENTS[extent.group(1).lower()]}".strip(), _EXTENTS[extent.group(1).lower()]
    if q.dim == "length" and (placed := extents.placed(sentence, toks, q, span, verb_at)):
        return placed  # "a farm track about six miles away", "the 40-foot-tall steel tank"
    change, changed = _changed_by(toks, first) if prep == "by" else ("", [])
    if changed:  # "will raise costs by 15 percent": the costs' increase
        return f"{words(changed)} {change}", change
    if prep == "by" and verb in vocab.CHANGE_VERBS:  # "a state Trump won by 30 points"
        change = vocab.CHANGE_VERBS[verb]
        return f"{words(subject_noun)} {change}".strip(), change
    if q.dim == "count" and q.unit.lower() == "degrees" and _HEAT.search(sentence):
        return "temperature", "temperature"  # "Temperatures reached 101 degrees": degrees of heat, not a count
    if q.dim == "count":
        return count_words(sentence, toks, q, (first, last, hi), verb, prep, verb_at)
    period = _PERIODS.get(q.unit.partition("/")[2], "")
    if q.dim == "money":
        unit_of = re.match(r"\s+(?:per|a|an)\s+(?:diluted\s+)?(share|barrel|ounce|gallon|person|head|ton|tonne|kilo|"
                           r"pound|litre|liter|seat|ticket|night)\b", sentence[q.end:])
        if unit_of:  # "$2.53 per diluted share", "$55.12 per barrel"
            # "lost 0.06% to $1,737.00 a tonne": an amount a verb moved *to* is the new price, not the loss
            noun = vocab.MONEY_VERBS.get(verb, "") if verb and prep not in ("to", "at", "from") else ""
            priced = words(subject_noun).lower() if not noun and subject_noun and all(
                t.text[1:].islower() for t in subject_noun) else ""  # "Copper prices averaged $4.38 per pound"
            # "copper price", but "earnings per share": a sum of money is said per unit as it is
            priced = priced.removesuffix("s") if priced.endswith("prices") else priced if priced.split()[-1:] and \
                priced.split()[-1] in vocab.MONEY_NOUNS else f"{priced} price" if priced else "price"
            return f"{noun or priced} per {unit_of.group(1)}", f"per {unit_of.group(1)}"
        measure, word = money_words(sentence, toks, q, first, (after, of_noun), verb, prep, verb_at)
        return (f"{period}{measure}".strip(), word) if measure else (f"{period}amount".strip(), "")
    if q.dim == "percent":
        return percent_words(sentence, toks, q, first, after, of_noun, subject_noun, verb)
    if q.dim == "multiplier":
        of_after = re.match(r"\s+of\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\b", sentence[q.end:])
        more = re.match(r"\s+(?:more|larger|bigger|higher|faster|greater)\s+(?!than\b)([a-z-]+)", sentence[q.end:])
        noun = of_after.group(1) if of_after else more.group(1) if more else words(of_noun or subject_noun)
        compared = qual.comparison(sentence, toks, q, first, subject_noun)
        if compared:  # "50 times the level deemed safe": a comparison, not an increase
            return compared, noun.split()[-1].rstrip("s") if noun else "relative"
        if noun:  # "the doubling of usage caps", "3x to 10x more compute", "rate limits doubled"
            return f"{noun} increase", noun.split()[-1].rstrip("s")
        scale = re.search(r"\b([a-z]+)\s+of\s+[A-Z][\w -]*\s+is\s+$", sentence[:q.start])
        return (scale.group(1), scale.group(1)) if scale else ("multiple", "")
    if q.dim == "duration":
        head = after[-1].low if after else ""
        singular = not sentence[q.start:q.end].endswith("s")  # "a 21 day recuperation period": an adjective
        if ("-" in sentence[q.start:q.end] or singular) and (head in vocab.VALUED or head in vocab.TERMED):
            # "a 25-year partnership", "a two-day trial"; not "5 years faster", "10-year notes"
            made = not_made(toks, first) if head in vocab.VALUED else ""  # "seeking a 10-year contract"
            return f"{made + ' ' if made else ''}{words(after[-2:])} {'term' if head in vocab.VALUED else 'duration'}", head
        lasting = _one_thing(sentence, toks, q, first, last, hi)
        if lasting:  # "the third 90-day extension", "the group's 18-year insurgency"
            return f"{words(lasting)} duration", lasting[-1].low
        if verb in ("sentenced", "jailed", "imprisoned"):
            return "prison sentence", "sentence"
        lasting_verb = verb_at is not None and verb in ("lasted", "lasts", "spanned", "spans")
        lasted = st.noun_before(toks, verb_at, 0, 2) if lasting_verb and verb_at is not None else []
        if lasted and all(t.text.islower() for t in lasted):
            return f"{words(lasted)} duration", lasted[-1].low  # "The insurgency lasted 40 years"
        if of_noun and all(t.text.islower() for t in of_noun) and of_noun[-1].low in vocab.TERMED \
                and (len(of_noun) > 1 or of_noun[-1].low not in ("term", "period")):
            return words(of_noun), of_noun[-1].low  # "a prison term of up to five years", "a ban of two years"
        # "three months of unexplained malaise"; not a participle that takes a number ("of repairs costing $240 million")
        spent = re.match(r"\s+of\s+((?:[a-z-]+\s+)?(?![a-z-]+ing\s+[$€£¥\d])[a-z-]+)(?=[\s,.;]|$)", sentence[q.end:])
        if spent and not {*spent.group(1).split()} & st.CLOSED and not _window(toks, first):
            return f"{spent.group(1)} duration", spent.group(1).split()[-1]  # "three months of unexplained malaise"
        if spent:
            return "", ""  # "inside the first 90 minutes of play": a window in the play, not how long it lasted
        role = re.match(r"\s+(in (?:charge|office|prison|jail|custody|power|hiding|space|orbit)|behind bars)\b",
                        sentence[q.end:])
        if role:  # "after five-and-a-half years in charge"
            return f"time {role.group(1)}", role.group(1).split()[-1]
        before_for = re.search(r"\b([a-z]+)\s+for\s+(?:more than |about |nearly |almost |over |at least )?$",
                               sentence[:q.start])
        if before_for and any(t.low in ("no", "not", "never") for t in toks[lo:first]):
            before_for = None  # "no inmate checks were conducted for eight hours": how long nothing was done
        if before_for and before_for.group(1) not in st.CLOSED \
                and (before_for.group(1).endswith(("ed", "ing")) or before_for.group(1) in ("missing", "gone", "open",
                                                                                             "closed", "dead", "alive")):
            # "Rescuers worked for more than six hours": whose time
            who = predicates.doer(toks, next((k for k, t in enumerate(toks) if t.start == before_for.start(1)), None))
            return f"time {who}{before_for.group(1)}", before_for.group(1)  # "missing for five years"
        return "duration", ""
    if q.unit == "hp":  # "A 275 horsepower electric motor": the noun the power is of
        return f"{words(_whole_noun(toks, after)[-2:])} horsepower".strip(), "horsepower"
    if q.dim == "magnitude":  # "a magnitude 5.6 quake": of the noun after it
        richter = re.match(r"\s+(?:degrees\s+)?on\s+the\s+Richter", sentence[q.end:])
        shaking = re.findall(r"\b(earthquake|quake|aftershocks?|tremors?|temblor)\b", sentence[:q.start], re.I)
        if richter:  # "aftershocks varying from 2.8 to 3.8 degrees on the Richter scale"
            return f"{shaking[-1].lower()} magnitude" if shaking else "magnitude", "magnitude"
        thing = re.match(r"\s*(?:-?magnitude\s+)?([a-z]+)", sentence[q.end:])
        noun_word = thing.group(1) if thing and thing.group(1) not in st.FUNCTION | st.PREPOSITIONS | st.AUX else ""
        return f"{noun_word} magnitude".strip(), "magnitude"
    of_after = re.match(r"\s+of\s+(?:the\s+)?", sentence[q.end:])
    stuff = st.noun_after(toks, next((i for i, t in enumerate(toks) if t.start >= q.end + of_after.end()),
                                     len(toks)), hi, 2) if of_after else []
    if stuff and q.dim == "length" and first and toks[first - 1].low == "within" and of_after and "the" in of_after.group():
        return f"distance from the {words(stuff)}", "from"  # "within 80 meters of the bivvy": how near, not how much
    if stuff and q.dim in ("length", "mass", "area", "volume", "power"):  # "2 inches of rain", "30.8 GW of solar"
        end = toks.index(stuff[-1])  # "4.5 tonnes of food, blankets and medicine": all of the list, not its first
        listing = q.dim == "mass" or (objects.LISTS.measures and q.dim in ("area", "volume"))
        items = objects.and_more(toks, end, len(toks), plural=False) if listing else 0
        noun_words = st.listed(words(stuff), toks[end + 1:end + 1 + items]) if items \
            else words(stuff)
        suffix = {"mass": " weight", "power": " capacity"}.get(q.dim, "")
        suffix = "" if noun_words.endswith(suffix.strip()) else suffix  # "3.7 GW of cell capacity"
        done = _done_with(toks, verb, prep, verb_at)  # "produced 62,400 tonnes of copper": copper produced
        while done and stuff and stuff[-1].low in _TIME_OPENERS:  # "of copper last year": not "copper last"
            stuff = stuff[:-1]
            noun_words = words(stuff)
        return f"{noun_words}{f' {done}' if done else suffix}", stuff[-1].low
    hyphened = "-" in sentence[q.start:q.end]
    if hyphened and not after:  # "a 2.0-liter, naturally-aspirated four-cylinder engine"
        j = last + 1
        while j < min(len(toks), last + 5) and (toks[j].text == "," or "-" in toks[j].text):
            j += 1
        after = st.noun_after(toks, j, len(toks), 2) if j > last + 1 else []
    # "The 12.1-inch upper touchscreen handles ...": the words right after the size, not the verb that follows
    noun_toks = _acting(toks, after[:2]) if after and hyphened else (_not_modifier(toks, st.noun_before(toks, first, lo, 2))
                                                                   or of_noun)
    if not noun_toks and verb.endswith("ing") and prep in ("", "to") and q.dim in ("length", "speed") \
            and verb not in vocab.HAVING:  # "including 4.2 inches in three hours": a part of a whole, no motion
        # "falling about 60 metres", "winds gusting at times to 55 mph"
        if verb.startswith("measur"):  # "a corner of the building measuring 50m by 50m": its size, not a verb's
            return qual.measured(toks, verb_at), "size"
        return f"{verb.removesuffix('ing')} {vocab.DIM_WORDS[q.dim]}", verb
    if q.unit == "in":
        return "height", "height"
    place = re.match(rf"\s+(?:{extents.COMPASS}|outside|away|from)(?:\s+(?:of|from))?\s+"
                     r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)", sentence[q.end:])
    if place and q.dim == "length":  # "about 24km north of Detroit"
        return f"distance from {place.group(1)}", "from"
    small = q.unit in ("in", "inches", "cm", "mm")
    if noun_toks and qual.no_thing(toks, noun_toks):
        return "", ""  # "more like 300 miles", "a case that's waterproof up to 50 meters": no thing is measured
    if noun_toks and noun_toks[-1].low not in st.FUNCTION:  # "a 55-kilometer zone", "speeds up to 193 km/h"
        what = ("size" if small else "length") if q.dim == "length" else vocab.DIM_WORDS[q.dim] if q.dim in (
            "mass", "area") else ""  # "a 15.6-inch touchscreen" is its size
        return f"{words(noun_toks[-2:])} {what}".strip(), noun_toks[-1].low.rstrip("s")
    if small:
        return "", ""  # "1 mm thinner": of what, a reader cannot tell
    if (level := new_level(sentence, q, verb, subject_noun)):  # "Visibility dropped to less than 100 feet"
        return level, level.split()[-1]
    if q.dim == "length" and past(verb) and verb not in vocab.HAVING:  # "chased him for 48km"
        return f"distance {predicates.doer(toks, verb_at)}{verb}", verb  # "debris fell about 40km offshore"
    if verb in vocab.CHANGE_VERBS:
        return f"{words(subject_noun)} {vocab.CHANGE_VERBS[verb]}".strip(), vocab.CHANGE_VERBS[verb]
    return vocab.DIM_WORDS.get(q.dim, q.dim), ""


# Participles of having or amounting to, which say nothing of which amount it is ("a day that included 4,250
# metres of climbing", "totalling 9.5 gigawatts of capacity"); vocab.HAVING holds their present forms.
_HELD = frozenset({"included", "totalled", "totaled", "held", "contained", "comprised", "reached", "topped"})
_TIME_OPENERS = frozenset({"last", "this", "next", "each", "every"})


def _done_with(toks: list[st.Token], verb: str, prep: str, verb_at: int | None) -> str:
    """'which produced 62,400 tonnes of copper' -> 'produced', 'carrying 38,000 tonnes of gasoil' -> 'carried': the
    verb whose object the amount is says which amount of the stuff it is (the output, the cargo, not all of it);
    '' for a verb of having or saying, or an amount after a preposition."""
    if verb_at is None or prep or verb in vocab.HAVING | vocab.REPORTING | vocab.INTRANSITIVE:
        return ""
    low = toks[verb_at].low
    if low.endswith("ing") and len(low) > 5 and toks[verb_at].text.islower() \
            and not (verb_at > 0 and toks[verb_at - 1].low in st.DETERMINERS):
        done = vocab.PARTICIPLE_OF_ING.get(low) or objects.regular_participle(low[:-3])
        return "" if done in vocab.HAVING | vocab.INTRANSITIVE | _HELD else done
    return verb if past(verb) and toks[verb_at].text.islower() and verb not in _HELD else ""


def _not_modifier(toks: list[st.Token], before: list[st.Token]) -> list[st.Token]:
    """'instead of the usual 5 inches': a word between a determiner and the number modifies the amount; it is
    not the thing measured."""
    at = toks.index(before[0]) if before else 0
    return [] if len(before) == 1 and at > 0 and toks[at - 1].low in st.DETERMINERS else before


def _whole_noun(toks: list[st.Token], noun: list[st.Token]) -> list[st.Token]:
    """The noun phrase only if it ends where a phrase ends: 'a 101 hp coaxial drive to the front' stops at
    'drive' (a word that can be a verb), so 'coaxial' alone names nothing."""
    at = next((k for k, t in enumerate(toks) if noun and t.start == noun[-1].start), len(toks)) + 1
    nxt = toks[at] if at < len(toks) else None
    cut = nxt is not None and nxt.word and nxt.text.islower() and nxt.low not in st.CLOSED \
        and not nxt.low.endswith("ed")
    return [] if cut else noun


def _acting(toks: list[st.Token], noun: list[st.Token]) -> list[st.Token]:
    """'The 2.0-liter engine delivers 250 hp': a last word in -s with an object after it is the noun's verb."""
    if len(noun) < 2 or not noun[-1].low.endswith("s") or noun[-1].low.endswith("ss"):
        return noun
    at = next((k for k, t in enumerate(toks) if t.start == noun[-1].start), len(toks)) + 1
    nxt = toks[at] if at < len(toks) else None
    acts = nxt is not None and (nxt.low in st.DETERMINERS or nxt.text[:1].isdigit() or nxt.text[:1] in "$€£")
    return noun[:-1] if acts else noun


def _noun_not_verb(toks: list[st.Token], first: int, last: int, hi: int) -> list[st.Token]:
    """'up to a $250,000 fine.': after 'a' and an amount, a word that can be a verb ('fine', 'cost', 'charge')
    is the noun the amount names, when nothing follows it that it could act on."""
    at = last + 1
    plural = at < hi and toks[at].low.endswith("s") and not toks[at].low.endswith("ss")  # "$250,000 fines"
    if first == 0 or at >= hi or (toks[first - 1].low not in ("a", "an") and not plural) \
            or not toks[at].text.islower() or toks[at].low.endswith("ed") or not st.is_verb(toks, at):
        return []
    nxt = toks[at + 1] if at + 1 < len(toks) else None
    return [toks[at]] if nxt is None or not nxt.word or nxt.low in st.PREPOSITIONS else []


def _one_thing(sentence: str, toks: list[st.Token], q: Quantity, first: int, last: int, hi: int) -> list[st.Token]:
    """The one action a hyphenated duration says the length of: 'the third 90-day extension' -> 'extension',
    'the group's 18-year insurgency' -> 'insurgency'; not '10-year notes' or 'the 10-year Treasury yield'."""
    if "-" not in sentence[q.start:q.end] or first == 0:
        return []
    before = toks[first - 1]
    if not (before.low in st.DETERMINERS or before.low.endswith(("’s", "'s")) or before.low in _ORDINALS):
        return []
    at = last + 1
    if at + 1 < hi and toks[at].low.endswith("ed") and toks[at].text.islower():
        at += 1  # "a three-hour recorded interview": past a participle used as an adjective
    thing = st.noun_after(toks, at, hi, 2)
    if not thing or not all(t.text.islower() for t in thing):
        return []
    # An action or a state named as a noun lasts ("interview" aside, by its form: "insurgency", "extension",
    # "hearing"); "a four-year high", "a 15-year veteran", "a 7-year history" are not how long something lasted.
    head = thing[-1].low
    return thing[-1:] if head.endswith(_LASTING) and not is_person(head) else []
