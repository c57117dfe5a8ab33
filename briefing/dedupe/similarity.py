"""How alike two articles are as reports of one event: weighted term vectors and their cosine.

Each article becomes a sparse unit vector over three kinds of term:
- content words (lowercased, crudely stemmed), which carry the topic ("earthquake", "rehab");
- names, the capitalised words seen mid-sentence ("Lohan", "Memphis"), which carry who and where;
- numbers ("26", "2009"), which carry how many and when.
Two reports of one event share names and numbers, while two events of one kind share only topic
words, so names and numbers weigh more than plain words. Weights are TF-IDF over the batch being
grouped, with a smoothed IDF so that a batch of five articles is not degenerate.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from operator import mul

Vector = dict[str, float]

_WORD = re.compile(r"[a-z][a-z'’]*[a-z]|\d+")
# A capitalised run after a lowercase word, comma or colon: a name, not a sentence start. The look-behind
# comes after the capital so that the regex engine tries it only at capitals (40% faster, same matches).
_NAME = re.compile(r"[A-Z](?<=[a-z0-9,;:] [A-Z])[A-Za-z'’-]*[a-z](?:[ -][A-Z][A-Za-z'’-]*[a-z])*")
_STOPWORDS = (
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each even few for from further get got had has
    have having he her here hers herself him himself his how i if in into is it its itself just last like made make
    many may me might more most much must my myself next no nor not now of off on once one only or other our ours
    out over own per really said same say says she should since so some still such than that the their theirs them
    then there these they this those though through to too two under until up upon us very via was way we well were
    what when where which while who whom why will with within without would year years yet you your"""
)
_STOP = frozenset(_STOPWORDS.split())

# Names weigh this many times a plain word: who and where tell two events of one kind apart. Chosen on
# ECB+ train (1.5 and 3 both lose B-cubed F1 there); dev only confirmed it.
NAME_BOOST = 2.0
# Numbers (counts, ages, years, days of the month, sums, calibres) are as telling as names but also occur by
# chance. A report of one event told in other words still gives its numbers: the victims' ages, the toll, the
# year, the weapon's calibre ("43", "2010", ".357" of a workplace shooting); look-alike events of one kind
# share their words, not these. The deduplicator's default is Settings.number_boost (chosen there by CV);
# this is vectorise's default for other callers.
NUMBER_BOOST = 1.8
# A term in the title is the reporter's own summary of the event; it counts this many extra occurrences.
TITLE_EXTRA = 2
# Keep only each vector's heaviest terms: enough to hold the who/what/where of a story, few enough to keep
# every dot product short; the long tail is mostly background that differs between outlets anyway.
MAX_TERMS = 60
# Pretend this many unrelated documents exist beside the batch, so IDF stays meaningful for tiny batches
# (five articles on one story must not zero out the story's own words); negligible for large batches.
BACKGROUND_DOCS = 20


@dataclass(frozen=True, kw_only=True)
class Features:
    """One article's terms before weighting: counts by term, and which are names or numbers."""

    counts: Counter[str]
    names: frozenset[str]


class _StemCache(dict[str, str]):
    """Word -> stem, shared by all articles; a word is stemmed the first time it is looked up."""

    def __missing__(self, word: str) -> str:
        stem = self[word] = _stem(word)
        return stem


# Stopwords map to "" and are dropped after counting.
_stem_cache = _StemCache(dict.fromkeys(_STOP, ""))


def _stem(word: str) -> str:
    """A crude suffix strip so that 'pirates'/'pirate' and 'killed'/'kill' meet."""
    stem = word.replace("’", "'")
    if stem.endswith("'s"):
        stem = stem[:-2]
    for suffix in ("ing", "ed", "es", "s"):
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 4 and not stem.endswith("ss"):
            return stem[: -len(suffix)]
    return stem


