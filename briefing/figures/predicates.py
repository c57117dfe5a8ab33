"""What a verb says of the count that is its subject, with what follows it: "laid off" (its particle), "were put
under medical quarantine" (where a light verb put them), "came from the defensive line" (an active verb's
complement), "expected to receive notice" (what they are to do), "who lost power" (a relative clause after people),
and the counted object of an active verb ("drugmakers pulled over 1,000 lots" -> "drugmakers pulled lots": the "over"
is the number's, not the verb's).

English grammar only: particles, prepositions, "to" and a verb, relative pronouns.
"""

from __future__ import annotations

from briefing.figures import owners as ow
from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.structure import past, words
from briefing.text import english as en
from briefing.text import word_set
from briefing.text.quantity import WORD_NUMBERS

_DANGLING = st.PREPOSITIONS | st.DETERMINERS  # words a relative clause cannot end on
# An object phrase an active verb takes whole ("fought the blaze", "reached its lower slopes"): an article or a
# possessive, then its noun.
_OBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
_CLAUSE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had"})
_OBJECT_GOES_ON = st.DETERMINERS | {"of"}  # "hurled volleys of petrol bombs": the object is not whole
_OPENS_CLAUSE = frozenset({"and", "but", "when", "while", "after", "before", "as", "because", "where", "until"})
_NOT_DOER = _OPENS_CLAUSE | en.RELATIVES | {"what", "how", "why"} | set(WORD_NUMBERS)
# Light verbs (English grammar: put, place, take, leave, keep, hold, send, bring, get, set, go, fall, run, make, move,
# turn): "were placed", "were taken", "were left" say nothing until their complement says where or in what state.
LIGHT_VERBS = word_set("put placed taken took left kept held sent brought got gotten set went gone fell fallen ran "
                       "made moved turned")
# Verbs whose object takes a complement in English ("declared unsafe", "considered at risk", "reported missing",
# "pronounced dead"): passive, they say nothing of their subject without the state after them.
_COMPLEMENTED = word_set("considered deemed declared pronounced reported feared presumed rated classed classified "
                         "judged certified confirmed believed")
# The light verbs that leave their object somewhere or in some state ("made 11 knots in the lane" does not).
_LEAVES = LIGHT_VERBS - {"made", "got", "gotten", "went", "gone", "fell", "fallen", "ran"}
_WHERE_TO = st.PREPOSITIONS - {"of", "by", "than", "per", "about", "since", "during", "before", "after", "around"}
_AFTER_OBJECT = st.PREPOSITIONS | st.FUNCTION | en.RELATIVES  # where an object phrase ends: "the blaze which ..."


def light_object(toks: list[st.Token], verb: int, hi: int) -> str:
    """'were put under medical quarantine', 'were placed in intensive care', 'were left without power', 'were taken
    ill': a light verb (or any of three letters) says little without where to or what it left them."""
    light = toks[verb].low in LIGHT_VERBS or toks[verb].low in _COMPLEMENTED
    if len(toks[verb].low) > 3 and not light or verb + 1 >= hi:
        return ""
    if light and (state := _state_word(toks, verb + 1, hi)):
        return f" {state}"
    if verb + 2 >= hi or toks[verb + 1].low not in _WHERE_TO:
        return ""
    start = verb + 2 + (light and toks[verb + 2].low in _OBJECT_OPENERS)
    where = st.noun_after(toks, start, hi, 3)
    end = start + len(where)
    if where and all(t.text[:1].isupper() and t.text.isalpha() for t in where) and light \
            and toks[verb + 1].low in ("to", "into") \
            and (end >= hi or not toks[end].word or toks[end].low in st.CLOSED):
        return f" {words(toks[verb + 1:start])} {' '.join(t.text for t in where)}"  # "were brought to Alaska"
    if not where or not all(t.text.islower() for t in where) or where[-1].low in vocab.WHEN \
            or light and end < hi and toks[end].word and toks[end].text.islower() and toks[end].low not in st.CLOSED:
        return ""  # "left at the time", "taken to the scene roughly": no place, or the phrase goes on
    return f" {words(toks[verb + 1:end])}"


