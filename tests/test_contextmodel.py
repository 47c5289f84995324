"""The contextual evaluative-word model (analyzer/contextmodel.py): findings, switches, files.

German sentences written for these tests. Tests that run the encoder use the default classifier
like the other default-classifier tests (tests/test_classifier.py; no marker there either).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from analyzer import calibration
from analyzer import contextmodel as CM
from analyzer.lexicon import id_slug
from analyzer.pipeline import Analyzer
from analyzer.results import Finding
from analyzer.taxonomy import CATEGORIES

PROUD = "Der Minister präsentierte sein Reformpaket mit stolzgeblähter Brust."
PARALYSE = "Ein grotesker Streit um Parkplätze lähmt seit Wochen die Gemeinde."
NEUTRAL = ("Die Kommission legte am Mittwoch ihren Bericht zur Lage der Gemeindefinanzen vor. "
           "Die Polizei nahm am Abend drei Verdächtige fest, teilte ein Sprecher mit.")
QUOTED = ("„Der Minister präsentierte sein Reformpaket mit stolzgeblähter Brust“, sagte die "
          "Abgeordnete.")
REPORTED = ("Die Abgeordnete sagte, der Minister habe sein Reformpaket mit stolzgeblähter Brust "
            "präsentiert.")


def context_findings(engine: Analyzer, text: str) -> list[Finding]:
    return [f for f in engine.analyze(text).findings if f.id.startswith("context.")]


@pytest.fixture(scope="module")
def engine() -> Analyzer:
    return Analyzer(classifier="default")


# ------------------------------------------------------------------------------- model files

def test_shipped_model_loads_and_matches_its_card() -> None:
    m = CM.load_context_model()
    meta = json.loads((CM.MODEL_DIR / f"{CM.MODEL_NAME}.json").read_text(encoding="utf-8"))
    assert m.threshold == meta["threshold"] == 0.6
    assert m.state_w.shape == (CM.STATE_DIM, 1 + len(m.categories))
    assert set(m.categories) <= set(CATEGORIES)
    assert "scare_quote" not in m.categories
    assert "blind_r16" in meta["training"]["data"] and "not used" in meta["training"]["data"]
    assert m.weight(0.99) == CM.MAX_WEIGHT == 0.38 and m.weight(0.6) == 0.3


def _copy_model(tmp_path: Path) -> Path:
    for suffix in (".json", ".npz"):
        shutil.copy(CM.MODEL_DIR / f"{CM.MODEL_NAME}{suffix}", tmp_path)
    return tmp_path


def test_missing_or_bad_model_files_give_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(CM.ContextModelError, match="nicht gefunden") as exc:
        CM.ContextModel.load(tmp_path)
    assert "\n" not in str(exc.value)
    d = _copy_model(tmp_path)
    assert CM.ContextModel.load(d).threshold == 0.6
    meta_path = d / f"{CM.MODEL_NAME}.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    for change, message in (({"threshold": 1.5}, "Schwelle"),
                            ({"categories": ["loaded_language", "erfunden"]}, "Kategorie"),
                            ({"cheap_features": ["x"]}, "Merkmale"),
                            ({"format": 99}, "format")):
        meta_path.write_text(json.dumps({**meta, **change}), encoding="utf-8")
        with pytest.raises(CM.ContextModelError, match=message) as exc:
            CM.ContextModel.load(d)
        assert "\n" not in str(exc.value)
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    npz = d / f"{CM.MODEL_NAME}.npz"
    npz.write_bytes(npz.read_bytes()[:-100])  # damaged weights
    with pytest.raises(CM.ContextModelError) as exc:
        CM.ContextModel.load(d)
    assert "\n" not in str(exc.value)
    meta_path.write_text("{kein json", encoding="utf-8")
    with pytest.raises(CM.ContextModelError, match="unlesbar"):
        CM.ContextModel.load(d)


def test_lemma_ids_are_ascii() -> None:
    assert id_slug("lähmen") == "laehmen"
    assert id_slug("Groß-Spurig") == "gross_spurig"
    assert id_slug("…") == "wort"


# ------------------------------------------------------------------------- calibration kind

def _finding(weight: float) -> Finding:
    return Finding(start=0, end=5, text="lähmt", category="loaded_language",
                   label="Emotional aufgeladene Sprache", weight=weight, voice="author",
                   explanation="", suggestion=None, id="context.laehmen", base_weight=weight)


def test_context_kind_keeps_its_own_weight_until_judged() -> None:
    data = json.loads(calibration.DATA_FILE.read_text(encoding="utf-8"))
    data["kinds"].pop("context", None)  # the calibration as it was before any verdict
    data["transfer"]["kinds"].pop("context", None)
    cal = calibration.Calibration.from_dict(data)
    f = _finding(0.31)
    assert calibration.kind_of(f.id) == "context"
    assert calibration.apply([f], cal) == [f]  # no floor, no lift, no transfer crash
    low = replace(f, weight=0.05, base_weight=0.05)
    assert calibration.apply([low], cal) == [low]
    # the transfer leaves a kind without an offset at its judged-set estimate
    q = cal.precision(f.id, f.category, f.base_weight)
    assert cal.weight(f.id, f.category, f.base_weight) == pytest.approx(
        min(calibration.HIGHEST, max(calibration.LOWEST, calibration.SCALE * q)))


def test_judged_context_kind_is_weighted_by_its_verdicts() -> None:
    """Once verdicts exist (round 16 and the open-article judging), the kind is calibrated like
    the word model's: its own precision, the transfer's offset for it, and the floor."""
    cal = calibration.load()
    assert cal is not None and "context" in cal.kinds and cal.transfer is not None
    assert "context" in cal.transfer.kinds
    precision, _ = cal.kinds["context"]
    assert 0.2 < precision < 0.8  # judged about half right on open articles
    measured = cal.weight("context.laehmen", "loaded_language", 0.38)
    shown = calibration.apply([_finding(0.38)], cal)
    assert len(shown) == 1 and 0.2 <= shown[0].weight < 0.4  # uncertain, "prüfen"
    assert shown[0].weight == pytest.approx(min(0.38, measured))  # verdicts only lower it


# ------------------------------------------------------------------------------- findings

def test_evaluative_words_in_author_sentences_are_flagged(engine: Analyzer) -> None:
    fs = context_findings(engine, PROUD)
    assert [f.text for f in fs] == ["stolzgeblähter"]  # the adjective, not the noun
    f = fs[0]
    assert f.voice == "author" and f.id == "context.stolzgeblaeht"
    assert f.category == "loaded_language"
    assert 0.3 <= f.base_weight <= CM.MAX_WEIGHT and f.weight == f.base_weight
    assert "„stolzgeblähter“" in f.explanation and "Kontextmodell" in f.explanation
    assert f.suggestion
    assert [f.text for f in context_findings(engine, PARALYSE)] == ["lähmt"]
    # the sentence makes the word: a debate that is "zäh" is judged, traffic that is "zäh" is not
    assert [f.text for f in context_findings(engine, "Die Debatte im Stadtrat verlief zäh.")] \
        == ["zäh"]
    assert context_findings(engine, "Der Verkehr auf der Autobahn war zäh.") == []


def test_neighbouring_flagged_words_make_one_finding_and_nouns_stay_out(engine: Analyzer) -> None:
    wild = "Der neue Roman ist eine wild wuchernde Ansammlung von Anekdoten."
    assert [f.text for f in context_findings(engine, wild)] == ["wild wuchernde"]
    # nouns are never flagged (judged blind, 2 of 11 were right), unless they open the sentence
    for f in context_findings(engine, PROUD) + context_findings(engine, wild):
        assert not any(w[:1].isupper() for w in f.text.split())


def test_uncertain_band_below_the_shown_probability_stays_out(engine: Analyzer) -> None:
    # blind judges found words the model rates 0.60–0.65 right about half the time: such a word
    # ("grelle" here, about 0.62) is not shown; a clearer one in the same text still is
    text = ("Die Ausstellung zeigt grelle, verstörende Bilder, die den Betrachter ratlos "
            "zurücklassen. Die Debatte im Stadtrat verlief zäh.")
    fs = context_findings(engine, text)
    assert "grelle" not in [f.text for f in fs] and "zäh" in [f.text for f in fs]
    assert all(f.base_weight >= CM.WEIGHT_PER_P * CM.SHOW_MIN_P - 1e-9 for f in fs)


def test_weights_shown_are_capped_below_04(engine: Analyzer) -> None:
    for text in (PROUD, PARALYSE):
        for f in context_findings(engine, text):
            assert f.weight < 0.4 and f.base_weight <= CM.MAX_WEIGHT


def test_neutral_report_gets_no_context_finding(engine: Analyzer) -> None:
    assert context_findings(engine, NEUTRAL) == []


def test_words_in_quotes_and_reported_speech_are_not_the_authors(engine: Analyzer) -> None:
    for text in (QUOTED, REPORTED):
        assert all(f.voice == "quote" for f in context_findings(engine, text))


def test_context_findings_never_overlap_other_findings(engine: Analyzer) -> None:
    text = f"{PARALYSE} Der Minister präsentierte sein klägliches Reformpaket mit " \
           "stolzgeblähter Brust."
    fs = engine.analyze(text).findings
    ctx = [f for f in fs if f.id.startswith("context.")]
    assert len(ctx) == 2
    for c in ctx:
        assert not any(o.start < c.end and c.start < o.end for o in fs if o is not c)


def test_switches_turn_the_context_model_off(engine: Analyzer) -> None:
    assert engine.context_model is not None
    for off in (Analyzer(classifier="default", word_model=False),
                Analyzer(classifier="default", disable=["context"]),
                Analyzer(classifier="fast"), Analyzer(classifier=None)):
        assert off.context_model is None
        assert context_findings(off, PROUD) == []
    quick = engine.analyze(PROUD, subjectivity=False)
    assert not [f for f in quick.findings if f.id.startswith("context.")]
    assert engine.add_subjectivity(quick).to_dict() == engine.analyze(PROUD).to_dict()
    # one id off
    one = Analyzer(classifier="default", disable=["context.stolzgeblaeht"])
    assert context_findings(one, PROUD) == []


def test_module_level_analyze_switch() -> None:
    from analyzer import analyze

    assert [f.text for f in analyze(PROUD).findings if f.id.startswith("context.")] \
        == ["stolzgeblähter"]
    assert not [f for f in analyze(PROUD, word_model=False).findings
                if f.id.startswith("context.")]


# ------------------------------------------------------------------------ encoder outputs

def test_piece_logits_are_cached_with_the_sentence(engine: Analyzer) -> None:
    clf = engine.classifier
    m = engine.context_model
    assert clf is not None and m is not None
    clf.cache.clear()
    first = clf.predict_pieces([PROUD, ""], m.state_w, m.key)  # type: ignore[attr-defined]
    assert clf.cache.misses == 2
    again = clf.predict_pieces([PROUD], m.state_w, m.key)  # type: ignore[attr-defined]
    assert clf.cache.hits == 1 and again[0] is first[0]
    assert first[1].p == 0.0 and len(first[1].spans) == 0
    spans, values = first[0].spans, first[0].values
    assert values.shape == (len(spans), 1 + len(m.categories))
    words = {PROUD[a:b] for a, b in spans if a >= 0}
    assert "Minister" in words or "Minist" in "".join(words)
    # P(SUBJ) from the cached pieces equals predict_proba's (which reads the same cache)
    assert clf.predict_proba([PROUD])[0] == first[0].p


def test_pooled_output_unchanged_by_the_states_output() -> None:
    """The graph with the states output gives the sentence classifier's probabilities of the
    graph without it (the graph before the context model) within 1e-6 on 500 sentences."""
    import onnx

    from analyzer import _onnx_encoder as ox
    from analyzer.classifier import DefaultClassifier, cache_dir, load_classifier
    from tests.conftest import checkthat_rows

    rows = checkthat_rows("train")
    sents = [r["sentence"] for r in rows][:500]
    assert len(sents) == 500
    clf = load_classifier("default")
    assert isinstance(clf, DefaultClassifier)
    spec = clf.meta["encoder"]
    graph = cache_dir() / f"e5-subj-{spec['name']}-{spec['sha256'][:12]}.g{ox.GRAPH_VERSION}.onnx"
    model = onnx.load(str(graph))
    assert [o.name for o in model.graph.output] == ["pooled", "states"]
    del model.graph.output[1]  # the graph before: pooled only
    old = ox.OnnxEncoder(ox.E5File.open(clf.encoder_path), model.SerializeToString(),
                         tokenizer=clf._onnx.tok)
    p_old = clf.proba_from_embeddings(old.query(sents))
    m = CM.load_context_model()
    emb, spans, values = clf._onnx.query_states(sents, m.state_w)
    p_new = clf.proba_from_embeddings(emb)
    assert np.abs(p_new - p_old).max() < 1e-6
    assert np.abs(clf._proba(sents) - p_old).max() < 1e-6
    assert all(len(s) == len(v) for s, v in zip(spans, values, strict=True))


def test_a_source_word_is_never_word_choice(engine: Analyzer) -> None:
    """"laut" means "loudly" here, elsewhere it names a source: the model once read both as a
    vague attribution (desk46); "zäh" next to it is still the model's to judge."""
    assert context_findings(engine, "Niemand beschwert sich laut.") == []
    assert context_findings(engine, "Die Kinder lachen laut.") == []
    assert [f.text for f in context_findings(engine, "Die Debatte im Stadtrat verlief laut "
                                             "und zäh.")] == ["zäh"]


def test_what_a_named_party_sees_in_something_is_their_view(engine: Analyzer) -> None:
    seen = context_findings(engine, "Der Kölner Politologe Jan Bremer sieht in dem Streit ein "
                                    "typisches Muster.")
    assert seen and {f.voice for f in seen} == {"quote"}
    own = context_findings(engine, "Der Fall ist ein typisches Muster.")
    assert own and {f.voice for f in own} == {"author"}
