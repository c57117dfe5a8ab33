"""The words of an amount of money: what it is the price, value, cost or payment of, in the sentence's words.

"$100 million worth of crude oil" -> "crude oil value", "$1 million in damage" -> "damage", "paid the agency
nearly $449,000" -> "payment to the agency", "a $200 billion deal" -> "deal value" (briefing.figures.wording
asks this of every amount).
"""

from __future__ import annotations

import re

from briefing.figures import qualifiers as qual
from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.objects import and_more
from briefing.figures.share_prices import share_price
from briefing.figures.structure import words
from briefing.text import english as en
from briefing.text.numbers import Quantity

# "grabbed jewellery and luxury watches worth": every noun of the pair, and the adjective of the last; the last
# noun alone when the pair holds a closed-class word ("the car and the house")
_NOUN = r"[a-z][a-z-]{2,}"
_WORTH_AFTER = r"(?:\s+(?:from|by|of|for|with)(?:\s+[\w-]+){1,3}?)?,?\s+worth\s+$"
_WORTH = re.compile(rf"\b((?:{_NOUN}\s+(?:and|or)\s+(?:{_NOUN}\s+)?)?{_NOUN}){_WORTH_AFTER}")
_WORTH_ONE = re.compile(rf"\b({_NOUN}){_WORTH_AFTER}")
_NOT_JOINING = st.CLOSED - {"and", "or"}
_WORTH_OF = re.compile(r"\s+(?:worth|dollars?|euros?|pounds)\s+of\s+")
_PHRASE = re.compile(r"\s+(?:in|on|for|of)\s+[“\"]?((?:[A-Za-z-]+\s+){0,2}[a-z-]+)")  # "$1 million in damage to"
_IN_OR_OF = re.compile(r"\s+(?:in|of)\s")
_NOT_NAMING = st.PREPOSITIONS | st.FUNCTION
_NOT_HEADS = vocab.REPORTING | vocab.NOT_MEASURES  # after an amount, a reporting verb or "versus" names nothing priced
# What a payment "in" a noun is ("paying £850 a month in rent", "$4,000 in fees"): a kind of money (English).
_PAID_FOR = vocab.MONEY_NOUNS | {"rent", "rents", "tuition", "premiums", "dues", "interest"}
_WHICH_ONE = en.NOUN_OPENERS  # "in the", "for their": a noun phrase, no kind of money
# "paid the agency nearly $449,000", "paid to SpaceX": who is paid, between the verb and the amount
_PAID = re.compile(r"\s+(?:to\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*|(?:the|a|an|its|their|his|her)\s+[a-z][\w-]+"
                   r"(?:\s+[a-z][\w-]+)?)\s+(?:nearly\s+|about\s+|roughly\s+|some\s+|almost\s+|more\s+than\s+|over\s+)?$")


# "offered Teixeira an eight-year, $200MM deal", "seeking a five-year deal": a deal not (yet) made (English verbs).
_NOT_MADE = {form: said for said, forms in (("offered", "offer offers offered offering"),
                                            ("proposed", "propose proposes proposed proposing"),
                                            ("sought", "seek seeks sought seeking"),
                                            ("requested", "request requests requested requesting"))
             for form in forms.split()}


def not_made(toks: list[st.Token], first: int) -> str:
    """'offered' or 'sought' when the deal of the amount opening on token `first` is the object of a verb of
    offering or seeking; else ''."""
    for k in range(first - 1, max(-1, first - 12), -1):
        if toks[k].low in _NOT_MADE:
            return _NOT_MADE[toks[k].low]
        if toks[k].text in ".;:" or (st.is_verb(toks, k) and toks[k].low not in st.AUX):
            return ""
    return ""


# "in the $75 million range", "in the ballpark of $2 billion": English ways of saying "about", no thing priced.
_ABOUT_NOUNS = frozenset({"range", "ballpark", "neighborhood", "neighbourhood"})


