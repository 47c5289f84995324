"""Cold start of the command line: ``python -m bench.bench_coldstart [--runs N]``.

Every measurement is a fresh ``python -m analyzer ...`` process on the sample article
(``examples/seed_article_de.txt``, 628 words): ``--version``, ``--help``, ``analyze`` with
``--classifier fast`` and ``none``, each with the start-up cache warm (the normal case from the
second run on), with the cache switched off (``TONLAGE_NO_CACHE=1``: every table derived in
the process, as before the cache existed), and once into an empty cache directory (the very
first run, which also writes the cache).

Printed per command: median wall time and median CPU time (user + system of the child). On a
busy machine the wall time grows with the load while the CPU time stays close to what an idle
machine's wall time would be, so both are shown, with the load average.

Python bytecode: an installed package runs from compiled ``.pyc`` files, but a checkout run with
``PYTHONDONTWRITEBYTECODE=1`` (or read-only) compiles every analyzer module in every process
(0.15-0.4 s). By default the children write and reuse bytecode in a private
``PYTHONPYCACHEPREFIX`` (one unmeasured warm-up run first); ``--inherit-bytecode`` keeps the
environment's setting instead.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "examples" / "seed_article_de.txt"


def run_once(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh ``python -m analyzer`` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "analyzer", *args], cwd=REPO, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"error: analyzer {' '.join(args)} failed: {proc.stderr.strip()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(label: str, args: list[str], env: dict[str, str], runs: int) -> None:
    results = [run_once(args, env) for _ in range(runs)]
    wall = statistics.median(r[0] for r in results)
    cpu = statistics.median(r[1] for r in results)
    print(f"{label:<52} wall {wall:5.2f} s   cpu {cpu:5.2f} s   (n={runs}, "
          f"load {os.getloadavg()[0]:.1f})", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="fresh processes per command")
    ap.add_argument("--inherit-bytecode", action="store_true",
                    help="keep the environment's bytecode setting (default: private pyc cache)")
    args = ap.parse_args()
    base = {k: v for k, v in os.environ.items() if k != "TONLAGE_NO_CACHE"}
    with tempfile.TemporaryDirectory() as tmp:
        if not args.inherit_bytecode:
            base.pop("PYTHONDONTWRITEBYTECODE", None)
            base["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pyc")
        # The user's own cache stays untouched: private ones; the first is filled by the
        # warm-up, the second by the measured first run.
        warm = {**base, "TONLAGE_CACHE": str(Path(tmp) / "cache")}
        empty = {**base, "TONLAGE_CACHE": str(Path(tmp) / "first")}
        off = {**warm, "TONLAGE_NO_CACHE": "1"}
        sample = str(SAMPLE)
        print(f"cores {os.cpu_count()}, load average at start {os.getloadavg()[0]:.1f}, bytecode "
              f"{'as inherited' if args.inherit_bytecode else 'cached (private prefix)'}")
        for clf in ("fast", "none"):  # warm-up: bytecode and start-up cache
            run_once(["analyze", "--classifier", clf, sample], warm)
        run_once(["--help"], warm)
        measure("first run, empty start-up cache: analyze --classifier fast",
                ["analyze", "--classifier", "fast", sample], empty, 1)
        measure("--version", ["--version"], warm, args.runs)
        measure("--help", ["--help"], warm, args.runs)
        for clf in ("fast", "none"):
            measure(f"analyze --classifier {clf} (cache warm)",
                    ["analyze", "--classifier", clf, sample], warm, args.runs)
            measure(f"analyze --classifier {clf} (TONLAGE_NO_CACHE=1)",
                    ["analyze", "--classifier", clf, sample], off, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
