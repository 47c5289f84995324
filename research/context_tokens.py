"""Contextual evaluative-word model on the sentence encoder's token states (issue 8, recall): go / no-go.

    TONLAGE_SHARED=../shared python research/context_tokens.py --held-out --variants mean+cheap \
        --cs 0.003 --thresholds 0.5,0.6,0.65,0.7,0.8        (the figures in MODEL.md)
    ... [--variants cheap,mean,mean+cheap,mean+first+cheap,mean+nb+cheap] [--semeval W] [--mlp]
        [--merge] [--cache DIR]                              (the variants tried, training CV)

Without ``--held-out`` only the training documents' cross-validation is printed (variants are
chosen there; the dev part and blind_r14 are read for the final figures only).

The default sentence classifier runs a fine-tuned multilingual-e5-small encoder over every
sentence and keeps only the mean-pooled output. This script also takes its last hidden states
(the cached ONNX graph with one more output), aligns the sentencepieces to the engine's tokens by
character offsets and gives each content word the mean of its pieces' states. A logistic
regression on that vector (plus cheap features) is trained on the open recall gold
(``bench/recall/spans.jsonl`` parts 20 and 23, ``blind_r12``, ``blind_r13``) and measured on the
held-out gold (part 22 = dev, ``blind_r14``): token level (ROC AUC, average precision, against
the shipped word model's probability on the same tokens) and engine level (the shipped engine,
``Analyzer(classifier="default")``, plus one finding per author-voice content word with P >= t
that overlaps no existing finding; recall and in-gold share as in bench_recall).

Labels: content tokens inside a gold span (any category) positive; author-voice content tokens
outside every gold span negative; tokens the engine gives to a quoted/reported voice unused;
proper names (entities.word_class) never used. Encoded sentences and engine runs are cached in
``--cache`` (npz / json), so a second run only fits; delete the directory after an engine change.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TRAIN_PARTS = (20, 23)
DEV_PART = 22
TRAIN_FILES = ("blind_r12", "blind_r13", "blind_r16")
TEST_FILE = "blind_r14"
RESERVED = 11  # index % 25 == 11 (round 17): never read
SEED = 0


# encoded documents, reused between runs (token states are large; never in the repository)
DEFAULT_CACHE = str(Path(tempfile.gettempdir()) / "tonlage_ctx_tokens")


def log(*a: object) -> None:
    print(time.strftime("%H:%M:%S"), *a, file=sys.stderr, flush=True)


# ------------------------------------------------------------------------ gold and documents

def gold_sets(train_files: Sequence[str] = TRAIN_FILES, test_files: Sequence[str] = (TEST_FILE,)
              ) -> tuple[dict[str, list], list[str], list[str], list[str]]:
    """gold spans per document; training docs, dev docs, held-out test docs.

    The reserved Der Standard offset (round 17) may only come in through ``blind_r17`` named
    explicitly as a training or test file (it was the eleventh session's blind test)."""
    from bench import bench_recall as br

    gold: dict[str, list] = {}
    train, dev, test = [], [], []
    main = br.load(br.HERE / "spans.jsonl")[0]
    for d, spans in main.items():
        i = int(d.split(":")[1])
        assert i % 25 != RESERVED
        gold[d] = spans
        (dev if i % 25 == DEV_PART else train if i % 25 in TRAIN_PARTS else []).append(d)
    for names, into in ((train_files, train), (test_files, test)):
        for name in names:
            for d, spans in br.load(br.HERE / f"{name}.jsonl")[0].items():
                assert d not in gold, d
                gold[d] = spans
                into.append(d)
    reserved_ok = "blind_r17" in (*train_files, *test_files)
    for d in gold:
        if d.startswith("derstandard:") and not reserved_ok:
            assert int(d.split(":")[1]) % 25 != RESERVED
    return gold, sorted(train), sorted(dev), sorted(test)


def doc_texts(docs: Sequence[str]) -> dict[str, str]:
    from bench import bench_recall as br
    from bench._data import derstandard_articles

    arts = derstandard_articles()
    out = {d: br.doc_text(d, arts) for d in docs if not d.startswith("semeval:")}
    if any(d.startswith("semeval:") for d in docs):
        out.update({f"semeval:{a}": t for a, (t, _) in semeval().items()})
    return out


class Span:
    def __init__(self, start: int, end: int, use: bool = True) -> None:
        self.start, self.end, self.use = start, end, use


def semeval() -> dict[str, tuple[str, list[tuple[str, int, int]]]]:
    from analyzer._wordmodel_training import semeval_articles

    return semeval_articles()


def semeval_gold() -> dict[str, list[Span]]:
    """SemEval-2023 German: Name_Calling-Labeling, Loaded_Language, Exaggeration-Minimisation
    spans are positive; tokens only in other techniques' spans unused (as the word model)."""
    from analyzer._wordmodel_training import WORD_CHOICE

    return {f"semeval:{a}": [Span(s, e, t in WORD_CHOICE) for t, s, e in spans]
            for a, (_, spans) in semeval().items()}


# ------------------------------------------------------------------------------ token states

class StateEncoder:
    """The default classifier's ONNX encoder with the last hidden states as a second output."""

    def __init__(self) -> None:
        import onnx
        import onnxruntime as ort
        from onnx import TensorProto, helper

        from analyzer import _onnx_encoder as ox
        from analyzer.classifier import cache_dir, load_classifier

        self.clf = load_classifier("default")
        spec = self.clf.meta["encoder"]
        graph = cache_dir() / f"e5-subj-{spec['name']}-{spec['sha256'][:12]}.g{ox.GRAPH_VERSION}.onnx"
        f = ox.E5File.open(self.clf.encoder_path)
        ox.ensure_graph(self.clf.encoder_path, graph)
        m = onnx.load(str(graph))
        self.last = f"l{f.NL - 1}.h2"
        m.graph.output.append(helper.make_tensor_value_info(self.last, TensorProto.FLOAT,
                                                            ["B", "T", f.H]))
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        self.sess = ort.InferenceSession(m.SerializeToString(), opts,
                                         providers=["CPUExecutionProvider"])
        self.enc = self.clf._onnx  # its tokenizer and embedding tables
        self.tok = self.enc.tok
        self.prefix = ox.QUERY_PREFIX

    def pieces(self, sentence: str) -> tuple[list[int], list[tuple[int, int]]]:
        """Content ids of prefix + sentence and each piece's character span in ``sentence``
        ((-1, -1) for a bare metaspace or the prefix); the shipped code's alignment
        (``_onnx_encoder.Tokenizer.content_spans``), which started here."""
        return self.tok.content_spans(self.prefix + sentence, len(self.prefix))

    def run(self, seqs: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        """pooled (n, H) and hidden states (n, T, H) for padded sequences (with <s>, </s>)."""
        pooled, hidden = self.sess.run(["pooled", self.last], self.enc.feeds(seqs))
        return pooled, hidden

    def encode(self, sentences: list[str], bucket: int = 16
               ) -> tuple[np.ndarray, list[np.ndarray], list[list[tuple[int, int]]]]:
        """P(SUBJ) per sentence (as the classifier computes it), hidden states per content piece
        (n_pieces, H) and the pieces' spans in the sentence."""
        tk = self.tok
        w = self.enc.wmax
        items = []  # (sentence index, window ids with bos/eos, window spans)
        spans_all = []
        for i, s in enumerate(sentences):
            ids, spans = self.pieces(s)
            spans_all.append(spans)
            parts = [(a, ids[a:a + w]) for a in range(0, len(ids), w)] or [(0, [])]
            for a, p in parts:
                items.append((i, a, [tk.bos, *p, tk.eos]))
        order = sorted(range(len(items)), key=lambda j: -len(items[j][2]))
        pooled_sum = np.zeros((len(sentences), self.enc.H), np.float64)
        weight = np.zeros(len(sentences))
        states = [np.zeros((len(sp), self.enc.H), np.float32) for sp in spans_all]
        for b in range(0, len(order), bucket):
            chunk = order[b:b + bucket]
            pooled, hidden = self.run([items[j][2] for j in chunk])
            for r, j in enumerate(chunk):
                i, a, seq = items[j]
                k = len(seq) - 2
                pooled_sum[i] += max(k, 1) * pooled[r]
                weight[i] += max(k, 1)
                states[i][a:a + k] = hidden[r, 1:1 + k]
        out = pooled_sum / np.maximum(weight, 1e-12)[:, None]
        out /= np.maximum(np.sqrt((out * out).sum(1, keepdims=True)), 1e-12)
        p = self.clf.proba_from_embeddings(out.astype(np.float32))
        return p, states, spans_all


# ------------------------------------------------------------------------------ engine run

def make_recorder():  # type: ignore[no-untyped-def]
    from analyzer.wordmodel import WordModel, load_word_model

    class Recorder(WordModel):
        """The shipped word model, recording every token's voice, the covered spans and the
        model's own probability per token."""

        def __init__(self) -> None:
            self.real = load_word_model()
            self.reset()

        def reset(self) -> None:
            self.voice: dict[tuple[int, int], str] = {}
            self.covered: list[tuple[int, int]] = []
            self.wm_p: dict[tuple[int, int], float] = {}

        def warm_up(self) -> None:
            self.real.warm_up()

        def score_sentence(self, tokens, covered, **kw):  # type: ignore[no-untyped-def]
            return self.real.score_sentence(tokens, covered, **kw)

        def findings(self, text, tokens, covered, voice_of, voice_factor,  # type: ignore[no-untyped-def]
                     disabled=frozenset(), scores=None):
            for t in tokens:
                self.voice[(t.start, t.end)] = voice_of("loaded_language", t.start, t.end)
            self.covered.extend(covered)
            for s in scores if scores is not None else self.real.score_sentence(tokens, covered):
                t = tokens[s.index]
                self.wm_p[(t.start, t.end)] = s.probability
            return self.real.findings(text, tokens, covered, voice_of, voice_factor, disabled,
                                      scores)

    return Recorder()


def prepare(docs: Sequence[str], texts: dict[str, str], cache: Path, enc: StateEncoder | None,
            engine, rec) -> None:  # type: ignore[no-untyped-def]
    """Per document: the content tokens' vectors and features, the engine's findings."""
    from analyzer import wordmodel as wm
    from analyzer.text import segment

    common = wm.common_lemma_keys()
    for n, d in enumerate(docs):
        path = cache / f"{d.replace(':', '_')}.npz"
        if path.exists():
            continue
        text = texts[d]
        sents = segment(text).sentences
        stexts = [text[s.start:s.end] for s in sents]
        keep = [i for i, s in enumerate(stexts) if s and s.strip()]
        p, states, spans = enc.encode([stexts[i] for i in keep])
        engine.classifier.cache.store([(stexts[i], float(p[k])) for k, i in enumerate(keep)])
        rec.reset()
        res = engine.analyze(text)
        by_sent = dict(zip(keep, range(len(keep)), strict=True))
        rows_mean, rows_first, meta = [], [], []
        for si, s in enumerate(sents):
            if si not in by_sent:
                continue
            k = by_sent[si]
            sp = spans[k]
            st = states[k]
            for t in s.tokens:
                if not wm.is_content(t):
                    continue
                a, b = t.start - s.start, t.end - s.start
                idx = [j for j, (x, y) in enumerate(sp) if x >= 0 and x < b and a < y]
                if not idx:
                    continue
                rows_mean.append(st[idx].mean(0))
                rows_first.append(st[idx[0]])
                pol = wm._polarity(t.lower, t.lemma)
                meta.append({
                    "start": t.start, "end": t.end, "text": t.text, "lemma": t.lemma,
                    "sent": si, "sent_p": float(p[k]),
                    "voice": rec.voice.get((t.start, t.end), "author"),
                    "name": bool(wm.is_name(t.text)),
                    "wm_p": rec.wm_p.get((t.start, t.end)),
                    "common": wm.common_key(t.lemma) in common,
                    "polarity": list(pol),
                    "n_pieces": len(idx),
                })
        fnd = [{"start": f.start, "end": f.end, "voice": f.voice, "category": f.category,
                "weight": f.weight, "id": f.id}
               for s in res.sentences for f in s.findings]
        np.savez_compressed(path, mean=np.asarray(rows_mean, np.float16).reshape(-1, 384),
                            first=np.asarray(rows_first, np.float16).reshape(-1, 384))
        path.with_suffix(".json").write_text(json.dumps(
            {"tokens": meta, "findings": fnd, "covered": sorted(set(map(tuple, rec.covered))),
             "words": len(text.split())}), encoding="utf-8")
        if n % 10 == 0:
            log(f"prepared {n + 1}/{len(docs)} {d}")


def check_pooled(enc: StateEncoder, texts: dict[str, str], docs: Sequence[str], n: int = 500
                 ) -> float:
    """Max |P| difference between this encoder's sentence probabilities and the classifier's."""
    from analyzer.text import segment

    sents: list[str] = []
    for d in docs:
        t = texts[d]
        sents.extend(t[s.start:s.end] for s in segment(t).sentences if t[s.start:s.end].strip())
        if len(sents) >= n:
            break
    sents = sents[:n]
    mine = enc.encode(sents)[0]
    theirs = enc.clf._proba(sents)
    return float(np.abs(mine - theirs).max())


# ------------------------------------------------------------------------------ model

def load_doc(cache: Path, d: str) -> tuple[np.ndarray, np.ndarray, dict]:
    base = cache / d.replace(":", "_")
    z = np.load(base.with_suffix(".npz"))
    return (z["mean"].astype(np.float32), z["first"].astype(np.float32),
            json.loads(base.with_suffix(".json").read_text(encoding="utf-8")))


def _ov(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def features(mean: np.ndarray, first: np.ndarray, meta: list[dict], variant: str) -> np.ndarray:
    cheap = np.array([[_logit(m["wm_p"]) if m["wm_p"] is not None else 0.0,
                       float(m["wm_p"] is None), float(m["common"]), *m["polarity"],
                       _logit(m["sent_p"]), math.log(m["n_pieces"]),
                       float(m["text"][:1].isupper())] for m in meta], np.float32).reshape(-1, 10)
    if variant == "mean":
        return mean
    if variant == "mean+cheap":
        return np.hstack([mean, cheap])
    if variant == "mean+nb+cheap":  # plus the previous and next content word's vectors
        sent = np.array([m["sent"] for m in meta])
        prev = np.zeros_like(mean)
        nxt = np.zeros_like(mean)
        same_prev = np.r_[False, sent[1:] == sent[:-1]]
        same_next = np.r_[sent[:-1] == sent[1:], False]
        prev[1:][same_prev[1:]] = mean[:-1][same_prev[1:]]
        nxt[:-1][same_next[:-1]] = mean[1:][same_next[:-1]]
        return np.hstack([mean, prev, nxt, cheap])
    if variant == "mean+first+cheap":
        return np.hstack([mean, first, cheap])
    if variant == "cheap":
        return cheap
    if variant == "mean+cheap-wm":  # without the shipped word model's P (fitted on SemEval)
        return np.hstack([mean, cheap[:, 2:]])
    raise ValueError(variant)


def dataset(cache: Path, docs: Sequence[str], gold: dict[str, list], variant: str):  # type: ignore[no-untyped-def]
    """X, y, doc index, and per-row (doc, token meta) for every usable token (labels: see top).
    y = -1 for tokens that are not training targets (quoted voice, names)."""
    X, y, g, rows = [], [], [], []
    for di, d in enumerate(docs):
        mean, first, info = load_doc(cache, d)
        meta = info["tokens"]
        if not meta:
            continue
        X.append(features(mean, first, meta, variant))
        for m in meta:
            hits = [s for s in gold[d] if _ov(m["start"], m["end"], s.start, s.end)]
            ing = any(getattr(s, "use", True) for s in hits)
            if m["name"] or (hits and not ing):
                lab = -1
            elif ing:
                lab = 1
            elif m["voice"] == "author":
                lab = 0
            else:
                lab = -1
            y.append(lab)
            g.append(di)
            rows.append((d, m))
    return np.vstack(X), np.array(y), np.array(g), rows


def fit_lr(X: np.ndarray, y: np.ndarray, c: float, w: np.ndarray | None = None):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    sc = StandardScaler().fit(X)
    if MLP:
        from sklearn.neural_network import MLPClassifier

        lr = MLPClassifier((64,), alpha=1.0 / c, max_iter=300, early_stopping=True,
                           random_state=SEED).fit(sc.transform(X), y)
        return sc, lr
    lr = LogisticRegression(C=c, max_iter=3000).fit(sc.transform(X), y, sample_weight=w)
    return sc, lr


MLP = False
MERGE = False


def predict(model, X: np.ndarray) -> np.ndarray:  # type: ignore[no-untyped-def]
    sc, lr = model
    return lr.predict_proba(sc.transform(X))[:, 1]


def oof(X: np.ndarray, y: np.ndarray, g: np.ndarray, c: float, k: int = 5,
        n_main: int | None = None, w: np.ndarray | None = None) -> np.ndarray:
    """Out-of-fold P for the first ``n_main`` rows (document folds); later rows (extra
    training data) are in every training fold."""
    n_main = len(y) if n_main is None else n_main
    rng = np.random.default_rng(SEED)
    docs = np.unique(g[:n_main])
    rng.shuffle(docs)
    fold = {d: i % k for i, d in enumerate(docs)}
    f = np.array([fold.get(x, -1) for x in g])
    out = np.full(len(y), np.nan)
    for i in range(k):
        tr = (f != i) & (y >= 0)
        te = f == i
        out[te] = predict(fit_lr(X[tr], y[tr], c, None if w is None else w[tr]), X[te])
    return out[:n_main]


def compare(p: np.ndarray, y: np.ndarray, rows: list, indent: str) -> None:
    """This model's token AUC / AP against the shipped word model's P on the same tokens: all
    author-voice tokens (the word model's P taken as 0 where it gives none: listed lexicon
    words), and only the tokens it scores."""
    va = np.array([m["voice"] == "author" for _, m in rows])
    scored = np.array([m["wm_p"] is not None for _, m in rows])
    wm = np.array([m["wm_p"] if m["wm_p"] is not None else 0.0 for _, m in rows])
    for label, mask in (("all author-voice tokens", va), ("tokens the word model scores", va & scored)):
        a1, p1, n, npos = token_metrics(p, y, mask)
        a2, p2, _, _ = token_metrics(wm, y, mask)
        print(f"{indent}{label:30s} context AUC {a1:.3f} AP {p1:.3f} | shipped word model "
              f"AUC {a2:.3f} AP {p2:.3f}  ({n} tokens, {npos} positive)")


def token_metrics(p: np.ndarray, y: np.ndarray, voice_author: np.ndarray) -> tuple[float, float, int, int]:
    """AUC and AP over author-voice labelled tokens."""
    from sklearn.metrics import average_precision_score, roc_auc_score

    m = (y >= 0) & voice_author
    return (roc_auc_score(y[m], p[m]), average_precision_score(y[m], p[m]),
            int(m.sum()), int(y[m].sum()))


# ------------------------------------------------------------------------------ engine level

NOT_ANNOTATED = frozenset({"appeal"})


def simulate(cache: Path, docs: Sequence[str], gold: dict[str, list], probs: dict[str, np.ndarray],
             t: float | None) -> dict[str, float]:
    """The engine's shown author findings plus one per author-voice content word with P >= t
    (not a name, overlapping no finding of any voice and no covered/silenced span)."""
    found = total = shown = inside = added = added_in = words = 0
    for d in docs:
        _, _, info = load_doc(cache, d)
        words += info["words"]
        allf = [(f["start"], f["end"]) for f in info["findings"]]
        block = allf + [tuple(c) for c in info["covered"]]
        fs = [(f["start"], f["end"], f["category"]) for f in info["findings"]
              if f["voice"] == "author"]
        new: list[tuple[int, int, str]] = []
        if t is not None:
            last = None  # (row, sentence) of the previous added word
            pd = probs.get(d, np.zeros(len(info["tokens"])))
            for r, (m, p) in enumerate(zip(info["tokens"], pd, strict=True)):
                if p < t or m["voice"] != "author" or m["name"]:
                    continue
                if any(_ov(m["start"], m["end"], a, b) for a, b in block):
                    continue
                if MERGE and last == (r - 1, m["sent"]):  # next content word: one finding
                    new[-1] = (new[-1][0], m["end"], "loaded_language")
                else:
                    new.append((m["start"], m["end"], "loaded_language"))
                last = (r, m["sent"])
        gs = gold[d]
        for gsp in gs:
            total += 1
            found += any(_ov(a, b, gsp.start, gsp.end) for a, b, _ in fs + new)
        for a, b, cat in fs + new:
            if cat in NOT_ANNOTATED:
                continue
            ins = any(_ov(a, b, gsp.start, gsp.end) for gsp in gs)
            shown += 1
            inside += ins
        added += len(new)
        added_in += sum(any(_ov(a, b, gsp.start, gsp.end) for gsp in gs) for a, b, _ in new)
    return {"recall": found / total, "found": found, "gold": total, "in_gold": inside / shown,
            "inside": inside, "shown": shown, "added": added, "added_in": added_in,
            "added_per_1000": 1000 * added / words, "words": words}


def fmt(r: dict[str, float]) -> str:
    return (f"recall {100 * r['recall']:5.1f} % ({r['found']}/{r['gold']})  in-gold "
            f"{100 * r['in_gold']:5.1f} % ({r['inside']}/{r['shown']})  added {r['added']} "
            f"({r['added_in']} in gold, {r['added_per_1000']:.1f}/1,000 words)")


# ------------------------------------------------------------------------------ main

def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default=DEFAULT_CACHE,
                    help="encoded documents (default: tonlage_ctx_tokens in the temp folder)")
    ap.add_argument("--variant", default="mean+cheap")
    ap.add_argument("--variants", default="cheap,mean,mean+cheap,mean+first+cheap")
    ap.add_argument("--cs", default="0.003,0.01,0.03,0.1")
    ap.add_argument("--thresholds", default="0.3,0.4,0.5,0.6,0.7,0.8")
    ap.add_argument("--semeval", type=float, default=0.0,
                    help="add SemEval-2023 German tokens as training data at this weight")
    ap.add_argument("--held-out", action="store_true",
                    help="also report the held-out figures (dev part, blind_r14)")
    ap.add_argument("--merge", action="store_true",
                    help="neighbouring content words flagged in one sentence make one finding")
    ap.add_argument("--mlp", action="store_true", help="a one-layer MLP instead (alpha = 1/C)")
    ap.add_argument("--train-files", default=",".join(TRAIN_FILES),
                    help="blind gold files (bench/recall/NAME.jsonl) trained on beside parts 20 and 23")
    ap.add_argument("--test-files", default=TEST_FILE,
                    help="blind gold files held out for the final figures (with the dev part)")
    args = ap.parse_args(argv)
    global MLP, MERGE
    MLP = args.mlp
    MERGE = args.merge
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    test_names = args.test_files.split(",")
    gold, train, dev, test = gold_sets(args.train_files.split(","), test_names)
    tname = "+".join(test_names)
    docs = [*train, *dev, *test]
    extra: list[str] = []
    if args.semeval > 0:
        sg = semeval_gold()
        gold.update(sg)
        extra = sorted(sg)
        docs += extra
    print(f"documents: train {len(train)}, dev {len(dev)}, {tname} {len(test)}")
    missing = [d for d in docs if not (cache / f"{d.replace(':', '_')}.npz").exists()]
    if missing:
        from analyzer.pipeline import Analyzer

        texts = doc_texts(docs)
        enc = StateEncoder()
        rec = make_recorder()
        engine = Analyzer(classifier="default", word_model=rec)
        diff = check_pooled(enc, texts, train)
        print(f"sentence P(SUBJ), research encoder vs classifier, 500 sentences: max |diff| {diff:.2e}")
        log(f"encoding {len(missing)} documents")
        prepare(missing, texts, cache, enc, engine, rec)

    cs = [float(c) for c in args.cs.split(",")]
    ts = [float(t) for t in args.thresholds.split(",")]
    print("\ntoken level, document-level 5-fold CV on the training documents "
          "(author-voice tokens):")
    best = None
    def with_extra(variant: str):  # type: ignore[no-untyped-def]
        X, y, g, rows = dataset(cache, train, gold, variant)
        w = np.ones(len(y))
        if extra:
            Xe, ye, ge, _ = dataset(cache, extra, gold, variant)
            X, y = np.vstack([X, Xe]), np.concatenate([y, ye])
            g = np.concatenate([g, ge + 100_000])
            w = np.concatenate([w, np.full(len(ye), args.semeval)])
        return X, y, g, rows, w

    for variant in args.variants.split(","):
        X, y, g, rows, w = with_extra(variant)
        n_main = len(rows)
        va = np.array([m["voice"] == "author" for _, m in rows])
        for c in cs:
            p = oof(X, y, g, c, n_main=n_main, w=w)
            y_main = y[:n_main]
            auc, ap_, n, npos = token_metrics(p, y_main, va)
            print(f"  {variant:18s} C={c:<6} AUC {auc:.3f}  AP {ap_:.3f}  ({n} tokens, {npos} positive)")
            if variant == args.variant and (best is None or ap_ > best[0]):
                best = (ap_, c, p)
    assert best is not None
    _, c_best, p_oof = best
    compare(p_oof, y[:n_main], rows, "  ")
    p20 = np.array([d.startswith("derstandard:") and int(d.split(":")[1]) % 25 == 20
                    for d, _ in rows])
    print("  part 20 only (the word model card's 0.705 / 0.157 were on its own CV there):")
    compare(p_oof[p20], y[:n_main][p20], [r for r, k in zip(rows, p20, strict=True) if k], "    ")
    print(f"chosen: {args.variant}, C={c_best}")
    X, y, g, rows, w = with_extra(args.variant)
    probs_oof: dict[str, list[float]] = {}
    for (d, _), p in zip(rows, p_oof, strict=True):
        probs_oof.setdefault(d, []).append(float(p))
    oo = {d: np.array(v) for d, v in probs_oof.items()}
    print("\nengine level on the training documents, out-of-fold P:")
    print(f"  shipped engine        {fmt(simulate(cache, train, gold, oo, None))}")
    for t in ts:
        print(f"  + context P >= {t:<5}  {fmt(simulate(cache, train, gold, oo, t))}")
    if not args.held_out:
        return
    model = fit_lr(X[y >= 0], y[y >= 0], c_best, w[y >= 0])
    print("\nheld out (model fitted on all training documents):")
    for name, ds in (("dev part", dev), (tname, test), (f"dev + {tname}", [*dev, *test])):
        Xh, yh, _, rh = dataset(cache, ds, gold, args.variant)
        ph = predict(model, Xh)
        print(f"  {name}:")
        compare(ph, yh, rh, "    ")
        probs: dict[str, list[float]] = {}
        for (d, _), p in zip(rh, ph, strict=True):
            probs.setdefault(d, []).append(float(p))
        pr = {d: np.array(v) for d, v in probs.items()}
        print(f"    shipped engine        {fmt(simulate(cache, ds, gold, pr, None))}")
        for t in ts:
            print(f"    + context P >= {t:<5}  {fmt(simulate(cache, ds, gold, pr, t))}")


if __name__ == "__main__":
    main()