def left_in(toks: list[st.Token], done: str, last: int, hi: int) -> str:
    """' offline' of 'had taken 6,000 computers and 300 servers offline', ' at home' of 'leaving 38,000 students at
    home', ' open' of 'kept 14 campuses open', ' out of business' of 'putting 23 pirates out of business': where or in
    what state a light verb (`done`, its participle) left its object, said after the count ending at `last`."""
    if done not in _LEAVES:
        return ""
    at = last + 1
    if at + 2 < hi and toks[at].low == "and" and _number(toks[at + 1]) and toks[at + 2].text.islower():
        at += 3  # "6,000 computers and 300 servers offline": the state is said of both
    if at + 1 < hi and toks[at].low == "out" and toks[at + 1].low == "of":
        what = st.noun_after(toks, at + 2, hi, 2)
        ok = what and all(t.text.islower() for t in what) and _ends(toks, at + 2 + len(what), hi)
        return f" out of {words(what)}" if ok else ""
    if at + 1 < hi and toks[at].low in en.PLACE_PREPOSITIONS - {"from", "across", "within", "behind"}:
        start = at + 1 + (toks[at + 1].low in _OBJECT_OPENERS)
        where = st.noun_after(toks, start, hi, 2)
        ok = where and all(t.text.islower() and t.low not in vocab.WHEN for t in where) \
            and _ends(toks, start + len(where), hi)
        return f" {words(toks[at:start + len(where)])}" if ok else ""
    t = toks[at] if at < hi else None
    if t is None or not t.word or not t.text.islower() or t.low in st.CLOSED | vocab.PARTICLES | vocab.NOT_MEASURES \
            or t.low.endswith(("ly", "ing", "s")) or past(t.low) or t.low in st.SIMPLE_PAST or len(t.low) < 3 \
            or st.number_word(t.low):
        return ""  # "snuffboxes made for the court": a participle of its own, not a state
    return f" {t.low}" if _ends(toks, at + 1, hi) else ""  # "kept 14 campuses open for": an adjective, though a verb's form


def _ends(toks: list[st.Token], at: int, hi: int) -> bool:
    """Does a phrase end before toks[at] (the clause's end, a comma, a preposition but 'of', a conjunction)?"""
    return at >= hi or not toks[at].word or toks[at].low in (st.PREPOSITIONS - {"of"}) | _OPENS_CLAUSE


def _state_word(toks: list[st.Token], at: int, hi: int) -> str:
    """'ill' of 'were taken ill after eating', 'offline' of 'were taken offline': one word for the state a light
    verb left them in, where the clause or a phrase after it begins ('' for a verb, an adverb or a noun that goes on)."""
    t = toks[at] if at < hi else None
    if t is None or not t.word or not t.text.islower() or t.low in st.CLOSED | vocab.PARTICLES | vocab.NOT_MEASURES \
            or t.low.endswith(("ly", "ing")) or len(t.low) < 3 or st.is_verb(toks, at) or st.number_word(t.low):
        return ""
    nxt = toks[at + 1] if at + 1 < len(toks) else None
    return t.low if nxt is None or not nxt.word or nxt.low in st.CLOSED or nxt.low.endswith("ly") else ""


