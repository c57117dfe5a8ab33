"""What a verb did to the count that is its object, said whole: "laying off 210 workers" -> workers laid off,
"forcing 6,000 residents to evacuate" -> residents forced to evacuate, "leaving 410,000 homes and businesses without
electricity" -> homes and businesses left without electricity, and the later items of a list of objects
("recovered $410,000 in cash, 26 luxury watches, 11 handguns") done to as the first was.

English grammar only (particles, "to" and a verb, "without", commas and "and"): no corpus's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.figures import predicates
from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.casualties import is_person
from briefing.figures.structure import past, words
from briefing.text import english as en
from briefing.text import word_set
from briefing.text.quantity import WORD_NUMBERS


@dataclass(frozen=True, kw_only=True)
class Lists:
    """Whether a number's noun is read with the whole list of nouns it opens (label_audit_dev.md, round 55)."""

    # a list may end at any preposition or relative ("4 tonnes of rice, lentils and tarpaulins near Bhotang"): on,
    # it mends 3 labels and turns none wrong over the 46 folds (final4-final47, develop and check)
    ends: bool = True
    # an area or volume "of" a list, as a mass ("3,000 cubic metres of sand and clay"): 2 labels, right both ways
    measures: bool = True
    # a count names its whole list wherever it stands ("The 214 drivers and helpers walked off"): off, 4 mended but
    # 2 turned wrong in two folds ("two cheetahs and scenes", "all 1,553 cabins and public spaces": the number
    # may count the first item alone, which the sentence's structure does not tell)
    counts: bool = False


LISTS = Lists()  # what the run uses
# Prepositions the clause readers do not stop at, each of which ends a list of nouns as "in" or "of" does.
_LIST_ENDS = en.PLACE_PREPOSITIONS | en.RELATIVES | en.RARE_PREPOSITIONS | word_set("below above until")
# Words no item of a list of nouns holds ("yards and no touchdowns", "vehicles, like cars and trucks").
_NOT_ITEMS = st.CLOSED | en.ING_PREPOSITIONS | _LIST_ENDS | word_set("no like such")

# What may stand between a list's comma and the number of its next item ("and nearly 3 kilograms").
_BEFORE_ITEM = frozenset({"and", "about", "around", "nearly", "almost", "some", "over", "roughly", "more", "than",
                          "at", "least", "up", "to", "$", "£", "€"})
_BEFORE_NUMBER = _BEFORE_ITEM - {"and"}  # between an item's verb and its number
_SAYING_OR_SCORING = vocab.REPORTING | vocab.SCORING
_CURRENCY_PREFIX = re.compile(r"[A-Z]{1,3}")  # "NZ$", "A$", "US$", "HK$": whose dollars


def told_to(toks: list[st.Token], last: int, hi: int, noun: str, *, caused: bool = False) -> str:
    """' to evacuate' of 'forcing 6,000 residents to evacuate' or 'ordered 90,000 residents of three counties to
    evacuate': what people a verb acts on were made or told to do; things only when the verb `caused` it ('causing
    40 homes to flood'); '' otherwise, or with no verb after 'to'."""
    at = last + 1
    if not (caused or is_person(noun)) or at >= hi:
        return ""
    if toks[at].low == "of" or toks[at].low in en.PLACE_PREPOSITIONS:  # past their group or where they are
        to = next((k for k in range(at + 1, min(hi, at + 6)) if toks[k].low == "to"), hi)
        # a place phrase is a noun's: "within a 1.5-mile radius to shelter", not "inside and threatened to use"
        phrase = toks[at + 1:to]
        at = hi if toks[at].low != "of" and any(t.low in st.FUNCTION or st.is_verb(toks, at + 1 + j)
                                                for j, t in enumerate(phrase)) else to
    if at + 1 >= hi or toks[at].low != "to" or not toks[at + 1].text.islower() or not st.is_verb(toks, at + 1) \
            or toks[at + 1].low in st.AUX:
        return ""
    return f" to {toks[at + 1].low}"