def extract_with_names(title: str, text: str) -> tuple[Features, list[str]]:
    """An article's terms counted once (title words count extra, names are flagged), and the name runs as
    written ("Marcus Hill", "Dayton"), which text/evidence.py reads too (one scan for both)."""
    # Stemming is one dictionary look-up per word (the cache stems a word the first time it is seen),
    # run by map() and Counter in C: this is the hot loop of the whole deduplicator.
    stem = _stem_cache.__getitem__
    heading = _WORD.findall(title.lower())
    if text.startswith(title):
        body, words = text, _WORD.findall(text.lower())
    else:
        # The title's words are the body's first: a line break ends a word, and lower-casing the two apart gives
        # the same letters (even a final sigma reads the break as the end of its word), so it is scanned once.
        body, words = f"{title}\n{text}", heading + _WORD.findall(text.lower())
    # Each distinct title word is counted TITLE_EXTRA more times by handing it to the C-level count as
    # often (a loop adding to the Counter cost a tenth of this function).
    extra = set(heading)
    counts = Counter(map(stem, chain(words, *([extra] * TITLE_EXTRA))))
    counts.pop("", None)
    runs = _NAME.findall(body)
    found = set(map(stem, _WORD.findall(" ".join(runs).lower())))
    found.discard("")
    return Features(counts=counts, names=frozenset(found)), runs


def stems(text: str) -> list[str]:
    """The text's words as a vector counts them: lower-cased, stemmed, stopwords left out."""
    return [t for t in map(_stem_cache.__getitem__, _WORD.findall(text.lower())) if t]


def document_frequencies(features: Iterable[Features]) -> Counter[str]:
    """How many articles contain each term."""
    return Counter(chain.from_iterable(f.counts for f in features))  # one C-level count, not one update each


def vectorise(features: Sequence[Features], df: Counter[str] | None = None, *, batch_size: int | None = None,
              lone: float = 1.0, number_boost: float = NUMBER_BOOST) -> list[Vector]:
    """Unit TF-IDF vectors, names and numbers boosted, each cut to its MAX_TERMS heaviest terms.

    `df` and `batch_size` are the whole batch's when `features` is only a slice of it. A term found in
    one article of the batch only weighs `lone` of its IDF: it matches no other article, so its whole
    weight would only lower the cosine of every pair the article is in (a report's own quotes and
    details pulling it away from the other reports of its event), and fill its MAX_TERMS. A number's IDF is
    `number_boost` times a word's."""
    if df is None:
        df = document_frequencies(features)
    total = (len(features) if batch_size is None else batch_size) + BACKGROUND_DOCS
    # One IDF per term for the whole batch, the number boost folded in.
    idf = {t: math.log(total / n) * (number_boost if t[0].isdigit() else 1.0) for t, n in df.items()}
    if lone != 1.0:
        for t, n in df.items():
            if n == 1:
                idf[t] *= lone
    sublinear = [0.0] + [1.0 + math.log(k) for k in range(1, 64)]
    vectors: list[Vector] = []
    made: dict[int, Vector] = {}  # by id(f): one vector for a Features object that stands for several articles
    for f in features:
        vector = made.get(id(f))
        if vector is None:
            vector = made[id(f)] = _vector(f, idf, sublinear)
        vectors.append(vector)
    return vectors


def _vector(f: Features, idf: dict[str, float], sublinear: list[float]) -> Vector:
    """One article's unit vector (vectorise)."""
    # A count is a whole number but for a told-back passage's words counted at a weight (dedupe/told_apart.py).
    weights = {t: (sublinear[n] if n < 64 and n.__class__ is int else 1.0 + math.log(n)) * idf[t]
               for t, n in f.counts.items()}
    for name in f.names:
        if name in weights:
            weights[name] *= NAME_BOOST
    if len(weights) > MAX_TERMS:
        weights = dict(heapq.nlargest(MAX_TERMS, weights.items(), key=_by_weight))
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def _by_weight(item: tuple[str, float]) -> float:
    return item[1]


def cosine(a: Vector, b: Vector) -> float:
    """Dot product of two unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    # map() over C-level look-ups, no Python code per term: this runs for every compared pair.
    return sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))
