"""Article text -> the sentences, list items and table rows that carry its content.

Drops boilerplate that is not the article (sign-up blurbs, comment counters, datelines, credit lines,
teasers after "Keep reading"), and remembers the heading each passage sits under.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.collect.textclean import is_boilerplate as is_page_boilerplate

_CUT = re.compile(r"keep reading|related (?:posts|articles|stories)|read more:|you may also like|"
                  r"more from|recommended for you", re.I)
# Beyond the page boilerplate textclean knows: lines that start like a call to action, captions,
# credits, tag lists and links. Figures are taken from text no cleaner saw too (JSON lines, benchmarks).
_BOILERPLATE = re.compile(
    r"^\W*(?:join\b|ready to\b|follow us|comments?\b|wordpress\b|source:|original:|posted (?:in|by)|tags?:|"
    r"filed under|click here|download (?:our|the) app|newsletter|image:|photo:|credit:|buy photo\b)"
    r"|https?://",
    re.I,
)
_COUNTER = re.compile(r"^\W*[\w /]+:\s*\d+\W*$")
_DATELINE_WORDS = re.compile(
    r"\b(?:updated|published|last|on|at|am|pm|a\.m\.|p\.m\.|edt|est|gmt|utc|bst|cet|jan\w*|feb\w*|mar\w*|"
    r"apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|"
    r"sat\w*|sun\w*)\b|\d+|[^\w\s]", re.I)
_LIST_MARK = re.compile(r"^\s*(?:[-*•·▪–]|\d{1,2}[.)])\s+")
# A passage's sentence ends at . ! or ? (and a closing quote or bracket) before a capital, a digit or a currency
# sign, unless an abbreviation or a tokenised decimal ends there: its own cut, not text/sentences.py's, because a
# figure's sentence must be whole ("Lt. Smith said 3 were hurt") and every figure label was measured on it.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9$€£])")
_ABBREVIATIONS = re.compile(
    r"(?:\b|^)(?:(?<![\w.])[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Lt|Gen|Col|Capt|Sgt|Const|Gov|Sen|Rep|Inc|Ltd|Co|Corp|No|vs|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.N|a\.m|p\.m|e\.g|i\.e)\.$"
)


_SPACED_DECIMAL = re.compile(r"\d\.\s\d+\s?(?:%|per\s?cent)")  # "shot 46. 8 percent": a decimal in tokenised text


@dataclass(frozen=True, kw_only=True)
class Passage:
    """One sentence, list item, heading or table row of an article."""

    text: str
    kind: str  # "prose" | "item" | "heading" | "table"
    heading: str = ""  # the nearest heading above it
    index: int = 0  # order within the article


# "NEW YORK (Reuters) - ", "TACOMA, Wash. — ", "DAYTON, Ohio (AP) — ": the city in capitals, its state as written
# "SATARA: ", "BHADRAPALI (Odisha): " end on a colon (a capitalised run of three letters or more opening the line: a
# place, never a number's subject). "SANTIAGO, March 19 - ", "GLIWICE, Poland, Feb 8 (CEW) - ": the day the story
# was filed is no event's.
_DATELINE_OPENER = re.compile(r"^(?:[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
                              r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?,?\s*"
                              r"(?:\([^()]{1,30}\))?\s*[-—–]\s+"
                              r"|[A-Z]{3,}(?:\s+[A-Z]{3,})*(?:\s*\([A-Z][\w .]{1,28}\))?:\s+(?=[A-Z\d“\"])"
                              r"|[A-Z]\w*\.[A-Za-z]{2,4}\s+[-—–]\s+)")  # or a web outlet: "PanARMENIAN.Net - "


def without_dateline(sentence: str) -> str:
    """'NEW YORK (Reuters) - Oil prices fell': the dateline blanked out (same length, so places stay put)."""
    found = _DATELINE_OPENER.match(sentence)
    return " " * found.end() + sentence[found.end():] if found else sentence


def is_dateline(line: str) -> bool:
    """'07. May 2026', 'Updated 09/14/2013 01:03 PM': a date and nothing else."""
    return bool(re.search(r"\d", line)) and not _DATELINE_WORDS.sub("", re.sub(r"\d+", " ", line)).strip()


def is_boilerplate(line: str) -> bool:
    """Sign-up blurbs, counters, credit lines and datelines are not the article."""
    stripped = line.strip()
    return (is_page_boilerplate(stripped) or bool(_BOILERPLATE.search(stripped) or _COUNTER.match(stripped))
            or is_dateline(stripped))


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, not split after 'Mr.' or 'a.m.'."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if _ABBREVIATIONS.search(text[start:match.start()]) or _SPACED_DECIMAL.match(text, match.start() - 2):
            continue
        pieces.append(text[start:match.end()].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def _table_row(line: str) -> str | None:
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) < 2 or not re.search(r"\d", cells[-1]) or set("".join(cells)) <= set("-: "):
        return None
    label, value = " ".join(cells[:-1]), cells[-1]
    first = label.split()[0] if label.split() else ""
    if not re.search(r"[A-Za-z]", value) and first.endswith("s"):
        value = f"{value} {first}"  # "GPUs in Colossus 1 | 220,000+" -> "220,000+ GPUs"
    return f"{label}: {value}"


@lru_cache(maxsize=512)
def article_passages(text: str) -> tuple[Passage, ...]:
    """The article's passages in order, boilerplate dropped (cached: figures and the summary both read them)."""
    lines = text.splitlines()
    cut = next((i for i, line in enumerate(lines) if i > len(lines) * 0.3 and _CUT.search(line)), len(lines))
    passages: list[Passage] = []
    heading = ""
    for raw in lines[:cut]:
        line = raw.strip()
        if not line or is_boilerplate(line):
            continue
        if line.startswith("|"):
            row = _table_row(line)
            if row:
                passages.append(Passage(text=row, kind="table", heading=heading, index=len(passages)))
            continue
        item = _LIST_MARK.match(line)
        body = line[item.end():] if item else line
        if not item and not re.search(r"[.!?\"”’)]$", body) and len(body.split()) <= 16:
            heading = body
            passages.append(Passage(text=body, kind="heading", heading=heading, index=len(passages)))
            continue
        kind = "item" if item else "prose"
        for sentence in split_sentences(body):
            passages.append(Passage(text=sentence, kind=kind, heading=heading, index=len(passages)))
    return tuple(passages)
