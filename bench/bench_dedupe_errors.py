"""Where ECB+ cross-validation loses B-cubed F1: each fold's held-out losses by kind, with titles and evidence.

Run from the project root:  python bench/bench_dedupe_errors.py [--param NAME=V ...] [--folds 5] [--quiet]

Each fold of bench_dedupe_quality.py's cross-validation (train + dev pooled, folds by topic) is clustered on
its own with one setting (by default the clash costs every fold picks there: age_clash 0.5, place_clash 1.0;
--param overrides it). A gold event cut in pieces costs recall, a story holding two events costs precision;
each is listed when it costs a fold 0.005 of B3 or more, with each piece's first title and its evidence (city,
event day, ages, game scores, names of two words shared with the event's main piece), and counted by kind:

- recall, sub-stories: a piece of 3+ reports apart from the rest of its event (one event told two ways);
- recall, odd pieces: one or two reports apart (a roundup, a blog, a page whose text is a URL);
- precision, look-alikes merged: two events of one topic with 5+ reports each in one story;
- precision, reports drawn in: one to four reports of an event inside the other event's story.

The losses are B3's own terms, 1 - shared/size of the story (precision) or of the event (recall), summed over
the fold's articles and divided by its size, so each kind's mean over folds is what it takes off held-out
B3 P or R. ECB+: Cybulska & Vossen 2014, CC BY 3.0; its test split is not read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_dedupe_quality import parse_params, to_articles  # noqa: E402
from dedupe_common import bcubed, load_ecbplus  # noqa: E402
from ecb_topics import Topics, recover_topics, topic_folds  # noqa: E402

from briefing.dedupe import event_labels  # noqa: E402
from briefing.text.evidence import Evidence, evidence_of  # noqa: E402

PICKED = {"age_clash": 0.5, "place_clash": 1.0}  # what every fold picks in bench_dedupe_quality.py --quick
SHOWN = 0.005  # list a group that costs its fold this much of B3 P or R
KINDS = ("recall: sub-stories", "recall: odd pieces", "precision: look-alikes merged", "precision: reports drawn in")


def survey_parser(doc: str) -> argparse.ArgumentParser:
    """The ECB+ surveys' command line: --param NAME=V (one value of a setting) and --folds."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--param", action="append", default=[], metavar="NAME=V", help="one value of a setting")
    parser.add_argument("--folds", type=int, default=5)
    return parser


def survey_setup(parser: argparse.ArgumentParser) -> tuple[argparse.Namespace, dict, list[dict], Topics]:
    """The parsed arguments, the picked settings with --param's values, ECB+ train and dev pooled, and their topics."""
    args = parser.parse_args()
    params = dict(PICKED)
    params.update({name: values[0] for name, values in parse_params(args.param).items()})
    pooled = load_ecbplus("train") + load_ecbplus("dev")
    return args, params, pooled, recover_topics(pooled)


def evidence_line(ev: Evidence, main: Evidence) -> str:
    """A piece's first report's evidence, and the names of two words it shares with the main piece's first."""
    names = f"names={len(ev.people)}" if ev is main else f"names in common with the main piece={len(ev.people & main.people)}"
    return f"city={ev.places.city} day={ev.day} ages={sorted(ev.ages)} scores={sorted(ev.scores)} {names}"