def without(toks: list[st.Token], last: int, hi: int) -> str:
    """' without electricity' of 'leaving 410,000 homes without electricity': the state a verb of result left
    its object in, said by 'without' and a bare noun."""
    at = last + 1
    if at + 1 >= hi or toks[at].low != "without":
        return ""
    what = st.noun_after(toks, at + 1, hi, 2)
    return f" without {words(what)}" if what and all(t.text.islower() for t in what) else ""


def and_more(toks: list[st.Token], last: int, hi: int, *, plural: bool = True, single: bool = False) -> int:
    """How many tokens 'and businesses' of '410,000 homes and businesses left' (or ', counselors and nurses' of
    '2,840 teachers, counselors and nurses') adds to a counted noun: bare plural nouns, each maybe after one
    lowercase word ('and luxury watches'), joined to it by commas and a last 'and'/'or', that no verb or number
    opens and that end its phrase (0 if none); `plural=False` takes mass nouns too ('food, blankets and medicine'),
    `single` only items of one word."""
    at = last + 1
    while at + 2 < hi and toks[at].text == "," and (size := _item(toks, at + 1, hi, plural, single)) \
            and at + 1 + size < hi and (toks[at + 1 + size].text == "," or toks[at + 1 + size].low in ("and", "or")):
        at += 1 + size  # ", counselors": one more item of the list
    at += at > last + 1 and at < hi and toks[at].text == ","  # the serial comma: "teachers, counselors, and nurses"
    if at + 1 >= hi or toks[at].low not in ("and", "or") or not (size := _item(toks, at + 1, hi, plural, single)):
        return 0
    end = at + 1 + size
    return end - last - 1 if end >= hi or not toks[end].word or toks[end].low in st.PREPOSITIONS \
        or (LISTS.ends and toks[end].low in _LIST_ENDS) or st.is_verb(toks, end) else 0


def whole_list(measure: str, toks: list[st.Token], last: int) -> str:
    """'number of drivers' -> 'number of drivers and helpers' of 'The 214 drivers and helpers walked off': the list
    of nouns the count's last token opens, put after that noun in its measure (unchanged if none, or said already)."""
    more = and_more(toks, last, len(toks)) if LISTS.counts else 0
    found = re.search(rf"\b{re.escape(toks[last].low)}\b", measure.lower()) if more else None
    items, after = toks[last + 1:last + 1 + more], last + 1 + more
    # "25 knots and waves of about two metres", "four staff and plans to hire": the last item's own phrase or verb
    if found is None or (after < len(toks) and toks[after].low in ("of", "to")) \
            or any(t.word and t.low not in ("and", "or") and (t.low in measure.lower().split() or t.low in _NOT_ITEMS)
                   for t in items):
        return measure
    return f"{measure[:found.end()]}{st.listed('', items)}{measure[found.end():]}"


def _item(toks: list[st.Token], k: int, hi: int, plural: bool, single: bool) -> int:
    """Tokens of one bare item of a list of nouns at `k`: 'luxury watches' 2, 'necklaces' 1, none 0."""
    if not single and k + 1 < hi and _bare(toks, k, False) and _bare(toks, k + 1, plural):
        return 2
    return 1 if _bare(toks, k, plural) else 0


# Quantifiers stand for a number of something else ("14 boxes of batteries and several of bleach"): no item of a list
_QUANTIFIERS = frozenset({"several", "many", "few", "more", "most", "others", "dozens", "hundreds", "thousands",
                          "millions", "scores", "lots", "plenty", "various", "numerous"})


