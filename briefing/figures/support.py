"""How a label was made, and which labels the code cannot stand behind.

Issue 11's selection rule: a figure whose label cannot be made specific is not shown. Some labels are made by a
path that blind readers judge wrong more often than right (bench/bench_label_hiding.py measures each path's
right-share over every judged set and chooses the rule by leaving one set out at a time); those are not shown.
Only the structure of the reading counts here, never a word of any corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing.figures import structure as st
from briefing.figures.align import Mention
from briefing.figures.article import FRAME, owned_words
from briefing.figures.fragments import fragment
from briefing.figures.other_time import YEAR, date_subject, other_time
from briefing.figures.reading import Reading
from briefing.models import Figure
from briefing.text.numbers import Quantity
from briefing.text.units import names_unit

# Qualifiers that bound a number rather than round it (text.numbers lists them all; English grammar).
_BOUNDS = frozenset({"just over", "just under", "more than", "less than", "fewer than", "at least", "at most", "up to",
                     "as many as", "as much as", "upwards of", "over", "under", "just short of", "short of",
                     "in excess of"})


def with_provenance(reading: Reading, sentence: str, q: Quantity) -> Reading:
    """The reading with its provenance completed: which path found the measure, and how far its words sit."""
    path = reading.made.measure or _measure_path(reading, q)
    return replace(reading, made=replace(reading.made, measure=path, gap=_gap(sentence, q, reading.measure)))


def _measure_path(reading: Reading, q: Quantity) -> str:
    kind = reading.kind
    if kind.startswith("casualty") or kind in ("date", "age"):
        return kind.partition(":")[0]
    if q.dim == "count":
        if reading.measure.startswith("number of "):
            return "counted noun"  # "number of observers": the noun alone
        return "verb" if reading.made.verb else "noun phrase"
    if q.dim == "money":
        return "money noun" if reading.word else "unit"
    return f"{q.dim} noun" if reading.word else "unit"


def _gap(sentence: str, q: Quantity, measure: str) -> int:
    """Words between the number and the nearest word of its measure (0 also for a word of the number's own span,
    "40 observers", and for its unit when the measure names it, "176 hp" for "horsepower"; -1: none is there)."""
    wanted = [w for w in measure.lower().split() if w not in FRAME and len(w) > 1]  # frame words place no measure
    toks = st.tokens(sentence)
    inside = [i for i, t in enumerate(toks) if t.end > q.start and t.start < q.end]
    if not wanted or not inside:
        return -1
    first, last = inside[0], inside[-1]
    far = [max(first - i - 1, i - last - 1, 0) for i, t in enumerate(toks) if any(_same_word(t.low, w) for w in wanted)]
    if any(names_unit(w, q.unit) for w in wanted):  # "176 hp" labelled "horsepower": the number's unit is its word
        far.append(0)
    return min(far) if far else -1


def _same_word(token: str, word: str) -> bool:
    """One word, a noun of four letters and its plural ("waves" for "wave height"), or two words of over four letters
    that share their first five ("flights"/"flight"; not "cut"/"cuts")."""
    return token == word or (len(word) == 4 and token == f"{word}s") \
        or (len(word) > 4 and len(token) > 4 and token[:5] == word[:5])


def with_context(reading: Reading, kin: int, numbers: int) -> Reading:
    """The reading with what else its sentence holds: numbers of its kind, and numbers in all."""
    return replace(reading, made=replace(reading.made, kin=kin, numbers=numbers))


def supported(figure: Figure, m: Mention, story: Sequence[Mention]) -> bool:
    """Can the code stand behind the figure's label, by how it was made and what else its article holds?

    Leaving one judged set out at a time, these are the cells chosen on all 19 judged sets (bench/bench_label_hiding.py
    --cells --thresholds 0.35; rounds 31-33 of bench/gold/label_audit_dev.md): labels in them were right less than 0.35
    of the time on round 33's code. A toll is never hidden (issue 11 asks for it on its event)."""
    if m.reading.casualty:
        return True
    feats = features(figure, m, story)
    return not any(all(feats[k] == v for k, v in cell) for cell in _HIDDEN)


