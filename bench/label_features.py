"""Candidate structural features of a shown label beyond figures.support.features (round 51, hideT): measured by
bench_label_hiding.py --extra, not used by the run-time rule.

Each is computed from the mention a label was read from, the label and the story's other mentions only: where the
number sits (in its sentence, in its article), what its sentence holds besides it (an attribution, a comparison, a
clause opener before it, a list, a twin with the same measure), how much of the label the sentence says, and which
words of the number's own clause the label leaves out (the "too bare" label: "trips made" from "Shuttle buses made
about 1,300 trips"). English function words only (text.english), no word of any corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.figures import structure as st
from briefing.figures.align import Mention
from briefing.figures.article import owned_words
from briefing.figures.support import _bucket, _yes  # the features' own buckets, so a bench value reads as a run's
from briefing.models import Figure
from briefing.text import english as en
from briefing.text import word_set

_SAID = re.compile(r"\b(?:said|says|say|told|tells|according to|reported|reports|announced|estimated|stated)\b", re.I)
_THAN = re.compile(r"\b(?:than|compared (?:with|to)|up from|down from|from .{1,25}? to)\b", re.I)
_CLAUSE = re.compile(r"\b(?:which|who|whose|when|while|after|before|since|as|because|although|if|where)\b", re.I)
_NEG = re.compile(r"\b(?:not|no|never|n't|nor)\b", re.I)
_LIST = re.compile(r"\d[^.;]{0,40},[^.;]{0,40}\d[^.;]{0,30}\band\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_BOUND = re.compile(r"[,;:()“”\"—–]|\s-\s")  # what ends a clause, for the words of the number's own clause
# Function words name no subject or measure (English grammar; text.english and the commonest prepositions).
_STOP = en.ARTICLES | en.BE | en.MODALS | en.POSSESSIVES | en.DEMONSTRATIVES | en.RELATIVES | en.SUBORDINATORS \
    | en.SUBJECT_PRONOUNS | en.OBJECT_PRONOUNS | word_set("of in on at for to from by with and or but than as up down "
                                                          "about around nearly more less over under into per some all "
                                                          "has have had do did does not no also just")


def extra_features(figure: Figure, m: Mention, story: Sequence[Mention], labelled: int) -> dict[str, str]:
    """The candidate features of the label `figure` shows, read from `m` among the article's `labelled` figures."""
    text, q, r = m.passage.text, m.quantity, m.reading
    before, after, low = text[:q.start], text[q.end:], text.lower()
    lwords = [w.lower() for w in _WORD.findall(figure.label)]
    present = sum(w in low for w in lwords)
    toks = st.tokens(text)
    at = sum(t.end <= q.start for t in toks) / max(len(toks), 1)
    same = [o for o in story if o is not m and o.source == m.source and o.passage.index == m.passage.index]
    places = [o.passage.index for o in story if o.source == m.source]
    rel = m.passage.index / max(max(places, default=1), 1)
    subject = (r.subject or "").lower()
    return {
        "said": "after" if _SAID.search(after) else "before" if _SAID.search(before) else "none",
        "than": _yes(bool(_THAN.search(text))),
        "clause before": _yes(bool(_CLAUSE.search(before[-60:]))),
        "negation": _yes(bool(_NEG.search(text))),
        "label found": "all" if present == len(lwords) else "most" if present * 2 >= len(lwords) else "few",
        "contiguous": _yes(bool(r.measure) and r.measure.lower() in low),
        "position": "start" if at < 0.2 else "middle" if at < 0.7 else "end",
        "twin in sentence": _yes(any(o.reading.measure.lower() == r.measure.lower() for o in same)),
        "same sentence figs": _bucket(len(same), (0, 1, 3)),
        "article place": "first" if m.passage.index == min(places, default=0) else
                         "early" if rel < 0.34 else "mid" if rel < 0.67 else "late",
        "inferred": _yes(r.inferred),
        "pronoun": _yes(r.pronoun),
        "part": _yes(r.part),
        "subject in sentence": "none" if not subject else "yes" if subject in low else
                               "part" if any(w in low for w in subject.split()) else "no",
        "written": "digits" if re.search(r"\d", text[q.start:q.end]) else "words",
        "round": _yes(q.value >= 10 and q.value == int(q.value) and int(q.value) % 10 == 0),
        "small": _yes(q.value < 10),
        "list": _yes(bool(_LIST.search(text))),
        "labelled": _bucket(labelled, (5, 10, 20)),
        "measure words": _bucket(len(owned_words(r.measure)), (0, 1, 2, 3)),
        "chars": _bucket(len(figure.label), (12, 20, 30, 45)),
        "heading": _yes(bool(m.passage.heading)),
        "colon": _yes(":" in before),
        "dash": _yes(bool(re.search(r"[—–]| - ", text))),
        **_left_words(figure.label, text, q.start, q.end),
    }


def _left_words(label: str, text: str, start: int, end: int) -> dict[str, str]:
    """How many content words of the number's own clause, before it and after it, and how many capitalised words of
    its sentence the label leaves out."""
    words = [w.lower().strip("'’") for w in _WORD.findall(label)]
    before, after = text[:start], text[end:]
    cut = max((b.end() for b in _BOUND.finditer(before)), default=0)
    stop = next((b.start() for b in _BOUND.finditer(after)), len(after))
    left_before = [w for w in _content(before[cut:]) if not _in_label(w, words)]
    left_after = [w for w in _content(after[:stop]) if not _in_label(w, words)]
    names = [w for i, w in enumerate(_WORD.findall(text)) if i > 0 and w[0].isupper() and not _in_label(w, words)]
    return {"left before": _bucket(len(left_before), (0, 1, 3)), "left after": _bucket(len(left_after), (0, 1, 3)),
            "names left": _bucket(len(names), (0, 1, 3))}


def _content(segment: str) -> list[str]:
    return [w for w in _WORD.findall(segment) if w.lower() not in _STOP and len(w) > 2]


def _in_label(word: str, label_words: list[str]) -> bool:
    """The word, its plural or singular, or a word sharing its first five letters, is in the label."""
    w = word.lower().strip("'’")
    return any(w == x or (len(w) > 4 and len(x) > 4 and w[:5] == x[:5]) or x == f"{w}s" or w == f"{x}s"
               for x in label_words)