def _bare(toks: list[st.Token], k: int, plural: bool) -> bool:
    """A lowercase plural (or, not `plural`, any) noun standing alone: no closed word, quantifier, number, verb or
    adverb."""
    t = toks[k]
    return t.word and t.text.islower() and t.low not in st.CLOSED and t.low not in _QUANTIFIERS \
        and not (LISTS.ends and t.low in _LIST_ENDS) \
        and (t.low.endswith("s") or not plural) \
        and t.low not in WORD_NUMBERS and not st.is_verb(toks, k) and not t.low.endswith("ly")


def listed_verb(toks: list[st.Token], first: int) -> int | None:
    """The verb of the first item of a list of objects whose later item opens on token `first`: 'recovered'
    of 'Investigators recovered $410,000 in cash, 26 luxury watches, 11 handguns'. Each item back to it must open
    on a number; a past verb that is no verb of having, reporting or scoring (None otherwise)."""
    k = first - 1
    while k >= 0 and toks[k].low in _BEFORE_ITEM:
        k -= 1
    if k < 1 or toks[k].text != ",":
        return None
    for j in range(k - 1, max(-1, k - 30), -1):
        t = toks[j]
        if not t.word and t.text not in ",$£€" and not t.text[:1].isdigit():
            return None  # a clause's end: ";", ":", a dash, a bracket
        if not st.number_word(t.low):
            if st.is_verb(toks, j) and t.text.islower():
                return None  # a verb inside an item: "11 handguns were found": no list of one verb's objects
            continue
        v = j - 1
        while v >= 0 and (toks[v].low in _BEFORE_NUMBER or _CURRENCY_PREFIX.fullmatch(toks[v].text)
                          and toks[v + 1].text == "$"):
            v -= 1  # "seized NZ$386,450 in cash, two vehicles": a dollar's country is no verb
        if v < 0:
            return None
        if toks[v].text == ",":
            continue  # an earlier item of the list
        verb = toks[v].low
        passive = v > 0 and toks[v - 1].low in st.AUX
        done = toks[v].text.islower() and st.is_verb(toks, v) and past(verb) and not passive
        having = {verb, verb[:-1], verb[:-2]} & vocab.HAVING  # "included", "contained": a whole's parts
        return v if done and not having and verb not in _SAYING_OR_SCORING else None
    return None


_ONE_SYLLABLE = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")  # a verb of one syllable that doubles its last letter
_QUALIFIERS = frozenset({"about", "around", "nearly", "almost", "some", "over", "roughly", "more", "than", "least",
                         "just", "only", "the", "all"})
# Verbs that make someone do what the infinitive after them says: what they made happen happened ("forcing the
# hospital to postpone 300 surgeries"); after any other "to" a verb may be a plan (English grammar).
CAUSING = frozenset({"force", "forces", "forced", "forcing", "compel", "compels", "compelled", "compelling", "lead",
                      "leads", "led", "leading", "prompt", "prompts", "prompted", "prompting", "cause", "causes",
                      "caused", "causing", "oblige", "obliges", "obliged", "obliging"})
_PRONOUNS = en.OBJECT_PRONOUNS | en.SUBJECT_PRONOUNS | en.REFLEXIVES | en.RELATIVES | {"much", "little"}
# Where a count stands after a verb and its object: "froze hiring in nine departments".
_WHERE = frozenset({"in", "at", "across", "throughout"})
_TIME_OR_IDIOM = frozenset({"place", "part", "time", "times", "fact", "total", "order", "turn", "hand", "charge"})
# The set algebra of the readers below, done once: they test every token of a phrase against it.
_NO_KIND = st.CLOSED | _PRONOUNS  # no word of "of"-phrase that says what kind
_NO_OBJECT = _NO_KIND | _QUALIFIERS  # no word of a bare object ("hiring" of "froze hiring in nine departments")
_OPENING_QUALIFIERS = _QUALIFIERS - {"the", "all"}  # before a count that opens a clause
_NO_BARE_OBJECT = _QUALIFIERS | _PRONOUNS
_BEFORE_ADJECTIVE = st.DETERMINERS | st.PREPOSITIONS | st.AUX  # a verb after these is no verb of the clause
_NOT_DONE = st.CLOSED | vocab.HAVING | vocab.REPORTING
_OBJECT_GOES_ON = st.DETERMINERS | {"of"}
_PASSIVE_BE = frozenset({"is", "are", "was", "were", "been", "be"})


