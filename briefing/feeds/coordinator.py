"""One feeds run: new entries in the edition's window, with each linked page's full text.

Network work (fetching, parsing, extracting) runs in worker threads; only the coordinating thread
touches the state database, writing one transaction per feed so a crash never leaves a feed's
validators ahead of the entries they describe. Each feed's problems end up in at most two warning
lines: one about the feed itself, one summarising its entries.
"""

from __future__ import annotations

import datetime as dt
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Literal
from urllib.parse import urlsplit

from briefing.collect.seeds import UNKNOWN_OUTLET, source_id
from briefing.collect.textclean import printable_line
from briefing.config import FeedSpec
from briefing.feeds.fetch import Fetcher, FetchFailed
from briefing.feeds.pages import Extractor, Fetched, PageProblem, Reading, Verdict, crashed, fetch_feed, fetch_page
from briefing.feeds.parse import Entry, entry_article, entry_words
from briefing.feeds.schedule import HostScheduler, Progress
from briefing.feeds.store import CachedPage, FeedStore, feed_name_of
from briefing.feeds.transport import without_credentials
from briefing.models import Article, Collected, FeedHealth

log = logging.getLogger(__name__)

# A firehose feed can list hundreds of entries inside the window; the newest this many are plenty.
MAX_ENTRIES_PER_FEED = 50
# A warning line lists this many entry URLs per kind of problem, then counts the rest.
_EXAMPLES = 3

Status = Literal["ok", "not modified", "error", "gone"]
EntryProblem = PageProblem | Literal["no link", "teaser"]

_PROBLEM_WORDS: dict[EntryProblem, str] = {
    "unreachable": "unreachable",
    "refused": "refused (a private or local address)",
    "not a page": "not a web page",
    "no text": "without article text",
    "crashed": "unreadable (run with --debug and report it)",
    "no link": "without a web link",
    "teaser": "a teaser (the feed said more than the page)",
}


@dataclass(frozen=True, kw_only=True)
class _Miss:
    """An entry whose page was not used: why, and where."""

    kind: EntryProblem
    where: str  # the entry's URL, else its title
    detail: str | None = None
    used_feed_text: bool = True


@dataclass
class _Job:
    """One feed's progress through the run (coordinator thread only)."""

    spec: FeedSpec
    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None
    status: Status = "ok"
    message: str | None = None  # the reason, shown beside the feed's URL
    hint: str | None = None  # what to do about a failed feed
    problem: str | None = None  # the one line about the feed itself
    entries: list[Entry] = field(default_factory=list)  # to store (a fresh read only)
    fresh: bool = False
    pending: int = 0
    articles: list[Article] = field(default_factory=list)
    cache: list[CachedPage] = field(default_factory=list)
    misses: list[_Miss] = field(default_factory=list)

    @property
    def shown_url(self) -> str:
        """The feed's address as warnings and the digest show it (no user:password@)."""
        return without_credentials(self.spec.url)

    @property
    def name(self) -> str:
        return self.spec.name or self.title or feed_name_of(self.spec.url)

    def warnings(self) -> list[str]:
        """At most two lines: the feed's own problem, then one summary of its entries' problems."""
        lines = [f"feed {self.name}: {_with_url(self.problem, self.shown_url)}"] if self.problem else []
        if self.misses:
            lines.append(f"feed {self.name}: {self.shown_url}: {_summarise(self.misses)}")
        return [printable_line(line) for line in lines]


@dataclass(frozen=True, kw_only=True)
class _Waiter:
    """A feed's entry waiting for the page it links (two feeds linking one page share its fetch)."""

    job: _Job
    entry: Entry