def complement(toks: list[st.Token], at: int, hi: int, said: str) -> str:
    """An active verb says little without what follows: '8 hits came [from the defensive line]', 'two
    gangbangers went [on trial]', 'protesters set up [burning barricades]'."""
    if said and said.strip() not in vocab.PARTICLES or at + 1 >= hi:
        return ""
    # "remained out of their homes": a particle with "of" or "from" opens its place ("out of", "away from")
    opening = not said or toks[at + 1].low in ("of", "from")
    prep = toks[at + 1].low if opening and toks[at + 1].low in st.PREPOSITIONS - {"by"} else ""
    start = at + 1 + bool(prep)
    start += start < hi and toks[start].low in st.DETERMINERS
    what = st.noun_after(toks, start, hi, 3)
    what = what[:next((k for k, t in enumerate(what) if not t.text.islower()), len(what))]  # "on trial Wednesday"
    if not what or not prep and said.strip() == "":
        return ""
    opened = toks[at + 2:start] if said and prep else []  # "out of their homes": the particle's phrase whole
    return f"{' ' + prep if prep else ''} {words([*opened, *what])}"


def direct_object(toks: list[st.Token], verb: int, hi: int) -> str:
    """' vessels' of 'four shipowners have already diverted vessels around the Cape', ' overtime shifts' of '260
    nurses have worked overtime shifts': a bare noun an active verb takes, said with it ('' for a time, a name, a
    number or an adverb)."""
    what = st.noun_after(toks, verb + 1, hi, 3)
    end = verb + 1 + len(what)
    if not what or not all(t.text.islower() and t.low not in st.CLOSED and not t.low.endswith("ly")
                           and t.low not in WORD_NUMBERS and t.low.rstrip("s") not in vocab.WHEN for t in what) \
            or end < hi and toks[end].word and toks[end].low not in st.CLOSED \
            and not (past(toks[end].low) and st.is_verb(toks, end)):  # "... gastroenteritis confirmed as norovirus"
        return ""
    return f" {words(what)}"


def as_what(toks: list[st.Token], verb: int, hi: int) -> str:
    """' as missing' of 'were listed as missing', ' as living in the block' of 'were registered as living in the
    block's 88 flats': what a passive verb counts them as, said after 'as' ('' when no phrase a label keeps follows)."""
    at = verb + 2
    if at >= hi or toks[verb + 1].low != "as" or not toks[at].word or toks[at].low in st.CLOSED or st.number_word(toks[at].low):
        return ""
    if toks[at].low.endswith("ing") and toks[at].text.islower() and at + 2 < hi and toks[at + 1].low in en.PLACE_PREPOSITIONS:
        start = at + 2 + (toks[at + 2].low in _OBJECT_OPENERS)  # "as living in the block's 88 flats"
        place = toks[start].low.removesuffix("'s").removesuffix("’s") if start < hi else ""
        return f" as {words(toks[at:start])} {place}" if place.isalpha() and toks[start].text.islower() \
            and place not in st.CLOSED else ""
    if past(toks[at].low) and toks[at].text.islower() and _ends(toks, at + 1, hi):
        return f" as {toks[at].low}"  # "counted as unemployed": a participle said as the state they are counted in
    what = st.noun_after(toks, at, hi, 2)
    end = at + len(what)
    if not what or not what[-1].text.islower() or any(t.low in st.CLOSED for t in what) or not _ends(toks, end, hi):
        return ""  # "identified as Mafia soldiers": a name may describe the noun
    return " as " + " ".join(t.text if t.text[:1].isupper() else t.low for t in what)


def to_do(toks: list[st.Token], verb: int, hi: int) -> str:
    """'are expected to receive notice': what they are expected to do."""
    if verb + 2 >= hi or toks[verb + 1].low != "to" or not st.is_verb(toks, verb + 2):
        return ""
    state = light_object(toks, verb + 2, hi) if toks[verb + 2].low == "be" and verb + 3 < hi \
        and toks[verb + 3].low in _WHERE_TO else ""
    if state:  # "are expected to be in crisis": where they are to be
        return f" to be{state}"
    if done := _passive_to(toks, verb + 2, hi):  # "believed to have been infected", "expected to be worst hit"
        return f" to {done}"
    det = toks[verb + 3].low if verb + 3 < hi and toks[verb + 3].low in st.DETERMINERS else ""
    what = [t for t in st.noun_after(toks, verb + 3 + bool(det), hi, 2) if t.text.islower()]
    if what and what[0].low in vocab.WHEN:  # "expected to cross each day": when, not what they cross
        return f" to {toks[verb + 2].low}{f' {det} {what[0].low}' if det in ('each', 'every') else ''}"
    return f" to {toks[verb + 2].low}{' ' + words(what) if what else ''}"


