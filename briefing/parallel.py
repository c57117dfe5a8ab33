"""Run a slice-wise computation on every core: forked children inherit the input, send back results.

The deduplicator's per-article and per-pair passes are independent item by item, so a batch is cut into
one contiguous slice per core; this process computes the first slice while forked children compute the
others. Results come back in slice order, so the outcome never depends on which core finished first.
Small batches (a daily build's few dozen articles, tests) stay in this process: forking costs more
than it saves.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TypeVar

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
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def slice_map(func: Callable[[int, int], T], n: int) -> list[T]:
    """func(start, stop) over contiguous slices covering range(n), one per worker, results in slice order."""
    count = workers() if n >= PARALLEL_MIN else 1
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
