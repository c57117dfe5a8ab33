"""Two incidents of one day, one report telling the other back: a later casualty's report that sets an earlier one
against its own ("Teen shot at gas station hours after deadly apartment shooting") shares that incident's road, day
and kind of harm, and its words link it to the earlier incident's reports. Where the two leads tell their common
day in parts of it that cannot meet (the teller's evening or night, the other's small hours or morning), and the
teller's title or lead tells another casualty back (text/dayparts.told_back), the pair is of two incidents.

Survey (bench/survey_same_day_parts.py, look-alikes A-N in one batch and follow-ups 1-14's day 1): 540 pairs of one
day told in its early and late parts, 7 of them of one incident (a fire's tribute piece, a toll that rose, a raid's
next steps); the late report tells another casualty back in 27, all of two incidents. See docs/dedupe.md, grouping
round 43.

The told-back passages' words also weigh less in the teller's vector (features_told, Settings.told_words): they are
the other incident's, and link the two incidents' reports however their days and parts are told (grouping round 44).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from briefing.dedupe.similarity import Features, extract_with_names
from briefing.models import Article
from briefing.text.dayparts import EARLY, LATE, told_back, told_out
from briefing.text.evidence import LEAD_CHARS, Evidence


class ToldApart:
    """Which compared pairs are a told-back incident and its teller, a day's early and late parts apart."""

    def __init__(self, articles: Sequence[Article], evidence: Sequence[Evidence]) -> None:
        """`articles` and their `evidence`, index for index; each article's title and lead are read only
        when a pair it is in passes the cheap test of days and parts."""
        self.articles, self.evidence = articles, evidence
        self.tells: dict[int, bool] = {}

    def __call__(self, i: int, j: int) -> bool:
        """Whether one of the pair tells its day late, the other the same day early, and the late one tells
        another casualty back."""
        a, b = self.evidence[i], self.evidence[j]
        if a.day is None or a.day != b.day or {a.part, b.part} != {EARLY, LATE}:
            return False
        return self._tells_back(i if a.part == LATE else j)

    def _tells_back(self, i: int) -> bool:
        """Whether the article's title or lead tells another casualty back, read once."""
        if i not in self.tells:
            a = self.articles[i]
            self.tells[i] = bool(told_back(a.title) or told_back(a.text[:LEAD_CHARS]))
        return self.tells[i]


def features_told(title: str, text: str, weight: float, wide: int = 0) -> tuple[Features, list[str]]:
    """The article's terms (similarity.extract_with_names), those of its told-back passages counted at `weight`
    (0: left out); its name runs are the whole text's, which text/evidence.py reads."""
    found, runs = extract_with_names(title, text)
    title_out, text_out = told_out(title, wide), told_out(text, wide)
    if title_out == title and text_out == text:
        return found, runs
    # A title that opens the text is counted once (extract_with_names); blanked alike, it still opens it.
    kept, _ = extract_with_names(title_out, text_out if not text.startswith(title) else title_out + text_out[len(title):])
    counts = (Counter({t: kept.counts[t] + weight * (n - kept.counts[t]) for t, n in found.counts.items()}) if weight
              else kept.counts)
    counts = Counter({t: n for t, n in counts.items() if n > 0})
    return Features(counts=counts, names=found.names & frozenset(counts)), runs
