"""Throughput of ``analyzer compare`` on the 1,028 Der Standard articles (section = outlet).

    python -m bench.bench_compare [--workers N] [--limit N] [--engine local|dask]
                                  [--scheduler ADDRESS] [--chunk-size N]

Measures wall time end to end as the CLI does it: engine start (once, before forking the
workers), analysis of every article with entity extraction, and the report with bootstrap
intervals for the nine sections. Prints articles per minute and the CPU time spent.
The articles are read at run time from ../shared (CC BY-NC-SA 4.0, not shipped).
"""

from __future__ import annotations

import argparse
import os
import resource
import time

from analyzer.compare import EngineConfig, analyze_corpus, build_report, default_workers, warm_up
from analyzer.corpus import Document
from bench._data import SHARED

PATH = SHARED / "data" / "news" / "10kgnad_derstandard_1028.csv"


def load(limit: int | None = None) -> list[Document]:
    import csv

    csv.field_size_limit(10**8)
    with open(PATH, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh, delimiter=";", quotechar="'") if len(r) >= 2]
    rows = rows[:limit] if limit else rows
    return [Document(id=f"derstandard-{i:04d}", outlet=label, text=text, line=i + 1)
            for i, (label, text) in enumerate(rows)]


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--scheduler", default=None)
    parser.add_argument("--chunk-size", type=int, default=None)
    args = parser.parse_args()
    docs = load(args.limit)
    workers = args.workers or default_workers()
    words = sum(len(d.text.split()) for d in docs)
    print(f"{len(docs)} articles, {words:,} words, {len({d.outlet for d in docs})} sections; "
          f"engine={args.engine}, workers={workers}, cores available={default_workers()}, "
          f"load average={os.getloadavg()[0]:.1f}")
    config = EngineConfig()
    t0 = time.perf_counter()
    warm_up(config)
    t_warm = time.perf_counter() - t0
    t1 = time.perf_counter()
    records, issues = analyze_corpus(docs, config, workers=workers, engine=args.engine,
                                     scheduler=args.scheduler, chunk_size=args.chunk_size)
    t_analyze = time.perf_counter() - t1
    t2 = time.perf_counter()
    report = build_report(records, issues=issues)
    t_report = time.perf_counter() - t2
    total = time.perf_counter() - t0
    print(f"engine start   {t_warm:6.1f} s")
    print(f"analysis       {t_analyze:6.1f} s  ({len(records)} ok, {len(issues)} failed, "
          f"{len(records) / t_analyze * 60:,.0f} articles/min)")
    print(f"report         {t_report:6.1f} s  ({len(report['outlets'])} outlets, "
          f"{len(report['differences'])} pairs, {len(report['entities'])} entities)")
    print(f"total          {total:6.1f} s  = {len(records) / total * 60:,.0f} articles per minute"
          f" end to end; CPU {_cpu():.0f} s")


if __name__ == "__main__":
    main()