# Each cell one or two structural features' values, chosen on all 19 judged sets at T 0.35, N 30 (round 33 of
# bench/gold/label_audit_dev.md: the fixed criterion put T 0.40 first, which hid the seeds' GPU conflict, so the
# next setting by its order). Among them: a label that is no phrase (figures.fragments); a bare one-noun measure
# with no owner that is rounded, quoted, a share, or one of several numbers of its noun or unit; a label of one
# word beside one other number or 3-5 of its kind; a measure no word of the sentence says, with no owner; a rounded
# or quoted count labelled by its noun alone; a number after "from" outside the lead.
_HIDDEN: tuple[tuple[tuple[str, str], ...], ...] = (
    (("article heads", "1"), ("bare", "yes")),
    (("article units", "4+"), ("bare", "yes")),
    (("article units", "4+"), ("numbers", "4+")),
    (("article units", "4+"), ("words", "0-1")),
    (("background", "yes"), ("dim", "percent")),
    (("background", "yes"), ("measure", "percent noun")),
    (("bare", "yes"), ("dim", "percent")),
    (("bare", "yes"), ("hedge", "approximate")),
    (("bare", "yes"), ("measure", "percent noun")),
    (("bare", "yes"), ("numbers", "4+")),
    (("bare", "yes"), ("quoted", "yes")),
    (("fragment", "yes"),),
    (("gap", "-1"), ("subject", "none")),
    (("hedge", "approximate"), ("measure", "counted noun")),
    (("lead", "no"), ("prep", "from")),
    (("measure", "counted noun"), ("quoted", "yes")),
    (("measure", "unit"),),
    (("numbers", "1"), ("words", "0-1")),
    (("numbers", "4+"), ("sentence", "16-30")),
    (("prep", "to"), ("story kin", "6+")),
    (("story kin", "3-5"), ("words", "0-1")),
)


def features(figure: Figure, m: Mention, story: Sequence[Mention]) -> dict[str, str]:
    """The structural features of a shown label read from mention `m`, each as one value, beside the mentions the
    story's other labelled figures were read from (bench/bench_label_hiding.py counts them)."""
    reading, q, made = m.reading, m.quantity, m.reading.made
    others = [o for o in story if o is not m and o.source == m.source]
    head = reading.measure.split()[-1:]
    toks = st.tokens(m.passage.text)
    return {
        "subject": made.subject if reading.subject else "none",
        "measure": made.measure,
        "gap": _bucket(made.gap, (0, 1, 3)),
        "verb": _yes(made.verb),
        "kin": _bucket(made.kin, (0, 1)),
        "numbers": _bucket(made.numbers, (0, 1, 3)),
        "words": _bucket(len(figure.label.split()), (1, 2, 3, 5)),
        "dim": q.dim,
        "key": _yes(figure.key),
        "lead": _yes(m.lead),
        "background": _yes(m.background),
        "casualty": _yes(bool(reading.casualty)),
        "span": _yes(bool(reading.span)),
        "prep": reading.prep or "-",
        "hedge": _hedge(q.qualifier),
        "range": _yes(q.upper is not None),
        "rate": _yes("/" in q.unit),
        "story kin": _bucket(sum(o.quantity.dim == q.dim for o in others), (0, 2, 5)),
        "same head": _yes(any(o.reading.measure.split()[-1:] == head for o in others)),
        "sentence": _bucket(len(toks), (15, 30)),
        "opens": _yes(m.passage.text[:q.start].strip(" \"“‘'") == ""),
        "quoted": _yes(_inside(m.passage.text, q.start, "“\"", "”\"")),
        "bracketed": _yes(_inside(m.passage.text, q.start, "(", ")")),
        "passage": m.passage.kind,
        "article heads": _bucket(made.heads, (0, 1, 3)),
        "article units": _bucket(made.units, (0, 1, 3)),
        "bare": _yes(not reading.subject and len(owned_words(reading.measure)) <= 1),
        "year": ("owned" if reading.subject else "unowned") if YEAR.search(figure.label) else "none",
        "same words": _yes(any(o.reading.measure.lower() == reading.measure.lower() for o in story if o is not m)),
        "fragment": _yes(bool(fragment(reading.measure, m.passage.text, q))),
        "date subject": date_subject(reading),  # round 36: a date's clause with no subject ("date closed parts")
        "other time": _yes(other_time(m.passage.text, m.background, figure.label)),  # another time, no year named
    }


def _inside(text: str, at: int, opening: str, closing: str) -> bool:
    """Does the number at `at` stand inside an open quotation or bracket (an odd count of straight quotes)?"""
    before = text[:at]
    straight = set(opening) & set(closing)  # '"' both opens and closes: an odd count of it is open
    opened = sum(before.count(c) for c in set(opening) - straight) > sum(before.count(c) for c in set(closing) - straight)
    return opened or any(before.count(c) % 2 == 1 for c in straight)


def _hedge(qualifier: str | None) -> str:
    """'about', 'roughly', 'possibly' ... round or hedge a number ("approximate"); 'at least', 'up to' ... bound it."""
    if not qualifier:
        return "-"
    return "bound" if qualifier.lower() in _BOUNDS else "approximate"


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _bucket(n: int, tops: tuple[int, ...]) -> str:
    """'-1', '0', '2-3', '4+': `n` in the first bucket whose top it does not pass."""
    if n < 0:
        return "-1"
    low = 0
    for top in tops:
        if n <= top:
            return str(n) if low == top else f"{low}-{top}"
        low = top + 1
    return f"{low}+"
