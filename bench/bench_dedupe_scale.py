"""Dedupe at scale on synthetic news days: median wall time, peak memory, quality and the size ratios.

Run from the project root:  python bench/bench_dedupe_scale.py [--sizes 1000 20000 100000] [--corpus ours|shared|both]
Two corpora (synthetic.py): `ours`, look-alike events of a few kinds told in 1-8 articles with syndicated
copies; `shared`, a boilerplate-heavy day where unrelated stories share site chrome and stock paragraphs
and each event (2-5 articles) has only its own rare names, places and numbers to go by.
Every run is a fresh process (so peak memory is that size's own and no cache is warm); the median over
--repeat runs is reported with the 1-minute load average before and after, since other jobs share the
machine. CPU time includes the deduplicator's forked workers; a worker's peak RSS is printed beside the
main process's (it counts pages shared with the parent, so their sum overstates the total). The TF-IDF
all-pairs average-link baseline is measured in the same run at the sizes where its n^2 pairs fit (<= 3,000),
and so is the scikit-learn peer (peer_sklearn.py: TF-IDF cosine >= 0.4, connected components) up to
--peer-max articles; the peer is skipped, saying so, where scikit-learn is not installed.

Figures (2026-11-29, 2 cores shared with other jobs, load average 1.7-3.6; median of 3 fresh processes
for briefing, 1 for the others; `--sizes 1000 20000 100000 --corpus both --peer-max 20000`, then the peer
at 100k with `--sizes 100000 --corpus shared --repeat 1`):

    corpus  n        method            time s   peak RSS MB (+worker)   B3 F1   pw F1
    ours    1,000    briefing            0.22     113 (+24)             0.982   0.971
    ours    1,000    tfidf-all-pairs     2.92     146                   0.729   0.214
    ours    1,000    sklearn-peer        0.08     124                   0.909   0.264
    ours    20,000   briefing            2.99     149 (+141)            0.999   0.998
    ours    20,000   sklearn-peer       34.96     290                   0.987   0.972
    ours    100,000  briefing           10.00     679 (+673)            0.994   0.991   (a)
    shared  1,000    briefing            0.37     113 (+25)             0.999   0.997
    shared  1,000    tfidf-all-pairs     4.85     147                   0.962   0.890
    shared  1,000    sklearn-peer        0.16     125                   0.897   0.161
    shared  20,000   briefing            3.06     222 (+210)            0.997   0.995
    shared  20,000   sklearn-peer       25.65     302                   0.952   0.810
    shared  100,000  briefing           11.43     997 (+991)            0.987   0.982   (a)
    shared  100,000  briefing*          28.51    1001 (+995)            0.986   0.982
    shared  100,000  sklearn-peer*    1679.88    1035                   0.872   0.156
    (* the second run, one process each: the peer took 967 s of CPU at load average 3.6 -> 5.5)
    (a) a later round, 2026-11-29 21:16-21:19 UTC, load average 0.8-1.6, `--sizes 100000 --corpus ours|shared
        --repeat 1 --peer-max 0` alternated with the code before it: ours the median of 9.73, 10.00, 10.18 s (CPU
        incl. workers 18.00, 18.46, 18.77 s), shared the mean of 11.57, 11.28 s (CPU 21.49, 20.84 s); see
        docs/dedupe.md, "A second speed round"

On the shared-sentence day the peer merges unrelated stories through the boilerplate they share
(pairwise F1 0.161 at 1k, 0.810 at 20k, 0.156 at 100k); ours keeps them apart at every size (pairwise
F1 >= 0.98). Time ratio 100k/20k in the first run: 5.4 on ours, 8.0 on shared; the peer is 8-12x our time at 20k and
59x at 100k, where every block of its similarity matrix is dense.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
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

# The peer compares every pair: its cost grows as n^2 (on boilerplate every pair shares a word), so by
# default it runs up to 20k articles; --peer-max 100000 adds the 100k row (see the figures above).
PEER_MAX = 20000
BASELINE_MAX = 3000  # all-pairs TF-IDF keeps n^2/2 Python floats: 3k articles is ~4.5M pairs, 10k would be 50M


def measure(size: int, method: str, repeat: int, corpus_name: str) -> dict:
    """Time `method` on a synthetic corpus of `size` articles in this process (run via --child)."""
    from dedupe_common import bcubed, pairwise
    from peer_sklearn import available, peer_labels
    from synthetic import corpus, shared_corpus
    from tfidf_baseline import tfidf_average_link

    from briefing.dedupe import event_labels

    articles, truth = (corpus if corpus_name == "ours" else shared_corpus)(size)
    if method == "sklearn-peer":
        available()  # imports scikit-learn and scipy before the clock starts, as briefing.dedupe is above
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    times, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), _cpu()
        if method == "briefing":
            labels: list = event_labels(articles)
        elif method == "sklearn-peer":
            labels = peer_labels([f"{a.title}\n{a.text}" for a in articles])
        else:
            labels = tfidf_average_link([f"{a.title}\n{a.text}" for a in articles], 0.20)
        times.append(time.perf_counter() - start)
        # A worker that has sent its result may still be exiting (the deduplicator does not wait for it):
        # wait here, after the clock, so that its CPU time is counted.
        for child in multiprocessing.active_children():
            child.join()
        cpu.append(_cpu() - start_cpu)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"size": size, "method": method, "corpus": corpus_name, "pw_f1": pairwise(labels, truth)[2],
            "median_s": statistics.median(times), "cpu_s": statistics.median(cpu), "runs": repeat,
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
    parser.add_argument("--corpus", choices=["ours", "shared", "both"], default="both")
    parser.add_argument("--peer-max", type=int, default=PEER_MAX, help="largest size the scikit-learn peer runs at")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size, each in a fresh process (median reported)")
    parser.add_argument("--child", nargs=4, metavar=("SIZE", "METHOD", "REPEAT", "CORPUS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(int(args.child[0]), args.child[1], int(args.child[2]), args.child[3])))
        return
    from peer_sklearn import available

    why_not = available()
    if why_not:
        print(why_not)
    for corpus_name in ("ours", "shared") if args.corpus == "both" else (args.corpus,):
        print(f"-- corpus: {corpus_name}")
        run_corpus(corpus_name, args, why_not is None)


def run_corpus(corpus_name: str, args: argparse.Namespace, peer: bool) -> None:
    """Every size and method on one corpus, each run in a fresh process; then the ratios."""
    rows = []
    for size in args.sizes:
        methods = ["briefing"] + (["tfidf-all-pairs"] if size <= BASELINE_MAX else [])
        methods += ["sklearn-peer"] if peer and size <= args.peer_max else []
        for method in methods:
            runs = []
            load_before = os.getloadavg()[0]
            for _ in range(args.repeat if method == "briefing" else 1):
                # A fresh process per run: no warm caches (the stem cache) and each run's own peak memory.
                out = subprocess.run([sys.executable, __file__, "--child", str(size), method, "1", corpus_name],
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
                  f"B3 F1 {r['b3_f1']:.3f} pw F1 {r['pw_f1']:.3f}  load avg {r['load_before']:.2f} -> {r['load']:.2f}",
                  flush=True)
    mine = {r["size"]: r["median_s"] for r in rows if r["method"] == "briefing"}
    sizes = sorted(mine)
    for small, big in zip(sizes, sizes[1:], strict=False):
        print(f"time({big})/time({small}) = {mine[big] / mine[small]:.1f} for {big / small:.0f}x the articles")
    for r in rows:
        if r["method"] != "briefing":
            print(f"n={r['size']}: {r['method']} takes {r['median_s'] / mine[r['size']]:.1f}x briefing's time")


if __name__ == "__main__":
    main()
