"""Sentences a report tells aside, of another event than its own: a figure given only there is no evidence the
report continues a remembered story (told_figures.py, Matching.figure_aside).

A look-alike often tells the other story back as background, with that story's day: "Across town, Carranza
Central sacked Hernán Ledesma on Sunday", "A man was shot at a gas station near Sherman Drive late Monday
night", "It came a week after the explosion in X that killed ...". A follow-up gives the first day's values in
sentences about its own story ("Prado was arrested on Monday", "The seizure, of 7.8 tonnes, ..."). Two
structural marks, no word of any one corpus:

- another subject: the sentence names someone or somewhere (capitalised words past its first) and none of the
  names its report leads with (its headline and first sentence);
- another time: the sentence relates what it tells to another event ("a week after", "days before", "last
  month's", "the latest in", "a similar"), or tells it in the past perfect ("had been", "had sacked").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from briefing.figures.extract import find_mentions
from briefing.figures.passages import article_passages
from briefing.models import Article
from briefing.text import CLOCK_WORDS, word_set

# Matching.figure_aside: which marks set a sentence aside (0: none).
OFF, SUBJECT, TIME, BOTH = 0, 1, 2, 3

_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’-]*")
# Capitalised words that name no one: function words a sentence or a quote opens on, and titles.
_NOT_NAMES = word_set(
    """a an the this that these those it its he she they we i you his her their our my there here but and or
    so yet if when while as at in on of for by from to with after before since until during about over under
    mr mrs ms dr""") | CLOCK_WORDS
# Another event, related in time to the report's own: "a week after", "two days before", "months earlier",
# "last month's", "the latest in", "a similar", "the second such"; numbers as words or digits.
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)"
_OTHER_TIME = re.compile(
    rf"\b{_COUNT} (?:day|night|week|month|year)s? (?:after|before|earlier)\b"
    r"|\b(?:last|previous) (?:week|weekend|month|year)['’]s\b|\bthe latest (?:in|of)\b|\b(?:a|the) similar\b"
    r"|\bhad (?:been|[a-z]+ed|[a-z]+en)\b", re.IGNORECASE)


def names_in(text: str, *, first: bool = True) -> frozenset[str]:
    """The capitalised words of `text` that may be names ("Carranza", "Prado"), lower-cased; `first`: its
    first word too (a headline's, a sentence that opens on a name)."""
    found = set()
    for n, m in enumerate(_WORD.finditer(text)):
        word = m.group()
        if word[0].isupper() and (first or n) and word.lower() not in _NOT_NAMES:
            found.add(word.lower())
    return frozenset(found)


def aside(sentence: str, lead_names: frozenset[str], mode: int) -> bool:
    """Whether `sentence` tells of another event than its report's, whose headline and first sentence name
    `lead_names`: another subject (it names some and none of those), another time (a week after, past
    perfect), as `mode` asks."""
    if mode & TIME and _OTHER_TIME.search(sentence):
        return True
    if mode & SUBJECT:
        named = names_in(sentence, first=False)
        return bool(named) and not names_in(sentence) & lead_names
    return False


def lead_names(article: Article) -> frozenset[str]:
    """The names an article leads with: its headline's and its first sentence's."""
    first = next((p.text for p in article_passages(article.text) if p.kind != "heading"), "")
    return names_in(article.title) | names_in(first)


@functools.lru_cache(maxsize=256)
def told_values(articles: tuple[Article, ...], mode: int) -> frozenset[tuple[float, str, float | None]]:
    """The values (value, unit, upper) the articles' figures give in their own story's sentences, not only
    aside (cached: a day's events are read against every remembered one)."""
    leads = {a.id: lead_names(a) for a in articles}
    return frozenset(_value(m.value) for m in find_mentions(articles)
                     if m.passage.kind == "heading" or not aside(m.passage.text, leads[m.source], mode))


def _value(key: tuple[float, float | None, str]) -> tuple[float, str, float | None]:
    """A mention's value as memory stores a figure's (rounded as memory._figures rounds it)."""
    value, upper, unit = key
    return round(value, 6), unit, None if upper is None else round(upper, 6)


def own_values(values: Iterable[tuple[float, str, float | None]], articles: tuple[Article, ...],
               mode: int) -> list[tuple[float, str, float | None]]:
    """`values` that the articles give at least once in a sentence of their own story (all when `mode` is 0)."""
    if mode == OFF:
        return list(values)
    told = told_values(articles, mode)
    return [v for v in values if v in told]
