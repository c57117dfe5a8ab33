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
from dataclasses import replace

from briefing.figures import aged, attached, completions, qualifiers, subjects, support
from briefing.figures import names as nm
from briefing.figures import owners as ow
from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.casualties import casualty_class, hospitalised
from briefing.figures.count_tolls import count_casualty
from briefing.figures.dating import read_date
from briefing.figures.distributive import per_unit
from briefing.figures.fragments import said_once
from briefing.figures.percents import up_down
from briefing.figures.reading import Provenance, Reading
from briefing.figures.structure import past, words
from briefing.figures.wording import measure_words
from briefing.text import english as en
from briefing.text import word_set
from briefing.text.entities import PLURAL_ACRONYM, EntityIndex, age_subject
from briefing.text.number_kinds import whole_of_a_part
from briefing.text.numbers import Quantity
from briefing.text.quantity import WORD_NUMBERS

_LABELLED = re.compile(r"^([^:]{2,70}):\s")
_BOX_WORDS = word_set("more than over under about around nearly almost up to some roughly approximately at least "
                      "billion million thousand trillion per a month year")
_PART = re.compile(r"[\w,.]+\s+of\s+(?:the|their|his|her|its|our|these|those)\s", re.I)
# Between a name and its verb: the rest of the name, its number, a short aside ("Nikkei 225 (N225) declined").
_RIGHT_BEFORE = re.compile(r"(?:\s+[A-Z][\w-]*)*(?:\s+\d[\d.,]*)?(?:\s*\([^()]{1,24}\))?\s*")
_SAYING = ow.SAYS | vocab.REPORTING  # "he said": who speaks, not whose tally it is
# A name joined by a hyphen to a lowercase word makes one adjective ("Manchester-based", "Liberian-flagged"): it says
# where the thing it describes is based or registered, not whose the number is.
# "Brentmoor, New Jersey-based", "Montreal- and Austin-based"; "XAU=" is a code
_COMPOUND = re.compile(r"(?:,(?:\s+[A-Z][\w.]*)+)?-[a-z]|-\s+(?:and|or)\s+[A-Z][\w.]*-[a-z]|=")
# Words a measure cannot open on: a conjunction ("and camels killed") or a pronoun or quantifier that stands for
# something unsaid ("it value", "every value" of "$1 of every $4 of it").
_NO_OPENING = word_set("and or but nor every each") | en.SUBJECT_PRONOUNS | en.OBJECT_PRONOUNS


def kind_of(q: Quantity) -> str:
    if q.dim == "money":  # "money:USD/month": dollars and Hong Kong dollars are not one kind
        return f"money:{q.unit}"
    if q.dim == "count":
        return "count:" + q.unit.split()[-1].lower().rstrip("s")
    return q.dim


def read(sentence: str, q: Quantity, index: EntityIndex, *, heading: str = "", boxed: bool = False) -> Reading:
    """The measure and subject of quantity `q` in `sentence` (`boxed`: a list item or table row), and how found."""
    return support.with_provenance(_read(sentence, q, index, heading=heading, boxed=boxed), sentence, q)


