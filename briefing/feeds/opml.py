"""Read the feed list out of an OPML subscription export (what every feed reader can save)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

from briefing.config import FeedSpec
from briefing.errors import InputError

# Subscription lists are a few hundred KB at most; anything larger is not one.
MAX_OPML_BYTES = 10 * 1024 * 1024
_SCHEMES = ("http", "https", "file")


def read_opml(path: Path) -> tuple[FeedSpec, ...]:
    """The feeds an OPML file lists, in order, without duplicates; InputError names the file."""
    try:
        if path.stat().st_size > MAX_OPML_BYTES:
            raise InputError(f"{path}: larger than {MAX_OPML_BYTES // 1048576} MB, not a subscription list")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file",
                         hint="export your subscriptions as OPML from your feed reader") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    return parse_opml(data, where=str(path))


def parse_opml(data: bytes, *, where: str = "OPML") -> tuple[FeedSpec, ...]:
    """Every outline with an xmlUrl, at any depth (folders are flattened)."""
    # Entity declarations have no place in OPML and are how XML bombs work: refuse them outright.
    if b"<!ENTITY" in data[:65536].upper():
        raise InputError(f"{where}: declares XML entities, refusing to read it", hint="export the OPML again")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise InputError(f"{where}: not valid XML ({exc})",
                         hint="export the OPML again from your feed reader") from None
    if _local(root.tag) != "opml":
        raise InputError(f"{where}: not an OPML file (its root element is <{_local(root.tag)}>)",
                         hint="export your subscriptions as OPML")
    feeds: dict[str, FeedSpec] = {}
    for outline in root.iter():
        if _local(outline.tag) != "outline":
            continue
        attrs = {key.lower(): value.strip() for key, value in outline.attrib.items()}
        url = attrs.get("xmlurl", "")
        if not url or urlsplit(url).scheme.lower() not in _SCHEMES or url in feeds:
            continue
        name = attrs.get("title") or attrs.get("text") or None
        feeds[url] = FeedSpec(url=url, name=name)
    if not feeds:
        raise InputError(f"{where}: lists no feeds (no <outline> with an xmlUrl)",
                         hint="check it is a subscription export")
    return tuple(feeds.values())


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""
