"""Speed and memory of ``analyze()`` against textblob-de's sentiment on real news articles.

    python -m bench.bench_engine [--articles 150] [--classifier none|fast|default]

Prints sentences/s for the full analysis and for ``TextBlobDE(text).sentences[i].sentiment``
on the same Der Standard articles, the ratio, the latency of a 1,000-word draft after warm-up,
and the peak resident memory of this process. The articles are new to the engine (first pass:
every word type is new, as on a corpus). The ratio is also given by this process's CPU time,
which other jobs on a shared machine disturb less than wall time, and the load average is printed
with the figures. ``Analyzer.warm_up()`` runs before the timing, as in a server or a corpus run.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time

from analyzer.pipeline import Analyzer
from bench._data import derstandard_articles


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--classifier", default="none")
    parser.add_argument("--no-word-model", action="store_true",
                        help="without the learned evaluative-word model (default: with it)")
    args = parser.parse_args()
    articles = derstandard_articles(args.articles)
    t0 = time.perf_counter()
    engine = Analyzer(classifier=None if args.classifier == "none" else args.classifier,
                      word_model=not args.no_word_model)
    engine.warm_up()
    print(f"cold start (load lexicons, tokenizer, models): {time.perf_counter() - t0:.2f} s")

    t0, c0 = time.perf_counter(), time.process_time()
    n_sent = 0
    for text in articles:
        n_sent += len(engine.analyze(text).sentences)
    ours, ours_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"analyze(): {len(articles)} articles, {n_sent} sentences in {ours:.2f} s "
          f"= {n_sent / ours:,.0f} sentences/s")

    from bench._textblob import blob

    blob("Ein kurzer Satz zum Aufwärmen.").sentences[0].sentiment  # noqa: B018
    t0, c0 = time.perf_counter(), time.process_time()
    tb_sent = 0
    for text in articles:
        for s in blob(text).sentences:
            s.sentiment  # noqa: B018
            tb_sent += 1
    theirs, theirs_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"textblob-de sentiment: {tb_sent} sentences in {theirs:.2f} s "
          f"= {tb_sent / theirs:,.0f} sentences/s")
    print(f"ratio (ours vs textblob-de, per sentence): "
          f"{(n_sent / ours) / (tb_sent / theirs):.1f}x faster")
    print(f"by CPU time: ours {n_sent / ours_cpu:,.0f}, textblob-de {tb_sent / theirs_cpu:,.0f} "
          f"sentences/s = {(n_sent / ours_cpu) / (tb_sent / theirs_cpu):.1f}x")

    words = " ".join(" ".join(articles).split()[:1000])
    engine.analyze(words)
    times = []
    for _ in range(10):
        t0 = time.perf_counter()
        engine.analyze(words)
        times.append(time.perf_counter() - t0)
    print(f"1,000-word draft after warm-up: median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MB")
    # other jobs on the machine move every figure above: report them with the load they saw
    print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