def participle(verb: str) -> str:
    """'serves' -> 'served', 'carries' -> 'carried', 'postpone' -> 'postponed', 'sells' -> 'sold': the participle
    of a present or bare verb form."""
    base = verb
    if verb.endswith("ies") and len(verb) > 4:
        base = f"{verb[:-3]}y"
    elif verb.endswith(("ches", "shes", "sses", "xes", "zes")):
        base = verb[:-2]
    elif verb.endswith("s") and not verb.endswith("ss"):
        base = verb[:-1]
    if base in vocab.PARTICIPLE_OF_BASE:
        return vocab.PARTICIPLE_OF_BASE[base]
    if base[:2] == "re" and base[2:] in vocab.PARTICIPLE_OF_BASE:  # "rewrite" -> "rewritten"
        return f"re{vocab.PARTICIPLE_OF_BASE[base[2:]]}"
    if _ONE_SYLLABLE.fullmatch(base):  # "scrap" -> "scrapped", "stop" -> "stopped"
        return f"{base}{base[-1]}ed"
    return regular_participle(base)


def regular_participle(base: str) -> str:
    """'carry' -> 'carried', 'postpone' -> 'postponed', 'serve' -> 'served', 'shatter' -> 'shattered': the -ed form
    of a regular verb's stem."""
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return f"{base[:-1]}ied"
    return f"{base}d" if base.endswith("e") else f"{base}ed"


def present(toks: list[st.Token], verb: int) -> str:
    """The participle of a verb in the present third person that takes the count as its object ('the district
    serves about 2,100 students' -> 'served'), '' for any other form or a verb of having, saying or changing."""
    low = toks[verb].low
    if not low.endswith("s") or low.endswith("ss") or not toks[verb].text.islower() or low in st.AUX \
            or low in vocab.HAVING or low in _SAYING_OR_SCORING or low in vocab.CHANGE_VERBS \
            or (verb > 0 and toks[verb - 1].low in st.DETERMINERS):
        return ""
    return participle(low)


def caused(toks: list[st.Token], verb: int) -> bool:
    """'forcing the hospital to divert ambulances and postpone 300 surgeries': the bare verb at `verb` stands in an
    infinitive (or is joined by 'and' to one) that a verb of causing governs, so what it says was done."""
    k = verb - 1
    if k > 0 and toks[k].low == "and":  # "to divert ambulances and postpone": back to the first verb's "to"
        k = next((j for j in range(k - 1, max(0, k - 10), -1) if toks[j].low == "to"), -1)
    if k < 1 or toks[k].low != "to":
        return False
    return any(toks[j].low in CAUSING for j in range(k - 1, max(-1, k - 6), -1))


def coordinated(toks: list[st.Token], first: int) -> int | None:
    """'postpone' of 'to divert ambulances and postpone more than 300 surgeries': a bare verb joined by 'and' to an
    infinitive that takes its own object, before a count ('' when no such verb stands there)."""
    v = _before_number(toks, first)
    t = toks[v]
    if v < 3 or not t.word or not t.text.islower() or t.low in st.CLOSED or toks[v - 1].low != "and":
        return None
    to = next((j for j in range(v - 2, max(0, v - 10), -1) if toks[j].low == "to"), None)
    if to is None or not all((x.word and x.text.islower() or x.text[:1].isdigit()) and x.low not in st.AUX
                             for x in toks[to + 1:v - 1]):
        return None
    return v if st.is_verb(toks, to + 1) else None