def _passive_to(toks: list[st.Token], at: int, hi: int) -> str:
    """'have been infected', 'have died' or 'be worst hit' after 'to': a perfect or passive infinitive says what
    happened to them with its participle, after at most one adverb (an -ly word or a superlative: 'worst', 'most')."""
    k = at + 1 + (toks[at].low == "have" and at + 1 < hi and toks[at + 1].low == "been")
    if toks[at].low not in ("be", "have"):
        return ""
    k += k + 1 < hi and toks[k].text.islower() and toks[k].low.endswith(("ly", "st")) and not past(toks[k].low)
    if k >= hi or not toks[k].text.islower() or not past(toks[k].low) or toks[k].low in st.AUX:
        return ""
    return words(toks[at:k + 1])


def particle(toks: list[st.Token], verb: int) -> str:
    """'got out', 'were let go', 'laid off': the particle is part of the verb."""
    nxt = toks[verb + 1].low if verb + 1 < len(toks) else ""
    if nxt == "over" and verb + 2 < len(toks) and _number(toks[verb + 2]):
        return ""  # "pulled over 1,000 lots": more than 1,000, as the number reads it; not "pulled over"
    return f" {nxt}" if nxt in vocab.PARTICLES else ""


def _number(t: st.Token) -> bool:
    return st.number_word(t.low) or t.text in "$€£¥"


def counted_object(toks: list[st.Token], verb: int, hi: int) -> str:
    """' lots' of 'drugmakers pulled over 1,000 lots': an active verb whose object is another count says what it
    acted on by that count's noun (the count is a figure of its own)."""
    at = verb + 1
    while at < hi and toks[at].low in ow.QUALIFIERS:
        at += 1
    if at == verb + 1 and at < hi and toks[at].low in vocab.PARTICLES or at >= hi or not _number(toks[at]):
        return ""
    noun = st.noun_after(toks, at + 1, hi, 2)
    return f" {words(noun)}" if noun and all(t.text.islower() for t in noun) else ""


def acted_on(toks: list[st.Token], verb: int, hi: int) -> str:
    """' the blaze' of 'Eight crews fought the blaze', ' Mr. Gray' of 'Seven bullets hit Mr. Gray': the object an
    active past verb right after a count takes, an article or possessive and its noun, or a name; '' when the
    phrase does not end where a phrase ends (a verb, a number or a lowercase word after it)."""
    t = toks[verb]
    if not t.text.islower() or not (past(t.low) or t.low in st.SIMPLE_PAST) or t.low in st.AUX \
            or t.low in vocab.HAVING or t.low in vocab.REPORTING:
        return ""
    at = verb + 1
    if at < hi and toks[at].low in _OBJECT_OPENERS:
        what = st.noun_after(toks, at + 1, hi, 3)
        what = what[:next((k for k, w in enumerate(what) if w.low.endswith("ly")), len(what))]  # "the scene roughly"
        ok = bool(what) and all(t.text.islower() for t in what)
        end = at + 1 + len(what)
    else:
        end = at
        while end < hi and end < at + 3 and (toks[end].text[:1].isupper() and toks[end].word or toks[end].text == "."
                                             and end > at and len(toks[end - 1].text) <= 3):
            end += 1  # "Mr. Gray", "Pine Hollow Correctional"
        ok = end > at and toks[end - 1].word
    nxt = toks[end] if end < len(toks) else None
    if ok and nxt is not None and nxt.low == "of":
        return ""  # "struck the back of his thighs": the object goes on past what a label can keep
    if not ok or nxt is not None and nxt.word and nxt.low not in _AFTER_OBJECT and not nxt.low.endswith("ly"):
        bare = direct_object(toks, verb, hi)  # "sought treatment at a hospital": a bare noun
        end = verb + 1 + len(bare.split())
        goes_on = end < hi and (toks[end].low in _OBJECT_GOES_ON or not toks[end].word and toks[end].text[:1].isdigit())
        return "" if goes_on or any(w in ow.QUALIFIERS or w.endswith("ing") for w in bare.split()) else bare
    return " " + " ".join(t.text if t.text[:1].isupper() else t.low for t in toks[at:end]).replace(" .", ".")


