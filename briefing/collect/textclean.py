"""Reduce a saved article's text to the article, and read the metadata it states.

Saved copies of web pages carry navigation crumbs, avatar letters, bylines, sign-up boxes,
"keep reading" teasers, comment counters and republishing credits. These rules are line-based
and conservative: a line is dropped only when it matches a pattern that never carries news.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from briefing.text import MONTHS

# Only the first lines of a file hold crumbs, bylines and dates; further down such lines are article.
HEADER_LINES = 15
# A text this long is an article even without a headline; a shorter one needs a headline and a sentence.
MIN_WORDS = 40
# A sentence: six words or more ending in . ! ? (and closing quotes), or in Chinese and Japanese, which
# need no spaces, ten characters or more ending in 。！？ (not a menu, a caption or a button).
_SENTENCE = re.compile(r"(?:\S+\s+){5,}\S*[.!?…](?:[\"'”’»)]*)(?:\s|$)|[^\s。！？]{10,}[。！？]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = [
    re.compile(rf"^{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)$", re.I),
    re.compile(rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)$", re.I),
    re.compile(r"^(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?:[T ][\d:.+\-Z]*)?$"),
]
_DATE_PREFIX = re.compile(r"^(?:published|posted|updated|last updated|date)\s*(?:on)?\s*:?\s*", re.I)
_WEEKDAY_PREFIX = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.I)

_BREADCRUMB = re.compile(r"^(?:home|start)\s*[»>›/|]\s*\S", re.I)
_BYLINE = re.compile(r"^(?:by|written by|author:?)\s+(?P<name>[^\d,|]{3,60})$", re.I)
_NAME = re.compile(r"^[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3}$")
GENERIC_AUTHORS = {"admin", "administrator", "staff", "editor", "editorial", "team", "newsroom", "guest"}

# A "Source: Outlet (www.site)" credit and its companions at the foot of republished articles.
_SOURCE_CREDIT = re.compile(
    r"^(?:source|via|originally published (?:by|in|on))\s*:?\s+(?P<outlet>[^()]+?)\s*(?:\((?P<site>[^)]*)\))?\.?$", re.I
)
_ORIGINAL_URL = re.compile(
    r"^(?:original(?: article| link| url)?|read the original|canonical)\s*:?\s*(?P<url>https?://\S+)$", re.I
)
_REPUBLISH = re.compile(r"\b(?:credit|attribute)\b.*\brepublish", re.I)
# A note that says where the piece ran first or that it is reprinted: left in, it is the one line a
# syndicated copy does not share with its original, enough to hide the copy. Each form is a whole line
# about the piece itself ("This article ...") or a credit's set phrase; a sentence of news that merely
# says a report "was first published in The Lancet" neither starts so nor uses those phrases.
_PIECE = r"(?:article|story|piece|post|report|column|essay|interview|op-ed|commentary|feature|content)"
_REPUBLICATION = re.compile(
    rf"^(?:this|the following|the above) {_PIECE}\b.*\b(?:(?:first|originally|previously) (?:published|appeared|ran|"
    r"posted)|republished|reprinted|reproduced|syndicated)\b"
    r"|^(?:first|originally) (?:published|appeared|posted) (?:by|in|on|at)\b[^,;]*$"
    r"|^(?:republished|reprinted|reproduced) (?:here )?(?:from|with|courtesy of|by (?:kind )?permission)\b"
    r"|\b(?:republished|reprinted|reproduced) (?:here )?(?:with|by) (?:kind )?permission(?: (?:of|from) [^,;]+)?\.?$"
    r"|^(?:©|\(c\)|copyright\b).*\bused with (?:kind )?permission\b"
    r"|\bis republished from\b",
    re.I,
)
# Credits are one or two short sentences; a longer line is news that happens to use the words.
_CREDIT_WORDS = 40
# "May 5, 2026" inside a credit ("First published in X on May 5, 2026.") is not a clause of news.
_DATE_COMMA = re.compile(r"\b(\d{1,2}),(?= (?:19|20)\d\d\b)")

# From these markers on, the page shows other articles, not this one.
_CUT_MARKERS = re.compile(
    r"(?:keep reading|read next|related (?:articles|posts|stories|reading)|you (?:may|might) also like|"
    r"more from (?:our|the)|recommended for you|more stories|popular posts|trending now)\s*:?\s*$",
    re.I,
)
# A teaser: a link to another of the site's articles, told by its label and that article's headline ("More from
# River City Times: Family of crash victim ...", "Related: Storm leaves 30,000 homes without power", "Watch: ...").
# Its words and numbers are another story's; a line of news rarely opens on these labels, a colon and a capital.
_TEASER = re.compile(r"^(?:more from [^:]{1,60}|related(?: stories| articles| coverage| content)?|read (?:more|next|also)|"
                     r"also read|see also|watch|listen)\s*:\s+(?-i:[A-Z0-9\"'‘“])", re.I)
_TEASER_WORDS = 30  # a headline, not a paragraph
# A sign-up box is a call to action: it starts with the verb ("Sign up", "Subscribe", "Join", "Get our
# newsletter", "Ready to ...?") or speaks to the reader ("you", "your", "unsubscribe at any time"). A
# sentence that merely mentions a newsletter or subscribers, in the third person, is news.
_SIGNUP_TOPIC = re.compile(r"\b(?:sign(?:ing)? up|subscrib\w*|newsletters?|join|inbox|unsubscribe)\b", re.I)
# "Ready to master local news?", "Want to learn more?": a short question that sells, not reports.
_PITCH = re.compile(r"^\W*(?:ready|want|looking) to\b.*\?\W*$", re.I)
_CALL_TO_ACTION = re.compile(
    r"^\W*(?:sign up|subscribe|join|get|ready to|don'?t miss|never miss)\b|\b(?:you|your)\b|unsubscribe at any time",
    re.I,
)
_COUNTER = re.compile(
    r"^(?:comments?|wordpress|facebook|disqus|twitter|x|linkedin|shares?|likes?|views?|reactions?)\s*:?\s*\(?\d*\)?$",
    re.I,
)
_SHARE = re.compile(
    r"^(?:share(?: this(?: article| post)?)?|tweet|share on \w+|print|email|copy link|advertisement|sponsored|ad)\s*:?$",
    re.I,
)


# ESC [ ... final byte (colours, cursor moves) and ESC ] ... BEL or ESC \\ (window titles, links).
_TERMINAL_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9b[0-?]*[ -/]*[@-~]")
_KEPT = frozenset("\n\t\u200c\u200d")  # line breaks, tabs, ZWNJ, ZWJ


@dataclass(frozen=True, kw_only=True)
class CleanText:
    """What the cleaner read from one saved article."""

    title: str | None
    body: str
    author: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None


def normalise(text: str) -> str:
    """Unicode NFC, unified newlines and spaces, no control characters or terminal escape sequences.

    Every text from outside passes here where it enters: one stray control character would stop the
    email from compiling, and an escape sequence would reach the terminal. ZWJ and ZWNJ stay: they
    shape emoji and Persian or Indic words.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    if text.replace("\n", "").replace("\t", "").isprintable():
        return text  # the common case, checked in C; the per-character filter below is slow
    text = _TERMINAL_ESCAPE.sub("", text)
    return "".join(ch for ch in text if ch in _KEPT or unicodedata.category(ch)[0] != "C")


