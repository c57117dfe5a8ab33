"""The structure of a sentence around one number: its clause, the verb governing it, the nouns near it (the names
near it are names.py's).

Rule-based on purpose (no tagger): capitalised name spans, possessives, "of"-phrases, the noun after the
number and the verb before or after it are enough to say whose number it is and what it counts, and they
work on any topic. Word lists here are English grammar (auxiliaries, prepositions, irregular verbs), not
words of one corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.text import english as en
from briefing.text import word_set
from briefing.text.quantity import WORD_NUMBER_PATTERN, WORD_NUMBERS

_TOKEN = re.compile(r"[^\W\d_][^\W_]*(?:[’'][^\W\d_]+)?(?:-[^\W_]+)*|\d+(?:[,.]\d+)*(?:-[A-Za-z]+)*|[^\w\s]")
# A clause ends at these; commas end it too, except the one closing a short opening phrase.
_HARD = frozenset(";:—–()[]\"“”")
AUX = word_set("is are was were be been being has have had did does do who that which") | en.MODALS
PREPOSITIONS = word_set("of in on at to for from by with about around than into over under after before "
                        "during since per across among through against toward towards within without between")
CLAUSE_PREPOSITIONS = PREPOSITIONS & en.SUBORDINATORS  # after, before, since: "after three workers died" opens a clause
OBJECT_PREPOSITIONS = PREPOSITIONS - CLAUSE_PREPOSITIONS  # "in a town", "from the board": a phrase, never a clause
# Closed words no noun phrase holds that the lists above leave out ("from 4am Saturday 3 October until Monday" read
# "date of the until"): the subordinators and the rarer prepositions.
NOT_NOUNS = en.SUBORDINATORS | en.RARE_PREPOSITIONS | word_set("aboard near")
DETERMINERS = en.NOUN_OPENERS | word_set(
    "some any each every another other all both total estimated combined overall")
# "seven-year", "8-year", "161-million": a number made an adjective by its hyphen
_NUMBER_ADJECTIVE = re.compile(rf"(?:\d[\d.,]*|{WORD_NUMBER_PATTERN})-[a-z]+(?:-[a-z]+)*")
SCALES = word_set("thousand million billion trillion bn mn")  # the words a number is scaled by
_BEFORE_BARE_VERB = en.MODALS | {"to", "did", "does", "do"}  # "could pay", "to pay", "did pay"
# Words that may stand between a verb and its number: "won all previous 15 meetings", "paid himself $6 million".
_BETWEEN = word_set("all previous first last only just another other additional extra further new more less than "
                    "nearly almost about around roughly some himself herself themselves itself him her them us me "
                    "it up down off out away back")
# Past forms after a noun that say what happened to it: "... people were killed", "... jobs were cut".
PARTICIPLES = word_set("laid lay done gone seen known shown grown driven written eaten fallen risen broken chosen stolen "
                        "said paid won lost sold bought made given gave taken took spent raised hit cut led got set "
                        "put fell rose grew held ran seen saw found went came told left brought built kept read "
                        "reached shot begun sent thrown drove written met hurt gotten forgotten hidden ridden "
                        "woken bitten beaten shaken spoken frozen sworn torn worn")
# Irregular simple pasts that are never participles: a date's event verb ("ate a wild rabbit on Nov. 5"), but
# not a count's ("threw 2 interceptions" is no "interceptions threw").
SIMPLE_PAST = en.SIMPLE_PASTS
# Irregular and common verb forms that do not end in -ed (English grammar, not any one story's words).
VERBS = word_set(
    "is are was were has have had say says said pay pays paid win wins won lose loses lost sell sells sold "
    "buy buys bought make makes made give gives gave take takes took cost costs spend spends spent raise "
    "raises hit hits cut cuts lead leads led get gets got set sets put puts fall falls fell rise rises rose "
    "grow grows grew hold holds held run runs ran see sees saw find finds found go goes went come comes came "
    "tell tells told leave leaves left bring brings brought build builds built keep keeps kept read reads "
    "reach reaches seek seeks sought shoot shoots shot beat beats drew draw draws owe owes stand stands stood "
    "begin begins began send sends sent throw throws threw drive drives drove wrote write writes meet meets "
    "met employ employs include includes use uses offer offers need needs want wants expect expects total "
    "totals top tops sign signs open opens die dies kill kills injure injures arrest arrests charge charges "
    "caught threw thrown ran swept scored "
    "laid lay done gone seen known shown grown taken given driven written eaten fallen risen begun broken chosen spoken "
    "stolen frozen forgotten hidden gotten ridden woken bitten beaten shaken sworn torn worn "
    "flew fly flies ate eat eats fought knew spoke struck stole slept woke wore rode sang sank hid froze lay "
    "sentence sentences fine fines invest invests earn earns generate generates post posts record records "
    "hire hires serve serves represent represents carry carries receive receives worth") | SIMPLE_PAST
# Adverbs not in -ly, between a subject and its verb ("he also had", "she never won"); they end a noun phrase too.
ADVERBS = word_set("not also still then just only even already again never once later always often ever sometimes soon now")
_SKIPPED_BEFORE_VERB = ADVERBS | {"all", "both"}  # between a count and its verb: "two people all were", "later"
# Words that end a noun phrase: conjunctions, connectives, pronouns, comparatives ("$60 cheaper"), adverbs.
FUNCTION = word_set("and or but nor if when while because although though unless whereas so as moreover however "
                    "therefore thus yet compared there here cheaper more less higher lower off extra bigger smaller "
                    "greater wider faster ago earlier each") | en.SUBJECT_PRONOUNS | ADVERBS
# Closed-class words of every kind: none names a thing, a kind or a doing (counts, owners, wording test against it).
CLOSED = AUX | PREPOSITIONS | DETERMINERS | FUNCTION
_NOT_VERBS = word_set("red bed need seed speed feed breed shed hundred armed aged based related united "
                      "limited advanced detailed indeed")


@dataclass(frozen=True, kw_only=True)
class Token:
    """One word or punctuation mark with its place in the sentence."""

    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def word(self) -> bool:
        return self.text[:1].isalpha()


def tokens(sentence: str) -> list[Token]:
    return list(_tokens(sentence))


@lru_cache(maxsize=4096)
def _tokens(sentence: str) -> tuple[Token, ...]:
    """Cached: a sentence with several numbers is read once per number."""
    return tuple(Token(start=m.start(), end=m.end(), text=m.group(0)) for m in _TOKEN.finditer(sentence))


def is_verb(toks: list[Token], i: int) -> bool:
    """A verb form: an irregular or -ed form, or any word after 'to' or a modal ('could pay')."""
    low = toks[i].low
    if not toks[i].word or toks[i].text[:1].isupper() and i > 0:
        return False
    if low in VERBS or (low.endswith("ed") and len(low) > 3 and low not in _NOT_VERBS):
        return True
    return i > 0 and toks[i - 1].low in _BEFORE_BARE_VERB and low not in PREPOSITIONS and low not in DETERMINERS


def clause(toks: list[Token], first: int, last: int, sentence: str = "") -> tuple[int, int]:
    """Token range [lo, hi) of the clause around tokens first..last (a number)."""
    lo = first
    while lo > 0:
        if toks[lo - 1].text == ")" and (opening := _aside(toks, lo - 1)) is not None:
            lo = opening  # "Japan's Nikkei 225 (N225) declined 0.3%": a name's aside does not end its clause
            continue
        if toks[lo - 1].text in _HARD or (toks[lo - 1].text == "," and not _opening(toks, lo - 1) and not _listed(
                toks, lo) and not _restated(toks, lo) and not _coordinate(toks, lo - 1)):
            break
        lo -= 1
    hi = last + 1
    while hi < len(toks) and toks[hi].text not in _HARD and (toks[hi].text != "," or _coordinate(toks, hi)):
        hi += 1
    return lo, hi


def _after_relative(toks: list[Token], at: int, hi: int) -> int | None:
    """The main verb after a relative clause ('who ... with the patient [were] put'): a second auxiliary
    after a noun, then a participle."""
    for i in range(at + 2, min(hi - 1, at + 16)):
        if toks[i].low in ("who", "that", "which", "and", "or", "but"):
            return None
        if toks[i].low in AUX and toks[i - 1].word and toks[i - 1].low not in AUX | PREPOSITIONS | DETERMINERS:
            nxt = toks[i + 1]
            return i + 1 if nxt.low in PARTICIPLES or (nxt.low.endswith("ed") and nxt.low not in _NOT_VERBS) \
                else None
    return None


def _aside(toks: list[Token], close: int) -> int | None:
    """The "(" of a short aside after a word ("Home Depot (ticker: HD)", "Nikkei 225 (N225)"), or None."""
    for k in range(close - 1, max(-1, close - 5), -1):
        if toks[k].text == "(":
            inner = range(k + 1, close)  # a code or a short gloss, not a clause ("(pronounced ji-GANT-tee)")
            return k if k > 0 and toks[k - 1].text[:1].isalnum() and inner and not any(
                is_verb(toks, i) for i in inner) else None
        if toks[k].text in _HARD:
            return None
    return None


def _listed(toks: list[Token], after_comma: int) -> bool:
    """'had 11 points, 11 rebounds and six blocked shots': a comma between counts keeps the clause."""
    return (after_comma < len(toks) and toks[after_comma].text[:1].isdigit() and after_comma >= 3
            and toks[after_comma - 3].text[:1].isdigit())


def _restated(toks: list[Token], after_comma: int) -> bool:
    """'earned $2.8 billion, or $2.53 per share', 'fell 102.2 points, or 0.36%': one amount said again."""
    nxt = toks[after_comma + 1].text if after_comma + 1 < len(toks) else ""
    return toks[after_comma].low == "or" and (nxt[:1].isdigit() or nxt[:1] in "$€£¥") and any(
        t.text[:1].isdigit() for t in toks[max(0, after_comma - 4):after_comma - 1])


def _coordinate(toks: list[Token], comma: int) -> bool:
    """'a seven-year, $161-million deal': a comma between two number adjectives of one noun ends no clause."""
    return 0 < comma < len(toks) - 1 and bool(_NUMBER_ADJECTIVE.fullmatch(toks[comma - 1].low)) and (
        toks[comma + 1].text in "$€£¥" or bool(_NUMBER_ADJECTIVE.fullmatch(toks[comma + 1].low)))


def _opening(toks: list[Token], comma: int) -> bool:
    """'On Friday, Duncan Rait died': a comma after a short opening phrase does not end the clause."""
    after = toks[comma + 1].low if comma + 1 < len(toks) else ""
    if after in ("but", "and", "while", "yet", "so", "although", "though", "whereas"):
        return False  # "The results look OK, but the stock was down 5%": a second clause, not an opening
    return comma <= 4 and all(t.word or t.text[:1].isdigit() for t in toks[:comma])


def verb_before(toks: list[Token], at: int, lo: int) -> tuple[int, str] | None:
    """(index, preposition just before the number) of the verb governing a number from the left.

    Between them only determiners, prepositions, adverbs and names (an indirect object: 'pay SpaceX
    nearly $1.25 billion') may stand.
    """
    prep, restated = "", False
    for i in range(at - 1, max(lo, at - 9) - 1, -1):
        t = toks[i]
        if t.low in DETERMINERS - {"that"} or t.low in _BETWEEN or (
                t.text[:1].isdigit() and i + 1 < at and toks[i + 1].low == "of"):  # "completed 29 of 34 passes"
            continue
        if (t.text[:1].isdigit() or t.low in ("percent", "%") or (t.low in SCALES and i > 0 and toks[i - 1].text[
                :1].isdigit())) and i + 2 < at + 1 and (prep or restated):
            # "revenue rose 3.5 percent to $27.2 billion", "slashed from $47 billion to $8 billion", "earned
            # $2.8 billion, or $2.53 per share": past the other amount of one statement, to its verb
            continue
        if (is_verb(toks, i) and not in_noun_phrase(toks, i)) \
                or (t.low.endswith("ing") and len(t.low) > 5 and t.word and not t.text[0].isupper()):
            return i, prep  # "killing one", "shooting three people": a gerund governs its number too
        if t.low in PREPOSITIONS and t.low not in ("than", "about", "around"):
            prep = prep or t.low
        if (t.low == "or" and i > 0 and toks[i - 1].text == ",") or (
                t.low == "and" and i == at - 1 and i > 1 and toks[i - 2].low in ("the", "a", "an")):
            continue  # "setting the bank and two buildings ablaze": one verb, two objects
        if t.text == "$" or t.text[:1] in "€£¥" or (t.text == "," and i + 1 < at and toks[i + 1].low == "or"):
            restated = restated or t.text == ","
            continue  # "earned $2.8 billion, or $2.53 per diluted share": the same verb
        object_noun = i > 0 and toks[i - 1].low in ("the", "its", "their", "his", "her") and t.word
        if not t.word or not (t.low in PREPOSITIONS or t.low.endswith("ly") or t.text[:1].isupper() or object_noun):
            return None
    return None


def in_noun_phrase(toks: list[Token], i: int) -> bool:
    """'handed down the maximum prison sentence on 54 charges': a base verb form after an article and singular
    modifiers is a noun ('sentence', 'charge', 'record'); a past form ('the past month rose') or a verb after a
    plural ('the workers pay') is a verb."""
    low = toks[i].low
    if i + 1 < len(toks) and toks[i + 1].low == "of":
        return False  # "a fine of $250,000": the noun the amount names, read by the callers as its verb's
    if low.endswith(("ed", "s")) or low in PARTICIPLES | SIMPLE_PAST | AUX or toks[i - 1].low.endswith("s"):
        return False
    for k in range(i - 1, max(-1, i - 4), -1):
        if toks[k].low in ("a", "an", "the"):
            return True
        if not toks[k].word or not toks[k].text.islower() or toks[k].low in PREPOSITIONS | AUX or is_verb(toks, k):
            return False
    return False


def prep_before(toks: list[Token], at: int, lo: int) -> str:
    """The preposition just before a number (past its qualifier words): 'users at $100'."""
    for i in range(at - 1, max(lo, at - 4) - 1, -1):
        if toks[i].low in PREPOSITIONS and toks[i].low not in ("than", "about", "around"):
            return toks[i].low
        if toks[i].low not in _BETWEEN and toks[i].text not in "$€£¥":
            return ""
    return ""


def verb_after(toks: list[Token], at: int, hi: int) -> int | None:
    """A verb after a noun phrase: '... people were killed', '... protesters in 21 cities have died'."""
    i, skipped, reduced = at, 0, None
    if at < hi and toks[at].low in ("who", "that"):
        past_clause = _after_relative(toks, at, hi)
        if past_clause is not None:  # "28 people who were in close contact with the patient were put ..."
            return past_clause
    while i < hi and skipped <= 7:
        t = toks[i]
        if t.low in ("where", "when", "while", "because", "although", "since", "if", "whose") or (
                t.low in ("who", "that", "which") and i > at):
            return None  # the verb of another clause ("20 blocks from where Gray was shot")
        if t.low in AUX or t.low.endswith("ly") or t.low in _SKIPPED_BEFORE_VERB \
                or (t.low in ("there", "here") and i + 1 < hi and toks[i + 1].low in AUX):  # "two people there were"
            i += 1
            continue
        if t.low.endswith("ed") and i + 1 < hi and toks[i + 1].low in PREPOSITIONS and skipped <= 2 \
                and toks[i - 1].low not in AUX and toks[i + 1].low not in ("by", "after", "at", "on"):
            reduced = i if reduced is None else reduced
            i, skipped = i + 2, skipped + 2  # "two officers involved in the shooting were arrested"
            continue
        if t.low in PARTICIPLES or (t.low.endswith("ed") and len(t.low) > 4 and t.low not in _NOT_VERBS) \
                or t.low in ("dead", "missing", "died"):
            return i
        in_phrase = i > at and (toks[i - 1].low in PREPOSITIONS or toks[i - 1].low in DETERMINERS
                                or toks[i - 1].text[:1].isdigit() or toks[i - 1].low.endswith(("’s", "'s")))
        # "two members of the board and four faculty representatives voted", "260 nurses and technicians have worked":
        # a count or a plural joined on is of the subject ("and five of the blocks came": a part, its own subject)
        if t.low == "and" and i + 2 < hi and toks[i + 2].low != "of" and (number_word(toks[i + 1].low)
                                                                   or toks[i + 1].low.endswith("s") and toks[i + 2].low in AUX):
            i += 2 + (0 if toks[i + 2].low in AUX else len(noun_after(toks, i + 2, hi, 3)))
            continue
        if t.low in PREPOSITIONS and (size := _object_of_preposition(toks, i + 1, hi)) and skipped + size <= 7:
            i, skipped = i + 1 + size, skipped + 1 + size  # "two rivers in the central plains had risen"
            continue
        if t.low in PREPOSITIONS or t.low in DETERMINERS or t.text[:1].isdigit() or t.text[:1].isupper() \
                or (in_phrase and t.word):  # "... protesters in 21 cities have been killed"
            i, skipped = i + 1, skipped + 1
            continue
        break
    # "even if two jurors voted against it.": no main verb came after, so that -ed verb was the clause's own
    return reduced if i >= hi or not toks[i].text[:1].isalnum() else None


def _object_of_preposition(toks: list[Token], at: int, hi: int) -> int:
    """How many tokens the object of a preposition takes ('the central plains' of 'in the central plains'): an
    article and a lowercase noun phrase that an auxiliary ends (0 if not: then it is no clause's subject's phrase)."""
    j = at + (at < hi and toks[at].low in DETERMINERS)
    noun = noun_after(toks, j, hi, 3)
    end = j + len(noun)
    return end - at if noun and all(t.text.islower() for t in noun) and end < hi and toks[end].low in AUX else 0


def noun_after(toks: list[Token], at: int, hi: int, most: int = 4) -> list[Token]:
    """The noun phrase right after position `at`: '$55 billion [Terafab chip fabrication plant] in Texas'."""
    words: list[Token] = []
    for k in range(at, min(hi, at + most)):
        t = toks[k]
        if not t.word or t.low in PREPOSITIONS or t.low in DETERMINERS or t.low in AUX or t.low in FUNCTION \
                or t.low in NOT_NOUNS or is_verb(toks, k) or (words and t.low.endswith("ing") and len(t.low) > 5) \
                or re.fullmatch(r"(?:that|it|there|what|who|he|she|this)[’']s", t.low):
            break
        words.append(t)
    return words


def noun_before(toks: list[Token], at: int, lo: int, most: int = 3) -> list[Token]:
    """The lowercase noun phrase ending just before `at`: 'comparable sales' in 'Comparable sales rose'."""
    words: list[Token] = []
    for i in range(at - 1, max(lo, at - most) - 1, -1):
        t = toks[i]
        gerund = t.low.endswith("ing") and len(t.low) > 5 and i > 0 and toks[i - 1].low not in DETERMINERS
        if not t.word or t.low in DETERMINERS or t.low in PREPOSITIONS or t.low in AUX or is_verb(toks, i) \
                or t.low in FUNCTION or t.low in NOT_NOUNS or (t.text[:1].isupper() and i > 0) or gerund \
                or re.fullmatch(r"(?:that|it|there|what|who|he|she|this)[’']s", t.low):
            break
        words.insert(0, t)
    return words


def listed(head: str, toks: list[Token]) -> str:
    """`head` and the words of a list that goes on after it: 'doctors' + ', nurses and paramedics'."""
    return f"{head} {words(toks)}".replace(" ,", ",")


def words(toks: list[Token]) -> str:
    """Tokens as a label shows them: names keep their capitals ("past Northern Illinois"), a sentence's
    first word does not ("Comparable sales rose")."""
    return " ".join(t.text if re.search(r"[A-Z].*[A-Z]|\d", t.text) or (t.start and t.text[:1].isupper())
                    else t.low for t in toks).replace(" , ", ", ")  # "the Brentmoor, New Jersey-based company"


def number_word(word: str) -> bool:
    """'2,100', '300', 'six': a lowercase token that is a number, in digits or in words."""
    return word[:1].isdigit() or word in WORD_NUMBERS


def past(verb: str) -> bool:
    """'cut', 'killed', 'sold': what happened; 'offers', 'use' say what something has or does."""
    return verb in PARTICIPLES or (verb.endswith("ed") and len(verb) > 4)
