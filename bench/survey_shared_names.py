#!/usr/bin/env python3
"""What two reports of one national or foreign story share that two incidents do not: a survey of candidate evidence.

    python bench/survey_shared_names.py [--lead N] [--lift F]

Every batch the grouping is measured on: the follow-up sets' day 1 (each set one batch), the look-alike sets all in
one batch and daily, and the real pages (one batch). For every pair at cosine 0.1 or more, each candidate is read:

- name: a run of two or more capitalised words ("Great Lakes Regional Health", "Bank of Zambia", "Mwila Chansa") in
  both leads (title and the first N characters), no gazetteer place or region alone, named by no other report of
  the batch (rare: df 2);
- name+day: that, and both leads give the event's day within the grouping's day gap;
- figure: a number and its unit word in both leads ("31 people", "$17 billion"), named by no other report;
- moment: a clock to the minute in common (evidence.moments).

Each is counted over pairs of one story the headlines' factor keeps under the bar, and over pairs of two stories it
would lift over the bar (the factor lifted to --lift, no clash, the pair's edge as weighed otherwise). Grouping round
48 (docs/dedupe.md) read it.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import bench_lookalikes_errors as errors  # noqa: E402  (wraps group._stories to see the grouping's inputs)
from bench_followups import FOLLOWUPS, LOOKALIKES  # noqa: E402
from bench_lookalikes import article, batches, load  # noqa: E402

from briefing.dedupe.compare import weigh_pair  # noqa: E402
from briefing.dedupe.reweigh import Reweigh, headlines_of, site_names  # noqa: E402
from briefing.dedupe.settings import DEFAULT  # noqa: E402
from briefing.dedupe.similarity import _STOP, cosine  # noqa: E402
from briefing.models import Article  # noqa: E402
from briefing.text import CLOCK_WORDS  # noqa: E402
from briefing.text.evidence import compare  # noqa: E402
from briefing.text.places import gazetteer  # noqa: E402

# A word of a sentence; capitalised ones, and the few lower-case words that sit inside a name ("Bank of Zambia"),
# make the runs names are read from.
_TOKEN = re.compile(r"[\w'’&-]+")
_INSIDE = frozenset(("of", "de", "du", "la", "and", "for", "the", "von", "van"))
_POSSESSIVE = re.compile(r"['’]s$")


def lead_names(title: str, lead: str, places: bool = False) -> frozenset[str]:
    """The stretches of two or more capitalised words in the title and lead, lower-case: those that neither
    open nor end on a function word and hold no weekday, month or (unless `places`) gazetteer place ("Bank of
    Zambia" has one: one police force or council speaks for every incident of its area)."""
    found: set[str] = set()
    for part in (title, lead):
        for sentence in re.split(r"[.!?:;\"“”()\n,—–-]+\s", part):
            found.update(_stretches(sentence, places))
    return frozenset(found)


def _stretches(sentence: str, places: bool) -> set[str]:
    """Every stretch of a sentence's runs of capitalised words that opens and ends on a name's word."""
    runs: list[list[str]] = [[]]
    for token in _TOKEN.findall(sentence):
        if token[0].isupper() and not token.isupper() or token in _INSIDE:
            runs[-1].append(_POSSESSIVE.sub("", token))
        elif runs[-1]:
            runs.append([])
    found = set()
    for run in runs:
        words = [w.lower() for w in run]
        for start in range(len(words)):
            for end in range(start + 2, len(words) + 1):
                stretch = words[start:end]
                if stretch[0] in _STOP or stretch[-1] in _STOP or any(w in CLOCK_WORDS for w in stretch):
                    continue
                if not places and any(_is_place(w) for w in run[start:end]):
                    continue
                found.add(" ".join(stretch))
    return found


def _is_place(word: str) -> bool:
    """Whether a word as written is a place name of the gazetteer (a city, a state, a country)."""
    g = gazetteer()
    return word in g.names or word.lower() in g.regions


class SharedNames:
    """Each article's lead names and how many of the batch's articles name each."""

    def __init__(self, articles: Sequence[Article], lead: int, places: bool = False) -> None:
        """Reads every article's title and its text's first `lead` characters."""
        self.names = [lead_names(a.title, a.text[:lead], places) for a in articles]
        self.df = Counter(n for names in self.names for n in names)

    def pair(self, i: int, j: int) -> set[str]:
        """The names both articles' leads give and no other article of the batch does."""
        return {n for n in self.names[i] & self.names[j] if self.df[n] == 2}


_FIGURE = re.compile(r"(?<![\w.])([$€£]?\d[\d,.]*)\s+(?:[a-z]+\s+)?([a-z]+)")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Row:
    """One compared pair and its candidate evidence."""

    where: str
    ids: str
    same: bool
    cut: bool
    clash: bool
    edge: float  # as weighed now
    base: float  # cos * evidence, before the headlines' factor
    head: float  # the factor after told_alike / dated_alike
    name: tuple[str, ...]
    day: bool
    figure: tuple[str, ...]
    moment: bool


def figures(text: str) -> set[str]:
    """A lead's numbers with the word after them (or after one word between): "31 people", "$17 billion"."""
    return {f"{n.rstrip('.,')} {w}" for n, w in _FIGURE.findall(text) if not n.startswith("19") or len(n) != 4}


def survey(where: str, arts: list[Article], cluster: list[str], lead: int, places: bool) -> list[Row]:
    """Every pair of the batch at cosine 0.1 or more with its candidates."""
    s = DEFAULT
    labels = errors.group.event_labels(arts, **{f.name: getattr(s, f.name) for f in dataclasses.fields(s)})
    ev, vec = errors.seen["evidence"], errors.seen["vectors"]
    assert len(ev) == len(arts), "copies folded: indices no longer align"  # type: ignore[arg-type]
    rw = Reweigh(site_names(arts, s), headlines_of(arts, s), s, arts, ev)  # type: ignore[arg-type]
    names = SharedNames(arts, lead, places)
    figs = [figures(a.text[:lead]) for a in arts]
    fig_df = Counter(f for fs in figs for f in fs)
    rows = []
    for i, j in combinations(range(len(arts)), 2):
        c = cosine(vec[i], vec[j])  # type: ignore[index]
        if c < 0.1:
            continue
        a, b = ev[i], ev[j]  # type: ignore[index]
        verdict = compare(a, b, day_gap=s.day_gap, day_parts=bool(s.day_parts), moments=bool(s.day_moments))
        share = weigh_pair(c, a, b, s) / c
        head = rw(i, j, 1.0, vec)  # type: ignore[arg-type]
        day = a.day is not None and b.day is not None and abs(a.day - b.day) <= s.day_gap
        rows.append(Row(where=where, ids=f"{arts[i].id} x {arts[j].id}", same=cluster[i] == cluster[j],
                        cut=labels[i] != labels[j], clash=bool(verdict.clash), edge=c * share * head, base=c * share,
                        head=head, name=tuple(sorted(names.pair(i, j))), day=day,
                        figure=tuple(sorted(f for f in figs[i] & figs[j] if fig_df[f] == 2)),
                        moment=bool(a.moments & b.moments)))
    return rows


def every_batch(lead: int, real: bool, places: bool) -> list[Row]:
    """The survey of every batch: follow-up day 1, look-alikes all and daily, the real pages."""
    rows: list[Row] = []
    for path in FOLLOWUPS:
        batch = [{**r, "id": f"{r['group']}-{r['role'][-1]}"} for r in load([path]) if r["role"] in ("day1a", "day1b")]
        rows += survey(path.stem, [article(r) for r in batch], [r["group"] for r in batch], lead, places)
    for path in LOOKALIKES:
        for how in ("all", "daily"):
            for n, batch in enumerate(batches(load([path]), how)):
                rows += survey(f"{path.stem}/{how}{n}", [article(r) for r in batch], [r["cluster"] for r in batch], lead, places)
    if real:
        import bench_dedupe_real as pages
        gold = json.loads(pages.GOLD.read_text(encoding="utf-8"))["pages"]
        arts = [a for a in pages.load_articles(pages.PAGES) if a.id in gold]
        rows += survey("real", arts, [gold[a.id] for a in arts], lead, places)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lead", type=int, default=400)
    parser.add_argument("--lift", type=float, default=1.0)
    parser.add_argument("--no-real", action="store_true")
    parser.add_argument("--places", action="store_true", help="keep names with a place's word in them")
    parser.add_argument("--show", action="store_true", help="list every pair a candidate holds for")
    args = parser.parse_args()
    rows = every_batch(args.lead, not args.no_real, args.places)
    bar = DEFAULT.pair_threshold
    tests = {"name": lambda r: bool(r.name), "name+day": lambda r: bool(r.name) and r.day,
             "figure": lambda r: bool(r.figure), "moment": lambda r: r.moment,
             "name+figure": lambda r: bool(r.name) and bool(r.figure)}
    split = [r for r in rows if r.same and r.cut and r.head < 1]
    print(f"{len(rows)} pairs; {len(split)} of one story cut with the headlines' factor under 1; bar {bar}")
    for name, test in tests.items():
        holds_same = [r for r in rows if r.same and test(r) and not r.clash]
        holds_two = [r for r in rows if not r.same and test(r) and not r.clash]
        reach = [r for r in split if test(r) and not r.clash and r.base * max(r.head, args.lift) >= bar]
        wrong = [r for r in holds_two if r.edge < bar <= r.base * max(r.head, args.lift)]
        print(f"  {name}: holds for {len(holds_same)} pairs of one story, {len(holds_two)} of two; reaches "
              f"{len(reach)} split pairs; lifts {len(wrong)} pairs of two over the bar")
        if args.show:
            for r in reach:
                print(f"    reach {r.where} {r.ids} base {r.base:.3f} head {r.head:.2f} {r.name} {r.figure}")
            for r in wrong:
                print(f"    WRONG {r.where} {r.ids} base {r.base:.3f} head {r.head:.2f} {r.name} {r.figure}")
            for r in holds_two:
                print(f"    two {r.where} {r.ids} edge {r.edge:.3f} base {r.base:.3f} {r.name} {r.figure}")


if __name__ == "__main__":
    main()