def word_count(text: str) -> int:
    """Words in a text; Chinese and Japanese, written without spaces, count about two characters a word."""
    spaced = len(text.split())
    if text.isascii():
        return spaced
    return spaced + len(_CJK.findall(text)) // 2


def is_article(title: str | None, body: str) -> bool:
    """Worth a place in the digest: MIN_WORDS words, or a headline and at least one real sentence (a wire brief)."""
    if word_count(body) >= MIN_WORDS:
        return True
    return bool(title and title.strip()) and any(_SENTENCE.search(line) for line in body.split("\n"))


def printable_line(text: str) -> str:
    """`normalise` for a one-line field (a title, a name, a warning): whitespace runs become one space."""
    return " ".join(normalise(text).split())


def parse_date(line: str) -> dt.date | None:
    """A date when the whole line is one ("May 11, 2026", "07. May 2026", "2026-05-07")."""
    line = _WEEKDAY_PREFIX.sub("", _DATE_PREFIX.sub("", line.strip()))
    for pattern in _DATE_PATTERNS:
        match = pattern.match(line)
        if match:
            month = match["month"]
            number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
            try:
                return dt.date(int(match["year"]), number, int(match["day"]))
            except ValueError:
                return None
    return None


def clean_article(raw: str, *, markdown: bool = False) -> CleanText:
    """Split a saved article into metadata and the article's own paragraphs."""
    lines = [_strip_markdown(line) if markdown else line for line in normalise(raw).split("\n")]
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in lines]
    lines = _cut_tail(lines)
    meta: dict[str, str | dt.date | None] = {"title": None, "author": None, "published": None, "outlet": None, "url": None}
    kept = _read_header(lines, meta)
    kept = _read_credits(kept, meta)
    body_lines = [_as_list_item(line) for line in kept if not is_boilerplate(line)]
    title = meta["title"] if isinstance(meta["title"], str) else None
    body_lines = _drop_title_repeats(body_lines, title)
    published = meta["published"] if isinstance(meta["published"], dt.date) else None
    return CleanText(
        title=title,
        body=_paragraphs(body_lines),
        author=meta["author"] if isinstance(meta["author"], str) else None,
        published=published,
        outlet=meta["outlet"] if isinstance(meta["outlet"], str) else None,
        url=meta["url"] if isinstance(meta["url"], str) else None,
    )


