"""Headlines: two reports of one event are headlined about the same happening.

A headline is the reporter's own statement of what happened. Reports of one event each put the event in
the headline, so most of one report's headline (weighed by rarity) turns up in the other's headline or
opening lines: "Sweden drops Assange rape investigation" / "Sweden Drops Its Investigation Into Rape
Allegation Against Julian Assange". Pieces that are only alike in topic are headlined about their own
matter: "Key moments from Kurt Volker's and Tim Morrison's impeachment hearing testimony" beside
"Unpredictable Sondland faces questions about Trump, Ukraine", a roundup ("Opening Bell 11.18.19") or a
column ("Is Football Violence a Crime?") beside the news it mentions. On the 93 real pages of the tune
half (bench/bench_dedupe_real.py) no pair of one event among the pairs compared has headlines that share
no word, against 23 pairs of different events.

So a compared pair keeps `floor` of its similarity when neither headline is found in the other's opening,
all of it from `knee` of the rarer of the two shares on, and in between in proportion.

A title counts as a headline only when the source gave one: a title that is the text's own first line
(ECB+ rows, a feed entry titled by its first words) or holds no word but dates and times ("MONDAY, MAY 23,
2005", "Posted 11 / 27 / 2005 7:21 AM") is not the reporter's summary, and such a pair is left as it is.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from briefing.dedupe.similarity import BACKGROUND_DOCS, stems
from briefing.models import Article
from briefing.text import MONTHS, WEEKDAYS

# The opening of a report that is searched for the other's headline words: about its first paragraph or
# two, where a report says what happened.
LEAD_CHARS = 600
# Words of dates and times, which say when a page was posted, not what happened.
_CLOCK = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(("am", "pm", "gmt", "est", "edt", "pst", "utc", "posted",
                                                               "updated", "published", "last"))


def headline_terms(article: Article) -> frozenset[str]:
    """The stemmed words of the article's headline (none if its title is no headline)."""
    title = article.title.strip()
    if not title or article.text.lstrip().startswith(title):
        return frozenset()
    return frozenset(t for t in stems(title) if not t.isdigit() and t not in _CLOCK)


def lead_terms(article: Article) -> frozenset[str]:
    """The stemmed words of the title and the opening of the text."""
    return frozenset(stems(f"{article.title}\n{article.text[:LEAD_CHARS]}"))


def weigh_headlines(articles: Sequence[Article], edges: list[tuple[int, int, float]], floor: float,
                    knee: float) -> list[tuple[int, int, float]]:
    """The edges, each weighed by how much of each headline the other report opens with."""
    if floor >= 1.0 or not edges:
        return edges
    heads: dict[int, frozenset[str]] = {}
    leads: dict[int, frozenset[str]] = {}
    for i, j, _ in edges:
        for k in (i, j):
            if k not in heads:
                heads[k] = headline_terms(articles[k])
    df = Counter(t for terms in heads.values() for t in terms)
    total = len(articles) + BACKGROUND_DOCS
    idf = {t: math.log(total / n) for t, n in df.items()}

    def share(a: int, b: int) -> float:
        """The rarity-weighed share of a's headline found in b's opening."""
        if b not in leads:
            leads[b] = lead_terms(articles[b])
        found = leads[b]
        words = heads[a]
        return sum(idf[t] for t in words if t in found) / sum(idf[t] for t in words)

    out = []
    for i, j, sim in edges:
        if heads[i] and heads[j]:
            found = min(share(i, j), share(j, i))
            sim *= floor + (1.0 - floor) * min(1.0, found / knee)
        out.append((i, j, sim))
    return out
