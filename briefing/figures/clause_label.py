"""A label in the words of the number's own clause (round 52, clauseU): an experiment behind a switch.

Round 51 (hideT) found that labels leaving none of the words of the number's clause before it out are right far
more often than those leaving four or more out: the wrong ones are mostly "too bare" ("trips made" from "Shuttle
buses made about 1,300 trips"). This rewords such a label from the clause itself, the number left out: the
number's own noun phrase, then the clause's subject and verb group before it ("trips shuttle buses made"); a number
after a preposition keeps the clause's order ("gross debt expected to peak, share of GDP"). English function words
only (text.english, figures.structure), no word of any corpus. Round 53 (clauseV) keeps the old label where the
clause has no subject of its own ("having scored", a relative's "who pay fees") and says a measure the clause
already names once (its tests of a possessive's noun and of a level after a change verb were measured and dropped:
label_audit_dev.md, "clauseV (round 53)"). Round 54 (clauseW) puts a pronoun subject back to the words it stands for
(figures.clause_pronoun) and lets up to 8 words stand before the number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from briefing.figures import clause_pronoun as cp
from briefing.figures import owners as ow
from briefing.figures import structure as st
from briefing.figures.align import Mention
from briefing.figures.passages import article_passages
from briefing.figures.reading import Reading
from briefing.models import Article, Figure
from briefing.text import english as en
from briefing.text import word_set
from briefing.text.numbers import Quantity
from briefing.text.quantity import WORD_NUMBERS


@dataclass(frozen=True, kw_only=True)
class ClauseLabels:
    """Whether, and where, a shown label is reworded from its clause."""

    on: bool = True  # bench/gold/label_audit_dev.md, "clauseU (round 52)": more right labels held in and held out
    # only where today's label leaves out at least this many content words of the clause before it (every fold of
    # the leave-one-set-out choice over final4-final24 and the develop half picks 1, of 1-4 and off)
    left: int = 1
    most: int = 12  # a longer clause label is not used
    # a "he"/"she"/"it"/"they" subject put back to the words it stands for (figures.clause_pronoun, round 54)
    pronouns: bool = True
    # words before the number a clause label takes: a subject and its verb group; more is a clause (round 54: every
    # fold of the leave-one-set-out choice among 6-10 and no bound, held in and held out, picks 8)
    longest: int = 8


CLAUSE_LABELS = ClauseLabels()  # what the run uses; ClauseLabels(on=False) gives round 51's labels


# Words a label does not open or close on: a dangling preposition, article, conjunction or qualifier.
_EDGE = st.PREPOSITIONS | st.DETERMINERS | en.ARTICLES | en.SUBORDINATORS | en.RELATIVES | en.BE | word_set(
    "and or but nor so than up also just only even still has have had do did does there here not") | ow.QUALIFIERS
_DROPPED = en.BE | word_set("has have had")  # "is expected" -> "expected": the auxiliary says nothing a label needs
# Who says the number, cut off before it: owners.SAYS and two more; not vocabulary.REPORTING, whose "added" is also
# a verb of amount ("employers added 200,000 jobs").
_SAYING = ow.SAYS | word_set("according reported reports")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_ANY_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Words that say the part before the number is more than a subject and a verb: a list, a clause, a phrase
_BREAKS = (st.PREPOSITIONS - {"to"}) | en.SUBORDINATORS | en.RELATIVES | word_set("and or but nor")
_OPENERS = en.SUBORDINATORS | en.RELATIVES | word_set("where")  # a clause of its own opens on these
_BARE_BEFORE = en.MODALS | word_set("to")
_INSIDE = re.compile(r"(?<=[A-Za-z0-9,;)] )([A-Z][a-z]+)\b")  # a capitalised word inside a sentence
_CONTRACTED = re.compile(r"[’']")
_PARTS = word_set("half some all most none each many several few first last both either neither any")
_KEPT = frozenset({"casualty", "date", "age"})  # tolls, dates with their event and ages keep their labels


def reworded(figure: Figure, m: Mention, settings: ClauseLabels, names: frozenset[str] = frozenset(),
              earlier: Mapping[tuple[str, int], str] | None = None) -> Figure:
    """The figure with its label said in its clause's words, where `settings` reach it (`earlier`: each passage's
    sentence before, by source and passage index, for a pronoun's antecedent)."""
    previous = (earlier or {}).get((m.source, m.passage.index), "")
    label = clause_label(m.passage.text, m.quantity, m.reading, figure.label, settings, names, previous)
    return figure if label == figure.label else replace(figure, label=label)