class Run:
    """Fetches every feed and its pages through the host scheduler, and records each feed as it completes."""

    def __init__(self, store: FeedStore, fetcher: Fetcher, start: dt.datetime, progress: Progress, *,
                 end: dt.datetime | None = None) -> None:
        self.store, self.fetcher, self.start, self.progress = store, fetcher, start, progress
        self.end = end  # entries published at or after it belong to a later edition
        self.extract = Extractor(fetcher.settings.extract_processes, backlog=2 * fetcher.settings.concurrency)
        self.work = 0  # parsing and extraction ahead: a changed feed counts 4, a page 1
        self.done: dict[str, _Job] = {}
        self.articles: dict[str, Article] = {}
        self.pages: dict[str, Article] = {}  # extracted this run (not yet committed by every feed that links them)
        self.waiting: dict[str, list[_Waiter]] = {}  # page URL -> the feeds' entries awaiting it

    def go(self, specs: tuple[FeedSpec, ...]) -> Collected:
        """Run every feed to the end; one bad feed or page costs a warning line, never the run."""
        settings = self.fetcher.settings
        gone_warnings: list[str] = []
        with ThreadPoolExecutor(settings.concurrency, thread_name_prefix="briefing-fetch") as pool:
            sched = HostScheduler(pool, settings.per_host, self.fetcher.host_key)
            try:
                for spec in specs:
                    job = self._job(spec)
                    if job.status == "gone":
                        gone_warnings.append(printable_line(
                            f"feed {job.name}: {job.shown_url}: skipped, {job.message} ({job.hint})"))
                        self.done[spec.url] = job
                        continue
                    sched.submit(spec.url, partial(self._on_feed, job, sched=sched), fetch_feed,
                                 self.fetcher, self.extract, spec.url, job.etag, job.last_modified)
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
            warnings=tuple(gone_warnings + [w for job in jobs for w in job.warnings()]),
            health=tuple(self._health(job) for job in jobs),
        )

    def _job(self, spec: FeedSpec) -> _Job:
        row = self.store.feed(spec.url)
        if row is None:
            return _Job(spec=spec)
        title = printable_line(row["title"] or "") or None  # stored by an older version: clean it like a fresh one
        job = _Job(spec=spec, etag=row["etag"], last_modified=row["last_modified"], title=title)
        if row["gone_at"]:
            job.status = "gone"
            job.message = f"it answered 410 Gone on {row['gone_at'][:10]}; briefing no longer asks"
            job.hint = "remove it from your feeds"
        return job

    def _on_feed(self, job: _Job, future: Future, sched: HostScheduler) -> None:
        self.progress.step()
        try:
            fetched: Fetched = future.result()
        except Exception as exc:  # noqa: BLE001 - a bug or parser crash on one feed must not sink the run
            log.debug("feed %s crashed", job.spec.url, exc_info=True)
            job.status, job.message = "error", f"could not be read ({type(exc).__name__}: {exc})"
            job.hint = "run with --debug and report it"
            job.problem = f"{job.message} ({job.hint})"
            return self._finish(job)
        if fetched.error is not None:
            return self._failed(job, fetched.error)
        job.title = fetched.title or job.title
        job.etag, job.last_modified = fetched.etag, fetched.last_modified
        if fetched.moved_to:
            job.message = f"moved permanently to {fetched.moved_to} (update your feed list)"
        if fetched.problem:
            job.problem = job.message = fetched.problem
        if fetched.status == 304:
            job.status = "not modified"
            entries, known = self.store.entries(job.spec.url), None
        else:
            job.fresh, job.entries = True, list(fetched.entries)
            self.work += 4
            self.extract.expect(self.work)
            entries, known = job.entries, self.store.entry_keys(job.spec.url)
        allow_file = _scheme(job.spec.url) == "file"  # a remote feed must never make us read local files
        for entry in self._selected(entries, known):
            self._use(job, entry, sched, allow_file)
        if job.pending == 0:
            self._finish(job)

    def _selected(self, entries: list[Entry], known: set[str] | None) -> list[Entry]:
        """Dated entries inside the window; undated ones only the first time they are seen."""
        chosen = [e for e in entries
                  if (self._in_window(e.published) if e.published else known is not None and e.key not in known)]
        chosen.sort(key=lambda e: e.published or dt.datetime.max.replace(tzinfo=dt.UTC), reverse=True)
        return chosen[:MAX_ENTRIES_PER_FEED]

    def _in_window(self, published: dt.datetime) -> bool:
        return published >= self.start and (self.end is None or published < self.end)

    def _use(self, job: _Job, entry: Entry, sched: HostScheduler, allow_file: bool) -> None:
        link = entry.link
        if not link and not entry_words(entry):
            log.debug("feed %s: entry %r has neither a link nor text", job.spec.url, entry.title)
            return  # nothing to show and nothing to fix: not worth a warning
        if not link or _scheme(link) not in (("http", "https", "file") if allow_file else ("http", "https")):
            self._fallback(job, entry, _Miss(kind="no link", where=link or entry.title or entry.key))
            return
        cached = self.pages.get(link) or self.store.cached_page(link)
        if cached is not None:
            job.articles.append(_fill(cached, entry, job.spec.name, self.start.tzinfo))
            return
        job.pending += 1
        waiters = self.waiting.setdefault(link, [])
        waiters.append(_Waiter(job=job, entry=entry))
        if len(waiters) == 1:  # two feeds linking the same page share one fetch
            self.progress.total += 1
            self.work += 1
            self.extract.expect(self.work)
            sched.submit(link, lambda f: self._on_page(link, f, sched), fetch_page, self.fetcher, self.extract, link,
                         job.spec.name, job.spec.url, allow_file)

    def _on_page(self, link: str, future: Future, sched: HostScheduler) -> None:
        """A page fetch ended: its verdict, or its article is being read in a worker process."""
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - one page's crash costs that page, not the run
            result = crashed(link, exc)
        if isinstance(result, Reading):
            reading = result
            sched.watch(reading.future, lambda f: self._on_read(link, f, reading, sched))
        else:
            self._page_done(link, result)

    def _on_read(self, link: str, future: Future, reading: Reading, sched: HostScheduler) -> None:
        """A worker process has read the page (or died: then read it again, in a fetching thread)."""
        try:
            verdict = future.result()
        except BrokenProcessPool:
            self.extract.broken()
            sched.submit(link, lambda f: self._on_page(link, f, sched), reading.fn, *reading.args)
            return
        except Exception as exc:  # noqa: BLE001 - one page's crash costs that page, not the run
            verdict = crashed(link, exc)
        self._page_done(link, verdict)

    def _page_done(self, link: str, verdict: Verdict) -> None:
        self.progress.step()
        article = verdict.article
        if article is not None:
            self.pages[link] = article
        for waiter in self.waiting.pop(link, []):
            job, entry = waiter.job, waiter.entry
            job.pending -= 1
            # A page with less than half the feed's own text is a teaser or a paywall; a full-content
            # feed whose page the cleaner trimmed a little still gets the page (and its metadata).
            if article is not None and 2 * len(article.text.split()) >= entry_words(entry):
                # A page that names no site is credited to the feed that linked it ("Local Wire").
                outlet = job.spec.name or (job.name if _names_no_site(article, link) else None)
                job.articles.append(_fill(article, entry, outlet, self.start.tzinfo))
                job.cache.append(CachedPage(url=link, article=article))
            else:
                miss = (_Miss(kind="teaser", where=link) if article is not None else
                        _Miss(kind=verdict.kind or "no text", where=link, detail=verdict.problem))
                fallback = self._fallback(job, entry, miss)
                if fallback is not None and verdict.permanent:
                    job.cache.append(CachedPage(url=link, article=fallback))  # a permanent failure: do not ask again
            if job.pending == 0:
                self._finish(job)

    def _fallback(self, job: _Job, entry: Entry, miss: _Miss) -> Article | None:
        article = entry_article(entry, outlet=job.name, tz=self.start.tzinfo)
        job.misses.append(replace(miss, used_feed_text=article is not None))
        if article is not None:
            job.articles.append(article)
        return article

    def _failed(self, job: _Job, error: FetchFailed) -> None:
        job.status = "gone" if error.reason == "gone" else "error"
        job.problem = str(error)  # the warning: URL, reason, hint
        job.message, job.hint = error.what, error.hint  # the health: beside the URL, the reason and what to do
        self._finish(job)

    def _finish(self, job: _Job) -> None:
        """Record the feed in one transaction, then hand its articles to the run."""
        self.store.save(job.spec, status=job.status, message=job.message, title=job.title, etag=job.etag,
                        last_modified=job.last_modified, used=len(job.articles),
                        entries=job.entries if job.fresh else None, pages=job.cache)
        for article in job.articles:
            # The same story in two feeds counts once; it keeps the first feed's section and filters.
            self.articles.setdefault(article.id, replace(article, section=job.spec.section, feed=job.spec.url))
        self.done[job.spec.url] = job

    def _health(self, job: _Job) -> FeedHealth:
        return FeedHealth(name=job.name, url=job.shown_url, status=job.status, entries=len(job.articles),
                          message=job.message, hint=job.hint)