def of_kind(toks: list[st.Token], last: int, hi: int) -> int:
    """How many tokens ' of objection' of '1,870 letters of objection' or ' of spilled diesel fuel' of '150 gallons
    of spilled diesel fuel' adds to a counted noun: an 'of' and a bare noun phrase of up to three lowercase words
    that says what kind they are (0 for a partitive 'of the workers', 'of them', a number, a name or a time)."""
    at = last + 1
    if at + 1 >= hi or toks[at].low != "of":
        return 0
    end = at + 1
    while end < min(hi, at + 4):
        t = toks[end]
        if not t.word or not t.text.islower() or t.low in _NO_KIND or t.low in WORD_NUMBERS \
                or t.low.endswith("ly") or end + 1 < hi and toks[end + 1].low == "than" \
                or t.low.endswith("ing") and "-" not in t.low and not _ing_noun(toks, end, hi) \
                or st.is_verb(toks, end) and (end > at + 1 or end + 1 >= hi or not toks[end + 1].word):
            break
        end += 1
    if end == at + 1 or toks[end - 1].low in _TIME_OR_IDIOM or toks[end - 1].low.rstrip("s") in (
            "day", "week", "month", "year", "hour", "minute", "decade", "century"):
        return 0
    nxt = toks[end] if end < hi else None  # the phrase must end: a stop, a preposition, a verb, a closed word
    if nxt is not None and nxt.word and nxt.low not in st.CLOSED and not (past(nxt.low) and st.is_verb(toks, end) and (
            end + 1 >= hi or not toks[end + 1].word or toks[end + 1].low in st.CLOSED
            or toks[end + 1].low.endswith("ly"))) \
            and not (end + 1 < hi and toks[end + 1].low == "than"):  # "two pairs of horns rather than one"
        return 0
    if nxt is not None and nxt.low in ("of", "to", "with", "without"):  # "counts of possession of a firearm"
        return 0
    return end - last - 1


def _ing_noun(toks: list[st.Token], at: int, hi: int) -> bool:
    """'fencing' of 'two layers of fencing on the north side': an -ing word right after 'of' that ends its phrase
    (a stop or a preposition but 'of' and 'to' next) names a kind of stuff, not a doing with an object."""
    nxt = toks[at + 1] if at + 1 < hi else None
    return toks[at - 1].low == "of" and (nxt is None or not nxt.word and nxt.text != "-"
                                         or nxt.low in st.PREPOSITIONS - {"of", "to"})


def where_done(toks: list[st.Token], first: int, noun: str) -> str:
    """' where hiring was frozen' of 'frozen hiring in nine departments', ' where windows were shattered' of
    'shattered windows in about 200 homes': a count of places after 'in' or 'at' that follows a verb and its bare
    object is where that was done; the verb must be past, or bare in an infinitive a verb of causing governs."""
    p = _before_number(toks, first)
    if p < 2 or toks[p].low not in _WHERE or is_person(noun):
        return ""
    end = p - (toks[p - 1].low in st.ADVERBS or toks[p - 1].low.endswith("ly") or toks[p - 1].low == "altogether")
    if (passive := _passive_where(toks, end)):
        return passive  # "Classes were suspended in 31 provinces": provinces where classes were suspended
    for k in (end - 2, end - 3):  # an object of one word, then of two
        obj = toks[k + 1:end]
        if k < 1 or not all(t.word and t.text.islower() and t.low not in _NO_OBJECT
                            and t.low not in WORD_NUMBERS and "-" not in t.low for t in obj) \
                or obj[-1].low in _TIME_OR_IDIOM:
            return ""
        # a verb after an article or a preposition is an adjective ("of bottled water"); a passive has no object
        done = _done(toks, k) if toks[k - 1].low not in _BEFORE_ADJECTIVE else ""
        if done:
            break
    else:
        return ""
    plural = obj[-1].low.endswith("s") and not obj[-1].low.endswith(("ss", "us", "is"))
    return f" where {words(obj)} {'were' if plural else 'was'} {done}"