def proper_names(texts: Iterable[str]) -> frozenset[str]:
    """The words the texts capitalise inside a sentence (after a word or a comma): names, kept capitalised when one
    opens the number's sentence ("Gibbs ended the run", "Indian navy")."""
    return frozenset(m.group(1) for text in texts for m in _INSIDE.finditer(text))


def sentences_before(articles: Iterable[Article]) -> dict[tuple[str, int], str]:
    """Each passage's sentence before it in its article (headings skipped), by article id and passage index."""
    out: dict[tuple[str, int], str] = {}
    for article in articles:
        previous = ""
        for p in article_passages(article.text):
            if p.kind != "heading":
                out[(article.id, p.index)], previous = previous, p.text
    return out


def clause_label(sentence: str, q: Quantity, reading: Reading, old: str, settings: ClauseLabels,
                 names: frozenset[str] = frozenset(), previous: str = "") -> str:
    """`old`, or the label the number's own clause says, where `settings` reach it and it reads as a phrase; a word
    opening the sentence is lowercased unless `names` holds it."""
    if not settings.on or reading.kind in _KEPT or reading.casualty or q.dim == "date":
        return old
    toks = st.tokens(sentence)
    first = next((i for i, t in enumerate(toks) if t.end > q.start), len(toks) - 1)
    last = max(first, next((i for i, t in enumerate(toks) if t.start >= q.end), len(toks)) - 1)
    lo, hi = st.clause(toks, first, last)
    before = _trimmed(toks[lo:_opening(toks, first, lo)])
    if len(_left(before, old)) < max(settings.left, 1):  # a clause label that adds nothing is not used
        return old
    swap = _resolved(toks, before, previous, reading, names) if settings.pronouns else None
    new = _worded(toks, first, last, hi, before[swap[0]:] if swap else before, reading, names, settings.longest)
    if swap and new:  # "it would cut" -> "Kairon Technologies would cut"
        new = re.sub(rf"\b{before[swap[0]].low}\b", swap[1], new, count=1, flags=re.I)
    if not new or len(new.split()) > settings.most or not _owned(new, reading) or _left(st.tokens(old), new) \
            or any(d not in new for d in re.findall(r"\d+", old)):
        return old  # the new label must say all the old one said ("customer shortfall in 2022")
    return new


def _resolved(toks: list[st.Token], before: list[st.Token], previous: str, reading: Reading,
              names: frozenset[str]) -> tuple[int, str] | None:
    """(where in `before` its subject pronoun stands, the words it stands for), or None: the part before the pronoun
    ("on Tuesday it would cut") has no verb and is left out of the label."""
    at = next((i for i, t in enumerate(before) if t.low in en.SUBJECT_PRONOUNS and t.text != t.text.upper()), None)
    if at is None or any(st.is_verb(toks, toks.index(t)) for t in before[:at]):
        return None
    said = cp.antecedent(toks, toks.index(before[at]), previous, reading, names)
    return (at, said) if said else None


def _opening(toks: list[st.Token], first: int, lo: int) -> int:
    """Where the number's qualifiers ("about", "more than", "$") begin."""
    k = first
    while k > lo and (_qualifier(toks, k - 1) or not toks[k - 1].word and toks[k - 1].text != ","):
        k -= 1
    return k


def _qualifier(toks: list[st.Token], k: int) -> bool:
    """A word of "about", "at least", "up to": "at" and "to" alone are the prepositions the number sits behind."""
    low, nxt = toks[k].low, toks[k + 1].low if k + 1 < len(toks) else ""
    if low in ("at", "up"):
        return nxt in ("least", "to", "most")
    if low == "to":
        return k > 0 and toks[k - 1].low == "up"
    return low in ow.QUALIFIERS


