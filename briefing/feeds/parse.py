"""Turn a fetched feed document into entries, and an entry's own content into an Article."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from briefing.collect.decoding import as_utf8_xml
from briefing.collect.seeds import first_words, source_id
from briefing.collect.textclean import clean_article, is_article, normalise, printable_line
from briefing.models import Article

# The feed's own copy of an entry is a fallback; a few hundred KB is already a whole book chapter.
MAX_SUMMARY_CHARS = 200_000
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
           "article", "pre", "figure", "table"}
_ALTERNATE = re.compile(
    rb"""<link\b[^>]*type=["']application/(?:rss|atom)\+xml["'][^>]*>""", re.I)
_HREF = re.compile(rb"""href=["']([^"']+)["']""", re.I)


@dataclass(frozen=True, kw_only=True)
class Entry:
    """One feed entry as stored between runs."""

    key: str  # the entry's id, else its link, else a hash of its title and text
    title: str  # "" when the feed gives none
    link: str | None = None
    published: dt.datetime | None = None
    summary: str = ""  # the feed's content or summary (HTML), the fallback when the page fails


@dataclass(frozen=True, kw_only=True)
class ParsedFeed:
    """What a feed document gave: entries and a warning, or an error when it is not a feed at all."""

    entries: tuple[Entry, ...] = ()
    title: str | None = None
    problem: str | None = None
    error: str | None = None
    hint: str = ""


def parse_feed(body: bytes, *, content_type: str, url: str) -> ParsedFeed:
    """Parse RSS 0.9x/1.0/2.0 or Atom with feedparser, keeping what a malformed document still yields."""
    import feedparser  # imported here: only runs with feeds need it

    body, content_type = as_utf8_xml(body, content_type)
    # A stream, never bytes or str: feedparser opens a str or bytes argument as a URL or a local file name.
    parsed = feedparser.parse(io.BytesIO(body), response_headers={
        "content-type": content_type or "application/xml", "content-location": url})
    entries = _unique(_entry(e) for e in parsed.entries)
    if not entries and not parsed.get("version"):
        return _not_a_feed(body, content_type, url)
    title = printable_line(parsed.feed.get("title") or "") or None
    problem = None
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        name = type(exc).__name__
        if name == "CharacterEncodingOverride":
            problem = (f"declares the wrong character set; read it as {parsed.get('encoding')} "
                       "(tell the publisher if text looks garbled)")
        elif name != "NonXMLContentType":  # a valid feed served as text/html or text/plain is harmless
            problem = (f"malformed XML ({_short(exc)}); read {len(entries)} entr{'y' if len(entries) == 1 else 'ies'} "
                       "anyway (tell the publisher)")
    return ParsedFeed(entries=tuple(entries), title=title, problem=problem)


def _not_a_feed(body: bytes, content_type: str, url: str) -> ParsedFeed:
    head = body[:4096].lower()
    if not body.strip():
        return ParsedFeed(error="empty response, not a feed", hint="check the address; the server sent nothing")
    if b"<html" in head or b"<!doctype html" in head or "html" in content_type.lower():
        link = _alternate(body, url)
        hint = f"the page names its feed: use {link}" if link else "use the page's RSS or Atom link instead"
        return ParsedFeed(error="is a web page, not a feed", hint=hint)
    return ParsedFeed(error="not an RSS or Atom feed", hint="check the address points at the feed itself")


def _alternate(body: bytes, base: str) -> str | None:
    from urllib.parse import urljoin

    for tag in _ALTERNATE.findall(body[:200_000]):
        href = _HREF.search(tag)
        if href:
            return urljoin(base, href.group(1).decode("utf-8", "replace"))
    return None


def _entry(raw: Any) -> Entry:
    link = printable_line(raw.get("link") or "").replace(" ", "%20") or None  # it reaches the digest as it is
    if link and link.startswith("file://") and not link.startswith("file:///"):
        link = "file:///" + link[7:]  # feedparser folds file:///tmp/x into file://tmp/x
    title = printable_line(html_text(raw.get("title") or ""))
    contents = [c.get("value") or "" for c in raw.get("content") or []]
    summary = normalise(max(contents + [raw.get("summary") or ""], key=len)[:MAX_SUMMARY_CHARS])
    published = struct_to_datetime(raw.get("published_parsed") or raw.get("updated_parsed"))
    key = (raw.get("id") or "").strip() or link or entry_key(title, summary)
    return Entry(key=key, title=title, link=link, published=published, summary=summary)


def _unique(entries: Any) -> list[Entry]:
    seen: dict[str, Entry] = {}
    for entry in entries:
        seen.setdefault(entry.key, entry)
    return list(seen.values())


def entry_article(entry: Entry, *, outlet: str, tz: dt.tzinfo | None) -> Article | None:
    """The feed's own text for an entry as an Article, or None when it carries none."""
    cleaned = clean_article(html_text(entry.summary))
    # The entry's headline is its title; a summary has none of its own. A one-line summary cut short
    # ("... collapsed onto rush-hour traffi…") looks like a headline to the cleaner, which would leave no text:
    # it is text when it holds a real sentence ("Read more" does not).
    lead = cleaned.title
    if not lead or lead.casefold() == entry.title.casefold() or not is_article(entry.title or lead, lead):
        lead = None
    body = f"{lead}\n\n{cleaned.body}".strip() if lead else cleaned.body
    if not body.strip():
        return None
    return Article(
        id=source_id(entry.link or entry.key), title=entry.title or first_words(body), text=body, outlet=outlet,
        published=entry.published.astimezone(tz).date() if entry.published else None,
        published_at=entry.published, url=entry.link, origin="feed",
    )


def entry_words(entry: Entry) -> int:
    """How many words the feed itself gives for an entry (its content or summary)."""
    return len(html_text(entry.summary).split()) if entry.summary else 0


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_text(fragment: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block, entities decoded, scripts dropped."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    blocks = (re.sub(r"\s+", " ", block).strip() for block in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(b for b in blocks if b)


def entry_key(*parts: str | None) -> str:
    """A stable key for an entry without an id or link."""
    return "h-" + hashlib.sha1("\x1f".join(p or "" for p in parts).encode("utf-8")).hexdigest()[:16]


def struct_to_datetime(value: Any) -> dt.datetime | None:
    """feedparser's UTC struct_time as an aware datetime."""
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(value), tz=dt.UTC) if value else None
    except (TypeError, ValueError, OverflowError):
        return None


def _short(exc: object) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]
