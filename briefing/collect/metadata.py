"""A page's headline, site name and authors, told apart from what CMSs put around them.

The rules follow page structure, not lists of known sites: `<title>` usually joins the headline and
the site name with a separator, `og:site_name` is sometimes the site's slogan-laden `<title>`, and an
author field collects roles, dates and the outlet's own name beside the people who wrote the piece.
"""

from __future__ import annotations

import datetime as dt
import html as htmllib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from briefing.collect.textclean import GENERIC_AUTHORS as _GENERIC_AUTHORS
from briefing.collect.textclean import printable_line, real_author
from briefing.text import MONTHS, WEEKDAYS

# Separators between a headline and a site name: a pipe, a spaced dash of any kind, a middle dot, ::, ».
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|·|::|»)\s+|\s*\|\s*")
_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_WEEKDAYS = frozenset(WEEKDAYS)
_ROLE_BY = re.compile(r"^.*?\bby\s+", re.I)  # "Analysis by X", "Article by X", "Posted by X"


@dataclass(frozen=True, kw_only=True)
class Headlines:
    """What a page states as its headline: og:title / twitter:title and its first h1, and its `<title>`."""

    stated: tuple[str, ...] = ()
    title_tag: str | None = None


# How much of a page is scanned for its <meta> tags and <title>: they sit in its head.
_HEAD_CHARS = 200_000


def _meta_tags(head: str) -> list[dict[str, str]]:
    """Each <meta> tag of `head` as its attributes, names lower-cased ({"property": "og:title", "content": ...})."""
    return [{m[0].lower(): m[1] or m[2] for m in _ATTR.findall(tag)} for tag in _META.findall(head)]


def page_headlines(html: str) -> Headlines:
    """The headlines a page states in its markup (a quick scan of the raw HTML, no second parse)."""
    stated: list[str] = []
    head = html[:_HEAD_CHARS]
    for attrs in _meta_tags(head):
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        if key in ("og:title", "twitter:title") and attrs.get("content"):
            stated.append(_text(attrs["content"]))
    h1 = _H1.search(html)
    if h1:
        stated.append(_text(_TAG.sub(" ", h1.group(1))))
    title = _TITLE.search(head)
    return Headlines(stated=tuple(s for s in stated if s), title_tag=_text(title.group(1)) if title else None)


# Where pages state when they were published: Open Graph's article tag and schema.org's microdata.
_PUBLISHED_KEYS = ("article:published_time", "og:published_time", "datepublished")


def page_published_at(html: str) -> dt.datetime | None:
    """The moment the page says it was published, when its markup states a time with an offset (a time
    without one, or a bare date, cannot be compared with another site's and gives None)."""
    for attrs in _meta_tags(html[:_HEAD_CHARS]):
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        moment = stated_time(attrs["content"].strip()) if key in _PUBLISHED_KEYS and attrs.get("content") else None
        if moment is not None:
            return moment
    return None


def stated_time(value: object) -> dt.datetime | None:
    """An ISO 8601 time with its offset ("2026-11-23T21:05:00Z", "...+02:00") as an aware datetime, else None:
    a time without an offset, a bare date or no time at all cannot be compared with another source's."""
    try:
        moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else None  # 3.11 reads "Z" itself
    except ValueError:
        return None
    return moment if moment is not None and moment.tzinfo is not None else None


def choose_title(extracted: str, page: Headlines, site: str | None, url: str | None) -> str:
    """The headline: the extractor's, unless it is a fragment of what the page states, or unrelated to it."""
    title = printable_line(extracted)
    fuller = [c for c in (*page.stated, page.title_tag) if c]
    if not title:
        title = fuller[0] if fuller else ""
    elif len(title.split()) <= 2 and (cut := [c for c in fuller if len(c) > len(title) and c.startswith(title)]):
        title = cut[0]  # "T" of "T - Mobile Adds ..."
    elif stated := [c for c in page.stated if len(title) > len(c) and title.startswith(c)
                    and _SEPARATOR.match(title, len(c))]:
        title = stated[0]  # "Ferry returns | Example News" where the h1 says "Ferry returns"
    elif page.stated and not (_words(title) & _words(page.stated[0])):
        title = page.stated[0]  # a CMS name in <title> ("escenic") shares no word with the h1
    return strip_site(title, site, url)


def _text(raw: str) -> str:
    return printable_line(htmllib.unescape(raw))


def strip_site(title: str, site: str | None, url: str | None) -> str:
    """The headline without the site's name: "Bridge reopens - Valley Post", "Valley Post | Bridge reopens",
    and "Bridge reopens | Valley Post | Sport | Weather" (the site name and the sections after it)."""
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    separators = _SEPARATOR.findall(title)
    for index in range(1, len(parts)):
        if _is_site(parts[index], site, url):
            return _join(parts[:index], separators) or title
    if _is_site(parts[0], site, url):
        return _join(parts[1:], separators[1:]) or title
    return title


def _join(parts: list[str], separators: list[str]) -> str:
    out = parts[0]
    for separator, part in zip(separators, parts[1:], strict=False):
        out += separator + part
    return out.strip()


