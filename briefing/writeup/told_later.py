"""A follow-up dated by its own later news, and two events that share the story's rare names but few words
(memory round 12, docs/dedupe.md; both rules off by default: Matching.later_names, Matching.name_match).

A follow-up that leads with its own news ("a signaller was arrested on Friday", "the central bank raised its rate
on Thursday") is dated days after the story's first day, and its texts tell that day back ("Tuesday's crash", "the
cedi's plunge on Tuesday") or the night before it (an escape late on Monday, reported on Tuesday). The lead's day
clashes with the remembered event's, which is what follow-ups are, not a sign of two events. A look-alike of the
same kind, on another day, clashes the same way; what parts it is that it does not tell the remembered day back,
or does so only to relate another story ("a day after a man was shot nearby"), and then it names none of the
story's rare names (the signal operator's bureau, the zoo's keeper, the central bank's committee).

A follow-up that does not clash (one side gives no day, or the days are a night apart) and names the story's rare
names (the bank, the brand, the firm) may still share few of the first day's words: its news is the charge, the
widened recall. `name_match` lowers the word bar for such a pair as the day's bar does for a shared day.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from briefing.text.event_evidence import EventEvidence, compare_events
from briefing.writeup.continuing import Matching


def later_told(a: EventEvidence, b: EventEvidence, told: frozenset[int], rare: frozenset[str],
               score: Callable[[], float], matching: Matching) -> bool:
    """Whether `a` (today's event; its one-word names among its people) leads with days after every day of `b`,
    within `apart_days`, tells a day of `b` or up to `later_back` days before it back (`told`: the past days its
    texts give), shares `later_names` rare names with it, clashes on nothing but the day and overlaps it by
    `later_score` (`score`: asked last, as it is the costliest)."""
    if not matching.later_names or not a.days or not b.days:
        return False
    first, last = min(b.days), max(b.days)
    if min(a.days) <= last or max(a.days) - last > matching.apart_days:
        return False  # not dated after the story, or too long after it
    if not any(first - matching.later_back <= d <= last for d in told):
        return False
    if len(a.people & b.people & rare) < matching.later_names:
        return False
    verdict = compare_events(a, b)  # a night later is no clash: the look-alike of the next night, left to the words
    return verdict.day and not (verdict.place or verdict.ages) and score() >= matching.later_score


def named_bar(a: EventEvidence, b: EventEvidence, rare: frozenset[str], score: float, matching: Matching,
              lead: frozenset[str] = frozenset()) -> bool:
    """Whether two events, one of them undated, that clash on nothing share `name_min` rare names and overlap by
    `name_match` (`name_words`: names of two or more words only; `name_lead`: one of them among `lead`, the names
    today's headlines and leads give)."""
    if not matching.name_match or score < matching.name_match or a.days and b.days:
        return False  # dated pairs: the day's bar (the same day) and apart_match (a night apart) decide
    if matching.name_dated and not (a.days or b.days):
        return False  # neither dated: nothing of when, as on pages that give no day (ECB+ read undated)
    names = a.people & b.people & rare
    if matching.name_words:  # a one-word name is a kind's or a page's (a first name, a demonym, a brand in a list)
        names = frozenset(n for n in names if " " in n)
    if len(names) < matching.name_min or matching.name_lead and not names & lead:
        return False  # name_lead: a name told only further on is one in passing (the rival, the outlet credited)
    return not compare_events(a, b).clash


def later_passage(a: EventEvidence, b: EventEvidence, passages: tuple[tuple[int, frozenset[str]], ...], names: int,
                  cover: Callable[[frozenset[str]], float], matching: Matching,
                  floor: tuple[float, int] | None = None) -> bool:
    """Whether `a` (today's event, as its leads date it) leads with days after every day of `b`, within
    `apart_days`, clashes on nothing but the day, shares `passage_names` rare names with it (`names`: how many it
    shares, one-word names among them, as continues counts them), and the sentences
    of its texts that tell a day of `b` (or up to `later_back` days before it) back give `later_passage` of
    `b`'s words (`cover`): the told-back passage read as the follow-up's lead for the story it continues.
    `floor`: another (cover, names) floor than later_passage's and passage_names (Matching.passage_aside)."""
    least, need = floor or (matching.later_passage, matching.passage_names)
    if not least or not a.days or not b.days or not passages:
        return False
    first, last = min(b.days), max(b.days)
    if min(a.days) <= last or max(a.days) - last > matching.apart_days:
        return False
    words = frozenset().union(*(w for d, w in passages if first - matching.later_back <= d <= last))
    if not words or names < need:
        return False
    verdict = compare_events(a, b)
    return verdict.day and not (verdict.place or verdict.ages) and cover(words) >= least


def coverage(words: frozenset[str], story: frozenset[str], idf: Mapping[str, float]) -> float:
    """The share of `story`'s words (each weighted by its IDF squared, as memory's overlap weighs them) that
    `words` give: how much of the remembered event a told-back passage tells."""
    total = sum(idf.get(w, 0.0) ** 2 for w in story)
    return sum(idf.get(w, 0.0) ** 2 for w in story & words) / total if total else 0.0
