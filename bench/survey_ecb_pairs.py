"""What weighs the pairs behind ECB+'s held-out B3 losses: words, a clash, the bar, the split step, the factors.

Run from the project root:  python bench/survey_ecb_pairs.py [--param NAME=V ...] [--folds 5] [--quiet]

Each fold of bench_dedupe_quality.py's cross-validation (train + dev pooled, folds by topic) is grouped on its
own with the setting every fold picks there (bench_dedupe_errors.PICKED; --param overrides it), and the groups
that cost the fold SHOWN or more of B3 are read pair by pair:

- a gold event cut in pieces (recall): each piece against the event's main piece;
- a story holding two gold events (precision): the smaller event against the larger.

For each such pair of sets, over all their cross pairs: `words`, the mean cosine of the grouping vectors;
`evid`, the mean after the evidence's clashes and agreements (compare.weigh_pair) with every pair counted;
`link`, the mean linking saw (the compared edges, weighed by evidence, site and headline; a pair not
compared or dropped counts 0); the pairs that clash, by kind; the pairs with a name of two words in common
and those that each name people but none in common (people weigh nothing in grouping: agree_people 0); and
the bar they met or missed (the linking threshold, or attach_threshold for a piece of one or two beside a
story of attach_min_story or more). Each is
put down to one cause, the first that holds:

- recall: `split` (together after linking, cut by split.py), `words` (the words' mean is under the bar, so no
  clash or factor matters), `clash` (the words reach the bar, the evidence takes the mean under it),
  `factors` (blocking, the site or headline factors take it under), `order` (the mean meets the bar, but the
  main piece's story had by then drawn other reports, or another story drew the piece first);
- precision: `attached` (a piece of one or two drawn in by attach_threshold), `words` (the words' mean reaches
  the bar with no clash to speak of), `agreement` (it reaches the bar only with the evidence's agreements);
  and, for a story of MIN_STORY or more, what the split step made of it: the ratio of the cross mean to the
  less cohesive side's inner mean on split.py's story-local vectors, for its own bisection and for the gold
  sides, against MAX_CROSS_RATIO, and the share of the bisection's smaller side that is one event.

--steps adds two views of every story of the fold, not only the costly ones: each small story attached
(linkage.attach_small_stories) with the mean to the story it joins and to the runner-up, right or wrong by
gold; and split.py's bisection of every story of MIN_STORY or more (its ratio, its smaller side, one event or
two), so that a bar for either step can be read against both kinds at once.

ECB+: Cybulska & Vossen 2014, CC BY 3.0; its test split is not read.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_dedupe_errors import SHOWN, survey_parser, survey_setup  # noqa: E402
from bench_dedupe_quality import to_articles  # noqa: E402
from ecb_topics import topic_folds  # noqa: E402

from briefing.dedupe import group as grouping  # noqa: E402
from briefing.dedupe import split  # noqa: E402
from briefing.dedupe.compare import weigh_pair  # noqa: E402
from briefing.dedupe.linkage import average_link, components, link_stories  # noqa: E402
from briefing.dedupe.settings import Settings, settings_from  # noqa: E402
from briefing.dedupe.similarity import Vector, cosine  # noqa: E402
from briefing.text.evidence import Evidence, compare, people_of  # noqa: E402


@dataclass(frozen=True, kw_only=True)
class Inside:
    """What grouping one fold saw: its final edges, vectors, evidence and labels before and after the split."""

    edges: dict[tuple[int, int], float]
    linked_only: list[int]  # each article's label after average link alone (before attaching)
    vectors: Sequence[Vector]
    evidence: Sequence[Evidence]
    settings: Settings
    linked: list[int]  # each article's label after linking, attaching and undoing weak pairs
    labels: list[int]  # after the split step, copies mapped to their original's
    people: list[frozenset[str]]  # each report's names of two or more words (evidence.people_of)


def inside(articles: list, params: dict) -> Inside:
    """Group the fold once, keeping what group._stories is handed, and link it again step by step."""
    seen: list[tuple] = []
    original = grouping._stories

    def spy(*args: object) -> list[int]:
        seen.append(args)
        return original(*args)  # type: ignore[arg-type]

    grouping._stories = spy  # type: ignore[assignment]
    try:
        labels, primary = grouping.plan(articles, settings_from(params))
    finally:
        grouping._stories = original  # type: ignore[assignment]
    n, edges, active, vectors, evidence, s, sites = seen[0]
    group = components(n, edges)
    linked = link_stories(n, edges, active, group, s, sites)
    alone = average_link(n, edges, s.link_threshold, group)
    return Inside(edges={(i, j): w for i, j, w in edges}, linked_only=[alone[k] for k in primary],
                  vectors=vectors, evidence=evidence, settings=s, linked=[linked[k] for k in primary], labels=labels,
                  people=[people_of(f"{a.title}\n{a.text}") for a in articles])


def clash_kind(a: Evidence, b: Evidence, s: Settings) -> str | None:
    """The kind of clash of a pair (several: 'multi'), or None."""
    v = compare(a, b, day_gap=s.day_gap, day_parts=bool(s.day_parts), moments=bool(s.day_moments))
    kinds = [k for k in ("place", "day", "ages", "score") if getattr(v, k)]
    return None if not kinds else kinds[0] if len(kinds) == 1 else "multi"


@dataclass(frozen=True, kw_only=True)
class Cross:
    """Two sets of reports read over their cross pairs."""

    words: float
    evid: float
    link: float
    clashes: Counter[str]
    compared: int
    pairs: int
    named_alike: int  # pairs with a name of two words in common
    named_apart: int  # pairs that each name people and share none


def cross(a: Sequence[int], b: Sequence[int], ins: Inside) -> Cross:
    """The means of words, evidence and linking over a x b, with the clashes by kind."""
    words = evid = link = 0.0
    clashes: Counter[str] = Counter()
    compared = alike = apart = 0
    for i in a:
        for j in b:
            sim = cosine(ins.vectors[i], ins.vectors[j])
            words += sim
            evid += weigh_pair(sim, ins.evidence[i], ins.evidence[j], ins.settings)
            edge = ins.edges.get((min(i, j), max(i, j)))
            if edge is not None:
                compared += 1
                link += edge
            kind = clash_kind(ins.evidence[i], ins.evidence[j], ins.settings)
            if kind:
                clashes[kind] += 1
            pi, pj = ins.people[i], ins.people[j]
            alike += not pi.isdisjoint(pj)
            apart += bool(pi and pj) and pi.isdisjoint(pj)
    n = len(a) * len(b)
    return Cross(words=words / n, evid=evid / n, link=link / n, clashes=clashes, compared=compared, pairs=n,
                 named_alike=alike, named_apart=apart)


def describe(c: Cross, bar: float) -> str:
    clashes = ", ".join(f"{k} {v}" for k, v in c.clashes.most_common()) or "none"
    return (f"words {c.words:.3f} evid {c.evid:.3f} link {c.link:.3f} (bar {bar:.2f}); compared {c.compared}/{c.pairs};"
            f" clashes {clashes}; names in common {c.named_alike}, none in common {c.named_apart}")


def bar_of(piece: int, other: int, s: Settings) -> float:
    """The bar a set of `piece` reports must meet to join one of `other`."""
    return s.attach_threshold if piece <= s.small_story and other >= s.attach_min_story else s.link_threshold


def recall_cause(main: list[int], piece: list[int], c: Cross, bar: float, ins: Inside) -> str:
    if ins.linked[main[0]] == ins.linked[piece[0]]:
        return "split"
    if c.words < bar:
        return "words"
    if c.evid < bar:
        return "clash"
    return "factors" if c.link < bar else "order"


def precision_cause(small: list[int], c: Cross, bar: float, s: Settings) -> str:
    if len(small) <= s.small_story:
        return "attached"
    share = sum(c.clashes.values()) / c.pairs
    return "words" if c.words >= bar and share < 0.5 else "agreement" if c.words < bar else "words, clashes outweighed"


def split_view(story: list[int], gold: list, ins: Inside) -> str:
    """What split.py makes of the story: its bisection's ratio and purity, and the gold sides' ratio."""
    if len(story) < split.MIN_STORY:
        return "split: not examined (under MIN_STORY)"
    local = split._local_vectors([ins.vectors[i] for i in story])
    m = len(story)

    def sim(x: int, y: int) -> float:
        return weigh_pair(cosine(local[x], local[y]), ins.evidence[story[x]], ins.evidence[story[y]], ins.settings)

    matrix = [[1.0 if x == y else sim(x, y) for y in range(m)] for x in range(m)]
    first, second = split._bisect(matrix)
    smaller = min((first, second), key=len)
    purity = Counter(gold[story[x]] for x in smaller).most_common(1)[0][1] / len(smaller)
    events = Counter(gold[i] for i in story).most_common()
    gold_sides = [[x for x in range(m) if gold[story[x]] == e] for e, _ in events[:2]]
    return (f"split: bisection {len(first)}/{len(second)} ratio {ratio(matrix, first, second):.3f}, smaller side "
            f"{purity:.0%} one event; gold sides ratio {ratio(matrix, *gold_sides):.3f} (bar {split.MAX_CROSS_RATIO})")


def ratio(matrix: list[list[float]], first: list[int], second: list[int]) -> float:
    """split.py's test: cross mean over the less cohesive side's inner mean."""
    cross_mean = split._mean([matrix[x][y] for x in first for y in second])
    inner = min(split._mean([matrix[x][y] for x in side for y in side if x < y]) for side in (first, second))
    return cross_mean / inner if inner else float("inf")


def fold_survey(rows: list[dict], topic_of: dict, params: dict, quiet: bool, causes: Counter,
                steps: tuple[list, list] | None = None) -> None:
    """Read one fold's costly groups pair by pair; count each by cause in `causes`; add to `steps` its
    attachments and bisections."""
    articles = to_articles(rows)
    ins = inside(articles, params)
    gold = [r["cluster"] for r in rows]
    if steps is not None:
        steps[0].extend(attach_view(gold, ins, ins.settings))
        steps[1].extend(split_ratios(gold, ins))
    n = len(rows)
    stories, events = defaultdict(list), defaultdict(list)
    for i, (p, g) in enumerate(zip(ins.labels, gold, strict=True)):
        stories[p].append(i)
        events[g].append(i)
    s = ins.settings
    print(f"fold: {n} articles")
    for g, members in sorted(events.items(), key=lambda kv: -len(kv[1])):
        pieces = sorted((list(v) for v in _by(members, ins.labels).values()), key=len, reverse=True)
        for piece in pieces[1:]:
            loss = len(piece) * (1 - len(piece) / len(members)) / n
            if loss < SHOWN / 2:
                continue
            bar = bar_of(len(piece), len(stories[ins.labels[pieces[0][0]]]), s)
            c = cross(pieces[0], piece, ins)
            cause = recall_cause(pieces[0], piece, c, bar, ins)
            causes[("recall", cause)] += 1
            causes[("recall", cause, "loss")] += loss
            if not quiet:
                print(f"  recall [{cause}] topic {topic_of.get(g, '?')}: {len(piece)} of {len(members)} apart "
                      f"(B3 R {loss:.3f}) {rows[piece[0]]['title'][:50]!r}\n    {describe(c, bar)}")
    for members in stories.values():
        held = sorted((list(v) for v in _by(members, gold).values()), key=len, reverse=True)
        for other in held[1:]:
            loss = len(other) * (1 - len(other) / len(members)) * 2 / n
            if loss < SHOWN:
                continue
            bar = bar_of(len(other), len(held[0]), s)
            c = cross(held[0], other, ins)
            cause = precision_cause(other, c, bar, s)
            causes[("precision", cause)] += 1
            causes[("precision", cause, "loss")] += loss
            if not quiet:
                print(f"  precision [{cause}] topic {topic_of.get(gold[other[0]], '?')}: story of {len(members)} "
                      f"holds {len(other)} of another event {rows[other[0]]['title'][:50]!r}\n    {describe(c, bar)}\n"
                      f"    {split_view(members, gold, ins)}")


def attach_view(gold: list, ins: Inside, s: Settings) -> list[tuple[float, float, bool]]:
    """Each small story attach_small_stories moves: (mean to the story it joins, to the runner-up, right by gold)."""
    labels = ins.linked_only
    size = Counter(labels)
    pull: dict[int, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for (i, j), sim in ins.edges.items():
        for a, b in ((labels[i], labels[j]), (labels[j], labels[i])):
            if size[a] <= s.small_story < size[b] and size[b] >= s.attach_min_story:
                pull[a][b] += sim
    major = {lab: Counter(gold[i] for i, x in enumerate(labels) if x == lab).most_common(1)[0][0] for lab in size}
    out = []
    for small, sums in pull.items():
        means = sorted(((total / (size[small] * size[lab]), lab) for lab, total in sums.items()), reverse=True)
        if means[0][0] >= s.attach_threshold:
            out.append((means[0][0], means[1][0] if len(means) > 1 else 0.0, major[means[0][1]] == major[small]))
    return out


def split_ratios(gold: list, ins: Inside) -> list[tuple[float, int, bool]]:
    """split.py's bisection of every final story of MIN_STORY or more: (ratio, smaller side, two events of 3+)."""
    stories: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(ins.labels):
        stories[label].append(i)
    out = []
    for story in (m for m in stories.values() if len(m) >= split.MIN_STORY):
        local = split._local_vectors([ins.vectors[i] for i in story])
        matrix = [[1.0 if x == y else weigh_pair(cosine(local[x], local[y]), ins.evidence[story[x]],
                                                 ins.evidence[story[y]], ins.settings) for y in range(len(story))]
                  for x in range(len(story))]
        first, second = split._bisect(matrix)
        events = Counter(gold[i] for i in story)
        out.append((ratio(matrix, first, second), min(len(first), len(second)),
                    sum(1 for c in events.values() if c >= 3) >= 2))
    return out


