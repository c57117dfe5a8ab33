"""Benchmark feed collection: 200 feeds x 10 entries on loopback, 100 ms added latency per request.

Targets (issue 5): a cold run (empty state) in <= 15 s; a second run with nothing changed transfers
<= 5% of the first run's bytes (conditional GET gives 304s, extracted pages come from the state cache).

The servers run in a child process, as remote servers would, so they do not share our interpreter
(they do share the CPU: their CPU-seconds are printed too). On a shared machine wall time follows
the other processes' load (printed per run); CPU-seconds are the measure that does not.
Run from the project root:  PYTHONPATH=. python bench/bench_feeds.py [--feeds 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from feedserver import FeedServer, Item, article_page, paragraphs, rss2  # noqa: E402

from briefing.config import FeedSpec  # noqa: E402
from briefing.feeds.fetch import FetchSettings  # noqa: E402
from briefing.feeds.run import collect_feeds, health_summary  # noqa: E402
from briefing.state import State  # noqa: E402


def serve(feeds: int, entries: int, latency: float, conn) -> None:
    """Child process: one server per feed (each its own site), then answer "bytes", "cpu" and "stop"."""
    now = dt.datetime.now(dt.UTC)
    servers = [FeedServer(latency=latency).__enter__() for _ in range(feeds)]
    for f, server in enumerate(servers):
        items = []
        for e in range(entries):
            topic = f"Site {f} story {e} about the regional water authority"
            server.add(f"/story/{e}", article_page(f"Story {e} from site {f}", paragraphs(topic, 8)),
                       content_type="text/html; charset=utf-8", gzip=True)
            items.append(Item(f"Story {e} from site {f}", server.url(f"/story/{e}"),
                              now - dt.timedelta(hours=e + 1), summary=f"Summary of story {e}."))
        server.add("/feed.xml", rss2(items, title=f"Site {f}"), etag=f'"feed-{f}-v1"',
                   last_modified="Mon, 11 May 2026 06:00:00 GMT", gzip=True)
    conn.send([s.url("/feed.xml") for s in servers])
    while True:
        command = conn.recv()
        if command == "bytes":
            conn.send(sum(s.bytes_sent for s in servers))
        elif command == "cpu":
            conn.send(_cpu()[0])  # the servers share our 2 cores: their CPU is reported too
        else:
            for s in servers:
                s.__exit__(None, None, None)
            conn.send("stopped")
            return


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process, and of its finished child processes (the extraction workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--entries", type=int, default=10)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--processes", type=int, default=None, help="extraction processes (default: one per core)")
    parser.add_argument("--concurrency", type=int, default=FetchSettings().concurrency)
    args = parser.parse_args()
    settings = FetchSettings(extract_processes=args.processes, concurrency=args.concurrency)

    ours, theirs = mp.get_context("spawn").Pipe()
    child = mp.get_context("spawn").Process(target=serve, args=(args.feeds, args.entries, args.latency, theirs))
    child.start()
    urls = ours.recv()
    specs = [FeedSpec(url=u) for u in urls]
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=36)

    def ask(command: str):
        ours.send(command)
        return ours.recv()

    cold_times, warm_times, cold_bytes, warm_bytes = [], [], [], []
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as tmp, State(Path(tmp) / "state.sqlite") as state:
                for times, volumes in ((cold_times, cold_bytes), (warm_times, warm_bytes)):
                    load = os.getloadavg()[0]  # other processes share the 2 cores: wall time moves with them
                    before, served0, t0, cpu0 = ask("bytes"), ask("cpu"), time.perf_counter(), _cpu()
                    result = collect_feeds(specs, state=state, window_start=start, settings=settings)
                    times.append(time.perf_counter() - t0)
                    cpu = _cpu()
                    volumes.append(ask("bytes") - before)
                    served = ask("cpu") - served0
                    expected = args.feeds * args.entries
                    assert len(result.articles) == expected, (len(result.articles), result.warnings[:3])
                    print(f"  {'cold' if times is cold_times else 'warm'}: {times[-1]:.2f} s, {volumes[-1]:,} bytes, "
                          f"{len(result.articles)} articles, {health_summary(result.health)}; "
                          f"CPU here {cpu[0] - cpu0[0]:.1f} s, in extraction processes {cpu[1] - cpu0[1]:.1f} s, "
                          f"in the test servers {served:.1f} s; load {load:.2f} -> {os.getloadavg()[0]:.2f}",
                          flush=True)
    finally:
        ours.send("stop")
        ours.recv()
        child.join()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cold, warm = statistics.median(cold_times), statistics.median(warm_times)
    ratio = statistics.median(cold_bytes) and statistics.median(warm_bytes) / statistics.median(cold_bytes)
    floor = args.feeds * (args.entries + 1) * args.latency / args.concurrency
    print(f"feeds: {args.feeds} x {args.entries} entries, {args.latency * 1000:.0f} ms latency, "
          f"median of {args.repeat}; latency floor {floor:.1f} s (every request overlapped)")
    print(f"cold run:   {cold:6.2f} s  {statistics.median(cold_bytes):>12,.0f} bytes   (target <= 15 s)")
    print(f"second run: {warm:6.2f} s  {statistics.median(warm_bytes):>12,.0f} bytes   "
          f"ratio {ratio:.2%} of the cold run (target <= 5%)")
    print(f"peak RSS: {peak / 1024:.0f} MB (before the first run: {rss_before / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
