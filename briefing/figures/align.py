"""Aligning mentions into figures: claims share a figure only when subject and measure match.

Two steps. Within one source, a number repeated is one claim; two different numbers are two figures,
unless the sentences say the same thing of the same subject (then the source contradicts itself), and
a casualty count keeps its largest value (a toll; "a man was killed" later is one of them). Across
sources, a source's groups join the figure with the same measure and a compatible subject; a figure
never holds two groups of one source, so "sources differ" is only ever about different sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.figures.passages import Passage
from briefing.figures.reading import Reading
from briefing.figures.structure import past
from briefing.figures.vocabulary import CHANGE_VERBS, GENERIC_MEASURE, SI
from briefing.text import jaccard
from briefing.text.numbers import Quantity

_ASIDE = frozenset({"in", "at", "on", "from", "with", "for", "during", "over", "across", "since", "within"})
_SAME_STATEMENT = 0.3  # shared content words of two sentences that say the same thing
_WORD = re.compile(r"[a-z][a-z’'-]{3,}")
CHANGE_WORDS = frozenset(CHANGE_VERBS) | frozenset(CHANGE_VERBS.values()) | {"increase", "number"}


@dataclass(frozen=True, kw_only=True)
class Mention:
    """One quantity in one passage of one source, with what it measures and whose it is."""

    source: str
    order: int  # source order in the story, then position
    passage: Passage
    quantity: Quantity
    reading: Reading
    lead: bool  # in the first sentences of its article
    background: bool = False  # its sentence names an earlier year: another event ("the 2003 Bam quake")

    @property
    def weak(self) -> bool:
        """A single victim told in words ("a man was killed"): one of a toll, not a toll of its own."""
        return self.quantity.casualty is not None and self.quantity.value <= 1

    @property
    def value(self) -> tuple[float, float | None, str]:
        return (self.quantity.value, self.quantity.upper, self.quantity.unit)


def same_amount(a: tuple[float, float | None, str], b: tuple[float, float | None, str]) -> bool:
    """The same value, also across units: '15,800 m²' is '170,000 sq ft', 'about 15 mi' is 'about 24 km'."""
    if a == b:
        return True
    (va, ua, ta), (vb, ub, tb) = a, b
    if ta not in SI or tb not in SI or SI[ta][0] != SI[tb][0] or (ua is None) != (ub is None):
        return False
    sa, sb = va * SI[ta][1], vb * SI[tb][1]
    return abs(sa - sb) <= 0.03 * max(abs(sa), abs(sb))


def _context(m: Mention) -> frozenset[str]:
    return frozenset(_WORD.findall(m.passage.text.lower()))


def same_subject(a: frozenset[str], b: frozenset[str]) -> bool:
    """'Google' ~ 'Google Cloud', 'Duncan Rait' ~ 'Duncan Raite', but 'Claude Pro' is not 'Claude Max'."""
    if a <= b or b <= a or len(a & b) >= len(a | b) / 2:
        return True
    # One letter of spelling apart, as outlets spell names ("Rait", "Raite"), with a shared other part.
    rest_a, rest_b = a - b, b - a
    return bool(a & b) and len(rest_a) == len(rest_b) == 1 and _near_spelling(next(iter(rest_a)), next(iter(rest_b)))


def _near_spelling(x: str, y: str) -> bool:
    if abs(len(x) - len(y)) > 1 or min(len(x), len(y)) < 4:
        return False
    short, long_ = sorted((x, y), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_))) if len(x) != len(y) else sum(
        p != q for p, q in zip(x, y, strict=True)) == 1


def _same_kind(a: Reading, b: Reading) -> bool:
    """Could these be one measure? The same kind of quantity, and measure words that do not disagree."""
    named_ages = a.kind == "age" and bool(a.subject_tokens and b.subject_tokens)  # the name says who, not the verb
    return a.kind == b.kind and (a.word == b.word or not a.word or not b.word) and (
        a.role == b.role or not a.role or not b.role or named_ages)


def _same_measure(a: Reading, b: Reading) -> bool:
    """Are these one measure for certain (so different values disagree)?"""
    if a.kind != b.kind or a.word != b.word:
        return False
    if a.casualty and a.kind.startswith("casualty"):
        return True
    if a.kind == "date":
        return bool(a.role) and a.role == b.role
    if a.kind == "age":
        return bool(a.subject_tokens and b.subject_tokens) or (bool(a.role) and a.role == b.role)
    return a.specific and b.specific and a.measure == b.measure


def _one_statement(a: Mention, b: Mention) -> bool:
    """Do two sentences of one source say the same thing of the same subject (with different values)?"""
    ra, rb = a.reading, b.reading
    if a.passage.index == b.passage.index or not _same_measure(ra, rb):
        return False  # one sentence with two numbers gives two measures ("for $169.99 (originally $200)")
    if ra.kind == "date":
        return True  # the same event (verb and object) dated twice
    if not ra.subject_tokens or ra.subject_tokens != rb.subject_tokens or ra.kind == "age":
        return False  # unnamed numbers of one kind are usually different things ("550 a day", "150 on chemo")
    low, high = sorted((abs(a.quantity.value), abs(b.quantity.value)))
    return high <= 3 * max(low, 1e-9) and jaccard(_context(a), _context(b)) >= _SAME_STATEMENT


def _within(mentions: list[Mention]) -> list[list[Mention]]:
    """One source's mentions grouped: repeats together, different numbers apart unless one statement."""
    groups: list[list[Mention]] = []
    casualties: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.reading.kind.startswith("casualty"):  # another event's toll told as background is its own
            casualties.setdefault(m.reading.kind + "|bg" * m.background, []).append(m)
            continue
        home = next((g for g in groups if _repeat_or_same(g, m)), None)
        if home is None:
            groups.append([m])
        else:
            home.append(m)
    for ms in casualties.values():
        # A single victim told of later ("a 17-year-old was killed") is one of the toll, not another
        # figure; two counted tolls ("at least 106 ... as many as 200") are two estimates, two figures.
        toll = max(m.quantity.value for m in ms)
        kept = [m for m in ms if m.quantity.value == toll or m.quantity.value > 2]
        for value in dict.fromkeys(m.quantity.value for m in kept):
            groups.append([m for m in kept if m.quantity.value == value])
    return groups