def relative(toks: list[st.Token], last: int, hi: int) -> str:
    """'who he came into contact with' -> 'came into contact', 'who lost power' -> 'lost power': a relative
    clause in the past tense after a count of people, up to its object."""
    at = last + 1
    if at >= hi or toks[at].low not in ("who", "that") or at + 1 >= len(toks):
        return ""
    at += 1 + (toks[at + 1].low in ("he", "she", "they", "we"))
    if at >= len(toks) or not (past(toks[at].low) or toks[at].low in st.SIMPLE_PAST) or toks[at].low in st.AUX:
        return ""
    said = [toks[at]]
    for k in range(at + 1, min(len(toks), at + 4)):
        t = toks[k]
        if not t.word or not t.text.islower() or t.low in st.AUX or st.is_verb(toks, k):
            break
        said.append(t)
    while len(said) > 1 and said[-1].low in _DANGLING:
        said.pop()
    return words(said)


def relative_clause(toks: list[st.Token], last: int, hi: int) -> str:
    """' that had thrown stones' of 'a group of 30 youths that had thrown stones at the squad car', ' who were
    transporting' of 'two guards who were transporting him': a relative clause on the counted noun with its
    auxiliaries, its verb (a past or an -ing form) and up to three words of what follows, as the sentence says it;
    '' when no verb follows the pronoun and its auxiliaries ('the two fights that are out there')."""
    at = last + 1
    if at >= hi or toks[at].low not in ("who", "that", "which"):
        return ""
    k = at + 1
    while k < hi and k < at + 4 and (toks[k].low in _CLAUSE_AUX or toks[k].low in st.ADVERBS):
        k += 1  # "had been", "were still"
    if k >= hi or not toks[k].text.islower() or toks[k].low in st.AUX or toks[k].low in vocab.REPORTING \
            or not (past(toks[k].low) or toks[k].low in st.SIMPLE_PAST or k > at + 1 and toks[k].low.endswith("ing")):
        return ""
    end = k + 1
    if end < hi and toks[end].low in en.OBJECT_PRONOUNS:
        return ""  # "two guards who were transporting him": whom, the label cannot say
    while end < hi and end < k + 5 and toks[end].word and toks[end].low not in _CLAUSE_AUX - {"be"} \
            and toks[end].low not in st.FUNCTION and (toks[end].text.islower() or _takes_name(toks, end)):
        end += 1  # "thrown stones at the squad car", "known to be pursuing Teixeira": at most four words
    if end < hi and toks[end].word and toks[end].text.islower() and toks[end].low not in st.CLOSED:
        # "thrown stones at the squad [car]": the phrase goes on past the words kept; keep what comes before it
        end = next((j for j in range(end - 1, k, -1) if toks[j].low in st.PREPOSITIONS), k + 1)
    while end > k + 1 and (toks[end - 1].low in st.CLOSED or toks[end - 1].low.endswith("ly")):
        end -= 1
    if toks[end - 1].low in vocab.PARTICLES:
        return ""  # "the 13 security bulletins that made up Patch Tuesday": made up what, the label cannot say
    return " " + words(toks[at:end])


def _takes_name(toks: list[st.Token], at: int) -> bool:
    """A name after an article or a verb form is an object a clause says ('pursuing Teixeira', 'broke the Watergate')."""
    before = toks[at - 1].low
    return before in _OBJECT_OPENERS or before.endswith(("ing", "ed")) or past(before)