def print_steps(attached: list[tuple[float, float, bool]], ratios: list[tuple[float, int, bool]]) -> None:
    """The --steps views over all folds, sorted so that a bar reads off them."""
    print("\nattachments (runner-up / joined, mean joined, mean runner-up, right by gold):")
    for best, second, right in sorted(attached, key=lambda t: -t[1] / t[0]):
        print(f"  {second / best:.2f}  {best:.3f} {second:.3f}  {'right' if right else 'WRONG'}")
    print(f"split.py's bisections with both sides {split.MIN_SIDE}+ (ratio, smaller side, events; bar "
          f"{split.MAX_CROSS_RATIO}):")
    for r, side, two in sorted(ratios):
        if side >= split.MIN_SIDE:
            print(f"  {r:.3f}  {side:2d}  {'two events' if two else 'one event'}")


def _by(members: list[int], labels: Sequence) -> dict:
    out: dict = defaultdict(list)
    for i in members:
        out[labels[i]].append(i)
    return out


def main() -> None:
    parser = survey_parser(__doc__)
    parser.add_argument("--quiet", action="store_true", help="the counts only")
    parser.add_argument("--steps", action="store_true", help="every attachment and bisection too")
    args, params, pooled, topics = survey_setup(parser)
    topic_of = topics.topic_of  # cluster -> its topic pair
    causes: Counter = Counter()
    steps: tuple[list, list] | None = ([], []) if args.steps else None
    for rows in topic_folds(pooled, topics, args.folds):
        fold_survey(rows, topic_of, params, args.quiet, causes, steps)
    if steps is not None:
        print_steps(*steps)
    print(f"\nsetting {params}: groups by cause, and what they take off B3 P or R (mean over folds)")
    for key in sorted(k for k in causes if len(k) == 2):
        print(f"  {key[0]:9} {key[1]:10} {causes[key]:3d}  {causes[(*key, 'loss')] / args.folds:.4f}")


if __name__ == "__main__":
    main()
