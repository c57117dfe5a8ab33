"""Boilerplate across documents: sentences many articles carry word for word say nothing about the event.

A site wraps each article in its own chrome ("Get email notifications on Crime daily!", "Our journalism
depends on readers like you.") and many sites pad stories with stock paragraphs. Inside one article no
cleaner can tell such a line from the story, but across the batch it is plain: the same sentence in
most of one site's articles, or in many articles at once. Those sentences are dropped before terms,
blocking and evidence are computed, so they can neither pull unrelated stories together nor multiply
the candidate pairs. The article itself is untouched: only what the deduplicator compares changes.

Sentences are compared as templates, names and numbers masked, so that a line with one slot ("Get email
notifications on {section} daily!") is one template whatever fills the slot. The names and numbers of a
sentence common to the batch are kept (if a slot carries who or where, it still counts); a site's
chrome goes whole.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

# A sentence runs to its . ! ? or to a line break (chrome lines often lack a full stop). A stop inside a
# number or an abbreviation cuts a sentence in two; both pieces are still compared whole.
_SENTENCE = re.compile(r"[^.!?\n\s][^.!?\n]*[.!?]*")
# Names (capitalised words) and numbers: the slots of a template. A slot holds no stop or line break,
# so a masked text falls into the same sentences as the text, one for one.
_SLOT = re.compile(r"[A-Z][\w'’-]*|\d+")

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
# A batch-wide common sentence is dropped only while this share of the article's words is left: a text
# made almost wholly of sentences shared with many others is one of many near copies of a wire story,
# and its sentences are the story. A site's own chrome is dropped in any case.
KEEP_SHARE = 0.25


def sentences(text: str) -> list[str]:
    """The text's sentences and lines, without empty ones."""
    return _SENTENCE.findall(text)


def template_keys(text: str) -> list[int]:
    """One key per sentence of `text`, in order: a hash of the sentence with its names and numbers
    masked, case ignored. Masking, lower-casing and splitting run once over the whole text (C-level
    calls, no Python code per sentence): this runs for every article of the batch."""
    return list(map(hash, _SENTENCE.findall(_SLOT.sub("#", text).lower())))


def common_templates(keys: Sequence[Sequence[int]], outlets: Sequence[str], *, min_docs: int = MIN_DOCS) -> tuple[
        frozenset[int], frozenset[tuple[str, int]]]:
    """Templates common to the batch, and (outlet, template) pairs that are one site's chrome."""
    df: Counter[int] = Counter()
    for mine in keys:
        df.update(set(mine))
    least = max(MIN_FLOOR, min(min_docs, math.ceil(MIN_SHARE * len(keys))))
    batch = frozenset(k for k, n in df.items() if n >= least)
    per_site: Counter[tuple[str, int]] = Counter()
    for mine, outlet in zip(keys, outlets, strict=True):
        # Only templates in OUTLET_MIN+ articles overall can be a site's chrome: counting the rest by
        # site would cost a second full count.
        per_site.update((outlet, k) for k in set(mine) if df[k] >= OUTLET_MIN)
    size = Counter(outlets)
    site = frozenset(pair for pair, n in per_site.items() if n >= OUTLET_MIN and n >= OUTLET_SHARE * size[pair[0]])
    return batch, site


def strip(text: str, keys: Sequence[int], outlet: str, batch: frozenset[int], site: frozenset[tuple[str, int]]) -> str:
    """The text with boilerplate sentences reduced to their names and numbers; `keys` are its template keys."""
    if not batch and not site:
        return text
    chrome = [(outlet, k) in site for k in keys]
    common = [k in batch for k in keys]
    if not any(chrome) and not any(common):
        return text
    parts = sentences(text)
    words = [len(p.split()) for p in parts]
    left = sum(w for w, c, b in zip(words, chrome, common, strict=True) if not c and not b)
    if left < KEEP_SHARE * sum(words):
        common = [False] * len(parts)  # near copies of one wire story: their shared sentences are the story
    # A site's chrome goes whole (its slots are the site's own name and sections); a template common to
    # the batch keeps what fills its slots after the first word ("A # man was shot in #" keeps the city).
    return "\n".join("" if c else " ".join(_SLOT.findall(p)[1:]) if b else p
                      for p, c, b in zip(parts, chrome, common, strict=True))