def _repeat_or_same(group: list[Mention], m: Mention) -> bool:
    first = group[0]
    if first.reading.kind != m.reading.kind or not _subjects_match(first.reading, m.reading):
        return False
    if any(same_amount(o.value, m.value) for o in group):
        # A source repeating a value of one kind, maybe in other words ("Claude Code usage cap increase: 2x"
        # after "the doubling of usage caps"); ages only for the same person; not two things that happen
        # to share a value ("revenue rose 3.5%", "comparable sales growth of 3.5%").
        if m.reading.kind == "age":
            return _subjects_match(first.reading, m.reading, strict=True)
        return not any(_other_things(o.reading, m.reading) for o in group)
    return _subjects_match(first.reading, m.reading, strict=m.reading.kind != "date") and all(
        _one_statement(o, m) for o in group)


def _other_things(a: Reading, b: Reading) -> bool:
    """Two specific measures whose words share nothing: 'revenue rise' and 'comparable sales growth'."""
    if not (a.specific and b.specific) or a.kind == "date" or a.kind.startswith("casualty"):
        return False
    wa, wb = _content(a.measure), _content(b.measure)
    return bool(wa) and bool(wb) and not wa & wb


def _content(measure: str) -> frozenset[str]:
    return frozenset(w.rstrip("s") for w in _WORD.findall(measure.lower())
                     if w not in CHANGE_WORDS and w.rstrip("s") not in GENERIC_MEASURE)


def _subjects_match(a: Reading, b: Reading, strict: bool = False) -> bool:
    if a.kind == "age" and not strict and bool(a.subject_tokens) != bool(b.subject_tokens):
        return a.role == b.role or not a.role or not b.role  # "a 61-year-old man was charged": Kirkpatrick, 61
    if strict or a.kind == "age":
        return a.subject_tokens == b.subject_tokens or (
            bool(a.subject_tokens and b.subject_tokens) and same_subject(a.subject_tokens, b.subject_tokens))
    return not a.subject_tokens or not b.subject_tokens or same_subject(a.subject_tokens, b.subject_tokens)


def _joins(cluster: list[list[Mention]], group: list[Mention],
           said: frozenset[tuple[str, str, float]] | set[tuple[str, str, float]] = frozenset()) -> int | None:
    """How well one source's group fits a figure of other sources (higher is better), or None.

    `said` holds every (source, measure key, value) of the story: a source that states the other value
    too (the 11-inch and the 12.9-inch iPad Pro) has two things of that measure, not one to differ on."""
    if any(g[0].source == group[0].source for g in cluster):
        return None  # a figure never sets one source's numbers against each other
    m, others = group[0], [o for g in cluster for o in g]
    support = len(cluster)
    if any(same_amount(o.value, m.value) and _same_kind(o.reading, m.reading) and _subjects_match(o.reading, m.reading)
           for o in others):
        return 1000 + support
    if _described_and_named(others, m):
        return 500 + support
    if m.quantity.dim == "age" and not m.reading.subject_tokens:
        # An unnamed age may be a named person's only when the sentences tell the same event of them ("a
        # 62-year-old man was charged", "Kirkpatrick, 61, was charged"); not "will miss", which any two
        # people may, and not an age whose owner was only inferred.
        if m.reading.inferred or not past(m.reading.role):
            return None
        return 100 + support if any(_same_measure(o.reading, m.reading) for o in others) else None
    # Different values disagree only about one thing, and with every value already there.
    differ = [o for o in others if not same_amount(o.value, m.value)]
    if any((o.source, m.reading.key, m.quantity.value) in said for o in differ):
        return None
    if differ and all(_disagree(o, m) for o in differ) and all(
            _same_kind(o.reading, m.reading) for o in others if o not in differ):
        return support
    return None