def _trimmed(part: list[st.Token]) -> list[st.Token]:
    """The words of a clause part without punctuation, a saying aside, or a dangling word at either end."""
    cut = [i for i, t in enumerate(part) if t.text in (",", "-", "—", "–")]
    part = part[cut[-1] + 1:] if cut else part  # "Defensively, the Colts forced": the opening phrase is no owner
    if part and part[0].low in st.PREPOSITIONS:
        return []  # "Smith, 35, of New Bedford pleaded": the subject is before the comma
    part = [t for t in part if t.word or t.text[:1].isdigit()]
    if any(t.low in _OPENERS for t in part):  # "began soon after more than 200 people set off": the number's clause
        part = part[max(i for i, t in enumerate(part) if t.low in _OPENERS) + 1:]
    if any(t.low in _SAYING for t in part):  # "officials said 40 ...": cut the attribution off
        at = max(i for i, t in enumerate(part) if t.low in _SAYING)
        part = part[at + 1:] if at < len(part) - 1 else part[:max(0, at - 2)]
    while part and part[0].low in _EDGE:
        part = part[1:]
    while part and part[-1].low in _EDGE:
        part = part[:-1]
    # "is expected" -> "expected", but "will be shared" keeps its "be"
    return [t for i, t in enumerate(part) if not _auxiliary(part, i)]


def _auxiliary(part: list[st.Token], i: int) -> bool:
    """An auxiliary a label can do without: "is expected" -> "expected", but not "will be shared" or the verb of
    "The bridge has a main span" (nothing verbal follows it)."""
    if part[i].low not in _DROPPED or i > 0 and part[i - 1].low in _BARE_BEFORE:
        return False
    rest = [t for t in part[i + 1:] if t.low not in st.ADVERBS]
    return bool(rest) and (rest[0].low in _DROPPED or rest[0].low.endswith("ed") or rest[0].low in st.PARTICIPLES)


def _left(part: list[st.Token], old: str) -> list[str]:
    """The content words of `part` the label `old` leaves out."""
    have = {w.lower() for w in _WORD.findall(old)}
    return [t.low for t in part if t.word and t.low not in st.CLOSED and len(t.low) > 2 and t.low not in have
            and t.low.rstrip("s") not in have and f"{t.low}s" not in have]


def _worded(toks: list[st.Token], first: int, last: int, hi: int, before: list[st.Token], reading: Reading,
            names: frozenset[str], longest: int) -> str:
    """The clause's subject and verb group with the number's noun phrase, the number left out, or "" where they make
    no short phrase (a list, a subordinate clause, a prepositional phrase of their own)."""
    if not before or len(before) > longest or not any(st.is_verb(toks, toks.index(t)) for t in before) \
            or any(t.low in _BREAKS or t.text[:1].isdigit() for t in before) \
            or all(st.is_verb(toks, toks.index(t)) or t.low in st.CLOSED - en.SUBJECT_PRONOUNS for t in before):
        # another number in it ("140 acts played"), or a verb alone ("walked"): no owner to add
        return ""
    noun = _counted(toks, first, last) or st.noun_after(toks, last + 1, hi)  # not "points Friday"
    ahead = _opening(toks, first, 0)
    told = ahead
    while ahead > 0 and toks[ahead - 1].low in st.DETERMINERS:  # "by a €480 million tramway project"
        ahead -= 1
    if _agent(toks, ahead):
        return ""
    before = _untitled(toks, before)
    if _subjectless(toks, before):
        return ""
    said = _text(before)
    if before[0] is toks[0] and len(before) > 1 and before[1].text.islower() and before[0].text[1:].isalpha() \
            and before[0].text[1:].islower() and before[0].text not in (reading.subject or "") \
            and before[0].text not in names:
        said = said[:1].lower() + said[1:]  # "Shuttle buses made": a common word opening the sentence
    if ahead > 1 and toks[ahead - 1].low == "of" and _part(toks[ahead - 2]):
        return ""  # "convicted one of the three men": the clause tells of the one, the number is the group's
    if ahead > 0 and toks[ahead - 1].low in st.PREPOSITIONS:  # "peak at 76.2% of GDP": clause order
        if told > ahead or not reading.measure:  # "around the 1,784-metre peak": the number describes a thing
            return ""
        if set(reading.measure.lower().split()) <= {t.low for t in before}:
            return said  # "Reliance agreed to pay a fine" (of $250,000): the clause says the measure itself
        return _joined(said, before, reading.measure)
    if not noun or not st.is_verb(toks, toks.index(before[-1])):  # "accepted a relatively low $3 million salary"
        return ""
    if _passive(toks, before, first):
        return ""
    return f"{_text(noun)} {said}"