def _about_what(toks: list[st.Token], first: int) -> tuple[str, str] | None:
    """'seeking a five-year deal in the $75 million range' -> 'deal value': the noun before 'in the', or the
    subject of the verb before it ('the offer was expected to be in the range of ...'); None if neither."""
    k = next((i for i in range(first - 1, max(-1, first - 5), -1) if toks[i].low == "in"), None)
    noun = st.noun_before(toks, k, 0, 2) if k else []
    if not noun and k:
        verb = next((i for i in range(k - 1, -1, -1) if toks[i].low in st.AUX and toks[i - 1].low not in st.AUX), None)
        noun = st.noun_before(toks, verb, 0, 2) if verb else []
    if not noun or not all(t.text.islower() for t in noun):
        return None
    if noun[-1].low not in vocab.VALUED:
        return words(noun), noun[-1].low
    made = not_made(toks, first)
    return (f"{made} {words(noun)} value", "offer") if made else (f"{words(noun)} value", "deal")


def _estimated(toks: list[st.Token], first: int) -> str:
    """'damages to the Wasilla Bible Church' of 'estimate the damages to the Wasilla Bible Church at $1 million':
    a sum of money put 'at' an amount is that amount, with the phrase it complements ('' if none is named)."""
    k = next((i for i in range(first - 1, max(-1, first - 4), -1) if toks[i].low == "at"), None)
    if k is None:
        return ""
    for i in range(k - 1, max(-1, k - 8), -1):
        if toks[i].low in vocab.MONEY_NOUNS and (i == 0 or toks[i - 1].low in st.DETERMINERS or toks[i - 1].word):
            end = next((j for j in range(i + 1, k) if toks[j].low in st.AUX or st.is_verb(toks, j)), k)
            phrase = toks[i:end]  # "Damage to the church is estimated at": up to its verb
            return words(phrase) if all(t.word for t in phrase) else toks[i].low
        if not toks[i].word:
            break
    return ""


def _noun_run(phrase: str) -> str:
    """The words of a phrase up to the first closed-class word or adverb past its first: "damage to the" ->
    "damage", "savings mainly from" -> "savings", "combined capital expenditure"; "" after an article."""
    first, *rest = phrase.split()
    if first.lower() in _WHICH_ONE:
        return ""
    kept = [first]
    for word in rest:
        joins = word.lower() in ("and", "or")  # "$6.5 billion in debt and equity"
        if not joins and (word.lower() in st.CLOSED or word.endswith("ly")):
            break
        kept.append(word)
    while kept[-1].lower() in ("and", "or"):
        kept.pop()
    return " ".join(kept)


def _headed(toks: list[st.Token], noun: list[st.Token], end: int) -> str:
    """A noun (ending before `end`, as st.noun_before gives it) with the noun it complements: "Damage to the church
    is estimated at ..." -> "damage to the church"."""
    k = end - len(noun)
    det = k - 1 if k > 0 and toks[k - 1].low in st.DETERMINERS else k
    if det >= 1 and toks[det - 1].low in ("of", "to", "for", "on"):
        head = st.noun_before(toks, det - 1, 0, 2)
        if head:
            return words(toks[det - 1 - len(head):end])
    return words(noun)


def _built_at(toks: list[st.Token], cost: int) -> str:
    """'bridge' of 'The bridge, which opened in 2019 at a cost of $12 million': what was made or done 'at a cost
    of' an amount is the clause's subject, a lowercase noun (past 'which' or 'that' to the noun it stands for)."""
    if cost < 2 or toks[cost].low not in ("cost", "price") or toks[cost - 1].low not in ("a", "the") \
            or toks[cost - 2].low != "at":
        return ""
    verb = next((k for k in range(cost - 3, -1, -1) if st.is_verb(toks, k) and toks[k].low not in st.AUX), None)
    k = verb - 1 if verb else -1
    while k > 0 and (toks[k].low in st.AUX or toks[k].low in ("which", "that") or toks[k].text == ","):
        k -= 1
    noun = st.noun_before(toks, k + 1, 0, 2) if k >= 0 else []
    return words(noun) if noun and all(t.text.islower() for t in noun) else ""


