"""Work done in the fetching threads: fetch a feed or a page, and read it (here, or in a worker process).

Parsing and extraction are CPU-bound: a few pages run in the fetching threads, many in worker processes.
Everything here returns values (never raises for a bad feed or page) so the coordinator decides.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Literal

from briefing.collect.seeds import article_from_html, source_id
from briefing.feeds.fetch import Fetcher, FetchFailed, decode_body
from briefing.feeds.parse import Entry, ParsedFeed, parse_feed
from briefing.models import Article

log = logging.getLogger(__name__)

# Worker processes cost about a second to start (Python plus trafilatura); for fewer pages (or feeds,
# each of which likely brings several pages) than this, threads win.
POOL_MIN_WORK = 40
_PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
_FEED_ACCEPT = (
    "application/rss+xml,application/atom+xml,application/rdf+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"
)

# Why a page gave no article: the feed's warning line counts entries per kind.
PageProblem = Literal["unreachable", "refused", "not a page", "no text", "crashed"]


@dataclass(frozen=True, kw_only=True)
class Verdict:
    """A page's outcome: its article, or what kind of problem kept it out and whether asking again could help."""

    article: Article | None = None
    kind: PageProblem | None = None
    problem: str | None = None  # the detail, e.g. "404 Not Found"
    permanent: bool = True  # asking again next run would give the same answer: cache the fallback


@dataclass(frozen=True, kw_only=True)
class Fetched:
    """A worker's answer for one feed."""

    status: int = 0  # 200 or 304; 0 when `error` is set
    entries: tuple[Entry, ...] = ()
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: FetchFailed | None = None
    problem: str | None = None  # the feed was read but something is wrong with it (a warning)
    moved_to: str | None = None


@dataclass(frozen=True, kw_only=True)
class Reading:
    """A page on its way through a worker process; `fn(*args)` reads it again should the process die."""

    future: Future
    fn: Callable[..., Verdict]
    args: tuple


def fetch_feed(fetcher: Fetcher, extract: Extractor, url: str, etag: str | None, last_modified: str | None) -> Fetched:
    """Fetch and parse one feed (worker thread); failures come back as values."""
    try:
        resp = fetcher.get(url, etag=etag, last_modified=last_modified, accept=_FEED_ACCEPT, allow_file=True)
    except FetchFailed as exc:
        return Fetched(error=exc)
    if resp.status == 304:
        return Fetched(status=304, etag=resp.etag, last_modified=resp.last_modified, moved_to=resp.moved_to)
    parsed = extract.parse(resp.body, resp.content_type, resp.url)
    if parsed.error:
        return Fetched(error=FetchFailed(url, parsed.error, reason="not a feed", hint=parsed.hint))
    return Fetched(status=200, entries=parsed.entries, title=parsed.title, etag=resp.etag,
                   last_modified=resp.last_modified, problem=parsed.problem, moved_to=resp.moved_to)


def fetch_page(fetcher: Fetcher, extract: Extractor, url: str, outlet: str | None, feed_url: str,
               allow_file: bool) -> Verdict | Reading:
    """Fetch one page the feed at `feed_url` links (worker thread): a Verdict, or a Reading while a process reads it."""
    try:
        resp = fetcher.get(url, accept=_PAGE_ACCEPT, allow_file=allow_file, via=feed_url)
    except FetchFailed as exc:
        kind: PageProblem = "refused" if exc.reason == "private" else "unreachable"
        return Verdict(kind=kind, problem=exc.args[0].removeprefix(url + ": "), permanent=not exc.transient)
    kind_of = resp.content_type.split(";")[0].strip().lower()
    if kind_of and "html" not in kind_of and not kind_of.startswith("text/"):
        return Verdict(kind="not a page", problem=kind_of)
    return extract.submit(read_page, resp.body, resp.content_type, url, outlet)


def read_page(body: bytes, content_type: str, url: str, outlet: str | None) -> Verdict:
    """The page's article, or why it cannot be used (module level so worker processes can run it)."""
    html = decode_body(body, content_type)
    article = article_from_html(html, id=source_id(url), url=url, origin="feed", outlet=outlet, fast=True)
    if article is None or not article.text.strip():
        return Verdict(kind="no text", problem="no article text on the page")
    return Verdict(article=article)


def crashed(link: str, exc: BaseException) -> Verdict:
    """A page whose reading raised: it costs that page, and it is tried again next run."""
    log.debug("page %s crashed", link, exc_info=exc)
    return Verdict(kind="crashed", problem=f"could not be read ({type(exc).__name__})", permanent=False)


def _parse(body: bytes, content_type: str, url: str) -> ParsedFeed:
    return parse_feed(body, content_type=content_type, url=url)


def _warm_up(debug: bool) -> None:
    """Start a worker process: trafilatura loaded before the first page, logging like the parent's."""
    import trafilatura  # noqa: F401 - load it once per worker process, before the first page arrives

    if debug:
        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
    else:
        # Without a handler Python prints WARNING lines itself: the libraries' ones would reach the terminal.
        logging.getLogger().addHandler(logging.NullHandler())


class Extractor:
    """Parsing and extraction are CPU-bound: a few pages run in the fetching threads, many in worker processes.

    Pages are handed over without waiting: the fetching thread goes on to its next request while a
    process reads the page, so fetching and extraction overlap fully. At most `backlog` pages wait
    for a process (memory stays bounded; a fetching thread that finds the backlog full waits).
    """

    def __init__(self, processes: int | None, backlog: int) -> None:
        self.processes = os.cpu_count() or 1 if processes is None else processes
        self.pool: ProcessPoolExecutor | None = None
        self.backlog = threading.BoundedSemaphore(backlog)
        self._lock = threading.Lock()

    def expect(self, work: int) -> None:
        """Start the processes once the run has enough work to repay their start-up (about a second)."""
        if self.pool is None and self.processes > 0 and work >= POOL_MIN_WORK:
            debug = logging.getLogger("briefing").isEnabledFor(logging.DEBUG)
            self.pool = ProcessPoolExecutor(self.processes, mp_context=mp.get_context("spawn"), initializer=_warm_up,
                                            initargs=(debug,))

    def submit(self, fn: Callable[..., Verdict], *args: Any) -> Verdict | Reading:
        """Start fn(*args) in a worker process and return at once, or (without processes) run it here."""
        pool = self.pool
        if pool is not None:
            self.backlog.acquire()
            try:
                future = pool.submit(fn, *args)
            except BrokenProcessPool:
                self.backlog.release()
                self.broken()
            else:
                future.add_done_callback(lambda _: self.backlog.release())
                return Reading(future=future, fn=fn, args=args)
        return fn(*args)

    def parse(self, body: bytes, content_type: str, url: str) -> ParsedFeed:
        """The feed document's entries (feedparser is pure Python: ~10 ms a feed); waits for them."""
        pool = self.pool
        if pool is not None:
            try:
                return pool.submit(_parse, body, content_type, url).result()
            except BrokenProcessPool:
                self.broken()
        return _parse(body, content_type, url)

    def broken(self) -> None:
        """A worker process died (out of memory?): carry on in the fetching threads."""
        with self._lock:
            if self.pool is not None:
                log.warning("article extraction processes stopped; extracting in threads instead")
                self.pool.shutdown(wait=False, cancel_futures=True)
                self.pool = None

    def close(self) -> None:
        """Stop the worker processes, if any were started."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
