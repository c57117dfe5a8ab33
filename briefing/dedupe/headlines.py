"""Headlines: two reports of one event are headlined about the same happening.

A headline is the reporter's own statement of what happened. Reports of one event each put the event in
the headline, so most of one report's headline (weighed by rarity) is among the other report's key terms:
"Sweden drops Assange rape investigation" / "Sweden Drops Its Investigation Into Rape Allegation Against
Julian Assange". Pieces that are only alike in topic are headlined about their own matter: "Key moments
from Kurt Volker's and Tim Morrison's impeachment hearing testimony" beside "Unpredictable Sondland faces
questions about Trump, Ukraine", a roundup ("Opening Bell 11.18.19") or a column ("Is Football Violence a
Crime?") beside the news it mentions. Among the compared pairs of the 93 real pages of the tune half
(bench/bench_dedupe_real.py) no two reports of one event have headlines sharing no word; 23 pairs of
different events do.

A place in a headline says where, not what: "Alibaba to raise up to $12.9bn in landmark Hong Kong listing"
and "Hong Kong chaos: China deploys troops" share only where they happened, so the words of place names
(GeoNames, text/places.py) are left out of headlines.

So a compared pair keeps `floor` of its similarity when neither headline's words are among the other's
key terms (its vector's, similarity.py), all of it once the smaller of the two shares reaches `knee`,
and in between in proportion.

A title counts as a headline only when the source gave one: a title that is the text's own first line
(ECB+ rows, a feed entry titled by its first words) or holds no word but dates and times ("MONDAY, MAY 23,
2005", "Posted 11 / 27 / 2005 7:21 AM") is not the reporter's summary, and such a pair is left as it is.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import chain, compress

from briefing.dedupe.similarity import BACKGROUND_DOCS, Vector, stems
from briefing.models import Article
from briefing.text import CLOCK_WORDS
from briefing.text.places import gazetteer

# A run of capitalised words in a title ("Hong Kong", "South Dakota Governor Kristi Noem").
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
# Place names are looked up among a run's stretches of at most this many words ("United Arab Emirates").
_PLACE_WORDS = 3


def headline_terms(article: Article) -> frozenset[str]:
    """The stemmed words of the article's headline, place names left out (none if its title is no headline)."""
    title = article.title.strip()
    if not title or article.text[:len(title) + 64].lstrip().startswith(title):
        return frozenset()
    return _title_terms(title)


@functools.lru_cache(maxsize=1 << 16)
def _title_terms(title: str) -> frozenset[str]:
    """A headline's terms, read once per distinct headline: copies, updates and one event's reports in
    one feed repeat it (a quarter of the synthetic 100k day's headlines are distinct)."""
    places = _place_words(title)
    return frozenset(t for t in stems(title) if not t.isdigit() and t not in CLOCK_WORDS and t not in places)


def _place_words(title: str) -> set[str]:
    """The stemmed words of every place name in the title's capitalised runs ("Hong Kong", "China")."""
    names, starts = _place_names()
    found: set[str] = set()
    for run in _CAPITALISED.findall(title):
        words = [w.rstrip(".:") for w in run.split()]
        for start, first in enumerate(words):
            if first not in starts:
                continue  # most words begin no place name: one set look-up, not one per stretch
            for end in range(start + 1, min(len(words), start + _PLACE_WORDS) + 1):
                name = " ".join(words[start:end])
                if name in names:
                    found.update(stems(name))
    return found


def load_place_names() -> None:
    """Read the gazetteer's place names now (before the workers fork) rather than once in every worker."""
    _place_names()


@functools.cache
def _place_names() -> tuple[frozenset[str], frozenset[str]]:
    """The gazetteer's place names as written, and the first words of those names."""
    names = gazetteer().names
    return names, frozenset(name.split(" ", 1)[0] for name in names)


class Headlines:
    """Each article's headline terms weighed by their rarity in the batch; a compared pair's factor."""

    def __init__(self, terms: Sequence[frozenset[str]], floor: float, knee: float) -> None:
        df = Counter(chain.from_iterable(terms))
        total = len(terms) + BACKGROUND_DOCS
        idf = {t: math.log(total / n) for t, n in df.items()}
        # Each headline as its terms, their weights in the same order and their sum: a pair's share is
        # then found by C-level look-ups into the other's vector (compress), where a set intersection
        # built a new set per share and looked each weight up again (0.65 -> 0.47 s over the 251,000
        # pairs of the synthetic 100k day). A sum over a set ran in its hash order, which varies from
        # run to run, so no order of the sum was ever fixed. Each distinct headline is weighed once (a
        # quarter of that day's are distinct), in this process while the workers wait.
        weighed = {}
        for mine in dict.fromkeys(terms):
            ordered = tuple(mine)
            weights = tuple(map(idf.__getitem__, ordered))
            weighed[mine] = (ordered, weights, sum(weights))
        self.heads: list[tuple[tuple[str, ...], tuple[float, ...], float]] = list(map(weighed.__getitem__, terms))
        self.floor, self.knee = floor, knee

    def factor(self, i: int, j: int, vi: Vector, vj: Vector) -> float:
        """How much of the pair's similarity it keeps: `floor` when neither headline's words are among the
        other's key terms (vi, vj: their vectors), 1.0 once the smaller share reaches `knee`. A share is
        the rarity-weighed share of one headline among the other's key terms.

        This runs for every compared pair: both shares are read here, not by a helper method called
        twice (a fifth of the cost)."""
        terms_i, weights_i, total_i = self.heads[i]
        terms_j, weights_j, total_j = self.heads[j]
        if not terms_i or not terms_j:
            return 1.0
        found = sum(compress(weights_i, map(vj.__contains__, terms_i)))
        if not found:  # the smaller share is 0 already: the other is not read
            return self.floor  # floor + (1 - floor) * 0.0, exactly
        share = found / total_i
        found = sum(compress(weights_j, map(vi.__contains__, terms_j)))
        if not found:
            return self.floor
        share = min(share, found / total_j)
        return self.floor + (1.0 - self.floor) * min(1.0, share / self.knee)