def money_words(sentence: str, toks: list[st.Token], q: Quantity, first: int,
                nouns: tuple[list[st.Token], list[st.Token]], verb: str, prep: str, verb_at: int | None) -> tuple[str, str]:
    """(measure words, measure word for alignment) of an amount of money; ("", "") when the clause says none.

    `first` is the amount's first token; `nouns` are the noun right after the amount and the noun an "of" before
    it ends ("a fine of $250,000")."""
    after, of_noun = nouns
    if after and (after[0].low in en.MODALS or after[0].low in ("cannot", "can't", "won't")):
        after = []  # "A young nurse earning €1,200 a month cannot live ...": the clause's verb, no noun priced
    relative = next((k for k in range(len(of_noun) - 1, -1, -1) if of_noun[k].low in en.RELATIVES), -1)
    of_noun = of_noun[relative + 1:]  # "a retired nurse whose pension of $2,840": the pension
    worth = _WORTH_OF.match(sentence, q.end)  # "$7.9 million dollars of"
    goods = st.noun_after(toks, next((i for i, t in enumerate(toks) if t.start >= worth.end()), len(toks)),
                          len(toks), 3) if worth else []
    if goods:  # "$100 million worth of crude oil"; "of diamond rings, necklaces and luxury watches": all of them
        end = toks.index(goods[-1])
        more = and_more(toks, end, len(toks), plural=False)
        listed = st.listed(words(goods), toks[end + 1:end + 1 + more]) if more else words(goods)
        return f"{listed} value", "value"
    valued = _WORTH.search(sentence, 0, q.start)
    if valued and any(w in _NOT_JOINING for w in valued.group(1).split()):  # "the car and the house"
        valued = _WORTH_ONE.search(sentence, 0, q.start)
    if valued and valued.group(1) not in st.CLOSED \
            and not valued.group(1).endswith(("ing", "ly")):
        return f"{valued.group(1)} value", "value"  # "a lifeline from investor SoftBank worth up to $8 billion"
    about = _about_what(toks, first) if any(n and n[-1].low in _ABOUT_NOUNS for n in (after, of_noun)) else None
    if about:  # "a five-year deal in the $75 million range": the deal's value, about
        return about
    cut = next((k for k in range(1, len(after)) if after[k].text[:1].isupper() and after[k - 1].text.islower()), None)
    after = after[:cut] if cut else after  # "the $53 million figure McKinley cited": the figure, not McKinley
    if of_noun and len(after) == 1 and _verb_of_the_phrase(toks, after[0]):
        after = []  # "Its annual payroll of roughly $31 million helps keep ...": the payroll, not "helps"
    if after and after[-1].low not in _NOT_HEADS and after[0].low != "worth":
        head = after[-1].low
        if head in vocab.VALUED and (made := not_made(toks, first)):  # "offered Teixeira an eight-year, $200MM deal"
            return f"{made} {words(after[-3:])} value", "offer"
        return (f"{words(after[-3:])} value", "deal") if head in vocab.VALUED else (words(after[-3:]), head)
    if verb_at is not None and (built := _built_at(toks, verb_at)):  # "opened in 2019 at a cost of $12 million"
        return f"{built} {toks[verb_at].low}", toks[verb_at].low  # "cost" is a noun there, not the verb
    if of_noun:  # "a fine of $250,000"
        head = of_noun[-1].low
        return (f"{words(of_noun)} value", "deal") if head in vocab.VALUED else (words(of_noun), head)
    phrase = _PHRASE.match(sentence, q.end)
    phrase_words = _noun_run(phrase.group(1)) if phrase else ""
    named = [w for w in phrase_words.split() if w not in _NOT_NAMING]
    if verb in vocab.REPORTING and named:  # "reported $2.53 in per-share earnings for the third quarter"
        return " ".join(named), named[-1]
    doer = st.noun_before(toks, verb_at, 0, 2) if verb.endswith("ing") and verb_at is not None else []
    opens = verb_at - len(doer) - 1 if verb_at is not None else -1  # "of repairs", "a bridge": a noun phrase opens
    if doer and all(t.text.islower() for t in doer) and opens >= 0 and (
            toks[opens].low in st.DETERMINERS or toks[opens].low in st.PREPOSITIONS) and (noun := vocab.money_noun(verb)):
        return f"{words(doer)} {noun}", noun  # "repairs costing $240 million": a participle after its noun
    if verb in vocab.MONEY_VERBS:
        noun = vocab.MONEY_VERBS[verb]
        if verb_at is not None and qual.addressed(toks, verb_at):
            return "", ""  # "In that case you pay only $12.99": the reader pays; whose price, the clause does not say
        thing = qual.valued_thing(toks, verb_at)
        if thing:  # "diamonds valued at 85 million euros"
            return f"{thing} value", "value"
        if noun == "payment" and phrase_words and _IN_OR_OF.match(sentence, q.end) \
                and phrase_words.split()[-1].lower() in _PAID_FOR:
            return phrase_words, phrase_words.split()[-1].lower()  # "paying £850 a month in rent": the rent
        if phrase_words and noun in ("investment", "spending", "commitment"):
            return (phrase_words if noun == "commitment" else f"{noun} in {phrase_words}"), noun
        target = _PAID.match(sentence, toks[verb_at].end, q.start) if verb_at is not None else None
        # "paid the agency nearly $449,000": the one paid stands between the verb and the amount
        return noun + (f" to {target.group(1)}" if target and noun == "payment" else ""), noun
    if prep == "at" and (estimated := _estimated(toks, first)):  # "estimate the damages to the church at $1 million"
        return estimated, estimated.split()[0]
    if prep in ("at", "for") and not verb:  # "Claude Max users at $100 per month", "a watch for $169.99"
        return "price", "price"
    if quoted := share_price(sentence, toks, verb_at, prep, q.end):  # "shares fell 2.8% to €71.46": no turnover
        return quoted, "price"
    in_or_of = phrase_words and verb not in vocab.REPORTING and _IN_OR_OF.match(sentence, q.end)
    if (in_or_of or (phrase_words and not verb)) and phrase_words.split()[-1].lower() in vocab.MONEY_NOUNS:
        return phrase_words, phrase_words.split()[-1].lower()  # "$1 million in damage": the damage itself
    if phrase_words and not verb:  # "tariffs on some $156 billion in Chinese consumer goods"
        return f"{phrase_words} value", "value"
    if in_or_of:  # "buying $20 billion in American farm products"
        return f"{phrase_words} value", "value"  # as "worth of crude oil": one kind whatever the goods
    subject_noun = st.noun_before(toks, verb_at, 0, 2) if verb_at is not None else []
    if subject_noun and prep == "at" and verb.endswith("ed"):  # "Alibaba shares closed ... at $185.25"
        return f"{words(subject_noun)} {verb[:-2]}ing price", verb
    if subject_noun and prep in ("from", "to", "at") and verb_at is not None and qual.object_between(toks, verb_at):
        return "", ""  # "local data puts the figure at about $44 million": the figure, not the data, is the amount
    if subject_noun and prep in ("from", "to", "at") and verb_at is not None:
        # "its valuation was slashed from $47 billion to $8 billion"
        noun = _headed(toks, subject_noun, verb_at)
        spread = q.upper is not None  # "fees ranged from $145 to $189.50": the range itself, no earlier value
        return (f"previous {noun}" if prep == "from" and not spread else noun), subject_noun[-1].low
    if verb_at is None and (priced := _priced_compound(toks, first)):  # "the bridge cost $2 million"
        return priced, "cost"
    return "", ""


