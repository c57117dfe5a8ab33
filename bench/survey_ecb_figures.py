"""Reach of the articles' figures as evidence on ECB+'s lost pairs: same label told with other values, or the same.

Run from the project root:  python bench/survey_ecb_figures.py [--param NAME=V ...] [--folds 5] [--key]

Each fold of bench_dedupe_quality.py's cross-validation (train + dev pooled, folds by topic) is grouped on its
own at the setting every fold picks (bench_dedupe_errors.PICKED). Every article's figures are read on their own
(figures.extract.labelled_figures over that one article: "people killed" 2, "Jackson's age" 32). A pair of
articles *clashes* where one label is told by both with no value in common, and *agrees* where one label is
told by both with a value in common and none clashes. The pairs of a fold are counted by what grouping made of
them against gold:

- `merged`: one story, two gold events (a look-alike merge): a clash could cut it;
- `cut`: two stories, one gold event: an agreement could join it;
- `together`: one story, one event (right): a clash would cost it;
- `apart`: two stories, two events of one topic (right): an agreement would cost it.

--key counts a report's key figures only (ranking.is_key: a lead's, casualties, money); --units keeps the figures
in these units only (--units "people,years old": counts of people and ages). --lead counts two other
readings of the lead (the title line and the first sentence after it) the same way: its names of two words
(evidence.people_of; clash: each lead's surnames are nowhere in the other text, agree: a name in both leads) and its
years (clash: no year of either lead anywhere in the other text; agree: a year in both leads).
ECB+: Cybulska & Vossen 2014, CC BY 3.0; its test split is not read.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_dedupe_errors import survey_parser, survey_setup  # noqa: E402
from bench_dedupe_quality import to_articles  # noqa: E402
from ecb_topics import topic_folds  # noqa: E402

from briefing.dedupe import event_labels  # noqa: E402
from briefing.figures.extract import labelled_figures  # noqa: E402
from briefing.models import Article  # noqa: E402
from briefing.text.evidence import people_of  # noqa: E402

Told = dict[str, frozenset[float]]  # a figure's label -> the values one report gives it
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-3]\d)\b")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019]?\s")


def told(article: Article, key_only: bool, units: frozenset[str] = frozenset()) -> Told:
    """The figures one report tells, by label (in `units` only, if given)."""
    out: dict[str, set[float]] = defaultdict(set)
    for figure, _ in labelled_figures([article]):
        if key_only and not figure.key:
            continue
        for claim in figure.claims:
            if not units or claim.unit in units:
                out[figure.label.lower()].add(claim.value)
    return {label: frozenset(values) for label, values in out.items()}


def verdict(a: Told, b: Told) -> str:
    """'clash' (a label told with no value in common), 'agree' (a label with one in common), or 'none'."""
    shared = a.keys() & b.keys()
    if any(a[k].isdisjoint(b[k]) for k in shared):
        return "clash"
    return "agree" if shared else "none"


def lead(text: str) -> str:
    """The title line and the first sentence after it."""
    first, _, rest = text.partition("\n")
    end = _SENTENCE_END.search(rest[:600])
    return f"{first} {rest[:end.end()] if end else rest[:300]}"


def lead_verdict(a: frozenset[str], b: frozenset[str], text_a: str, text_b: str, last_word: bool) -> str:
    """A lead reading's verdict: 'clash' (each lead's items are nowhere in the other text), 'agree' (one in both
    leads), 'other' (both leads tell some, neither holds), or 'none' (a lead tells none)."""
    if not a or not b:
        return "none"
    def word(x: str) -> str:
        return x.split()[-1].lower() if last_word else x.lower()
    if all(word(x) not in text_b for x in a) and all(word(x) not in text_a for x in b):
        return "clash"
    return "agree" if a & b else "other"


def fold_counts(rows: list[dict], topic_of: dict[str, int], params: dict, key_only: bool, units: frozenset[str],
                out: Counter) -> None:
    """Count the fold's pairs by grouping's outcome and the figures' verdict."""
    articles = to_articles(rows)
    pred = list(event_labels(articles, **params))
    gold = [r["cluster"] for r in rows]
    figs = [told(a, key_only, units) for a in articles]
    leads = [lead(a.text) for a in articles]
    low = [a.text.lower() for a in articles]
    names = [people_of(x) for x in leads]
    years = [frozenset(_YEAR.findall(x)) for x in leads]
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            same_pred, same_gold = pred[i] == pred[j], gold[i] == gold[j]
            if not same_gold and topic_of.get(gold[i]) != topic_of.get(gold[j]):
                continue  # two topics: never at stake
            kind = ("together" if same_gold else "merged") if same_pred else ("cut" if same_gold else "apart")
            out[(kind, verdict(figs[i], figs[j]))] += 1
            out[("names", kind, lead_verdict(names[i], names[j], low[i], low[j], True))] += 1
            out[("years", kind, lead_verdict(years[i], years[j], low[i], low[j], False))] += 1


def main() -> None:
    parser = survey_parser(__doc__)
    parser.add_argument("--key", action="store_true", help="key figures only")
    parser.add_argument("--units", default="", help="comma-separated units to keep (default: all)")
    parser.add_argument("--lead", action="store_true", help="the leads' names and years too")
    args, params, pooled, topics = survey_setup(parser)
    topic_of = topics.topic_of  # cluster -> its topic pair
    counts: Counter = Counter()
    for rows in topic_folds(pooled, topics, args.folds):
        fold_counts(rows, topic_of, params, args.key, frozenset(u for u in args.units.split(',') if u), counts)
    which = ("key figures" if args.key else "all figures") + (f" in {args.units}" if args.units else "")
    print(f"setting {params}, {which}: pairs by outcome and figures")
    print(f"{'outcome':9} {'pairs':>6} {'clash':>6} {'agree':>6} {'none':>6}")
    for kind in ("merged", "cut", "together", "apart"):
        row = [counts[(kind, v)] for v in ("clash", "agree", "none")]
        print(f"{kind:9} {sum(row):6d} {row[0]:6d} {row[1]:6d} {row[2]:6d}")
    for reading in ("names", "years") if args.lead else ():
        print(f"the leads' {reading}:\n{'outcome':9} {'pairs':>6} {'clash':>6} {'agree':>6} {'other':>6} {'none':>6}")
        for kind in ("merged", "cut", "together", "apart"):
            row = [counts[(reading, kind, v)] for v in ("clash", "agree", "other", "none")]
            print(f"{kind:9} {sum(row):6d} " + " ".join(f"{c:6d}" for c in row))


if __name__ == "__main__":
    main()
