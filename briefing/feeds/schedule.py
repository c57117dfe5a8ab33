"""Which fetch runs next: at most `per_host` requests to one host at once, hosts taking turns; and progress."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from queue import SimpleQueue
from typing import Any


class HostScheduler:
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
        """Queue fn(*args) behind `url`'s host; `callback(future)` comes back through completed()."""
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
        """Each finished task's callback and future, until nothing is queued (callbacks may queue more)."""
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


class Progress:
    """Counts fetches done against fetches known and reports them to the caller's callback, if any."""

    def __init__(self, report: Callable[[int, int], None] | None) -> None:
        self.report, self.total, self.count = report, 0, 0

    def step(self) -> None:
        """One fetch is done."""
        self.count += 1
        if self.report:
            self.report(self.count, self.total)

    def close(self) -> None:
        """The run is over: report it complete."""
        if self.report and self.count:
            self.report(self.total, self.total)
