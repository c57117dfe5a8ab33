"""CI's quality gate: run each quality bench in its quick mode and fail when a score falls past its floor.

    python bench/gate.py [--floors bench/floors.toml]

Each bench named in bench/floors.toml prints one JSON object of named scores as its last line
(`--json`). A score under its `[floors]` entry, or a count over its `[ceilings]` entry, fails the
gate (exit 1), as trafilatura's CI gates its extraction score. A change that improves a score raises
its floor in the same commit. The benches read ../shared/data (ECB+, the article-extraction pages);
where it is missing (a user's clone) the gate says so and passes, except on CI, where it fails.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "data"


def run_bench(command: list[str]) -> dict[str, float]:
    """The scores a bench prints as its last line."""
    done = subprocess.run([sys.executable, *command], cwd=ROOT, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def judge(scores: dict[str, float], floors: dict[str, float], ceilings: dict[str, float]) -> list[str]:
    """One line per score past its bound, or missing from the bench's output."""
    failures = []
    for name, floor in floors.items():
        if name not in scores:
            failures.append(f"{name}: not reported (floor {floor})")
        elif scores[name] < floor:
            failures.append(f"{name}: {scores[name]} is under its floor {floor}")
    for name, ceiling in ceilings.items():
        if name not in scores:
            failures.append(f"{name}: not reported (ceiling {ceiling})")
        elif scores[name] > ceiling:
            failures.append(f"{name}: {scores[name]} is over its ceiling {ceiling}")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floors", type=Path, default=HERE / "floors.toml")
    args = parser.parse_args()
    spec = tomllib.loads(args.floors.read_text(encoding="utf-8"))
    if not SHARED.is_dir():
        print(f"quality gate: {SHARED} is missing, so no bench can run", file=sys.stderr)
        return 1 if os.environ.get("CI") else 0
    failures: list[str] = []
    for name, bench in spec["bench"].items():
        start = time.monotonic()
        scores = run_bench(bench["command"])
        failed = judge(scores, bench.get("floors", {}), bench.get("ceilings", {}))
        checked = len(bench.get("floors", {})) + len(bench.get("ceilings", {}))
        print(f"quality gate: {name}: {checked - len(failed)}/{checked} scores hold ({time.monotonic() - start:.1f} s)")
        failures += [f"{name}: {line}" for line in failed]
    for line in failures:
        print(f"quality gate FAILED: {line}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
