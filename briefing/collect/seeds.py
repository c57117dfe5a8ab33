"""Collect: read saved articles (.txt, .md, .html) into Articles; one bad file never sinks a run."""

from __future__ import annotations

import hashlib
import logging
import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from briefing.collect.decoding import decode
from briefing.collect.metadata import (
    choose_title,
    page_headlines,
    page_published_at,
    site_from_title,
    site_name,
    tidy_authors,
)
from briefing.collect.textclean import (
    MIN_WORDS,
    CleanText,
    clean_article,
    is_article,
    normalise,
    parse_date,
    printable_line,
    word_count,
)
from briefing.config import section_label
from briefing.errors import InputError
from briefing.models import Article, Collected

log = logging.getLogger(__name__)

SEED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
# A saved article is a few hundred KB at most; anything larger is a mistake (a dump, a video).
MAX_SEED_BYTES = 5 * 1024 * 1024
UNKNOWN_OUTLET = "Unknown outlet"


def source_id(key: str) -> str:
    """A short stable id for a source, from its URL or project-relative path."""
    return "s-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def collect_seeds(folder: Path, *, root: Path | None = None, required: bool = False) -> Collected:
    """Read every seed file in `folder` and its subfolders (sorted by name); skip bad files with a warning."""
    if not folder.is_dir():
        if required:
            raise InputError(f"{folder}: no such seeds folder",
                             hint="create it, or point --seeds at your saved articles")
        return Collected(articles=())
    root = project_or_parent(folder, root)
    articles: list[Article] = []
    warnings: list[str] = []
    for path in _seed_files(folder):
        if path.suffix.lower() not in SEED_SUFFIXES:
            continue
        try:
            articles.append(replace(read_seed(path, root=root), section=_section(path, folder)))
        except InputError as exc:
            log.debug("skipped %s: %s", path, exc)
            warnings.append(printable_line(str(exc)))  # a file name can hold escape sequences too
        except Exception as exc:  # noqa: BLE001 - a parser's crash on one file costs that file, not the build
            log.debug("reading %s crashed", path, exc_info=True)
            shown = printable_line(_relative(path, root))
            warnings.append(f"{shown}: skipped, could not be read ({type(exc).__name__}) "
                            "(run with --debug and report it)")
    return Collected(articles=tuple(articles), warnings=tuple(warnings))


def _seed_files(folder: Path) -> list[Path]:
    """The folder's files by name, then each subfolder's (one level: a subfolder is a digest section)."""
    visible = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    files = [p for p in visible if p.is_file()]
    for sub in (p for p in visible if p.is_dir()):
        files += sorted(p for p in sub.iterdir() if p.is_file() and not p.name.startswith("."))
    return files


def _section(path: Path, folder: Path) -> str | None:
    """Files directly in the seeds folder have no section; a subfolder's files belong to the one it names."""
    return None if path.parent == folder else section_label(path.parent.name)


def read_seed(path: Path, *, root: Path | None = None) -> Article:
    """Read one saved article; InputError names the file and what to do."""
    shown = _relative(path, root)
    try:
        size = path.stat().st_size
        if size > MAX_SEED_BYTES:
            limit = f"{MAX_SEED_BYTES // 1048576} MB"
            raise InputError(f"{shown}: skipped, {size // 1024} KB is larger than a saved article ({limit})",
                             hint="remove it from the seeds folder")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{shown}: skipped, cannot read it ({exc.strerror or exc})", hint="check its permissions") from None
    if not data.strip():
        raise InputError(f"{shown}: skipped, the file is empty", hint="remove it or save the article again")
    if _looks_binary(data):
        raise InputError(f"{shown}: skipped, not a text file", hint="save articles as .txt, .md or .html")
    text = decode(data)
    if path.suffix.lower() in (".html", ".htm"):
        article = article_from_html(text, id=source_id(shown), path=shown, origin="seed")
    else:
        article = _article_from_text(text, path=path, shown=shown)
    if article is None:
        raise InputError(f"{shown}: skipped, no article text found",
                         hint="save the page's article, not an index or error page")
    return article


