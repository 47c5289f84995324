# ruff: noqa  (research script, kept as it was run)
"""Issue 12: dump the fast model's probabilities, explanations and the engine's judging notes for
200 unreserved Der Standard articles, to check that a speed change leaves them IDENTICAL.

    python research/classifier/fast_identity.py dump OUT.json [MODEL_DIR]
    python research/classifier/fast_identity.py diff A.json B.json

Articles: the first 200 whose index is not a judged/reserved round's (bench_precision.unseen_offsets);
nothing of their text is printed. Probabilities are compared exactly (repr of the float).
"""
import json, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def dump(out, model_dir=None):
    import os
    if model_dir:
        os.environ["TONLAGE_MODEL_DIR"] = model_dir
    from bench._data import derstandard_articles
    from bench.bench_precision import unseen_offsets
    from analyzer.classifier import load_classifier
    from analyzer.pipeline import Analyzer
    from analyzer.text import segment
    skip = unseen_offsets()
    docs = [a for i, a in enumerate(derstandard_articles()) if i % 25 not in skip][:200]
    clf = load_classifier("fast")
    engine = Analyzer(classifier="fast")
    rows = []
    for d in docs:
        sents = [d[s.start:s.end] for s in segment(d).sentences]
        probs = [repr(p) for p in clf.predict_proba(sents)]
        single = [repr(clf.predict_proba([s])[0]) for s in sents[:3]]
        expl = [[(w, repr(v)) for w, v in clf.explain(s, 6)] for s in sents]
        res = engine.analyze(d)
        notes = [(s.note, repr(s.subjectivity)) for s in res.sentences]
        rows.append({"p": probs, "single": single, "explain": expl, "notes": notes})
    Path(out).write_text(json.dumps(rows, ensure_ascii=False))
    print(len(rows), "documents,", sum(len(r["p"]) for r in rows), "sentences")


def diff(a, b):
    A, B = json.loads(Path(a).read_text()), json.loads(Path(b).read_text())
    assert len(A) == len(B)
    n = {k: 0 for k in ("p", "single", "explain", "notes")}
    tot = {k: 0 for k in n}
    for x, y in zip(A, B):
        for k in n:
            tot[k] += len(x[k])
            n[k] += sum(u != v for u, v in zip(x[k], y[k])) + abs(len(x[k]) - len(y[k]))
    print("differences:", n, "of", tot)


if __name__ == "__main__":
    {"dump": dump, "diff": diff}[sys.argv[1]](*sys.argv[2:])
