# ruff: noqa  (research script, kept as it was run)
"""Carrier words of the judging notes: share of function words among the fast model's top-3
positive words (``explain``) of unreserved Der Standard sentences (MODEL.md's distillation check:
shipped .225, distilled .300), plus the share of news sentences with P >= 0.7 / 0.9.

    python research/classifier/fast12_carriers.py DIR [DIR ...]   # model dirs (subj_fast.*)
"""
import json, sys
import os
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from fast12_model import load
from analyzer.wordmodel import stop_words

N = 3999
SENTS = Path(os.environ.get("TONLAGE_EMB_CACHE") or Path(tempfile.gettempdir()) / "tonlage-subj-emb") \
    / "fast12_news_sents.json"


def main(dirs):
    sents = json.loads(SENTS.read_text())
    step = max(1, len(sents) // N)
    sample = sents[::step][:N]
    stop = stop_words()
    for d in dirs:
        clf = load(Path(d))
        p = np.asarray(clf.predict_proba(sents))
        n = fw = nj = fj = 0
        psample = clf.predict_proba(sample)
        examples = {}
        for s in sample:
            pos = [w for w, c in clf.explain(s, 30) if c > 0][:3]
            n += len(pos)
            fw += sum(w.lower() in stop for w in pos)
        for s, q in zip(sample, psample):  # sentences that get a judging note (P >= 0.7)
            if q >= .7:
                pos = [w for w, c in clf.explain(s, 30) if c > 0][:3]
                nj += len(pos)
                fj += sum(w.lower() in stop for w in pos)
        for s in ("Das ist ein skandalöser Beschluss.", "Leider hat der Minister wieder einmal versagt.",
                  "Die Regierung hat am Montag ein Gesetz beschlossen."):
            examples[s] = clf.explain(s, 4)
        print(json.dumps({"model": d, "n_sent": len(sample), "top3_function_share": round(fw / max(n, 1), 3),
                          "top3_function_share_p07": round(fj / max(nj, 1), 3),
                          "p07": round(float((p >= .7).mean()), 3), "p09": round(float((p >= .9).mean()), 3),
                          "examples": examples}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