def _passive_where(toks: list[st.Token], end: int) -> str:
    """' where classes were suspended' of 'Classes at all levels were suspended in 31 provinces': a passive verb
    before the place's preposition (ending at `end`), its auxiliary and its subject, a lowercase noun (past one
    phrase that says which: 'at all levels'); '' otherwise."""
    verb = end - 1
    if verb < 2 or not toks[verb].text.islower() or not past(toks[verb].low) or not st.is_verb(toks, verb) \
            or toks[verb].low in _NOT_DONE or toks[verb - 1].low not in _PASSIVE_BE:
        return ""
    aux = verb - 1 - (toks[verb - 2].low in ("have", "has", "had") and toks[verb - 1].low == "been")
    subject = st.noun_before(toks, aux, 0, 2)
    at = aux - len(subject)
    hop = next((j for j in range(at - 1, max(-1, at - 3), -1) if toks[j].low in st.PREPOSITIONS), None)
    if subject and hop is not None and all(t.low in st.DETERMINERS for t in toks[hop + 1:at]):
        subject = st.noun_before(toks, hop, 0, 2)  # past "at all levels" to "Classes"
        at = hop - len(subject)
    if not subject or not all(t.word and t.low not in _NO_OBJECT and (t.text.islower() or t.start == 0)
                              for t in subject) or at > 0 and toks[at - 1].text not in ",;:" \
            and toks[at - 1].low not in st.DETERMINERS | {"and", "but", "that", "when"}:
        return ""
    plural = subject[-1].low.endswith("s") and not subject[-1].low.endswith(("ss", "us", "is"))
    return f" where {words(subject).lower()} {'were' if plural else 'was'} {toks[verb].low}"


def _done(toks: list[st.Token], k: int) -> str:
    """The participle of the verb at `k` if it says what was done: a past, or a bare verb in an infinitive that a
    verb of causing governs ('' otherwise)."""
    t = toks[k]
    if not t.word or not t.text.islower() or t.low in _NOT_DONE or "-" in t.low \
            or toks[k - 1].low.endswith(("n't", "n’t")):
        return ""
    if (past(t.low) and st.is_verb(toks, k)) or t.low in st.SIMPLE_PAST:
        return vocab.PARTICIPLE_OF_PAST.get(t.low, t.low)
    return participle(t.low) if caused(toks, k) else ""


def _before_number(toks: list[st.Token], first: int) -> int:
    """The token before a number's qualifier words ('in [about] 200 homes', 'postpone [more than] 300', 'in [at
    least] 14')."""
    k = first - 1
    while k > 0 and (toks[k].low in _QUALIFIERS or toks[k].low == "at" and toks[k + 1].low == "least"):
        k -= 1
    return k


def opens_clause(toks: list[st.Token], first: int) -> bool:
    """'148 participants developed ...', 'Over the follow-up, about 400 retirees packed ...': the count (past its
    qualifier words) opens its sentence or a clause after a comma, as a subject does."""
    k = first - 1
    while k >= 0 and (toks[k].low in _OPENING_QUALIFIERS or toks[k].low == "at"):
        k -= 1
    return k < 0 or toks[k].text in ",;:"


def bare_object(toks: list[st.Token], verb: int, hi: int) -> bool:
    """'developed moderate-to-severe acute gastroenteritis': an active past verb right after a count takes a bare
    noun of its own, that no determiner or 'of' follows ('emptied almost the entire stock', 'hurled volleys of
    petrol bombs': the object goes on) and no qualifier opens."""
    what = st.noun_after(toks, verb + 1, hi, 3)
    end = verb + 1 + len(what)
    if not what or any(t.low in _NO_BARE_OBJECT or not t.text.islower() for t in what) \
            or end < hi and toks[end].low in _OBJECT_GOES_ON:
        return False
    return bool(predicates.direct_object(toks, verb, hi))
