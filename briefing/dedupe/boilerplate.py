"""Boilerplate across documents: sentences many articles carry word for word say nothing about the event.

A site wraps each article in its own chrome ("Get email notifications on Crime daily!", "Our journalism
depends on readers like you.") and many sites pad stories with stock paragraphs. Inside one article no
cleaner can tell such a line from the story, but across the batch it is plain: the same sentence in
most of one site's articles, or in many articles at once. Those sentences are dropped before terms,
blocking and evidence are computed, so they can neither pull unrelated stories together nor multiply
the candidate pairs. The article itself is untouched: only what the deduplicator compares changes.

Sentences are compared case-blind with their digits masked ("Updated 5:32 PM", "Copyright 2026" are one
line whatever the time or year). Names are not masked: a line whose slot a site fills per article
("Get email notifications on {topic} daily!") is caught only for the values many of its pages share.
Masking names as well cost about a third of the deduplicator's time on a synthetic 20k day (one regex
substitution per capitalised word), for lines that the site's own pages mostly repeat anyway. A batch
template goes whole, like a site's chrome.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import chain, compress
from operator import not_

# A sentence runs to its . ! ? or to a line break (chrome lines often lack a full stop). A stop inside a
# number or an abbreviation cuts a sentence in two; both pieces are still compared whole. Its own cut, not
# text/sentences.py's: it must cut a text and its digit-masked copy one for one (any stop, not a stop and a
# space), and round splitR (docs/dedupe.md) found that sparing abbreviations here breaks the dedupe floors.
_SENTENCE = re.compile(r"[^.!?\n\s][^.!?\n]*[.!?]*")
# Digits become '#' (one C-level translate), which keeps every stop and line break where it was: a
# masked text falls into the same sentences as the text, one for one. The table maps every ASCII
# character, itself if not a digit: translate looks each new character up, and a table of the digits
# alone raised (and caught) a KeyError for every other one, half the cost of a text's keys.
_DIGITS = "".join("#" if c in "0123456789" else c for c in map(chr, range(128)))

# A template in this many articles of the batch is boilerplate, whichever sites they come from. Reports
# of one event rarely share a sentence word for word across more outlets than this without being copies
# (and copies are found from the raw text, not from this). In a small batch a quarter of it is enough
# (a stock paragraph in 4 of 13 pages), but never fewer than 3 articles.
MIN_DOCS = 8
MIN_SHARE = 0.25
MIN_FLOOR = 3
# A template in at least this many of one site's articles, and in at least OUTLET_SHARE of them, is that
# site's chrome. Three, because two reports of one story by one site may well repeat a sentence.
OUTLET_MIN = 3
OUTLET_SHARE = 0.5
# Boilerplate is dropped only while this share of the article's characters is left: a text made almost
# wholly of sentences shared with many others is one of many near copies of a wire story, and its
# sentences are the story.
KEEP_SHARE = 0.25


def sentences(text: str) -> list[str]:
    """The text's sentences and lines, without empty ones."""
    return _SENTENCE.findall(text)


def template_keys(text: str) -> list[int]:
    """One key per sentence of `text`, in order: a hash of the sentence with its digits masked, case
    ignored. Masking, lower-casing and splitting run once over the whole text (C-level calls, no Python
    code per sentence): this runs for every article of the batch."""
    return list(map(hash, _SENTENCE.findall(text.translate(_DIGITS).lower())))


def template_counts(keys: Sequence[Sequence[int]]) -> Counter[int]:
    """In how many of these articles each template occurs (per slice in the workers, then summed)."""
    return Counter(chain.from_iterable(map(set, keys)))


def repeated_templates(df: Counter[int], batch_size: int, *, min_docs: int = MIN_DOCS) -> tuple[set[int], frozenset[int]]:
    """From the batch's template counts: the templates in OUTLET_MIN+ articles (only those can be a site's
    chrome: counting the rest by site would cost a second full count), and those common to the batch."""
    least = max(MIN_FLOOR, min(min_docs, math.ceil(MIN_SHARE * batch_size)))
    # Most templates are in one article: they are passed over in C (compress), not by a Python
    # comprehension over every distinct sentence of the batch.
    repeated = set(compress(df.keys(), map(OUTLET_MIN.__le__, df.values())))
    batch = frozenset(k for k in repeated if df[k] >= least) if least >= OUTLET_MIN else frozenset(
        k for k, n in df.items() if n >= least)
    return repeated, batch


def site_counts(keys: Sequence[Sequence[int]], outlets: Sequence[str], repeated: set[int]) -> dict[str, Counter[int]]:
    """For each outlet, in how many of these articles each repeated template occurs. Each article's are
    gathered per site and counted once at the end (a Counter.update per article costs a Python call)."""
    found_in: dict[str, list[int]] = {}
    for mine, outlet in zip(keys, outlets, strict=True):
        found = repeated.intersection(mine)
        if found:
            found_in.setdefault(outlet, []).extend(found)
    return {outlet: Counter(found) for outlet, found in found_in.items()}


def site_drops(per_site: dict[str, Counter[int]], size: Counter[str], batch: frozenset[int]) -> dict[str, frozenset[int]]:
    """What to drop from each outlet's articles, given site_counts over the whole batch, the number of
    articles of each outlet and the batch's common templates."""
    drop = {}
    for outlet in size:
        counts = per_site.get(outlet, Counter())
        chrome = {k for k, n in counts.items() if n >= OUTLET_MIN and n >= OUTLET_SHARE * size[outlet]}
        if batch or chrome:
            drop[outlet] = frozenset(chrome) | batch if chrome else batch
    return drop


def strip(text: str, keys: Sequence[int], drop: frozenset[int]) -> str:
    """The text without its boilerplate sentences; `keys` are its template keys, `drop` its outlet's."""
    if drop.isdisjoint(keys):
        return text
    parts = sentences(text)
    kept = list(compress(parts, map(not_, map(drop.__contains__, keys))))
    if sum(map(len, kept)) < KEEP_SHARE * sum(map(len, parts)):
        # Near copies of one wire story: their shared sentences are the story. (A site's chrome would
        # go in any case, but a page that is almost all chrome has little story to compare anyway.)
        return text
    return "\n".join(kept)