def _described_and_named(others: list[Mention], m: Mention) -> bool:
    """'A 61-year-old man in Canada is charged' and 'Eric Allen Kirkpatrick, 61, opened fire': one person
    described in one source and named in another, told with different verbs. The same age, one side
    unnamed, and the figure is of one named person only (two people of that age leave it apart)."""
    if m.quantity.dim != "age":
        return False
    named = {o.reading.subject_tokens for o in others if o.reading.subject_tokens}
    if m.reading.subject_tokens:
        named.add(m.reading.subject_tokens)
    if len(named) != 1 or not all(same_amount(o.value, m.value) for o in others):
        return False
    return any(bool(o.reading.subject_tokens) != bool(m.reading.subject_tokens) for o in others)


def _disagree(a: Mention, b: Mention) -> bool:
    """Are two different values two claims about one figure (so the sources differ)?

    The same measure of the same subject, named alike ("Manning's 34 passes" is not "Northcutt's 5";
    "Jeremy Ortiz, 17" is not "Jerry Ortiz, 35"), counted by the same verb ("hit by seven bullets" is not
    "loaded with four bullets"), about this event (not "the 2003 quake killed 26,000"), and not a single
    victim told in words against a counted toll.
    """
    ra, rb = a.reading, b.reading
    if not _same_measure(ra, rb) or not _subjects_match(ra, rb, strict=True) or ra.inferred or rb.inferred:
        return False  # an age whose owner was only inferred ("the 81-year-old") never contradicts a named one
    if ra.subject and rb.subject and not _alike(ra.subject, rb.subject):
        return False
    if ra.kind.startswith("count") and ra.role and rb.role and ra.role != rb.role:
        return False
    if ra.kind.startswith("casualty") and _victims(ra.measure) != _victims(rb.measure):
        return False  # "two officers injured" and "three people injured" count different groups
    if ra.kind.startswith("count") and ra.measure.startswith("number of") and not (ra.subject and rb.subject):
        return False  # "the five games he played", "the 37 games are a school record": of whom, neither says
    if ra.part or rb.part:
        return False  # "three of the jurors" is some of them, not another count of all
    if ra.prep in _ASIDE or rb.prep in _ASIDE:
        return False  # "homes in five villages", "rushed for 150 yards" this season: a detail, not the figure
    return not (a.background or b.background or a.weak or b.weak)


def _victims(measure: str) -> str:
    """Whom a casualty count counts: 'officers injured' -> 'officer'; 'people killed', 'deaths' -> ''."""
    words = [w.rstrip("s") for w in measure.lower().split()[:-1] if w not in ("people", "person", "persons")]
    return " ".join(words)


def _alike(x: str, y: str) -> bool:
    wx, wy = set(x.lower().replace("’s", "").split()), set(y.lower().replace("’s", "").split())
    return wx <= wy or wy <= wx or same_subject(frozenset(wx), frozenset(wy))


def align(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions grouped into figures (one list per thing measured)."""
    by_source: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.order):
        by_source.setdefault(m.source, []).append(m)
    groups = [g for ms in by_source.values() for g in _within(ms)]
    # Named first, so an unnamed number meets the figure it most likely belongs to.
    groups.sort(key=lambda g: (not g[0].reading.subject_tokens, g[0].order))
    said = {(m.source, m.reading.key, m.quantity.value) for m in mentions}
    clusters: list[list[list[Mention]]] = []
    for group in groups:
        scored = [(score, -i) for i, c in enumerate(clusters) if (score := _joins(c, group, said)) is not None]
        if scored:
            clusters[-max(scored)[1]].append(group)
        else:
            clusters.append([group])
    merged = [[m for g in c for m in g] for c in clusters]
    return _without_weak_singles(merged)


def _without_weak_singles(clusters: list[list[Mention]]) -> list[list[Mention]]:
    """A victim told in words ("his mother was killed") is one of another source's counted toll
    ("both women were found dead"): not a figure of its own when that toll has as much support, or two
    sources (six outlets each telling of one victim do not make a toll of one beside a counted two)."""
    def support(c: list[Mention]) -> int:
        return len({m.source for m in c})
    counted: dict[str, int] = {}
    for c in clusters:
        if not all(m.weak for m in c) and c[0].reading.casualty and not all(m.background for m in c):
            counted[c[0].reading.kind] = max(counted.get(c[0].reading.kind, 0), support(c))
    return [c for c in clusters
            if not (all(m.weak for m in c) and counted.get(c[0].reading.kind, 0) >= min(2, support(c)))]
