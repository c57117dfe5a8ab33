"""How much a reader needs each figure, read from its mentions and the story's headlines: key or not, and its weight."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefing.figures.align import Mention
from briefing.models import Article

# Among figures alike in key and weight, a conflict between sources first, a figure one source alone gives last.
STATUS_RANK = {"conflict": 0, "self-contradiction": 1, "agreed": 1, "single": 2}
_TITLE_WORD = re.compile(r"\b[A-Z][\w-]*[a-z0-9][\w-]*\b")
_NOT_NAMES = frozenset({"the", "a", "an", "and", "or", "of", "in", "on", "for", "with", "to", "at", "by", "from",
                        "as", "after", "over", "new", "how", "why", "what", "who"})


def is_key(cluster: list[Mention]) -> bool:
    """Several sources state it, a source leads with it, or it is a casualty, money or a toll."""
    if all(m.background for m in cluster):
        return False  # a toll of another event, told as background
    return (len({m.source for m in cluster}) > 1 or any(m.lead for m in cluster)
            or any(m.reading.casualty or m.quantity.dim == "money" for m in cluster))


def main_names(articles: Sequence[Article]) -> frozenset[str]:
    """The story's main subjects: proper names most of its headlines carry ("Anthropic", "SpaceX").

    A headline word counts when it is capitalised in the body text too, past a sentence's first word,
    so title case ("Massive Compute Deal") does not make every headline word a name.
    """
    need = max(1, (len(articles) + 1) // 2)
    in_titles = Counter(w for a in articles for w in set(_TITLE_WORD.findall(a.title)))
    return frozenset(w for w, n in in_titles.items() if n >= need and w.lower() not in _NOT_NAMES and sum(
        bool(re.search(rf"[a-z,;]\s+{re.escape(w)}\b", a.text)) for a in articles) >= need)


def reader_weight(cluster: list[Mention], names: frozenset[str]) -> tuple[float, ...]:
    """How much a reader needs it: sources stating it first, then a casualty, then money told of the
    story's main subjects (its lead, or a sentence naming them), larger sums first; then a lead, the rest.

    "Anthropic could pay SpaceX nearly $1.25 billion every month" outranks "Claude Pro subscribers, who pay
    $20 per month": a price told in passing is a detail, the deal's payment is the story."""
    casualty = any(m.reading.kind.startswith("casualty") for m in cluster)
    money = [m for m in cluster if m.quantity.dim == "money" and not m.background]
    central = [m for m in money if m.lead or len(set(_TITLE_WORD.findall(m.passage.text)) & names) >= min(2, len(names))]
    size = max((_yearly(m) for m in central), default=0.0)
    return (len({m.source for m in cluster}), casualty, bool(central), size,
            any(m.lead for m in cluster), bool(money))


def _yearly(m: Mention) -> float:
    """An amount on one scale: a monthly payment counts twelve times."""
    per = m.quantity.unit.partition("/")[2]
    return abs(m.quantity.value) * {"month": 12, "week": 52, "day": 365}.get(per, 1)