def site_name(raw: str | None, url: str | None, title: str = "") -> str | None:
    """The site's own name: the part of a "Slogan | Name" that names the host, and never the page's title."""
    name = printable_line(raw or "")
    if "://" in name or name.lower().startswith("www."):
        name = urlsplit(name if "://" in name else f"http://{name}").hostname or ""
        return name.removeprefix("www.") or None
    if not name or re.search(r"\b(?:19|20)\d\d\b", name) or (". " in name and len(name.split()) >= 5):
        return None  # a copyright line ("Copyright 2014") or a sentence is no site name ("St. Louis ..." is)
    parts = [p for p in _SEPARATOR.split(name) if p.strip()]
    if len(parts) > 1 or "," in name:
        segments = parts if len(parts) > 1 else [name]
        matching = [p for p in segments if _is_site(p, None, url)]
        if matching:
            return matching[0].strip()
        if len(parts) > 1:
            return min(parts, key=len).strip() if len(parts[-1].split()) > 5 else parts[-1].strip()
    if title and (_squash(name) == _squash(title) or _squash(title) in _squash(name)):
        return None  # the page's title, not a site name
    return name if len(name.split()) <= 6 else None


def site_from_title(title_tag: str | None, headline: str) -> str | None:
    """The site a `<title>` names beside the headline ("Council shuts bridge | Valley Post" -> "Valley Post")."""
    if not title_tag or not headline or title_tag == headline:
        return None
    parts = _SEPARATOR.split(title_tag)
    if len(parts) < 2:
        return None
    if _squash(" ".join(parts[:-1])) == _squash(headline) and len(parts[-1].split()) <= 5:
        return parts[-1].strip()
    if _squash(" ".join(parts[1:])) == _squash(headline) and len(parts[0].split()) <= 5:
        return parts[0].strip()
    return None


def tidy_authors(raw: str | None, outlet: str | None) -> str | None:
    """People's names from an author field: roles, dates and the outlet's own name taken out; None if none remain."""
    if not raw:
        return None
    names: list[str] = []
    for part in re.split(r"\s*[;|]\s*|\s+and\s+|,\s+(?=[A-Z])", printable_line(raw)):
        name = _one_author(part, outlet)
        if name and name not in names:
            names.append(name)
    return ", ".join(names) or None


def _one_author(part: str, outlet: str | None) -> str | None:
    if re.search(r"\bby\b", part, re.I):
        part = _ROLE_BY.sub("", part)  # "Article by" leaves nothing; "Analysis by Chris Cillizza" the name
        if not part.strip() or part.strip().lower() == "by":
            return None
    words = part.strip(" ,.;:-").split()
    caps = 0
    while caps < len(words) and words[caps].isupper() and len(words[caps]) > 1:
        caps += 1
    if caps >= 2 and caps < len(words):
        words = words[:caps]  # "ERIC TUCKER Associated Press": the name in capitals, then the affiliation
    while words and (words[-1].lower().strip(".,") in MONTHS or words[-1].lower().strip(".,") in _WEEKDAYS
                     or words[-1].strip(".,").isdigit()):
        words.pop()  # a date ran into the byline: "Carrie Arnold November"
    if not words or len(words) > 5 or any(any(ch.isdigit() for ch in w) for w in words):
        return None
    if words[0].isupper() and 2 <= len(words[0]) <= 5 and (len(words) == 1 or not words[1].isupper()):
        return None  # an agency's role ("AP Sports Writer") or a credential ("MS"), not a name
    if words[0].lower() in _PLACEHOLDERS or any(w.lower().strip(".,") in _GENERIC_AUTHORS for w in words):
        return None  # "Jerusalem Post Staff", "Editorial Staff"
    if not all(w[0].isupper() or w.lower() in _PARTICLES for w in words):
        return None  # a role or a sentence ("AP National Political Writer" passes, "the editors" does not)
    name = " ".join(words)
    squashed = _squash(name)
    if outlet and (squashed == _squash(outlet) or _squash(outlet) in squashed
                   or (len(squashed) >= 4 and squashed in _squash(outlet))):
        return None  # the outlet's own name is no byline ("CBS News", "Associated Press" in an AP story)
    if name.isupper():
        name = name.title()  # "LISA MASCARO" reads as a name in the digest, not a shout
    return real_author(name)


_PLACEHOLDERS = {"no", "none", "unknown", "anonymous", "n/a", "not"}  # "No Author", "Unknown"
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "al", "el", "y", "dos"}


def _is_site(segment: str, site: str | None, url: str | None) -> bool:
    """Whether a title segment names the site: it is the stated site name, or matches the host's name."""
    squashed = _squash(segment)
    if not squashed or len(segment.split()) > 6:
        return False
    if site and squashed in (_squash(site),):
        return True
    host = _host_label(url)
    return bool(host) and len(host) >= 3 and (squashed == host or host in squashed or
                                               (len(squashed) >= 4 and squashed in host))


def _host_label(url: str | None) -> str:
    """The host's distinctive name: 'www.valleypost.co.uk' -> 'valleypost'."""
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:
        return ""
    labels = [label for label in host.split(".") if label not in ("www", "m", "amp", "blog", "news")]
    labels = labels[:-1] if len(labels) > 1 else labels  # the top-level domain
    while len(labels) > 1 and len(labels[-1]) <= 3:
        labels.pop()  # the "co" of .co.uk
    return _squash(labels[-1]) if labels else ""


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 2}


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())