def _read(sentence: str, q: Quantity, index: EntityIndex, *, heading: str, boxed: bool) -> Reading:
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
        return read_date(sentence, q, index)
    if q.dim == "age":
        return _age(sentence, q, toks, last, hi)
    before = st.verb_before(toks, first, lo)
    verb_at, prep = before if before else (None, st.prep_before(toks, first, lo))
    verb = toks[verb_at].low if verb_at is not None else ""
    # "two of the three victims died": the two did; but "30 of the 80 wounded" are 80 wounded all the same
    whole = whole_of_a_part(sentence, q.start) and not _casualty_noun(sentence, q)
    casualty = None if whole else q.casualty or count_casualty(sentence, toks, q, verb, first, last, hi)
    if casualty:
        whose = re.match(r"\s+of\s+the\s+", sentence[q.end:]) if q.unit != "people" and q.noun else None
        group = st.noun_after(toks, next((i for i, t in enumerate(toks) if t.start >= q.end + whose.end()), len(toks)),
                              hi, 3) if whose else []
        reading = hospitalised(sentence, casualty_reading(q, casualty))  # "members of the security forces killed"
        if group and all(t.text.islower() for t in group) and not casualty_class(group[-1].low):
            reading = replace(reading, measure=f"{q.noun.split()[-1].lower()} of the {words(group)} {casualty}")
        return replace(reading, measure=reading.measure + attached.place_after(toks, last, hi, reading.measure))
    measure, word = measure_words(sentence, toks, q, (first, last, lo, hi), verb, prep, verb_at)
    measure, plain = per_unit(sentence, toks, q, measure, verb_at)  # "per family of the dead"; bare as without it
    spans = [n for n in nm.names(index, sentence) if not nm.is_ticker(nm.dotted(toks, n))
             and not PLURAL_ACRONYM.fullmatch(n.text)  # "his RBIs": a kind of thing, even where no number counts it
             and not _COMPOUND.match(sentence, n.end)]  # "the Boston-based company": the name only describes it
    core = qualifiers.core(plain)  # "estimated number of people" is as bare as "number of people"
    # "total points" (the whole of a part) is as bare as "number of points"
    bare = _generic(core) or core.removeprefix("number of ").removeprefix("total ") in vocab.GENERIC or _junk(measure)
    # A name whose verb acts on another noun is no owner ("Judge Bodiford handed down the sentence on each of 54
    # charges"), unless the measure alone is bare: then the label would vanish rather than get right. Counts
    # only: a share or a sum is usually the object's own ("Seoul expects ... efficiency from 23%").
    floor = max(toks[lo].start if lo < len(toks) else 0, ow.past_speaker(toks, lo, first))
    if verb_at is not None:  # "Steve Marr, whose side have conceded 12 goals": the side's, not Marr's; not a
        # noun before "that" here: "Luck was terrible for a stretch in the game that included 10 incompletions"
        floor = max(floor, subjects.whose_subject(toks, verb_at, lo))
    paths = (("possessive", lambda: ow.possessive_before(sentence, spans, q.start)),
             ("to-object", lambda: ow.object_brought_to(spans, toks, verb_at, first)
              if verb_at is not None and prep == "to" else None),
             ("acting", lambda: ow.acting_subject(spans, toks, ow.first_conjunct(toks, verb_at, lo, first),
                                                  ow.subject_floor(toks, lo)) if verb_at is not None else None),
             ("aside", lambda: ow.aside_subject(sentence, spans, toks, verb_at, lo) if verb_at is not None else None),
             ("phrase", lambda: _phrase_owner(sentence, spans, q)),
             ("nearby", lambda: _nearest(
                 [n for n in spans if not nm.is_modifier(sentence, n) and not ow.in_place_phrase(sentence, n)
                  and not ow.beside(sentence, n, q.start) and not ow.accessory(sentence, n)
                  and not (ow.object_or_phrase(toks, n) and ow.pronoun_between(toks, n.end, q.start))
                  and (bare or q.dim != "count" or not ow.acts_on_another(toks, n, q.start))], q,
                 floor, toks[hi - 1].end if hi else len(sentence))))
    subject, path = next(((n, how) for how, find in paths if (n := find()) is not None), (None, "none"))
    if subject is None and q.dim == "count":  # "Quinn, who was 10 of 22 for 162 yards"
        subject, path = ow.relative_owner(sentence, spans, q.start), "relative"
    subject = ow.whole_name(sentence, subject, spans) if subject is not None else None
    if subject is not None and ow.among(sentence, q.start) and subject.end <= q.start:
        subject = None  # "Sharpe and Randle are among the 15 finalists": one of the number, not its owner
    if subject is not None and re.search(r"\b[a-z][\w-]*[’']s\s+$", sentence[:q.start]):
        subject = None  # "the group’s 18-year insurgency": its possessor is said, and is no name
    opening = next((k for k in range(first - 1, max(-1, first - 8), -1) if toks[k].text in "()"), None)
    if subject is None and opening is not None and toks[opening].text == "(":  # "Rahman (45-7-2, 36 KOs)"
        paren = toks[opening].start
        subject, path = next((n for n in spans if n.end <= paren and not sentence[n.end:paren].strip()), None), "paren"
    if subject is None and verb_at is not None and lo > 0 and toks[verb_at - 1].low in ("it", "they", "he", "she"):
        subject, path = ow.acting_subject(spans, toks, verb_at, 0), "acting"  # "When OpenAI trained GPT-4, it used ..."
    # "After joining the Saints, he rushed for 716 yards": whose is read from the sentence before (extract)
    pverb = ow.first_conjunct(toks, verb_at, lo, first) if verb_at is not None else None
    pronoun = subject is None and (ow.pronoun_subject(toks, pverb, lo) or _pronoun_tally(toks, q, lo, first, verb_at))
    if pronoun and q.dim == "count" and (own := ow.antecedent(spans, toks, pverb, q.start)) is not None:
        # "Marion Barber ... when he had 2 yards on 8 carries": the sentence's own
        subject, pronoun, path = own, False, "antecedent"
    if subject is None and measure.endswith("price"):  # "Claude Max users at $100 per month"; not a venue ("on the
        # Nasdaq") nor who says it ("Verena Haid, said the resort sold passes at €71.50 each")
        subject = _nearest([n for n in spans if n.end <= q.start and not ow.accessory(sentence, n)
                            and not ow.in_place_phrase(sentence, n)], q, ow.past_speaker(toks, 0, first), q.start)
        path = "price"
    if subject is None and boxed and heading and heading != sentence:
        subject, path = next(iter(nm.names(index, heading)[-1:]), None), "heading"
    tokens, shown = _subject(index, subject if q.dim != "magnitude" else None, q)  # "on the Richter scale"
    if shown and shown.lower() in measure.lower():
        shown = None  # "share of Americans" already says whose
    if not shown and q.dim == "money" and verb in vocab.MONEY_VERBS and verb_at is not None:
        shown = _payer(sentence, toks, verb_at)
        path = "payer"
    # A generic measure is shown only with a subject ("Colossus 1 power capacity", "Claude Max monthly
    # price"), and never when it says nothing at all of the number ("Disney amount", "Trump duration").
    # A percentage a named subject rose or fell by is that subject's change ("Japan's Nikkei declined 0.3%").
    changed = (q.dim == "percent" and vocab.CHANGE_VERBS.get(verb, "") in qualifiers.CHANGE_NOUNS and subject is not None
               and verb_at is not None and bool(_RIGHT_BEFORE.fullmatch(sentence[subject.end:toks[verb_at].start])))
    changed = changed or (q.dim == "percent" and word in qualifiers.CHANGE_NOUNS and subject is not None and up_down(sentence, q))
    vague = (q.dim in ("duration", "percent", "multiplier") and not changed) \
        or measure.split()[-1:] in (["amount"], ["value"])
    # A reporting verb says nothing of an amount, but the noun the amount names does ("reported $2.53 in
    # per-share earnings", "announced a $5 billion deal").
    told = verb not in vocab.REPORTING or (q.dim == "money" and bool(word)) \
        or _object_count(toks, q, verb_at, prep, (first, last, hi))
    # never a table row's cell (which column is unknown) or a slogan's number
    said = bool(measure) and told and not _junk(measure) and not _fragment(sentence, measure, q.end) \
        and not ow.table_row(sentence) \
        and not ow.in_short_quote(sentence, q.start, q.end)
    specific = said and (not bare or (bool(shown) and not vague))
    # a bare measure a pronoun's person would make specific ("he had nine carries": Bush number of carries)
    pronoun = pronoun and said and not vague
    return Reading(measure=measure, key=f"{kind_of(q)}|{word}", subject=shown, subject_tokens=tokens,
                   role=verb if q.dim == "count" and verb not in vocab.HAVING else "", prep=prep,
                   part=q.dim == "count" and bool(_PART.match(sentence, q.start)),
                   specific=specific, pronoun=pronoun,
                   made=Provenance(subject=path if shown else "none", verb=verb_at is not None))


