"""Numbers the story does not tell as facts: a ceiling the law or a rule allows, an assumption, a target.

"could face up to six years in prison" is no time served, it is the most a court may give; "an assumed annual
return of 7%" is no return earned; "legislated targets of at least 2 GW of offshore wind" is no capacity built.
The label says so ("maximum time in prison", "assumed annual return", "targeted offshore wind capacity").
Round 45 (stanceP): "a cap of 28 students per class" is a maximum, "an ambition of 20 gigawatts" a target, "the
union is demanding ... a minimum starting salary of €2,900" a demanded minimum, "had weakened to a typhoon with
sustained winds of 150 km/h" the winds after weakening.
Closed-class grammar only: modal verbs, the verbs that carry a penalty, the verbs of asking, the adjectives and
nouns of stance.
"""

from __future__ import annotations

from briefing.figures import owners as ow
from briefing.figures import structure as st
from briefing.text import english as en
from briefing.text import word_set
from briefing.text.numbers import Quantity

# What a ceiling is said with before the number: "a maximum (sentence) of", "up to".
_MOST = word_set("maximum")  # not "max": "Claude Max" is a name
# What makes "up to" a ceiling allowed, not a range that happened ("waves of up to 3 m", "delayed for up to three
# months"): a modal ("could be banned for up to six weeks", "will carry fines of up to $5,000") or a verb that
# carries a penalty ("faces up to 55 years", "punishable by up to five years", "carries a maximum sentence").
_ALLOWED = en.MODALS | word_set("face faces facing faced punishable carry carries carrying")
# Kinds of number a penalty is: a term or a fine (a count of charges is a fact even when "faced").
_PENALTIES = frozenset({"duration", "money"})
# Adjectives of stance right before the noun a number is of: "an assumed annual return of 7%".
_STANCE = word_set("assumed expected projected forecast targeted budgeted anticipated proposed hypothetical "
                   "potential possible planned predicted maximum minimum")
# Nouns of stance the number is "of": "targets of at least 2 GW of offshore wind" (the label names the thing).
_STANCE_NOUNS = {"target": "targeted", "targets": "targeted", "goal": "targeted", "goals": "targeted",
                 "ambition": "targeted", "ambitions": "targeted",
                 "assumption": "assumed", "assumptions": "assumed", "projection": "projected",
                 "projections": "projected", "expectation": "expected", "expectations": "expected",
                 "proposal": "proposed", "proposals": "proposed"}
# A bound a rule or a demand sets is said with its own noun after the measure: "a cap of 28 students per class" ->
# "students per class cap", "a limit of 4 parts per trillion" -> "parts per trillion limit" ("maximum parts per
# trillion" would read as the highest level measured).
_BOUNDS = {"cap": "cap", "caps": "cap", "ceiling": "ceiling", "limit": "limit", "limits": "limit", "floor": "floor"}
# Verbs of asking: an amount in what one demands or seeks is not (yet) had ("the union is demanding ... a minimum
# starting salary of €2,900"); money.not_made says it of a deal's value, this of any measure.
# "demands" also requires ("each new model demands 3x more compute"): only the forms a claimant's demand takes
_ASKED = {form: said for said, forms in (("demanded", "demanded demanding"),
                                         ("sought", "seek seeks sought seeking"),
                                         ("proposed", "propose proposes proposed proposing"),
                                         ("requested", "request requests requested requesting"),
                                         # "offer(s)" also provides ("the car offers 335 horsepower"); "has offered"
                                         # a bonus is a bid in a negotiation
                                         ("offered", "offered"))
          for form in forms.split()}
_REACH = 17  # tokens back to the verb: "demanding a 9.5% pay rise over 12 months and a minimum starting salary of"
# A change of state the number comes after: "had weakened to a typhoon with sustained winds of 150 km/h".
_BECAME = {"weakened": "after weakening", "strengthened": "after strengthening", "intensified": "after intensifying"}
# every word this module puts into a measure
STANCE_WORDS = _STANCE | frozenset(_STANCE_NOUNS.values()) | frozenset(_ASKED.values()) | frozenset(_BOUNDS.values())
# What stands between a stance noun's "of" and the number: "targets of at least 2 GW" (owners' number qualifiers).
_BEFORE_OF = ow.QUALIFIERS | en.ARTICLES
_SKIP = _BEFORE_OF | {"of"}  # and the "of" itself
_STATED = _STANCE | {"estimated"}  # a measure that says any of these says its stance already


