"""Read the feed list out of an OPML subscription export (what every feed reader can save)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

from briefing.collect.textclean import printable_line
from briefing.config import FeedSpec, section_label
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
    """Every outline with an xmlUrl, at any depth; the folder a feed sits in is its section."""
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
    parents = {child: parent for parent in root.iter() for child in parent}
    for outline in root.iter():
        if _local(outline.tag) != "outline":
            continue
        attrs = {key.lower(): value.strip() for key, value in outline.attrib.items()}
        url = attrs.get("xmlurl", "")
        if not url or urlsplit(url).scheme.lower() not in _SCHEMES or url in feeds:
            continue
        name = printable_line(attrs.get("title") or attrs.get("text") or "") or None  # it reaches the terminal
        feeds[url] = FeedSpec(url=url, name=name, section=_folder(outline, parents))
    if not feeds:
        raise InputError(f"{where}: lists no feeds (no <outline> with an xmlUrl)",
                         hint="check it is a subscription export")
    return tuple(feeds.values())


def _folder(outline: ET.Element, parents: dict[ET.Element, ET.Element]) -> str | None:
    """The innermost folder (an outline without an xmlUrl) the feed sits in: its digest section."""
    parent = parents.get(outline)
    while parent is not None and _local(parent.tag) == "outline":
        attrs = {key.lower(): value for key, value in parent.attrib.items()}
        label = section_label(attrs.get("title") or attrs.get("text") or "")
        if label and not attrs.get("xmlurl"):
            return label
        parent = parents.get(parent)
    return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""