def _object_count(toks: list[st.Token], q: Quantity, verb_at: int | None, prep: str,
                  span: tuple[int, int, int]) -> bool:
    """'Jones added 80 yards', 'and added 6 carries': a count a reporting verb takes as its own object, no clause
    after its noun ('said 30 buses were late' reports a clause: the words are the speaker's)."""
    if q.dim != "count" or not q.noun or verb_at is None or prep or toks[verb_at].low in ow.SAYS:
        return False  # "Police said two women and one man ... choked": a pure saying verb reports a clause
    first, last, hi = span  # the count's first and last token, the clause's end
    if any(t.low not in ow.QUALIFIERS for t in toks[verb_at + 1:first]):
        return False  # "Gaskin said the two incidents ...": the count is the subject of the words reported
    after = last + 1
    return after >= hi or not (toks[after].low in st.AUX or st.is_verb(toks, after))


def _pronoun_tally(toks: list[st.Token], q: Quantity, lo: int, first: int, verb_at: int | None) -> bool:
    """'In 54 games with the Angels he hit .358 with 13 home runs': a tally 'with' or 'for' a he or she who
    opens the clause (not one who says it) is that person's, as 'he had nine carries' is."""
    if verb_at is not None or q.dim != "count" or st.prep_before(toks, first, lo) not in ("with", "for"):
        return False
    he = next((k for k in range(lo, first) if toks[k].low in ("he", "she")), None)
    return he is not None and he + 1 < len(toks) and toks[he + 1].low not in _SAYING


