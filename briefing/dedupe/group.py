"""Dedupe: group articles into stories, one per real-world event.

1. Sentences many articles carry word for word (site chrome, stock paragraphs) are set aside
   (boilerplate.py). Every article becomes a weighted term vector (similarity.py) and is indexed under
   its rare heavy terms (blocking.py); only articles sharing such a term are compared. Each article's
   where, when and who is read too (text/evidence.py): a compared pair whose evidence clashes (another
   city, another day, other ages) is kept apart however alike its words, and agreement counts for it.
2. Syndicated copies (the same text again under another URL or outlet, maybe lightly edited) are
   folded into their original, which lists where else it ran; a copy is not an independent source.
3. The remaining articles are grouped by average link (linkage.py); an article left on its own then joins the story
   it is most like, if alike enough (so do stories of two); a story of two on one weak comparison is undone.
4. A story that reads as two events of one kind (two fights of one boxer) is split in two (split.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import gc
import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import chain

from briefing.dedupe import boilerplate
from briefing.dedupe.blocking import index_keys, merge_postings, pair_work, pairs_ending_in, postings, rare_terms
from briefing.dedupe.compare import compare_pairs, weigh_pair
from briefing.dedupe.headlines import load_place_names
from briefing.dedupe.linkage import components, find_root, link_stories, union
from briefing.dedupe.parallel import reap, slice_map, stages
from briefing.dedupe.reweigh import Reweigh, headlines_of, site_names
from briefing.dedupe.settings import DEFAULT, Settings, settings_from
from briefing.dedupe.similarity import Features, Vector, document_frequencies, extract_with_names, vectorise
from briefing.dedupe.split import split_stories
from briefing.dedupe.told_apart import features_told
from briefing.models import Article, Placement, Story
from briefing.text.evidence import Evidence, evidence_of
from briefing.text.places import gazetteer

log = logging.getLogger(__name__)


def group_stories(articles: Sequence[Article], **settings: object) -> list[Story]:
    """Group articles into stories; each article lands in exactly one story, copies folded in.

    Keywords override the Settings defaults (benchmarks sweep them); a build passes none."""
    return _assemble(articles, *plan(articles, settings_from(settings)))


def event_labels(articles: Sequence[Article], **settings: object) -> list[str]:
    """The id of the story each article lands in (a copy gets its original's), in input order."""
    labels, primary = plan(articles, settings_from(settings))
    # The ids alone: a story's id is a hash of its members' ids, which folding copies in leaves as they
    # are, so the stories themselves (a dataclasses.replace per original with copies, ~0.3 s at 100k
    # articles) are not built.
    members: dict[int, list[str]] = defaultdict(list)
    for i, label in enumerate(labels):
        if primary[i] == i:
            members[label].append(articles[i].id)
    story_of_label = {label: _story_id_of(ids) for label, ids in members.items()}
    return [story_of_label[label] for label in labels]


def _assemble(articles: Sequence[Article], labels: list[int], primary: list[int]) -> list[Story]:
    """Stories, biggest first, then by first appearance."""
    members: dict[int, list[int]] = defaultdict(list)
    copies: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        if primary[i] == i:
            members[label].append(i)
        else:
            copies[primary[i]].append(i)
    stories = []
    for label in sorted(members, key=lambda lab: (-len(members[lab]), members[lab][0])):
        folded = tuple(_fold(articles[i], [articles[c] for c in copies[i]]) for i in members[label])
        stories.append(Story(id=story_id(folded), articles=folded))
    return stories


def plan(articles: Sequence[Article], settings: Settings = DEFAULT) -> tuple[list[int], list[int]]:
    """For each article: its cluster label and the index of the original it copies (itself if none)."""
    # A batch allocates millions of small containers (term dicts, word triples, edges) and no reference
    # cycles; the cyclic garbage collector would rescan them again and again as they pile up, which cost
    # about 12% of the run at 100k articles (4.0 s of 34 s, measured with gc.callbacks). Reference
    # counting still frees everything.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _plan(articles, settings)
    finally:
        reap()
        if collecting:
            gc.enable()


def _plan(articles: Sequence[Article], s: Settings) -> tuple[list[int], list[int]]:
    n = len(articles)
    if n == 0:
        return [], []
    gazetteer()  # loaded once here, before any fork, rather than once in every worker
    if s.headline_floor < 1.0:
        load_place_names()  # likewise
    # One pass of four steps on every core for large batches (parallel.stages); each step gives the same
    # result whichever process computes which slice, and what a slice keeps between steps (its sentence
    # keys, then its term counts) stays in the process that made it:
    # 1. each sentence's template; the batch's template counts are summed here;
    # 2. each site's counts of the templates repeated in the batch; what to drop is decided here;
    # 3. terms, a hash of each text and the evidence of each article, boilerplate set aside; the
    #    batch's document frequencies are summed here;
    # 4. vectors against those frequencies, each article's index keys and the slice's postings (blocking).
    # Only counts, vectors, keys and postings, and the small evidence records travel. While the other
    # slices' vectors travel, this process compares the pairs that end in its own slice (`ahead`).
    outlets = [a.outlet for a in articles]
    found: list[SliceRead] = []
    common: list[frozenset[int]] = []
    frequencies_of_batch: list[Counter[str]] = []

    def templates(_: None, bound: tuple[int, int]) -> tuple[tuple[int, int, list[list[int]]], Counter[int]]:
        keys = [boilerplate.template_keys(a.text) for a in articles[bound[0]:bound[1]]]
        return (*bound, keys), boilerplate.template_counts(keys)

    def repeated(parts: list[Counter[int]]) -> set[int]:
        counts = parts[0]
        for more in parts[1:]:
            counts.update(more)
        in_many, batch = boilerplate.repeated_templates(counts, n, min_docs=s.boilerplate_docs)
        common.append(batch)
        return in_many

    def per_site(state: tuple[int, int, list[list[int]]], in_many: set[int]) -> tuple[tuple[int, int, list[list[int]]],
                                                                                         dict[str, Counter[int]]]:
        return state, boilerplate.site_counts(state[2], outlets[state[0]:state[1]], in_many)

    def drops(parts: list[dict[str, Counter[int]]]) -> dict[str, frozenset[int]]:
        sites = parts[0]
        for part in parts[1:]:
            for outlet, counts in part.items():
                if outlet in sites:
                    sites[outlet].update(counts)
                else:
                    sites[outlet] = counts
        return boilerplate.site_drops(sites, Counter(outlets), common[0])

    def read(state: tuple[int, int, list[list[int]]], drop: dict[str, frozenset[int]]) -> tuple[
            tuple[int, list[Features]], SliceRead]:
        features, partial = _read(articles[state[0]:state[1]], state[2], drop, s)
        return (state[0], features), partial

    def frequencies(parts: list[SliceRead]) -> Counter[str]:
        found.extend(parts)
        frequencies_of_batch.append(_merge_df([part.df for part in parts]))
        return frequencies_of_batch[0]

    def vectors_of(state: tuple[int, list[Features]], df: Counter[str]) -> tuple[
            None, tuple[list[Vector], list[list[str]], dict[str, list[int]]]]:
        vectors = vectorise(state[1], df, batch_size=n, lone=s.lone_term, number_boost=s.number_boost)
        rare = rare_terms(df)
        keys = [index_keys(v, rare) for v in vectors]
        return None, (vectors, keys, postings(keys, state[0]))

    @functools.cache
    def batch() -> _Batch:
        # Built once, by the first to need it: `ahead` if the wait allows, else the end of the pass.
        return _batch_of(articles, found, s)

    def ahead(first: tuple[list[Vector], list[list[str]], dict[str, list[int]]]) -> bool:
        # While the other slices' vectors are still on their way, the pairs that end in this process's
        # slice are compared a few articles at a time: they need only its own vectors, keys and postings.
        return batch().ahead(articles, first, s)

    parts = stages([templates, per_site, read, vectors_of], [repeated, drops, frequencies], n, meanwhile=ahead)
    b = batch()
    vectors = [v for part, _, _ in parts for v in part]
    keys = [k for _, part, _ in parts for k in part]
    index = merge_postings([part for _, _, part in parts])
    # The pairs not compared ahead: each slice of articles finds the candidate pairs that end in it and
    # compares them (the slices are cut to equal work: a later article has more articles before it).
    start = b.done
    for part in slice_map(lambda lo, hi: b.compared(articles, vectors, pairs_ending_in(index, keys, start + lo, start + hi), s),
                          n - start, weight=lambda j: pair_work(index, keys, start + j)):
        b.edges += part[0]
        b.near += part[1]
    exact, evidence, edges, near = b.exact, b.evidence, b.edges, b.near
    primary = _primaries(articles, exact, near)
    kept = [(i, j, sim) for i, j, sim in edges if primary[i] == i and primary[j] == j]
    active = [primary[i] == i for i in range(n)]
    labels = _stories(n, kept, active, vectors, evidence, s, b.reweigh.sites)
    if log.isEnabledFor(logging.DEBUG):
        log.debug("dedupe: %d articles, %d compared pairs, %d clusters", n, len(edges), len(set(labels)))
    return [labels[primary[i]] for i in range(n)], primary


def _stories(n: int, edges: list[tuple[int, int, float]], active: list[bool], vectors: Sequence[Vector],
             evidence: Sequence[Evidence], s: Settings, sites: Sequence[str | None] | None = None) -> list[int]:
    """Each article's story: average link, small stories attached, two-event stories split. No step looks
    past the edges of a connected group of articles, so the groups are dealt out to every core for large
    batches (cut to equal numbers of edges) and each article gets the label one pass over all would give."""
    group = components(n, edges)
    size = Counter(group[i] for i, _, _ in edges)
    roots = sorted(size)

    def link(lo: int, hi: int) -> list[tuple[int, int]]:
        mine = set(roots[lo:hi])
        own = [e for e in edges if group[e[0]] in mine] if hi - lo < len(roots) else edges
        labels = link_stories(n, own, active, group, s, sites)
        labels = split_stories(labels, vectors, active, own,
                               weigh=lambda i, j, sim: weigh_pair(sim, evidence[i], evidence[j], s))
        return [(i, label) for i, label in enumerate(labels) if label != i]

    labels = list(range(n))
    for part in slice_map(link, len(roots), cost=n / max(1, len(roots)), weight=lambda k: size[roots[k]]):
        for i, label in part:
            labels[i] = label
    return labels


@dataclasses.dataclass(frozen=True, kw_only=True)
class SliceRead:
    """What reading a slice of the batch sends back to the main process (small beside the texts)."""

    df: Counter[str]  # the slice's document frequencies
    hashes: list[bytes | None]  # a hash of each normalised text, None if it has none
    evidence: list[Evidence]  # each article's where, when and who
    heads: list[frozenset[str]]  # each article's headline terms (reweigh.headlines_of)
    sites: list[str]  # each article's site (reweigh.site_names)


def _read(articles: Sequence[Article], keys: Sequence[Sequence[int]], drop: dict[str, frozenset[int]],
          s: Settings) -> tuple[list[Features], SliceRead]:
    """Each article's terms (boilerplate set aside; `keys` are its sentence keys), and what the main process
    needs of the slice. Each article's people are left out of its evidence unless a name in common counts
    (s.agree_people; by default it does not: no need to read or send them)."""
    features, evidence = [], []
    people = bool(s.agree_people)
    # Most articles' evidence equals another's (no city, one of a few days, no ages: 796 distinct records
    # in the synthetic 30k day): one record each is kept, so that what a worker sends back pickles each
    # once (1 MB and 0.12 s of pickling per 30k articles -> 0.1 MB and 3 ms). Equal records weigh
    # every pair alike.
    known: dict[tuple[object, ...], Evidence] = {}
    # A syndicated copy set apart from its site's chrome is often another's text word for word (a tenth of the
    # synthetic day): terms and evidence depend on nothing else, so such a text is read once per slice.
    read: dict[tuple[str, str, dt.date | None], tuple[Features, Evidence]] = {}
    for a, mine in zip(articles, keys, strict=True):
        text = boilerplate.strip(a.text, mine, drop.get(a.outlet, frozenset()))
        seen = read.get((a.title, text, a.published))
        if seen is None:
            found, names = (extract_with_names(a.title, text) if s.told_words == 1.0
                            else features_told(a.title, text, s.told_words, s.told_wide))
            seen = read[a.title, text, a.published] = (
                found, evidence_of(a.title, text, a.published, runs=names if people else (), known=known))
        features.append(seen[0])
        evidence.append(seen[1])
    hashes = [hashlib.sha1(" ".join(a.text.lower().split()).encode()).digest() if a.text.strip() else None
              for a in articles]
    return features, SliceRead(df=document_frequencies(features), hashes=hashes, evidence=evidence,
                               heads=headlines_of(articles, s), sites=site_names(articles, s))


# Pairs ending in this many articles are compared ahead at a time (about 15 ms), so that a child's vectors
# are read soon after it begins to send them.
AHEAD = 256


@dataclasses.dataclass(kw_only=True)
class _Batch:
    """What comparing needs of the whole batch beside vectors and postings, and the pairs compared so far."""

    exact: list[int]  # each article's first identical text (_exact_copies)
    evidence: list[Evidence]
    reweigh: Reweigh
    done: int = 0  # the pairs ending before this article are compared
    edges: list[tuple[int, int, float]] = dataclasses.field(default_factory=list)
    near: list[tuple[int, int]] = dataclasses.field(default_factory=list)

    def compared(self, articles: Sequence[Article], vectors: Sequence[Vector], pairs: Sequence[tuple[int, int]],
                 s: Settings) -> tuple[list[tuple[int, int, float]], list[tuple[int, int]]]:
        """compare_pairs on these pairs with the batch's evidence, copies and reweighing."""
        return compare_pairs(articles, vectors, self.evidence, pairs, self.exact, s, self.reweigh)

    def ahead(self, articles: Sequence[Article], first: tuple[list[Vector], list[list[str]], dict[str, list[int]]],
              s: Settings) -> bool:
        """Compare the pairs that end in the next AHEAD articles of the first slice (`first`: its vectors,
        index keys and postings, all those pairs need); False once every pair ending in it is compared."""
        vectors, keys, index = first
        stop = min(len(vectors), self.done + AHEAD)
        edges, near = self.compared(articles, vectors, pairs_ending_in(index, keys, self.done, stop), s)
        self.edges += edges
        self.near += near
        self.done = stop
        return stop < len(vectors)


def _batch_of(articles: Sequence[Article], found: Sequence[SliceRead], s: Settings) -> _Batch:
    """The batch's exact copies, evidence and reweighing (a site's own pieces and headlines about other
    matters lower a pair's similarity, unless the texts tell one event: reweigh.py), from every slice's reading."""
    evidence = [e for part in found for e in part.evidence]
    return _Batch(exact=_exact_copies([key for part in found for key in part.hashes]), evidence=evidence,
                  reweigh=Reweigh([x for part in found for x in part.sites], [h for part in found for h in part.heads], s,
                                  articles, evidence))


def _merge_df(parts: Sequence[Counter[str]]) -> Counter[str]:
    """The batch's document frequencies from its slices'."""
    if len(parts) == 1:
        return parts[0]
    df: Counter[str] = Counter()
    for part in parts:
        df.update(part)
    return df


def _exact_copies(keys: Sequence[bytes | None]) -> list[int]:
    """For each article the first article with the same text (itself if none, or if it has no text)."""
    first: dict[bytes, int] = {}
    return [i if key is None else first.setdefault(key, i) for i, key in enumerate(keys)]


def _primaries(articles: Sequence[Article], exact: list[int], near: Sequence[tuple[int, int]]) -> list[int]:
    """For each article the index of the original it copies, or itself: the earliest of its copy group."""
    parent = list(exact)  # every entry is an earlier index that is its own root
    for i, j in near:
        union(parent, i, j)
    # Only copies, their originals and near copies can share a group: the rest (most of a batch) are
    # not looked at.
    copies = [i for i, first in enumerate(exact) if first != i]
    groups: dict[int, list[int]] = defaultdict(list)
    for i in set(copies).union(map(exact.__getitem__, copies), chain.from_iterable(near)):
        groups[find_root(parent, i)].append(i)
    primary = list(range(len(articles)))
    for group in groups.values():
        if len(group) > 1:
            # The original is the earliest published copy; undated ones after dated, then input order.
            first = min(group, key=lambda k: _first_published(articles[k], k))
            for k in group:
                primary[k] = first
    return primary


def _first_published(article: Article, index: int) -> tuple[bool, dt.date, float, int]:
    """Order of publication: by date, then, on one day, by the stated time (a copy that ran at 17:40 after
    the original's 13:05 would otherwise win on input order); a time nobody stated sorts after those stated."""
    moment = article.published_at.timestamp() if article.published_at else float("inf")
    return article.published is None, article.published or dt.date.min, moment, index


def _fold(original: Article, copies: Sequence[Article]) -> Article:
    """The original with every copy listed where else it ran (copies' own listings included)."""
    if not copies:
        return original
    placements = list(original.also_ran_in)
    for copy in copies:
        placements.append(Placement(outlet=copy.outlet, url=copy.url, path=copy.path))
        placements.extend(copy.also_ran_in)
    unique = tuple(dict.fromkeys(placements))
    return dataclasses.replace(original, also_ran_in=unique)


def story_id(articles: Sequence[Article]) -> str:
    """A stable id for a story: a hash of its member article ids."""
    return _story_id_of([a.id for a in articles])


def _story_id_of(ids: Sequence[str]) -> str:
    digest = hashlib.sha1("\n".join(sorted(ids)).encode()).hexdigest()
    return f"ev-{digest[:10]}"