def _priced_compound(toks: list[st.Token], first: int) -> str:
    """'bridge cost' of 'the bridge cost $2 million': "cost" or "price" after an article and a noun reads as a
    compound noun (structure.in_noun_phrase) or as the past tense, and either way names what the amount is. The
    amount's first token is its qualifier or sign where it has one ("nearly £300m"), so "cost" stands right before."""
    k = first - 1
    if k < 2 or toks[k].low not in ("cost", "price") or not st.in_noun_phrase(toks, k):
        return ""
    thing = [t for t in st.noun_before(toks, k, 0, 3) if not t.low.endswith("ly")]  # "the movie reportedly cost"
    return f"{words(thing)} {toks[k].low}" if thing and all(t.text.islower() for t in thing) else ""


def _verb_of_the_phrase(toks: list[st.Token], word: st.Token) -> bool:
    """'helps' of '$31 million helps keep a dozen stores open': a word in -s after an amount that a bare verb,
    an article or 'to' follows is the phrase's verb, not a noun the amount is of."""
    k = toks.index(word)
    return word.low.endswith("s") and k + 1 < len(toks) and (
        toks[k + 1].low in st.DETERMINERS or toks[k + 1].low == "to" or (st.is_verb(toks, k + 1) and toks[k + 1].text.islower()))