def _agent(toks: list[st.Token], ahead: int) -> bool:
    """The number sits after "by": a passive's agent or a change; the clause's subject is not its owner."""
    return ahead > 0 and toks[ahead - 1].low == "by"


def _passive(toks: list[st.Token], before: list[st.Token], first: int) -> bool:
    """A "be" before an object: "Foley was shot three times" would read as Foley shooting."""
    return any(t.low in en.BE for t in toks[toks.index(before[0]):first])


def _subjectless(toks: list[st.Token], before: list[st.Token]) -> bool:
    """A verb group with no subject of its own: "having scored", "has seen the computers", a relative's "who pay
    fees" or "which put losses" (the subject is the relative's noun, outside the clause)."""
    words = [t for t in before if t.low not in st.ADVERBS and not t.low.endswith("ly")]
    if not words:
        return True
    head, k = words[0], toks.index(before[0])
    at = toks.index(head)
    if not head.text.islower() or k > 0 and toks[k - 1].low in st.DETERMINERS | en.ARTICLES:
        return False  # "The consolidated budget deficit", "a recently married father": an adjective, not a verb
    if head.low.endswith("ing"):  # "having scored" but not "operating margin fell"
        return at + 1 < len(toks) and (st.is_verb(toks, at + 1) or toks[at + 1].low in st.DETERMINERS)
    return st.is_verb(toks, at) or head.low in st.PARTICIPLES or k > 0 and toks[k - 1].low in ("who", "which")


def _joined(said: str, before: list[st.Token], measure: str) -> str:
    """"<clause>, <measure>", the measure's words the clause already says not said twice: "offers a production tax
    credit" + "production tax credit per kilowatt-hour" -> "... tax credit per kilowatt-hour"."""
    have, words = {t.low for t in before}, measure.split()
    for k in range(min(len(words), len(before)), 0, -1):  # the clause ends on the measure's head: go straight on
        if [w.lower() for w in words[:k]] == [t.low for t in before[-k:]]:
            return f"{said} {' '.join(words[k:])}".strip()
    while words and words[0].lower() in have:  # "deficit projected to narrow" + "projected share of GDP"
        words = words[1:]
    return f"{said}, {' '.join(words)}" if words else said


def _untitled(toks: list[st.Token], before: list[st.Token]) -> list[st.Token]:
    """Without the abbreviated titles that open the clause ("Lt. Gov. Sean Parnell" -> "Sean Parnell")."""
    while len(before) > 1 and before[0].text[:1].isupper() and (k := toks.index(before[0])) + 1 < len(toks) \
            and toks[k + 1].text == ".":
        before = before[1:]
    return before


def _counted(toks: list[st.Token], first: int, last: int) -> list[st.Token]:
    """The counted noun the number's own span ends on ("about 1,300 trips" -> trips), or []."""
    tail: list[st.Token] = []
    for t in reversed(toks[first + 1:last + 1]):
        if not t.word or t.low in WORD_NUMBERS or t.low in st.SCALES or t.low in ow.QUALIFIERS:
            break
        tail.insert(0, t)
    return tail


def _part(t: st.Token) -> bool:
    """A word that names some of a group: "one", "nine", "half", "some", "the first" (of ...)."""
    return t.text[:1].isdigit() or t.low in WORD_NUMBERS or t.low in _PARTS


def _text(part: list[st.Token]) -> str:
    return " ".join(t.text for t in part)


def _owned(new: str, reading: Reading) -> bool:
    """A pronoun standing for someone unsaid is no owner: the label must not open on one, and must keep the
    reading's subject if it has one."""
    # "you’ll", "It's", and a one-letter "I" ("I think I stopped breathing", round 54)
    words = [w.lower() for raw in _ANY_WORD.findall(new) for w in _CONTRACTED.split(raw)]
    if any(w in en.SUBJECT_PRONOUNS | en.OBJECT_PRONOUNS for w in words):
        return False
    return not reading.subject or reading.subject.lower() in new.lower()