def _scheme(url: str) -> str:
    """The URL's scheme, lower-cased; "" for what is not a URL at all ("http://[::1/x")."""
    try:
        return urlsplit(url).scheme.lower()
    except ValueError:
        return ""


def _with_url(problem: str, url: str) -> str:
    """Fetch errors already start with the URL; other problems get the feed's."""
    return problem if problem.startswith(url) else f"{url}: {problem}"


def _summarise(misses: list[_Miss]) -> str:
    """'3 entries had no usable page, used the feed's summaries: 2 could not be fetched (URL: 404 ...); ...'."""
    used = [m for m in misses if m.used_feed_text]
    skipped = [m for m in misses if not m.used_feed_text]
    parts = []
    if used:
        noun = "entry" if len(used) == 1 else "entries"
        summary = "summary" if len(used) == 1 else "summaries"
        parts.append(f"{len(used)} {noun} had no usable page, used the feed's {summary} instead: {_by_kind(used)}")
    if skipped:
        noun = "entry" if len(skipped) == 1 else "entries"
        parts.append(f"{len(skipped)} {noun} left out, no text on the page or in the feed: {_by_kind(skipped)}")
    return "; ".join(parts)


def _by_kind(misses: list[_Miss]) -> str:
    kinds: dict[EntryProblem, list[_Miss]] = {}
    for miss in misses:
        kinds.setdefault(miss.kind, []).append(miss)
    out = []
    for kind, group in kinds.items():
        shown = ", ".join(f"{m.where} ({m.detail})" if m.detail and kind not in ("no text", "refused") else m.where
                          for m in group[:_EXAMPLES])
        more = f" and {len(group) - _EXAMPLES} more" if len(group) > _EXAMPLES else ""
        out.append(f"{len(group)} {_PROBLEM_WORDS[kind]}: {shown}{more}")
    return "; ".join(out)


def _fill(article: Article, entry: Entry, outlet: str | None, tz: dt.tzinfo | None) -> Article:
    """The feed's date is exact where a page's is a guess; the entry's title stands in for a missing one."""
    published = entry.published.astimezone(tz).date() if entry.published else article.published
    return replace(article, id=source_id(entry.link or article.url or entry.key), title=article.title or entry.title,
                   published=published, published_at=entry.published or article.published_at,
                   url=entry.link or article.url, origin="feed", outlet=outlet or article.outlet)


def _names_no_site(article: Article, link: str) -> bool:
    """The page gave no site name: the extractor fell back to its address (or to nothing)."""
    parts = urlsplit(link)
    addresses = {UNKNOWN_OUTLET, parts.netloc, parts.netloc.removeprefix("www."), parts.hostname or ""}
    return article.outlet in addresses
