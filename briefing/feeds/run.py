"""Collect from RSS/Atom feeds: new entries in the edition's window, with each linked page's full text.

Network work (fetching, parsing, extracting) runs in worker threads; only the coordinating thread
touches the state database, writing one transaction per feed so a crash never leaves a feed's
validators ahead of the entries they describe.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing as mp
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from functools import partial
from queue import SimpleQueue
from typing import Any
from urllib.parse import urlsplit

from briefing.collect.seeds import MIN_WORDS, UNKNOWN_OUTLET, article_from_html, host_of, source_id
from briefing.config import FeedSpec
from briefing.feeds.fetch import Fetcher, FetchFailed, FetchSettings, decode_body
from briefing.feeds.parse import Entry, ParsedFeed, entry_article, parse_feed
from briefing.feeds.store import FeedStore
from briefing.models import Article, Collected, FeedHealth
from briefing.state import State

log = logging.getLogger(__name__)

_Verdict = tuple[Article | None, str | None, bool]  # a page's outcome: (article, problem, permanent)

# A firehose feed can list hundreds of entries inside the window; the newest this many are plenty.
MAX_ENTRIES_PER_FEED = 50
# Worker processes cost about a second to start (Python plus trafilatura); for fewer pages (or feeds,
# each of which likely brings several pages) than this, threads win.
_POOL_MIN_WORK = 40
_PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
_FEED_ACCEPT = (
    "application/rss+xml,application/atom+xml,application/rdf+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"
)


def collect_feeds(feeds: Sequence[FeedSpec], *, state: State, window_start: dt.datetime,
                  settings: FetchSettings | None = None,
                  progress: Callable[[int, int], None] | None = None) -> Collected:
    """Fetch every feed, keep entries inside the window, and read each entry's page; never raises for one feed."""
    if window_start.tzinfo is None:
        raise ValueError("window_start must be timezone-aware")
    store = FeedStore(state)
    store.prune()
    run = _Run(store, Fetcher(settings), window_start, _Progress(progress))
    return run.go(unique_feeds(feeds))


def unique_feeds(feeds: Sequence[FeedSpec]) -> tuple[FeedSpec, ...]:
    """Each URL once; the first spec that names it wins (config before imports)."""
    seen: dict[str, FeedSpec] = {}
    for spec in feeds:
        prior = seen.get(spec.url)
        if prior is None or (prior.name is None and spec.name):
            seen[spec.url] = spec  # keeps the first position, takes a name when the first had none
    return tuple(seen.values())


def feeds_from_state(state: State) -> tuple[FeedSpec, ...]:
    """The feeds `briefing feeds import` added, in the order they were imported."""
    return FeedStore(state).imported()


def import_feeds(state: State, feeds: Sequence[FeedSpec]) -> int:
    """Add feeds to the imported list; returns how many were new."""
    return FeedStore(state).add_imported(feeds)


@dataclass(frozen=True, kw_only=True)
class FeedListing:
    """One line of `briefing feeds list`."""

    spec: FeedSpec
    origin: str  # "config" | "imported" | "config+imported"
    health: FeedHealth | None = None  # None: never checked
    checked_at: str | None = None


def feed_report(state: State, configured: Sequence[FeedSpec]) -> list[FeedListing]:
    """Every feed a build reads (configured, then imported) with how its last check went."""
    store = FeedStore(state)
    imported = {f.url for f in store.imported()}
    ours = {f.url for f in configured}
    listing = []
    for spec in unique_feeds(tuple(configured) + store.imported()):
        origin = "imported" if spec.url not in ours else "config+imported" if spec.url in imported else "config"
        health, checked = store.last_health(spec)
        listing.append(FeedListing(spec=spec, origin=origin, health=health, checked_at=checked))
    return listing


def window_start(since: dt.datetime | dt.timedelta | None, *, now: dt.datetime, hours: float,
                 tz: dt.tzinfo) -> dt.datetime:
    """Where the edition's window opens: --since as a time or a span back from now, else `hours` before now."""
    if isinstance(since, dt.datetime):
        return since if since.tzinfo else since.replace(tzinfo=tz)
    return now - (since if isinstance(since, dt.timedelta) else dt.timedelta(hours=hours))


