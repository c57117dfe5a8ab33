"""Who a clause label's "he", "she", "it" or "they" is (round 54, clauseW): the words it stands for, or None.

Round 53's reach survey found 21 shown labels the clause label leaves alone because the clause's subject is a
pronoun; lifted as they are they read "it would cut jobs", "he pulled a gun". A third-person subject pronoun is put
back to its antecedent by rule on the text only: a "he" or "she" to the person figures.referents read for the same
clause (the one person the sentence before opens on), never another; an "it" or "they" to the subject of the saying
verb before it ("Kairon Technologies said on Tuesday it would cut"), else, where the pronoun opens its sentence, to
the subject the sentence before opens on, only a noun phrase that agrees (it: a name or a singular noun; they: a
plural noun).
Closed classes only (pronouns, determiners, auxiliaries, saying verbs); no word of any corpus.
"""

from __future__ import annotations

from briefing.figures import owners as ow
from briefing.figures import structure as st
from briefing.figures.reading import Reading
from briefing.text import english as en
from briefing.text import word_set
from briefing.text.quantity import WORD_NUMBERS

_THIRD = word_set("he she it they")
_PERSONS = word_set("he she")
_SAYING = ow.SAYS | word_set("according reported reports")
_VERBAL = en.MODALS | en.BE | word_set("has have had did does do")  # "it would cut", "it was operating"
_HARD = frozenset(",;:—–()[]")
_QUOTES = frozenset("\"“”‘’'")
_LEADING = st.DETERMINERS | en.ARTICLES | frozenset(WORD_NUMBERS)  # "The WHO", "One charity": not part of the name
_MOST = 5  # words an antecedent may take in a label


def antecedent(toks: list[st.Token], at: int, previous: str, reading: Reading, names: frozenset[str]) -> str | None:
    """The words the subject pronoun toks[at] stands for, where the text says so with confidence, else None."""
    pron = toks[at].low
    if pron not in _THIRD or toks[at].text == toks[at].text.upper() or not _subject(toks, at) \
            or any(t.text in _QUOTES for t in toks[:at]):
        return None  # an object ("prompted it to"), or a quote's "they": the speaker's, not the story's
    if pron in _PERSONS:  # figures.referents' reading of the same "he" (the one person the sentence before opens
        # on), or none: it already refuses two persons ("Dell and Reyes") and a team ("The Hawks")
        return reading.subject if reading.made.subject == "pronoun" and reading.subject else None
    said = _saying_subject(toks, at)
    if said is None and not any(st.is_verb(toks, i) or toks[i].low in _VERBAL for i in range(at)) and previous:
        said = _opening_subject(st.tokens(previous))  # "It had a posted load limit": the sentence before's subject
    found = _agreeing(said, pron, names) if said else None
    if not found or pron == "it" and _extraposed(toks, at):
        return None
    rest = {t.low for t in toks[at + 1:]}
    return None if any(w.lower() in rest for w in found.split()) else found  # "It took the jury": not the jury


def _extraposed(toks: list[st.Token], at: int) -> bool:
    """An "it" that stands for an infinitive later in the sentence ("It took the jury four hours to choose"), not
    for a thing named before it."""
    return any(toks[i].low == "to" and st.is_verb(toks, i + 1) for i in range(at + 1, len(toks) - 1))


def _subject(toks: list[st.Token], at: int) -> bool:
    """The pronoun is its clause's subject: a verb or an auxiliary follows it, and no verb or preposition it could
    be the object of stands right before it (a saying verb's "said it would" is the saying's clause)."""
    nxt = toks[at + 1] if at + 1 < len(toks) else None
    if nxt is None or not (st.is_verb(toks, at + 1) or nxt.low in _VERBAL or nxt.low.endswith("s") and nxt.word
                           and nxt.text.islower()):
        return False
    prev = toks[at - 1] if at else None
    return prev is None or prev.low in _SAYING or prev.low == "that" or not (
        st.is_verb(toks, at - 1) or prev.low in st.PREPOSITIONS)


def _saying_subject(toks: list[st.Token], at: int) -> list[st.Token] | None:
    """The subject of a saying verb the pronoun's clause is reported by ("The WHO said it had deployed"), or None."""
    k = at - 1
    while k >= 0 and toks[k].low not in _SAYING:
        if st.is_verb(toks, k) or toks[k].low in _VERBAL or toks[k].text in _HARD:
            return None  # another verb or a break between: not that saying's clause
        k -= 1
    if k <= 0:
        return None
    start = k
    while start > 0 and toks[start - 1].text not in _HARD and toks[start - 1].low not in _VERBAL \
            and not st.is_verb(toks, start - 1):
        start -= 1
    return toks[start:k]


def _opening_subject(toks: list[st.Token]) -> list[st.Token] | None:
    """The words a sentence opens on before its first verb: after an opening phrase's comma ("In 2023, the firm
    had"), or before an aside ("The bridge, which has six spans, was built"; "Comeaux, 49, was"); or None."""
    verb = next((i for i, t in enumerate(toks) if t.low in _VERBAL or st.is_verb(toks, i)), None)
    if verb is None:
        return None
    hard = [i for i in range(verb) if toks[i].text in _HARD]
    last = toks[hard[-1] + 1:verb] if hard else toks[:verb]
    if hard and (not last or last[0].low in en.RELATIVES):
        return toks[:hard[0]]
    return last


def _agreeing(words: list[st.Token], pron: str, names: frozenset[str]) -> str | None:
    """The noun phrase said as a label's subject if it agrees with the pronoun in kind and number, else None."""
    words = [t for t in words if t.word]
    opening = words[0].start if words else -1
    run = _name(words, opening, names)
    if run:
        words = run  # "company Kairon Technologies": the name
    while words and words[0].low in _LEADING:
        words = words[1:]
    if not words or len(words) > _MOST or any(t.low in st.CLOSED - {"and"} or t.low in en.SUBJECT_PRONOUNS
                                              or t.low.endswith(("'s", "’s")) for t in words):
        return None  # a phrase of its own ("in Lima"), a possessive, another pronoun: not confident
    if run and words == run:
        return " ".join(t.text for t in run)  # "Kairon Technologies would cut", "Transnet was operating"
    head = words[-1].low
    if not head.isalpha() or (pron == "they") != (head.endswith("s") and not head.endswith("ss")):
        return None  # "it" a singular noun, "they" a plural one
    text = " ".join(t.text for t in words)
    lowered = len(words) > 1 and words[0].start == opening and words[0].text not in names and words[1].text.islower()
    return text[:1].lower() + text[1:] if lowered else text  # "The mines and energy ministry said it"


def _name(words: list[st.Token], opening: int, names: frozenset[str]) -> list[st.Token]:
    """The capitalised run the words end on ("company Kairon Technologies" -> Kairon Technologies); a word opening
    the sentence counts only if the story capitalises it inside one ("Police said" is no name)."""
    run: list[st.Token] = []
    for t in reversed(words):
        if not t.text[:1].isupper() or t.start == opening and t.text not in names or t.low in _LEADING:
            break
        run.insert(0, t)
    return run