def stance(toks: list[st.Token], q: Quantity, first: int, lo: int, measure: str) -> str:
    """`measure` with the word that says the number is a ceiling allowed, an assumption or a target."""
    said = set(measure.split())
    became = _became(toks, first, lo)
    if became and became not in measure:
        measure, said = f"{measure} {became}", said | set(became.split())  # "winds after weakening"
    # a one-word measure ("pretax", "range") names too little to be shown: a stance word would not make it specific,
    # only longer, and the provenance rule (figures.support) reads a label's length
    if len(said) < 2 or said & _STATED:
        return measure
    if q.dim in _PENALTIES and _ceiling(toks, q, first, lo):
        each = _each(toks, lo, first)
        return f"maximum {measure}{' per ' + each if each and not set(each.split()) & said else ''}"
    word = _adjective(toks, first, lo, measure) or _noun_of(toks, first, lo, said) or _premodifier(toks, first, lo, said)
    if word in _BOUNDS.values():
        measure = f"{measure} {word}"  # "students per class cap"
    elif word and word not in said:
        measure = f"{word} {measure}"
    asked = _asked(toks, first, lo)
    return f"{asked} {measure}" if asked and not _says(measure, asked) else measure


def _says(measure: str, word: str) -> bool:
    """Does the measure say the stance already ('demand', 'sought', 'proposal')?"""
    return any(w[:5] == word[:5] or w.startswith(word[:4]) for w in measure.split())


def _asked(toks: list[st.Token], first: int, lo: int) -> str:
    """'demanded', 'sought', 'proposed' when the number stands in the object of a verb of asking, no other verb
    between them ('is demanding a 9.5% pay rise ... and a minimum starting salary of €2,900'); else ''. A number
    a preposition other than 'of' takes is no part of the object ('offered 5.2% in two steps')."""
    k = first - 1
    while k > lo and toks[k].low in _BEFORE_OF:
        k -= 1
    if toks[k].low in st.PREPOSITIONS and toks[k].low != "of":
        return ""
    for k in range(first - 1, max(lo - 1, first - _REACH), -1):
        if toks[k].low in _ASKED:
            return _ASKED[toks[k].low] if _asking(toks, k, first) else ""
        if toks[k].text in ".;:" or _verb(toks, k):
            return ""
    return ""


def _verb(toks: list[st.Token], k: int) -> bool:
    """Is token `k` a verb of its own clause, not a noun or participle inside a noun phrase ('a 9.5% pay rise',
    'with sustained winds')?"""
    if not st.is_verb(toks, k) or toks[k].low in st.AUX:
        return False
    before = [t for t in toks[max(0, k - 2):k]]
    inside = any(t.low in st.DETERMINERS or t.text[:1].isdigit() or t.text in "%$€£¥" for t in before)
    return not inside and not (before and before[-1].low in st.PREPOSITIONS)


def _asking(toks: list[st.Token], k: int, first: int) -> bool:
    """Is the word of asking at `k` a verb that takes the number's phrase as its object: not a noun ('the demand
    prompted', 'penalty demands of', 'Requests for'), an adjective ('a proposed tie-up'), a catenative ('sought
    to'), 'sought out' or a price ('offered at $9.99')?"""
    after = toks[k + 1].low if k + 1 < first else ""
    if after in ("to", "that", "of", "out", "for", "at") or toks[k].text[:1].isupper():  # "Requests for", "offered at"
        return False
    return not (k > 0 and toks[k - 1].low in st.DETERMINERS)