def _strip_markdown(line: str) -> str:
    line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)  # images carry no text a reader needs
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"^#{1,6}\s+", "", line)
    line = re.sub(r"^>\s?", "", line)
    line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
    return re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)", r"\1", line)


def _cut_tail(lines: list[str]) -> list[str]:
    """Drop everything from the first teaser/comments marker in the second half of the text."""
    half = len(lines) // 2
    for i, line in enumerate(lines):
        if i < half:
            continue
        marker = _CUT_MARKERS.search(line)
        if marker:
            head = line[: marker.start()].strip()
            return [*lines[:i], head] if head else lines[:i]
        if line.upper() == "COMMENTS" or re.match(r"^\d+\s+comments?$", line, re.I):
            return lines[:i]
    return lines


def _read_header(lines: list[str], meta: dict) -> list[str]:
    """Take title, crumbs, avatar letters, byline and date from the first lines."""
    kept: list[str] = []
    seen = 0
    crumbs: list[str] = []
    for index, line in enumerate(lines):
        if not line or seen >= HEADER_LINES:
            kept.append(line)
            continue
        seen += 1
        if _header_meta(line, index, lines, meta, crumbs):
            continue
        if meta["title"] is None and _is_headline(line):
            if crumbs and not meta["outlet"]:
                meta["outlet"] = crumbs[0]
            meta["title"] = line
            continue
        if meta["title"] and len(line) > len(meta["title"]) and line.casefold().startswith(meta["title"].casefold()):
            meta["title"] = line  # the H1 often extends the page title ("X: the full story")
            continue
        kept.append(line)
    return _drop_teaser_runs(kept)


def _drop_teaser_runs(lines: list[str]) -> list[str]:
    """Before the first paragraph, two or more headlines in a row are links to other articles."""
    out: list[str] = []
    run: list[str] = []
    for index, line in enumerate(lines):
        if index >= HEADER_LINES or _is_paragraph(line):
            out.extend(run if len(run) < 2 else [])
            return out + lines[index:]
        if line and _is_headline(line) and not line.endswith("?"):
            run.append(line)
            continue
        out.extend(run if len(run) < 2 else [])
        run = []
        out.append(line)
    return out + (run if len(run) < 2 else [])


def _is_paragraph(line: str) -> bool:
    return len(line.split()) >= 12 and line.endswith((".", "!", "?", "\"", "”"))


def _header_meta(line: str, index: int, lines: list[str], meta: dict, crumbs: list[str]) -> bool:
    """True when the header line was metadata (and recorded it)."""
    if meta["title"] is None and line.startswith("- ") and len(line) < 60:
        crumbs.append(line[2:].strip())  # a list before the title is the site's navigation
        return True
    if _BREADCRUMB.match(line) or len(line) == 1:
        return True  # "Home » ..." or an avatar's initial
    date = parse_date(line)
    if date:
        if meta["published"] is None:
            meta["published"] = date
        _take_author_near(index, lines, meta)
        return True
    byline = _BYLINE.match(line)
    if byline:
        meta["author"] = meta["author"] or real_author(byline["name"])
        return True
    return _is_author_line(index, lines, meta)


def _take_author_near(index: int, lines: list[str], meta: dict) -> None:
    for neighbour in (index - 1, index + 1):
        name = lines[neighbour] if 0 <= neighbour < len(lines) else ""
        if meta["author"] is None and _NAME.match(name) and len(name.split()) <= 3:
            meta["author"] = real_author(name) or ""  # "" marks a generic byline ("Admin") as seen