def _casualty_noun(sentence: str, q: Quantity) -> bool:
    """'the 80 wounded': the counted word, or else the word after the number, is itself a casualty."""
    named = (q.noun or next(iter(sentence[q.end:].split(maxsplit=1)), "")).split()
    return bool(named and casualty_class(named[-1].strip(".,;")))


def casualty_reading(q: Quantity, casualty: str) -> Reading:
    words = q.noun.split() if q.unit != "people" else []
    # "23 Somali and Yemeni pirates": both adjectives and their noun; else the noun and the word before it
    # "1,500 cattle and camels": both nouns, never a label opening on "and"
    joined = next((k for k in (3, 2) if len(words) >= k + 1 and words[-k].lower() in ("and", "or")), 0)
    words = words[-joined - 1:] if joined else words[-2:]
    # "three fatalities", "9 million premature deaths": the noun is the casualty, the count is of people
    noun = [] if words and casualty_class(words[-1]) else words
    # "Somali pirates arrested": a capitalised adjective ("Somali") keeps its capital, as the sentence writes it
    counted = " ".join(w if w[:1].isupper() and w[1:].islower() and k < len(noun) - 1 else w.lower()
                       for k, w in enumerate(noun)) if noun and noun[-1].lower() not in vocab.GENERIC else "people"
    if len(words) == 2 and not noun and words[0].islower() and not casualty_class(words[0]) \
            and words[0] not in vocab.GENERIC_MEASURE:  # "9 million premature deaths": of what kind
        return Reading(measure=" ".join(words), key=f"casualty:{casualty}|", casualty=casualty)
    return Reading(measure=f"{counted} {casualty}", key=f"casualty:{casualty}|", casualty=casualty)


# Besides closed-class words (st.FUNCTION has the adverbs: "the 40-year-old American never recovered"), adverbs of
# place end the noun an age describes, and so do relative pronouns ("a 15-year-old boy whose death ...") and
# prepositions of place ("a 66-year-old woman near a parking lot"; a closed class).
_AGE_STOPS = en.RELATIVES | word_set("last outside inside where "
                      "near beneath behind beside beyond below above along alongside amid amidst upon onto "
                      "underneath opposite past via despite like unlike")