def _became(toks: list[st.Token], first: int, lo: int) -> str:
    """'after weakening' for a number said 'with' the state a change of state led to ('had weakened to a typhoon
    with sustained winds of 150 km/h'); else ''."""
    for k in range(first - 1, max(lo - 1, first - _REACH), -1):
        if toks[k].low in _BECAME and k + 1 < first and toks[k + 1].low == "to" \
                and any(t.low == "with" for t in toks[k + 2:first]):
            return _BECAME[toks[k].low]
        if toks[k].text in ".;:" or _verb(toks, k):
            return ""
    return ""


def _ceiling(toks: list[st.Token], q: Quantity, first: int, lo: int) -> bool:
    """Is the number the most allowed: 'up to' or 'a maximum (sentence) of' it, in a clause with a modal or a verb
    that carries a penalty ('could face up to six years', 'each count carries a maximum sentence of 30 years')?"""
    near = [t.low for t in toks[max(lo, first - 4):first]]
    capped = (q.qualifier or "").lower() == "up to" or near[-2:] == ["up", "to"] or bool(set(near) & _MOST)
    return capped and any(t.low in _ALLOWED or t.low in _MOST for t in toks[lo:first])


def _adjective(toks: list[st.Token], first: int, lo: int, measure: str) -> str:
    """The stance adjective right before the noun the measure opens with, in the phrase before the number."""
    head = measure.split()[0] if measure.split() else ""
    for k in range(first - 1, max(lo, first - 7), -1):
        if toks[k].low == head:
            return toks[k - 1].low if k - 1 >= lo and toks[k - 1].low in _STANCE else ""
        if not toks[k].word or (toks[k].low in st.CLOSED and toks[k].low not in _SKIP):
            return ""
    return ""


def _premodifier(toks: list[st.Token], first: int, lo: int, said: set[str]) -> str:
    """'a minimum starting salary of €2,900 a month': a stance adjective among the words before the noun the number
    is 'of', when the measure ends on that noun ('monthly salary')."""
    k = first - 1
    while k > lo and toks[k].low in _BEFORE_OF:
        k -= 1
    if k <= lo + 1 or toks[k].low != "of" or toks[k - 1].low not in said:
        return ""
    for j in range(k - 2, max(lo - 1, k - 5), -1):
        if toks[j].low in _STANCE:
            return toks[j].low
        if not toks[j].word or not toks[j].text.islower() or toks[j].low in st.CLOSED:
            return ""
    return ""


def _noun_of(toks: list[st.Token], first: int, lo: int, said: set[str]) -> str:
    """'targets of at least 2 GW': the stance noun the number is 'of', unless the measure names it already
    ('a price target of $205', 'a goal of 15%')."""
    k = first - 1
    while k > lo and toks[k].low in _BEFORE_OF:
        k -= 1
    if k <= lo or toks[k].low != "of":
        return ""
    noun = toks[k - 1].low
    if noun in said or noun.removesuffix("s") in said:
        return ""
    return _STANCE_NOUNS.get(noun, "") or _BOUNDS.get(noun, "")



def _each(toks: list[st.Token], lo: int, first: int) -> str:
    """'Each bank fraud count carries a maximum sentence of 30 years', 'faces seven counts, each of which carries
    ...': the thing each penalty is for ('count'), '' if the penalty is not said of each one."""
    k = next((k for k in range(max(0, lo - 1), first) if toks[k].low == "each"), None)
    if k is None:
        return ""
    if k + 1 < first and toks[k + 1].low == "of":  # "seven counts, each of which": the counted noun before it
        counted = [j for j in range(max(0, k - 12), k - 1)
                   if st.number_word(toks[j].low) and toks[j + 1].low.endswith("s")
                   and toks[j + 1].text.islower()]
        return toks[counted[-1] + 1].low.removesuffix("s") if counted else ""
    j = k + 1
    while j < first and toks[j].word and toks[j].text.islower() and toks[j].low not in st.CLOSED \
            and toks[j].low not in _ALLOWED:
        j += 1
    return " ".join(t.low for t in toks[k + 1:j])  # "bank fraud count": which count, when the sentence says