def fold_losses(rows: list[dict], params: dict, quiet: bool, totals: dict[str, list[float]]) -> tuple[float, ...]:
    """Print one fold's losses; add each kind's count and loss to `totals`; return B3 F1, pairs wrong and
    missed, B3 P and R lost."""
    articles = to_articles(rows)
    pred = event_labels(articles, **params)
    gold = [r["cluster"] for r in rows]
    evidence = [evidence_of(a.title, a.text, None) for a in articles]
    stories, events = defaultdict(set), defaultdict(set)
    for i, (p, g) in enumerate(zip(pred, gold, strict=True)):
        stories[p].add(i)
        events[g].add(i)
    n = len(rows)
    p_loss, r_loss = Counter(), Counter()
    for p, g in zip(pred, gold, strict=True):
        shared = len(stories[p] & events[g])
        p_loss[p] += (1 - shared / len(stories[p])) / n
        r_loss[g] += (1 - shared / len(events[g])) / n
    wrong = sum(1 for i, j in combinations(range(n), 2) if pred[i] == pred[j] and gold[i] != gold[j])
    missed = sum(1 for i, j in combinations(range(n), 2) if pred[i] != pred[j] and gold[i] == gold[j])
    f1 = bcubed(pred, gold)[2]
    print(f"fold: {n} articles, B3 F1 {f1:.3f}, B3 P lost {sum(p_loss.values()):.3f}, R lost "
          f"{sum(r_loss.values()):.3f}; pairs wrongly merged {wrong}, same-event pairs missed {missed}")
    fold = Fold(rows=rows, evidence=evidence, pred=pred, gold=gold, stories=stories, events=events)
    _tally(fold, r_loss, True, quiet, totals)
    _tally(fold, p_loss, False, quiet, totals)
    return f1, wrong, missed, sum(p_loss.values()), sum(r_loss.values())


@dataclass(frozen=True, kw_only=True)
class Fold:
    """One fold's reports, their evidence and labels, and the members of each predicted story and gold event."""

    rows: list[dict]
    evidence: list[Evidence]
    pred: list
    gold: list
    stories: dict[object, set[int]]
    events: dict[object, set[int]]


def _kind(sizes: list[int], recall: bool) -> str:
    """The kind of a costly group from its pieces' sizes, largest first (see KINDS in the module docstring)."""
    if recall:
        return KINDS[0] if max(sizes[1:]) >= 3 else KINDS[1]
    return KINDS[2] if min(sizes) >= 5 else KINDS[3]


def _tally(fold: Fold, losses: Counter, recall: bool, quiet: bool, totals: dict[str, list[float]]) -> None:
    """Count each gold event (`recall`) or predicted story that costs SHOWN or more by its kind in `totals`,
    and list its pieces (the stories it is cut into, or the events it holds) with their first title and evidence."""
    groups, wholes = (fold.events, fold.stories) if recall else (fold.stories, fold.events)
    label = fold.pred if recall else fold.gold
    for key, loss in losses.most_common():
        if loss < SHOWN:
            break
        members = groups[key]
        pieces = Counter(label[i] for i in members).most_common()
        sizes = [c for _, c in pieces]
        kind = _kind(sizes, recall)
        totals[kind][0] += 1
        totals[kind][1] += loss
        if quiet:
            continue
        main = fold.evidence[min(i for i in members if label[i] == pieces[0][0])]
        print(f"  {kind}: event of {len(members)} in pieces {sizes}, R lost {loss:.3f}" if recall else
              f"  {kind}: story of {len(members)} holding {sizes}, P lost {loss:.3f}")
        for piece, count in pieces:
            first = min(i for i in members if label[i] == piece)
            whole = f"in a story of {len(wholes[piece])}" if recall else f"of an event of {len(wholes[piece])}"
            print(f"    {count} {whole}: {fold.rows[first]['title'][:70]!r}\n"
                  f"      {evidence_line(fold.evidence[first], main)}")


def main() -> None:
    parser = survey_parser(__doc__)
    parser.add_argument("--quiet", action="store_true", help="the counts only, no titles")
    args, params, pooled, topics = survey_setup(parser)
    totals: dict[str, list[float]] = {kind: [0, 0.0] for kind in KINDS}
    results = [fold_losses(rows, params, args.quiet, totals) for rows in topic_folds(pooled, topics, args.folds)]
    k = len(results)
    print(f"\nsetting {params}: mean held-out B3 F1 {sum(r[0] for r in results) / k:.4f}, B3 P lost "
          f"{sum(r[3] for r in results) / k:.4f}, R lost {sum(r[4] for r in results) / k:.4f}; pairs wrongly merged "
          f"{sum(r[1] for r in results)}, same-event pairs missed {sum(r[2] for r in results)}")
    print(f"groups costing a fold {SHOWN} or more of B3 P or R, by kind (loss: mean over folds):")
    for kind, (count, loss) in totals.items():
        print(f"  {kind:32} {int(count):3d} groups  {loss / k:.4f}")


if __name__ == "__main__":
    main()