def article_from_html(html: str, *, id: str, url: str | None = None, path: str | None = None,
                      origin: str = "feed", outlet: str | None = None, fast: bool = False) -> Article | None:
    """Reduce an HTML page to its article with trafilatura, then drop the boilerplate it kept.

    `fast` skips trafilatura's second-opinion extractors (readability, jusText) unless the first
    pass finds fewer than MIN_WORDS words: half the time per page, for runs of thousands of pages.
    A page that still gives too little is read once more without precision mode, which drops short
    paragraphs a brief consists of. None when no article is left (see `is_article`).
    """
    import trafilatura  # imported here: it is the slowest import and only HTML needs it

    html = normalise(html)  # before parsing: the parser drops a lone ESC but would leave "[31m" behind
    options: dict[str, Any] = {"url": url, "with_metadata": True, "include_comments": False, "include_tables": True}
    doc = _as_dict(trafilatura.bare_extraction(html, fast=True, favor_precision=True, **options)) if fast else {}
    if _words(doc) < MIN_WORDS:
        doc = _as_dict(trafilatura.bare_extraction(html, favor_precision=True, **options))
    if _words(doc) < MIN_WORDS:
        default = _as_dict(trafilatura.bare_extraction(html, **options))
        doc = default if _words(default) > _words(doc) else doc
    if not doc.get("text"):
        return None
    cleaned = clean_article(doc["text"])
    extracted_title = doc.get("title") or cleaned.title or ""
    page = page_headlines(html)
    page_site = site_name(doc.get("sitename"), url, extracted_title) or cleaned.outlet
    title = choose_title(extracted_title, page, page_site or outlet, url)  # the page's own site name is in its title
    site = (outlet or page_site or site_from_title(page.title_tag, title) or host_of(url)
            or outlet_from_filename(Path(path or "")))
    if not is_article(title, cleaned.body):
        return None
    published = parse_date(doc["date"]) if doc.get("date") else cleaned.published
    return Article(
        id=id,
        title=title or first_words(cleaned.body),
        text=cleaned.body if cleaned.title is None or cleaned.title == title else _with_lead(cleaned),
        outlet=_tidy_outlet(site),
        author=tidy_authors(doc.get("author"), site) or cleaned.author,
        published=published,
        published_at=page_published_at(html),
        url=url or printable_line(doc.get("url") or "") or cleaned.url,
        path=path,
        origin=origin,
    )


def _words(doc: dict) -> int:
    return word_count(doc.get("text") or "")


def _as_dict(extracted: object) -> dict:
    """trafilatura returns a Document (2.x) or a dict (1.x), or None."""
    if extracted is None:
        return {}
    return extracted if isinstance(extracted, dict) else extracted.as_dict()  # type: ignore[attr-defined]


def _article_from_text(text: str, *, path: Path, shown: str) -> Article | None:
    cleaned = clean_article(text, markdown=path.suffix.lower() in (".md", ".markdown"))
    if not is_article(cleaned.title, cleaned.body):
        return None
    outlet = cleaned.outlet or host_of(cleaned.url) or cleaned.author or outlet_from_filename(path)
    return Article(
        id=source_id(shown),
        title=cleaned.title or first_words(cleaned.body),
        text=cleaned.body,
        outlet=_tidy_outlet(outlet),
        author=cleaned.author,
        published=cleaned.published,
        url=cleaned.url,
        path=shown,
        origin="seed",
    )


def _with_lead(cleaned: CleanText) -> str:
    """trafilatura's page title won; keep the text's own first heading as part of the body."""
    return f"{cleaned.title}\n\n{cleaned.body}" if cleaned.title else cleaned.body


def outlet_from_filename(path: Path) -> str:
    """The words of a file's name ("daily-planet_bridge.txt" -> "daily planet bridge"), else "Unknown outlet".

    Numbering prefixes and hashes (as in "004_b4f210a50d434c4e.txt") name no outlet, so they are dropped.
    """
    words = [w for w in re.split(r"[\W_]+", path.stem) if w and not w.isdigit() and not re.fullmatch(r"[0-9a-f]{8,}", w)]
    return " ".join(words) if words else UNKNOWN_OUTLET


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def project_or_parent(folder: Path, root: Path | None = None) -> Path:
    """The project (`root`, default the working folder) when `folder` lies in it, else `folder`'s parent.

    Seed paths are written relative to this for the seeds folder, so a path reads `seeds/a.txt` either way: it
    is shown in warnings and written into editions, which are meant to be published and must not carry this
    machine's absolute paths. For the outbox it is what is published with it (build.seed_links).
    """
    base = root or Path.cwd()
    return base if is_inside(folder, base) else Path(os.path.abspath(folder)).parent


def is_inside(path: Path, folder: Path) -> bool:
    """Whether `path` is `folder` or lies in it, as written or with symbolic links followed."""
    return _relative_to(path, folder) is not None


def _relative_to(path: Path, base: Path) -> str | None:
    pairs = ((path.resolve(), base.resolve()), (Path(os.path.abspath(path)), Path(os.path.abspath(base))))
    for inner, outer in pairs:
        try:
            return inner.relative_to(outer).as_posix()
        except ValueError:
            continue
    return None


def _relative(path: Path, root: Path | None) -> str:
    # The file name as a last resort: never an absolute path (see project_or_parent).
    return _relative_to(path, root or Path.cwd()) or path.name


def host_of(url: str | None) -> str | None:
    """The host a URL names, without 'www.' (an outlet of last resort), or None."""
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:  # a malformed URL ("http://[::1") names no host
        return None
    return host.removeprefix("www.") if host else None


def _tidy_outlet(name: str) -> str:
    return normalise(name).strip(" -|·—") or UNKNOWN_OUTLET


def first_words(body: str, count: int = 12) -> str:
    """The first `count` words of a text, as a title of last resort."""
    words = body.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")