def _age_noun(toks: list[st.Token], at: int, hi: int) -> list[st.Token]:
    """The noun phrase an age describes, up to an adverb or a verb in -s before an article ('the 40-year-old actor
    plays a cattle driver')."""
    noun = st.noun_after(toks, at, hi, 4)
    for k, t in enumerate(noun):
        following = toks[at + k + 1].low if at + k + 1 < len(toks) else ""
        closed = t.low in st.PREPOSITIONS or t.low in st.FUNCTION or (k and t.low.endswith("ly"))
        # "35-year-old Gomes faces two counts": a name and then a lowercase word is the name and its verb
        named = k and noun[k - 1].text[:1].isupper() and t.text.islower() and t.low.endswith("s") \
            and not t.low.endswith("ss")  # an age is of one person: a word in -s after the name is its verb
        if t.low in _AGE_STOPS or closed or (k and t.low.endswith("s") and following in st.DETERMINERS) or named \
                or t.low in WORD_NUMBERS:
            return noun[:k]
    return noun


def _age(sentence: str, q: Quantity, toks: list[st.Token], last: int, hi: int) -> Reading:
    """'Jayden Norton, 17,' is Jayden Norton's age; 'a 62-year-old man was charged' the charged man's."""
    tokens, shown = age_subject(sentence, q)
    noun = _age_noun(toks, last + 1, hi)
    owner = next((k for k, t in enumerate(noun) if t.low.endswith(("’s", "'s"))), None)
    if owner is not None:  # "the 37-year-old small-city mayor’s chances": the mayor's age
        noun = noun[:owner + 1]
        noun[-1] = replace(noun[-1], text=noun[-1].text[:-2], end=noun[-1].end - 2)
    end = last + 1 + len(noun)
    cut = end < len(toks) and toks[end].text.islower() and toks[end].low.endswith("ing") and len(toks[end].low) > 5
    noun = [] if cut else aged.role_noun(noun)  # "the 33-year-old hard partying actress": not "the hard"
    verb = next((toks[i].low for i in range(last + 1, min(len(toks), last + 8))
                 if st.is_verb(toks, i) and toks[i].low not in st.AUX), "")
    if not shown and noun and noun[-1].text[:1].isupper():  # "32-year-old Englishman Robert Buckley"
        name = re.match(r"\s*((?:[A-Z][\w’'-]+\s?){1,3})", sentence[q.end:])
        shown = name.group(1).strip() if name else None
        tokens = frozenset(w.lower() for w in shown.split()) if shown else frozenset()
    told = ""
    if not shown and noun and (first := next(i for i, t in enumerate(toks) if t.end > q.start)) is not None \
            and aged.indefinite(toks, first):  # "A 71-year-old man was killed": the man killed
        restated = aged.apposed(toks, first)  # "the alleged organiser, a 58-year-old man": the organiser's age
        told = "" if restated else aged.what_befell(toks, first, end, len(toks) if hi <= end else hi)
        noun = [replace(noun[0], text=restated)] if restated else noun
    measure = "age" if shown else (f"age of the {words(noun)}{' ' + told if told else ''}" if noun else "age")
    return Reading(measure=measure, key="age|", role=verb, subject=shown, subject_tokens=tokens,
                   specific=bool(shown or noun), made=Provenance(subject="apposition" if shown else "none"))


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
    if opener and ow.past_speaker(toks, 0, verb_at) >= opener.end():
        return None  # "The police source ... said the men stole watches worth ...": who speaks did not pay
    kept = [w for w in opener.group(1).split() if w != toks[verb_at].low] if opener else []
    told = opener is not None and any(st.is_verb(toks, k) or toks[k].low in vocab.REPORTING
                                      for k in range(1, min(len(toks), 1 + len(opener.group(1).split()))))
    if kept and kept[-1] not in st.FUNCTION | st.AUX and not told:
        return " ".join(kept)
    return None


def _phrase_owner(sentence: str, spans: list[nm.Name], q: Quantity) -> nm.Name | None:
    """The name in a phrase after the count ('GPUs in Colossus 1'), or for a count the side it was for, its doer."""
    after = ow.name_in_phrase_after(sentence, spans, q.end)
    if after is not None and q.dim == "money" and re.search(r"\son\s+(?:the\s+)?$", sentence[:after.start]):
        return None  # "closed at $48.30 on the Nasdaq": the market it traded on, not whose the price is
    doer = ow.doer_before(sentence, spans, q.start, q.end, after) if after is not None and q.dim == "count" else None
    return doer or after