def _is_author_line(index: int, lines: list[str], meta: dict) -> bool:
    """A short name beside the date, or right after an avatar initial, is the byline."""
    line = lines[index]
    if not _NAME.match(line) or len(line.split()) > 3:
        return False
    before = lines[index - 1] if index else ""
    after = lines[index + 1] if index + 1 < len(lines) else ""
    beside_date = parse_date(before) is not None or parse_date(after) is not None
    after_avatar = len(before) == 1 and before.isalpha() and line.startswith(before)
    if beside_date or after_avatar:
        name = real_author(line)
        if meta["author"] in (None, ""):
            meta["author"] = name
        if after_avatar and name and not meta["outlet"]:
            meta["outlet"] = name  # a blog's avatar and name stand for the outlet too
        return True
    # A category label ("Deep Dive") under the byline and date.
    return parse_date(lines[index - 2] if index >= 2 else "") is not None and meta["author"] is not None


def real_author(name: str) -> str | None:
    """The name, or None for a generic byline ("Admin", "Staff")."""
    name = name.strip()
    return None if name.lower() in GENERIC_AUTHORS else name


def _read_credits(lines: list[str], meta: dict) -> list[str]:
    """Take "Source: X", "Original: URL" and republishing notes as metadata."""
    kept = []
    for line in lines:
        bare = re.sub(r"^[^\w\"“(]+", "", line)  # credit lines often start with an emoji
        credit = _SOURCE_CREDIT.match(bare)
        if credit and len(bare) < 120:
            meta["outlet"] = credit["outlet"].strip()
            continue
        original = _ORIGINAL_URL.match(bare)
        if original:
            meta["url"] = meta["url"] or original["url"].rstrip(".,)")
            continue
        if _REPUBLISH.search(bare) and len(bare) < 120:
            continue
        if is_republication_credit(line) or is_republication_credit(bare):  # "© ..." keeps its sign
            continue
        kept.append(line)
    return kept


def is_republication_credit(line: str) -> bool:
    """A line saying where the piece first ran or that it is reprinted ("This article was first published by
    the Valley Herald and is republished here with permission.", "(c) 2026 X. Reprinted with permission.")."""
    line = _DATE_COMMA.sub(r"\1", line.strip())
    return len(line.split()) <= _CREDIT_WORDS and bool(_REPUBLICATION.search(line))


def is_boilerplate(line: str) -> bool:
    """A line of a saved page that is never news: a counter, a share button, crumbs, a teaser, a sign-up box."""
    if not line:
        return False
    if len(line) <= 40 and (_COUNTER.match(line) or _SHARE.match(line)):  # counters and buttons are short
        return True
    if _BREADCRUMB.match(line):
        return True
    if len(line.split()) <= _TEASER_WORDS and _TEASER.match(line):
        return True
    # Sign-up boxes are short calls to action; a sentence about subscribers or a newsletter is news.
    words = len(line.split())
    if words <= 10 and _PITCH.match(line):
        return True
    return words <= 25 and bool(_SIGNUP_TOPIC.search(line)) and (words <= 3 or bool(_CALL_TO_ACTION.search(line)))


def _is_headline(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 25 and not line.endswith((".", ":", ";", ",")) and not line.startswith("- ")


def _as_list_item(line: str) -> str:
    match = re.match(r"^(?:[•·▪◦‣*–]|\d{1,2}[.)])\s+(?P<item>.+)$", line)
    if match and not re.match(r"^\d{1,2}\.\s+[A-Z][^.]{0,60}$", line):
        return f"- {match['item']}"
    return line


def _drop_title_repeats(lines: list[str], title: str | None) -> list[str]:
    """Pages repeat the headline (crumb, H1, share box); keep none of the repeats in the body."""
    if not title:
        return lines
    folded = title.casefold()
    return [line for line in lines if line.casefold() != folded and not line.casefold().startswith(f"home » {folded}")]


def _paragraphs(lines: list[str]) -> str:
    """Join lines into blocks: blank-line paragraphs, list items kept as their own lines."""
    blocks: list[str] = []
    for line in lines:
        if not line:
            if blocks and blocks[-1] != "":
                blocks.append("")
            continue
        blocks.append(line)
    text = "\n".join(blocks).strip()
    # Saved plain text often has one paragraph per line: make every line its own paragraph.
    return re.sub(r"\n(?!\n)", "\n\n", re.sub(r"\n{2,}", "\n", text)).replace("\n\n- ", "\n- ")
