"""Run a slice-wise computation on every core: forked children inherit the input, send back results.

The deduplicator's per-article and per-pair passes are independent item by item, so a batch is cut into
one contiguous slice per core; this process computes the first slice while forked children compute the
others. Results come back in slice order, so the outcome never depends on which core finished first.
Small batches (a daily build's few dozen articles, tests) stay in this process: forking costs more
than it saves.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import threading
from bisect import bisect_left
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any, TypeVar, cast

log = logging.getLogger(__name__)

T = TypeVar("T")

# Below this many items a pass runs in this process. Forking a child, pickling its results and reading
# them back costs tens of milliseconds, which a pass over a few thousand articles does not repay.
PARALLEL_MIN = 5000
# Never use more processes than this, whatever the machine: each child's copied pages cost memory.
MAX_WORKERS = 4


def workers() -> int:
    """How many processes a large pass may use: the cores this process may run on, if fork is available."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1  # children would have to re-import and be sent the input: not worth it
    if threading.active_count() > 1:
        # Forking while other threads run (the scheduler's, a fetch pool's) can copy a lock held
        # mid-update into the child, which then waits forever: stay in this process.
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def slice_map(func: Callable[[int, int], T], n: int, *, cost: float = 1.0,
              weight: Callable[[int], float] | None = None) -> list[T]:
    """func(start, stop) over contiguous slices covering range(n), one per worker, results in slice order.

    `cost` is one item's work relative to reading one article: the pass forks once n * cost reaches
    PARALLEL_MIN. `weight(i)`, if given, is item i's share of the work, read on a sample of the items
    to cut slices of equal work instead of equal length (the slices never change the results)."""
    count = workers() if n * cost >= PARALLEL_MIN else 1
    bounds = _cuts(n, count, weight) if weight and count > 1 else [(n * k // count, n * (k + 1) // count)
                                                                   for k in range(count)]
    if count == 1:
        return [func(0, n)]
    ctx = multiprocessing.get_context("fork")
    children = []
    for start, stop in bounds[1:]:
        receive, send = ctx.Pipe(duplex=False)
        # Fork: the child inherits func and everything it reads, nothing is pickled on the way in.
        child = ctx.Process(target=_child, args=(func, start, stop, send), daemon=True)
        child.start()
        send.close()
        children.append((child, receive))
    results = [func(*bounds[0])]
    for (child, receive), (start, stop) in zip(children, bounds[1:], strict=True):
        results.append(_collect(func, child, receive, start, stop))
    return results


# Items of the sample `weight` is read on: enough to place the cuts within a percent or two.
WEIGHT_SAMPLE = 1024


def _cuts(n: int, count: int, weight: Callable[[int], float]) -> list[tuple[int, int]]:
    """`count` contiguous slices of range(n), each with about the same total weight."""
    if n == 0:
        return [(0, 0)] * count
    step = max(1, n // WEIGHT_SAMPLE)
    sampled = list(range(0, n, step))
    total = 0.0
    running = []
    for i in sampled:
        total += weight(i)
        running.append(total)
    starts = [0] + [sampled[bisect_left(running, total * k / count)] for k in range(1, count)] + [n]
    return list(zip(starts, starts[1:], strict=False))


def _child(func: Callable[[int, int], T], start: int, stop: int, send: Connection) -> None:
    try:
        send.send((True, func(start, stop)))
    except Exception as exc:  # reported to the parent, which redoes the slice itself
        send.send((False, repr(exc)))
    finally:
        send.close()


def _collect(func: Callable[[int, int], T], child: multiprocessing.process.BaseProcess, receive: Connection,
             start: int, stop: int) -> T:
    """A child's result; if the child failed or died, the slice is computed here instead."""
    try:
        ok, result = receive.recv()  # read before join: a child blocks until its pipe is drained
    except (EOFError, OSError) as exc:
        ok, result = False, repr(exc)
    finally:
        receive.close()
    if ok:
        # Not waited for: a child that has sent its result only exits, and freeing the pages it copied
        # took 0.1 s at 100k articles. It is reaped when the next child starts, or by reap().
        child.join(timeout=0)
        return result
    child.join()
    log.warning("parallel worker for items %d-%d failed (%s); computing them in this process", start, stop, result)
    return func(start, stop)


def reap() -> None:
    """Collect the children of earlier passes that have exited since (without waiting for any)."""
    multiprocessing.active_children()


def _receive(conn: Connection) -> tuple[bool, object]:
    try:
        ok, got = conn.recv()
    except (EOFError, OSError) as exc:
        return False, repr(exc)
    return ok, got


Step = Callable[[Any, Any], tuple[Any, Any]]


def stages(steps: Sequence[Step], combines: Sequence[Callable[[list[Any]], Any]], n: int, *,
           meanwhile: Callable[[Any], bool] | None = None) -> list[Any]:
    """Several passes over the same slices, each process keeping its slice's state from one to the next.

    steps[0](None, (start, stop)) starts a slice; every step returns (state, partial) and hands its state
    to the slice's next step. After each step but the last, combines[k](every slice's partial, in slice
    order) is the message the next step of every slice gets: steps[k + 1](state, message). Returns the
    last step's partials in slice order. Unlike separate passes, what a step keeps for the next (a slice's
    sentence keys, its term counts) never crosses a process boundary. A child that fails has its slice
    computed here from the start, with the same messages.

    `meanwhile(this process's last partial)`, if given, is called again and again once this process has
    done its slice's last step, for as long as a child has sent nothing yet and it returns True: a next
    pass's work that needs only the first slice's results, done while this process would only wait."""
    if len(combines) != len(steps) - 1:
        raise ValueError("one combine between each two steps")
    count = workers() if n >= PARALLEL_MIN else 1
    bounds = [(n * k // count, n * (k + 1) // count) for k in range(count)]
    ctx = multiprocessing.get_context("fork")
    conns: list[Connection | None] = [None]
    children = []
    for bound in bounds[1:]:
        mine, theirs = ctx.Pipe()
        child = ctx.Process(target=_stages_child, args=(steps, bound, theirs), daemon=True)
        child.start()
        theirs.close()
        conns.append(mine)
        children.append(child)
    messages: list[Any] = []
    states: list[Any] = [None] * count
    partials: list[Any] = []
    try:
        for s, step in enumerate(steps):
            partials = []
            for k in range(count):
                conn = conns[k]
                if conn is None:  # this process holds the slice (the first, or one taken over)
                    states[k], partial = step(states[k], bounds[k] if s == 0 else messages[s - 1])
                    if k == 0 and s == len(steps) - 1 and meanwhile is not None:
                        _while_waiting(conns, meanwhile, partial)
                else:
                    ok, partial = _receive(conn)
                    if not ok:
                        log.warning("parallel worker for items %d-%d failed (%s); computing them here", *bounds[k],
                                    partial)
                        conn.close()
                        conns[k] = None
                        states[k], partial = _replay(steps, messages, bounds[k], s)
                partials.append(partial)
            if s == len(steps) - 1:
                break
            messages.append(combines[s](partials))
            for k, conn in enumerate(conns):
                if conn is not None:
                    try:
                        conn.send(messages[-1])
                    except OSError:
                        conn.close()
                        conns[k] = None
                        states[k] = _replay(steps, messages, bounds[k], s)[0]
    finally:
        for conn in conns:
            if conn is not None:
                conn.close()
        for child in children:
            child.join()
    return partials


def _while_waiting(conns: list[Connection | None], work: Callable[[Any], bool], partial: Any) -> None:
    """work(partial) until it says it is done or every child has begun to send (or died: poll says so)."""
    while any(conn is not None and not conn.poll() for conn in conns) and work(partial):
        pass


def _replay(steps: Sequence[Step], messages: list[Any], bound: tuple[int, int], last: int) -> tuple[Any, Any]:
    """A slice's steps 0..last computed in this process, with the messages the children were sent."""
    state, partial = None, None
    for s in range(last + 1):
        state, partial = steps[s](state, bound if s == 0 else messages[s - 1])
    return state, partial


def _stages_child(steps: Sequence[Step], bound: tuple[int, int], conn: Connection) -> None:
    try:
        state, message = None, cast(Any, bound)
        for s, step in enumerate(steps):
            state, partial = step(state, message)
            conn.send((True, partial))
            if s < len(steps) - 1:
                message = conn.recv()
    except Exception as exc:  # reported to the parent, which redoes the slice itself
        with contextlib.suppress(OSError):  # the parent may be gone already
            conn.send((False, repr(exc)))
    finally:
        conn.close()