def health_summary(health: Sequence[FeedHealth]) -> str:
    """One line for the end of a run: '12 feeds: 9 ok, 2 not modified, 1 error'."""
    counts: dict[str, int] = {}
    for item in health:
        counts[item.status] = counts.get(item.status, 0) + 1
    parts = ", ".join(f"{n} {status}" for status, n in counts.items())
    return f"{len(health)} feed{'s' if len(health) != 1 else ''}: {parts}" if health else "no feeds"


# --- the run ------------------------------------------------------------------------------


@dataclass
class _Job:
    """One feed's progress through the run (coordinator thread only)."""

    spec: FeedSpec
    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None
    status: str = "ok"
    message: str | None = None
    entries: list[Entry] = field(default_factory=list)  # to store (a fresh read only)
    fresh: bool = False
    pending: int = 0
    articles: list[Article] = field(default_factory=list)
    cache: list[tuple[str, Article]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.spec.name or self.title or host_of(self.spec.url) or self.spec.url

    def warn(self, text: str) -> None:
        self.warnings.append(f"feed {self.name}: {text}")


@dataclass(frozen=True, kw_only=True)
class _Fetched:
    """A worker's answer for one feed."""

    status: int = 0  # 200 or 304; 0 when `error` is set
    entries: tuple[Entry, ...] = ()
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: FetchFailed | None = None
    problem: str | None = None  # the feed was read but something is wrong with it (a warning)
    moved_to: str | None = None


class _Run:
    def __init__(self, store: FeedStore, fetcher: Fetcher, start: dt.datetime, progress: _Progress) -> None:
        self.store, self.fetcher, self.start, self.progress = store, fetcher, start, progress
        self.extract = _Extractor(fetcher.settings.extract_processes, backlog=2 * fetcher.settings.concurrency)
        self.work = 0  # parsing and extraction ahead: a changed feed counts 4, a page 1
        self.done: dict[str, _Job] = {}
        self.articles: dict[str, Article] = {}
        self.pages: dict[str, Article] = {}  # extracted this run (not yet committed by every feed that links them)
        self.waiting: dict[str, list[tuple[_Job, Entry]]] = {}  # page URL -> the feeds' entries awaiting it

    def go(self, specs: tuple[FeedSpec, ...]) -> Collected:
        settings = self.fetcher.settings
        gone_warnings: list[str] = []
        with ThreadPoolExecutor(settings.concurrency, thread_name_prefix="briefing-fetch") as pool:
            sched = _Scheduler(pool, settings.per_host, self.fetcher.host_key)
            try:
                for spec in specs:
                    job = self._job(spec)
                    if job.status == "gone":
                        gone_warnings.append(f"feed {job.name}: skipped, {job.message}")
                        self.done[spec.url] = job
                        continue
                    sched.submit(spec.url, partial(self._on_feed, job, sched=sched), _fetch_feed,
                                 self.fetcher, self.extract, spec, job.etag, job.last_modified)
                self.progress.total += sched.queued
                for callback, future in sched.completed():
                    callback(future)
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise
            finally:
                self.progress.close()
                self.extract.close()
        jobs = [self.done[s.url] for s in specs if s.url in self.done]
        return Collected(
            articles=tuple(self.articles.values()),
            warnings=tuple(gone_warnings + [w for job in jobs for w in job.warnings]),
            health=tuple(self._health(job) for job in jobs),
        )

    def _job(self, spec: FeedSpec) -> _Job:
        row = self.store.feed(spec.url)
        if row is None:
            return _Job(spec=spec)
        job = _Job(spec=spec, etag=row["etag"], last_modified=row["last_modified"], title=row["title"])
        if row["gone_at"]:
            job.status = "gone"
            job.message = (f"it answered 410 Gone on {row['gone_at'][:10]}; briefing no longer asks "
                           "(remove it from your feeds)")
        return job

    def _on_feed(self, job: _Job, future: Future, sched: _Scheduler) -> None:
        self.progress.step()
        try:
            fetched: _Fetched = future.result()
        except Exception as exc:  # noqa: BLE001 - a bug or parser crash on one feed must not sink the run
            log.debug("feed %s crashed", job.spec.url, exc_info=True)
            fetched = _Fetched(problem=f"could not be read ({type(exc).__name__}: {exc})")
            job.status, job.message = "error", fetched.problem
            job.warn(f"{fetched.problem} (run with --debug and report it)")
            return self._finish(job)
        if fetched.error is not None:
            return self._failed(job, fetched.error)
        job.title = fetched.title or job.title
        job.etag, job.last_modified = fetched.etag, fetched.last_modified
        if fetched.moved_to:
            job.message = f"moved permanently to {fetched.moved_to} (update your feed list)"
        if fetched.problem:
            job.warn(fetched.problem)
            job.message = fetched.problem
        if fetched.status == 304:
            job.status = "not modified"
            entries, known = self.store.entries(job.spec.url), None
        else:
            job.fresh, job.entries = True, list(fetched.entries)
            self.work += 4
            self.extract.expect(self.work)
            entries, known = job.entries, self.store.entry_keys(job.spec.url)
        allow_file = urlsplit(job.spec.url).scheme == "file"  # a remote feed must never make us read local files
        for entry in self._selected(entries, known):
            self._use(job, entry, sched, allow_file)
        if job.pending == 0:
            self._finish(job)

    def _selected(self, entries: list[Entry], known: set[str] | None) -> list[Entry]:
        """Dated entries inside the window; undated ones only the first time they are seen."""
        chosen = [e for e in entries
                  if (e.published >= self.start if e.published else known is not None and e.key not in known)]
        chosen.sort(key=lambda e: e.published or dt.datetime.max.replace(tzinfo=dt.UTC), reverse=True)
        return chosen[:MAX_ENTRIES_PER_FEED]

    def _use(self, job: _Job, entry: Entry, sched: _Scheduler, allow_file: bool) -> None:
        link = entry.link
        if not link and not entry.summary.strip():
            log.debug("feed %s: entry %r has neither a link nor text", job.spec.url, entry.title)
            return  # nothing to show and nothing to fix: not worth a warning
        if not link or urlsplit(link).scheme not in (("http", "https", "file") if allow_file else ("http", "https")):
            self._fallback(job, entry, "the entry has no web link")
            return
        cached = self.pages.get(link) or self.store.cached_page(link)
        if cached is not None:
            job.articles.append(_fill(cached, entry, job.spec.name, self.start.tzinfo))
            return
        job.pending += 1
        waiters = self.waiting.setdefault(link, [])
        waiters.append((job, entry))
        if len(waiters) == 1:  # two feeds linking the same page share one fetch
            self.progress.total += 1
            self.work += 1
            self.extract.expect(self.work)
            sched.submit(link, lambda f: self._on_page(link, f, sched), _fetch_page, self.fetcher, self.extract, link,
                         job.spec.name, allow_file)

    def _on_page(self, link: str, future: Future, sched: _Scheduler) -> None:
        """A page fetch ended: its verdict, or its article is being read in a worker process."""
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - one page's crash costs that page, not the run
            result = _crashed(link, exc)
        if isinstance(result, _Reading):
            sched.watch(result.future, lambda f: self._on_read(link, f, result, sched))
        else:
            self._page_done(link, result)

    def _on_read(self, link: str, future: Future, reading: _Reading, sched: _Scheduler) -> None:
        """A worker process has read the page (or died: then read it again, in a fetching thread)."""
        try:
            verdict = future.result()
        except BrokenProcessPool:
            self.extract.broken()
            sched.submit(link, lambda f: self._on_page(link, f, sched), reading.fn, *reading.args)
            return
        except Exception as exc:  # noqa: BLE001 - one page's crash costs that page, not the run
            verdict = _crashed(link, exc)
        self._page_done(link, verdict)

    def _page_done(self, link: str, verdict: _Verdict) -> None:
        self.progress.step()
        article, problem, keep = verdict
        if article is not None:
            self.pages[link] = article
        for job, entry in self.waiting.pop(link, []):
            job.pending -= 1
            if article is not None:
                # A page that names no site is credited to the feed that linked it ("Local Wire").
                outlet = job.spec.name or (job.name if _names_no_site(article, link) else None)
                job.articles.append(_fill(article, entry, outlet, self.start.tzinfo))
                job.cache.append((link, article))
            else:
                fallback = self._fallback(job, entry, problem or "no article text on the page")
                if fallback is not None and keep:
                    job.cache.append((link, fallback))  # a permanent failure: do not ask again
            if job.pending == 0:
                self._finish(job)

    def _fallback(self, job: _Job, entry: Entry, problem: str) -> Article | None:
        article = entry_article(entry, outlet=job.name, tz=self.start.tzinfo)
        where = entry.link or entry.title
        if article is None:
            job.warn(f"skipped '{entry.title}' ({where}): {problem}, and the feed gives no text either")
            return None
        job.warn(f"'{entry.title}' ({where}): {problem}; used the feed's summary instead")
        job.articles.append(article)
        return article

    def _failed(self, job: _Job, error: FetchFailed) -> None:
        job.status = "gone" if error.reason == "gone" else "error"
        job.message = str(error)
        job.warn(str(error))
        self._finish(job)

    def _finish(self, job: _Job) -> None:
        """Record the feed in one transaction, then hand its articles to the run."""
        self.store.save(job.spec, status=job.status, message=job.message, title=job.title, etag=job.etag,
                        last_modified=job.last_modified, used=len(job.articles),
                        entries=job.entries if job.fresh else None, pages=job.cache)
        for article in job.articles:
            self.articles.setdefault(article.id, article)  # the same story in two feeds counts once
        self.done[job.spec.url] = job

    def _health(self, job: _Job) -> FeedHealth:
        return FeedHealth(name=job.name, url=job.spec.url, status=job.status, entries=len(job.articles),
                          message=job.message)


def _fill(article: Article, entry: Entry, outlet: str | None, tz: dt.tzinfo | None) -> Article:
    """The feed's date is exact where a page's is a guess; the entry's title stands in for a missing one."""
    published = entry.published.astimezone(tz).date() if entry.published else article.published
    return replace(article, id=source_id(entry.link or article.url or entry.key), title=article.title or entry.title,
                   published=published, url=entry.link or article.url, origin="feed", outlet=outlet or article.outlet)


# --- worker-thread functions ---------------------------------------------------------------


def _fetch_feed(fetcher: Fetcher, extract: _Extractor, spec: FeedSpec, etag: str | None,
                last_modified: str | None) -> _Fetched:
    """Fetch and parse one feed (worker thread); failures come back as values."""
    try:
        resp = fetcher.get(spec.url, etag=etag, last_modified=last_modified, accept=_FEED_ACCEPT, allow_file=True)
    except FetchFailed as exc:
        return _Fetched(error=exc)
    if resp.status == 304:
        return _Fetched(status=304, etag=resp.etag, last_modified=resp.last_modified, moved_to=resp.moved_to)
    parsed = extract.parse(resp.body, resp.content_type, resp.url)
    if parsed.error:
        return _Fetched(error=FetchFailed(spec.url, parsed.error, reason="not a feed", hint=parsed.hint))
    return _Fetched(status=200, entries=parsed.entries, title=parsed.title, etag=resp.etag,
                    last_modified=resp.last_modified, problem=parsed.problem, moved_to=resp.moved_to)


def _fetch_page(fetcher: Fetcher, extract: _Extractor, url: str, outlet: str | None,
                allow_file: bool) -> _Verdict | _Reading:
    """Fetch one page (worker thread): its verdict, or a _Reading while a worker process reads the article."""
    try:
        resp = fetcher.get(url, accept=_PAGE_ACCEPT, allow_file=allow_file)
    except FetchFailed as exc:
        return None, f"page failed ({exc.args[0].removeprefix(url + ': ')})", not exc.transient
    kind = resp.content_type.split(";")[0].strip().lower()
    if kind and "html" not in kind and not kind.startswith("text/"):
        return None, f"the link is not a web page ({kind})", True
    return extract.submit(_read_page, resp.body, resp.content_type, url, outlet)


def _read_page(body: bytes, content_type: str, url: str, outlet: str | None) -> _Verdict:
    """The page's article, or why it cannot be used (module level so worker processes can run it)."""
    html = decode_body(body, content_type)
    article = article_from_html(html, id=source_id(url), url=url, origin="feed", outlet=outlet, fast=True)
    if article is None or not article.text.strip():
        return None, "no article text found on the page", True
    if len(article.text.split()) < MIN_WORDS:
        return None, "the page shows only a few words (a teaser or paywall?)", True
    return article, None, True


def _crashed(link: str, exc: Exception) -> _Verdict:
    log.debug("page %s crashed", link, exc_info=exc)
    return None, f"could not be read ({type(exc).__name__})", False


def _parse(body: bytes, content_type: str, url: str) -> ParsedFeed:
    return parse_feed(body, content_type=content_type, url=url)


def _warm_up() -> None:
    import trafilatura  # noqa: F401 - load it once per worker process, before the first page arrives


@dataclass(frozen=True)
class _Reading:
    """A page on its way through a worker process; `fn(*args)` reads it again should the process die."""

    future: Future
    fn: Callable[..., _Verdict]
    args: tuple


class _Extractor:
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
        if self.pool is None and self.processes > 0 and work >= _POOL_MIN_WORK:
            self.pool = ProcessPoolExecutor(self.processes, mp_context=mp.get_context("spawn"), initializer=_warm_up)

    def submit(self, fn: Callable[..., _Verdict], *args: Any) -> _Verdict | _Reading:
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
                return _Reading(future, fn, args)
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
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


# --- plumbing -----------------------------------------------------------------------------


class _Scheduler:
    """Runs tasks in the thread pool, at most `per_host` at once against one host, hosts taking turns.

    Bookkeeping is O(1) per task: hosts with work and a free slot wait in `ready`, and finished
    tasks arrive through a queue (no scan of every host or every running future per completion).
    """

    def __init__(self, pool: ThreadPoolExecutor, per_host: int, key: Callable[[str], str]) -> None:
        self.pool, self.per_host, self.key = pool, per_host, key
        self.capacity = pool._max_workers  # noqa: SLF001 - the executor's own size is the global limit
        self.waiting: dict[str, deque[tuple[Callable, Callable, tuple]]] = {}
        self.ready: deque[str] = deque()  # hosts with waiting tasks and a free slot, in turn
        self.active: dict[str, int] = {}
        self.running = 0
        self.queued = 0  # submitted, callback not yet yielded
        self.finished: SimpleQueue[tuple[str | None, Callable, Future]] = SimpleQueue()

    def submit(self, url: str, callback: Callable[[Future], None], fn: Callable, *args: Any) -> None:
        host = self.key(url)
        queue = self.waiting.setdefault(host, deque())
        queue.append((callback, fn, args))
        self.queued += 1
        if len(queue) == 1 and self.active.get(host, 0) < self.per_host:
            self.ready.append(host)
        self._pump()

    def watch(self, future: Future, callback: Callable[[Future], None]) -> None:
        """Also yield `future` from completed() when it is done (work running elsewhere: no host slot)."""
        self.queued += 1
        future.add_done_callback(partial(self._arrived, None, callback))

    def completed(self) -> Iterator[tuple[Callable[[Future], None], Future]]:
        while self.queued:
            host, callback, future = self.finished.get()
            self.queued -= 1
            if host is not None:
                self.running -= 1
                self.active[host] -= 1
                if self.active[host] == self.per_host - 1 and host in self.waiting:
                    self.ready.append(host)  # it was at its limit with work waiting
                self._pump()
            yield callback, future

    def _arrived(self, host: str | None, callback: Callable[[Future], None], future: Future) -> None:
        self.finished.put((host, callback, future))  # runs in the thread that finished it

    def _pump(self) -> None:
        while self.ready and self.running < self.capacity:
            host = self.ready.popleft()
            queue = self.waiting[host]
            callback, fn, args = queue.popleft()
            if not queue:
                del self.waiting[host]
            self.active[host] = self.active.get(host, 0) + 1
            self.running += 1
            if queue and self.active[host] < self.per_host:
                self.ready.append(host)  # behind the others: hosts take turns
            future = self.pool.submit(fn, *args)
            future.add_done_callback(partial(self._arrived, host, callback))


class _Progress:
    """Counts fetches done against fetches known and reports them to the caller's callback, if any."""

    def __init__(self, report: Callable[[int, int], None] | None) -> None:
        self.report, self.total, self.count = report, 0, 0

    def step(self) -> None:
        self.count += 1
        if self.report:
            self.report(self.count, self.total)

    def close(self) -> None:
        if self.report and self.count:
            self.report(self.total, self.total)



def _names_no_site(article: Article, link: str) -> bool:
    """The page gave no site name: the extractor fell back to its address (or to nothing)."""
    parts = urlsplit(link)
    addresses = {UNKNOWN_OUTLET, parts.netloc, parts.netloc.removeprefix("www."), parts.hostname or ""}
    return article.outlet in addresses