def participle_phrase(toks: list[st.Token], at: int, hi: int) -> str:
    """' turned into shelters' of '27 schools and gymnasiums turned into shelters', ' accused of importing' of 'Six
    men accused of importing ...': a past participle right after the counted noun (at `at`), its preposition and
    the noun phrase or name after it, said whole ('' when the phrase runs on past what a label keeps, or names no
    one: 'interviewed by them')."""
    if at + 2 >= hi or not toks[at].text.islower() or not past(toks[at].low) or toks[at].low in st.SIMPLE_PAST \
            or toks[at].low in vocab.HAVING or toks[at].low in vocab.REPORTING or not st.is_verb(toks, at) \
            or toks[at + 1].low not in st.PREPOSITIONS - {"by", "than", "per"}:
        return ""
    start = at + 2 + (toks[at + 2].low in _OBJECT_OPENERS)
    what = toks[start:start + 1] if toks[start].low.endswith("ing") and toks[start].text.islower() \
        else st.noun_after(toks, start, hi, 3)  # "accused of importing": the gerund says of what
    if what and toks[start].text[:1].isupper():  # "interviewed in Athens", "killed in Gaza City"
        end = start
        while end < hi and end < start + 3 and toks[end].word and toks[end].text[:1].isupper():
            end += 1
        what = toks[start:end]
    end = start + len(what)
    gerund_object = end < hi and toks[end].word and toks[end].text.islower() and toks[end].low not in st.CLOSED \
        and toks[end].low not in ow.QUALIFIERS  # "collided in blowing snow": an adjective, not a gerund
    main_verb = any(t.low in _CLAUSE_AUX for t in toks[end:hi])  # "Six men accused of ... have been refused bail"
    if not what or gerund_object and what[-1].low.endswith("ing") or main_verb \
            or any(t.low in ow.QUALIFIERS or t.low.endswith("ly") for t in what) \
            or end < hi and toks[end].word and toks[end].text.islower() and toks[end].low not in st.CLOSED \
            and not what[-1].low.endswith("ing") and not st.is_verb(toks, end):
        return ""
    return f" {words(toks[at:end])}"


def doer(toks: list[st.Token], verb: int | None) -> str:
    """'rescuers ' of 'Rescuers worked for more than six hours', 'debris ' of 'debris fell about 40km offshore': the
    lowercase noun that opens its clause right before an active verb (past 'has', 'had' and adverbs), said before
    the verb in a label of how long or how far ('' for a passive, a pronoun, a name or a noun inside a phrase:
    'Gusts of up to 45 mph pushed')."""
    if verb is None:
        return ""
    k = verb - 1
    while k >= 0 and (toks[k].low in ("has", "have", "had") or toks[k].low in st.ADVERBS):
        k -= 1
    if k < 0 or toks[k].low in _CLAUSE_AUX:
        return ""
    noun = st.noun_before(toks, k + 1, 0, 2)
    noun = noun[next((j + 1 for j in range(len(noun) - 1, -1, -1) if noun[j].low in _NOT_DOER), 0):]  # "where"
    at = k + 1 - len(noun)
    if not noun or not all(t.text.islower() or t.start == 0 for t in noun) or any(t.low in st.CLOSED for t in noun):
        return ""
    before = toks[at - 1] if at > 0 else None
    if before is not None and before.text not in ",;:" and before.low not in st.DETERMINERS | _OPENS_CLAUSE:
        return ""
    if before is not None and (before.low == "and" and (at < 2 or toks[at - 2].text != ",")  # "deputies and state police"
                               or before.low in st.DETERMINERS and at >= 2 and toks[at - 2].low in st.PREPOSITIONS):
        return ""  # one of two subjects, or a noun inside a phrase ("the air-conditioning at her facility failed")
    return f"{words(noun).lower()} "
