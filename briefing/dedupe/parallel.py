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
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TypeVar, cast

log = logging.getLogger(__name__)

T = TypeVar("T")
S = TypeVar("S")
P = TypeVar("P")
C = TypeVar("C")
R = TypeVar("R")

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


def slice_map(func: Callable[[int, int], T], n: int, *, cost: float = 1.0) -> list[T]:
    """func(start, stop) over contiguous slices covering range(n), one per worker, results in slice order.

    `cost` is one item's work relative to reading one article: the pass forks once n * cost reaches
    PARALLEL_MIN."""
    count = workers() if n * cost >= PARALLEL_MIN else 1
    bounds = [(n * k // count, n * (k + 1) // count) for k in range(count)]
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
        child.join()
    if ok:
        return result
    log.warning("parallel worker for items %d-%d failed (%s); computing them in this process", start, stop, result)
    return func(start, stop)


def two_pass(first: Callable[[int, int], tuple[S, P]], combine: Callable[[list[P]], C],
             second: Callable[[S, C], R], n: int) -> tuple[list[P], C, list[R]]:
    """Two passes over slices with an exchange between: first(start, stop) gives a state kept where it was
    computed and a partial result; combine(all partials) is sent to every slice; second(state, combined)
    gives the slice's result. Returns the partials, the combined value and the results, in slice order."""
    count = workers() if n >= PARALLEL_MIN else 1
    bounds = [(n * k // count, n * (k + 1) // count) for k in range(count)]
    ctx = multiprocessing.get_context("fork")
    children = []
    for start, stop in bounds[1:]:
        mine, theirs = ctx.Pipe()
        child = ctx.Process(target=_two_pass_child, args=(first, second, start, stop, theirs), daemon=True)
        child.start()
        theirs.close()
        children.append((child, mine))
    states: list[S | None] = [None] * count
    states[0], partial = first(*bounds[0])
    partials = [partial]
    for k, (_child, conn) in enumerate(children, start=1):
        ok, got = _receive(conn)
        if not ok:  # the child failed: this process takes its slice over
            log.warning("parallel worker for items %d-%d failed (%s); computing them here", *bounds[k], got)
            states[k], got = first(*bounds[k])
        partials.append(cast(P, got))  # a child sends what first() returned
    combined = combine(partials)
    for k, (_child, conn) in enumerate(children, start=1):
        if states[k] is None:
            try:
                conn.send(combined)
            except OSError:
                states[k] = first(*bounds[k])[0]
    results = [second(cast(S, states[0]), combined)]
    for k, (child, conn) in enumerate(children, start=1):
        ok, got = _receive(conn) if states[k] is None else (False, "taken over")
        conn.close()
        child.join()
        if not ok:
            state = states[k] if states[k] is not None else first(*bounds[k])[0]
            got = second(cast(S, state), combined)
        results.append(cast(R, got))
    return partials, combined, results


def _two_pass_child(first: Callable[[int, int], tuple[S, P]], second: Callable[[S, C], R], start: int, stop: int,
                    conn: Connection) -> None:
    try:
        state, partial = first(start, stop)
        conn.send((True, partial))
        combined = conn.recv()
        conn.send((True, second(state, combined)))
    except Exception as exc:  # reported to the parent, which redoes the slice itself
        with contextlib.suppress(OSError):  # the parent may be gone already
            conn.send((False, repr(exc)))
    finally:
        conn.close()


def _receive(conn: Connection) -> tuple[bool, object]:
    try:
        ok, got = conn.recv()
    except (EOFError, OSError) as exc:
        return False, repr(exc)
    return ok, got
