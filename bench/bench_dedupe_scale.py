"""Dedupe at scale on a synthetic news day: median wall time, peak memory and the 100k/10k ratio.

Run from the project root:  PYTHONPATH=. python bench/bench_dedupe_scale.py [--sizes 1000 10000 100000]
Every run is a fresh process (so peak memory is that size's own and no cache is warm); the median over
--repeat runs is reported with the 1-minute load average before and after, since other jobs share the
machine. CPU time includes the deduplicator's forked workers; a worker's peak RSS is printed beside the
main process's (it counts pages shared with the parent, so their sum overstates the total). The TF-IDF
all-pairs average-link baseline is measured in the same run at the sizes where its n^2 pairs fit (<= 3,000).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

BASELINE_MAX = 3000  # all-pairs TF-IDF keeps n^2/2 Python floats: 3k articles is ~4.5M pairs, 10k would be 50M


def measure(size: int, method: str, repeat: int) -> dict:
    """Time `method` on a synthetic corpus of `size` articles in this process (run via --child)."""
    from dedupe_common import bcubed
    from synthetic import corpus
    from tfidf_baseline import tfidf_average_link

    from briefing.dedupe.group import event_labels

    articles, truth = corpus(size)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    times, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), _cpu()
        if method == "briefing":
            labels: list = event_labels(articles)
        else:
            labels = tfidf_average_link([f"{a.title}\n{a.text}" for a in articles], 0.20)
        times.append(time.perf_counter() - start)
        cpu.append(_cpu() - start_cpu)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"size": size, "method": method, "median_s": statistics.median(times), "cpu_s": statistics.median(cpu), "runs": repeat,
            "peak_mb": peak / 1024, "child_peak_mb": child_peak / 1024, "corpus_mb": before / 1024,
            "b3_f1": bcubed(labels, truth)[2]}


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the deduplicator's forked workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    """Run every size in fresh child processes and print a table with ratios and the machine load."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per size, each in a fresh process (median reported)")
    parser.add_argument("--child", nargs=3, metavar=("SIZE", "METHOD", "REPEAT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(int(args.child[0]), args.child[1], int(args.child[2]))))
        return
    rows = []
    for size in args.sizes:
        for method in ("briefing", "tfidf-all-pairs") if size <= BASELINE_MAX else ("briefing",):
            runs = []
            load_before = os.getloadavg()[0]
            for _ in range(args.repeat if method == "briefing" else 1):
                # A fresh process per run: no warm caches (the stem cache) and each run's own peak memory.
                out = subprocess.run([sys.executable, __file__, "--child", str(size), method, "1"],
                                     capture_output=True, text=True, check=True)
                runs.append(json.loads(out.stdout))
            r = dict(runs[0], median_s=statistics.median(x["median_s"] for x in runs), runs=len(runs),
                     cpu_s=statistics.median(x["cpu_s"] for x in runs),
                     peak_mb=max(x["peak_mb"] for x in runs), child_peak_mb=max(x["child_peak_mb"] for x in runs),
                     load=os.getloadavg()[0], load_before=load_before)
            rows.append(r)
            each = ", ".join(f"{x['median_s']:.2f}" for x in runs)
            print(f"{r['method']:16} n={r['size']:>7}  median {r['median_s']:7.2f} s over {r['runs']} run(s) "
                  f"({each}; CPU incl. workers {r['cpu_s']:.2f} s)  peak RSS {r['peak_mb']:7.0f} MB "
                  f"(+ worker {r['child_peak_mb']:.0f} MB; corpus alone {r['corpus_mb']:.0f} MB)  "
                  f"synthetic B3 F1 {r['b3_f1']:.3f}  load avg {r['load_before']:.2f} -> {r['load']:.2f}", flush=True)
    mine = {r["size"]: r["median_s"] for r in rows if r["method"] == "briefing"}
    base = {r["size"]: r["median_s"] for r in rows if r["method"] != "briefing"}
    for small, big in ((1000, 10000), (10000, 100000)):
        if small in mine and big in mine:
            print(f"time({big // 1000}k)/time({small // 1000}k) = {mine[big] / mine[small]:.1f}")
    for size in sorted(base):
        print(f"n={size}: briefing is {base[size] / mine[size]:.1f}x faster than TF-IDF all-pairs average link")


if __name__ == "__main__":
    main()