def _nearest(spans: list[nm.Name], q: Quantity, lo: int, hi: int) -> nm.Name | None:
    near = [n for n in spans if lo <= n.start and n.end <= min(hi, q.start)]  # names after it own it only
    return max(near, key=lambda n: n.end) if near else None  # through an of/in-phrase


def _subject(index: EntityIndex, name: nm.Name | None, q: Quantity) -> tuple[frozenset[str], str | None]:
    if name is None or (q.noun and name.text.lower() in q.noun.lower()):
        return frozenset(), None  # "Nvidia GPUs": part of the counted noun, not whose they are
    return index.tokens_of(name.text), index.shown(name.text)


def _generic(measure: str) -> bool:
    return all(w in vocab.GENERIC_MEASURE or w.rstrip("s") in vocab.GENERIC_MEASURE for w in measure.lower().split())


def _junk(measure: str) -> bool:
    """A measure that ends in an adverb, a preposition or a connective names nothing ('late', 'reportedly')."""
    parts = measure.lower().split()
    last = parts[-1] if parts else ""
    if len(parts) > 1 and (last in vocab.PARTICLES or last in completions.STANCE) and past(parts[-2]):
        return False  # "employees laid off", "people got out", "Republicans voted against": the verb's own word
    return last.endswith("ly") or last in st.PREPOSITIONS or last in st.FUNCTION or last in vocab.NOT_MEASURES


def _fragment(sentence: str, measure: str, end: int) -> bool:
    """A measure that is no phrase naming a thing: one opening on a conjunction or a pronoun ('it value'), or a lone
    word in -ing that takes an object or a phrase right after it ('$540 million developing the vaccine', '£520
    depending on distance': a verb of the clause, not the amount's noun)."""
    parts = measure.split()
    if parts and parts[0] in _NO_OPENING:  # as written: "US companies" opens on a name, not on "us"
        return True
    if len(parts) != 1 or not parts[0].endswith("ing"):
        return False
    after = re.search(rf"\b{re.escape(parts[0])}\s+([a-z]+)", sentence[end:])
    return after is not None and after.group(1) in st.PREPOSITIONS | st.DETERMINERS


def _is_name(index: EntityIndex, text: str) -> bool:
    spans = nm.names(index, text)
    return bool(spans) and len(spans[0].text) >= len(text.strip()) - 1


def _boxed_value(between: str) -> bool:
    """'GPUs: More than 220,000', 'deal: $200 billion over 5 years': the value right after its label."""
    return all(w.lower() in _BOX_WORDS for w in re.findall(r"[A-Za-z]+", between))


def _fact_box(label: str, q: Quantity, index: EntityIndex, heading: str) -> Reading:
    """'Power Capacity: Over 300 MW', 'GPUs in Colossus 1: 220,000+', 'Anthropic-Google Cloud deal: $200 billion'."""
    spans = [_extend(label, n) for n in nm.names(index, label)]
    measure_part = re.split(r"\s+(?:in|of|at|for|on)\s+", label)[0]
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", measure_part)
             if not any(n.start <= label.find(w) < n.end for n in spans)]
    subject = spans[-1] if spans else next(iter(nm.names(index, heading)[-1:]), None)
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
                   subject=shown, subject_tokens=tokens, specific=bool(noun),
                   made=Provenance(subject="box" if shown else "none", measure="box"))


def _extend(text: str, name: nm.Name) -> nm.Name:
    """In a fact box's label, capitalised words after a name are still the name ('Google Cloud deal')."""
    more = re.match(r"(?:\s+[A-Z][\w-]*)+", text[name.end:])
    return nm.Name(start=name.start, end=name.end + more.end(), text=text[name.start:name.end + more.end()]) \
        if more else name


def figure_label(reading: Reading) -> str:
    """'Colossus 1 GPU count', 'Jayden Norton’s age', 'people killed', 'date SpaceX signed the deal'."""
    if not reading.subject:
        return said_once(reading.measure)
    if reading.measure == "age":
        return f"{reading.subject}’s age"
    return said_once(f"{reading.subject} {reading.measure}")  # "Duluth" and "Duluth budget": the name once
