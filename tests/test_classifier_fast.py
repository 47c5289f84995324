"""The fast model: its vectorised paths equal their definitions; distillation data and training."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from analyzer import _training as T
from analyzer.classifier import FastClassifier, load_classifier

SENTENCES = [
    "Das ist ein skandalöser Beschluss.",
    "Die Regierung hat – laut Sprecher – am Montag ein Gesetz beschlossen, das „völlig absurd“ ist!",
    "Zu viel, noch nie: die E-Mail-Adresse steht im Impressum, so ’s Amt.",
    "Ob das gut geht? Wir bezweifeln es, aber man wird sehen …",
    "a",
    "日本語 ist x",
    "... !!!",
    "ÄÖÜ ẞ Straße ǅ İstanbul 12,5 % – (SPÖ) :-)",
]


def test_explain_equals_its_word_by_word_definition() -> None:
    clf = load_classifier("fast")
    for s in SENTENCES:
        assert clf.explain(s, 6) == clf._explain_reference(s, 6), s  # type: ignore[attr-defined]
    assert clf.explain("Das ist ein skandalöser Beschluss.", 3)[0][0] == "skandalöser"


def _alphabet_model(tmp_path: Path) -> FastClassifier:
    """A small model whose vocabulary has more than 255 characters (wider gram codes)."""
    chars = [chr(0x4E00 + i) for i in range(300)]
    sentences, labels = [], []
    for i in range(0, 300, 3):
        word = "".join(chars[i:i + 3])
        for k in range(2):  # min_df 2: every word twice
            sentences.append(f"Das {word} ist {'schlimm' if i % 2 else 'gemeldet'} worden {k}.")
            labels.append(i % 2)
    meta, arrays = T.fit_fast(T.Data(sentences, np.array(labels)))
    T.save_fast(meta, arrays, tmp_path)
    return FastClassifier(tmp_path)


def test_wide_alphabets_give_the_same_logits_and_explanations(tmp_path: Path) -> None:
    clf = _alphabet_model(tmp_path)
    assert clf._gram_codes() is not None and clf._code_bits > 8  # type: ignore[attr-defined]
    texts = [f"Das {chr(0x4E00 + i)}{chr(0x4E01 + i)}x ist schlimm." for i in range(0, 290, 7)]
    texts += SENTENCES
    batched = clf.ngram_logits(texts)
    one_by_one = [sum(clf._ngram_weights(t).values()) for t in texts]  # type: ignore[attr-defined]
    assert np.allclose(batched, one_by_one, atol=1e-12)
    for t in texts:
        assert clf.explain(t, 6) == clf._explain_reference(t, 6)  # type: ignore[attr-defined]


def test_news_offsets_are_the_judging_rounds() -> None:
    from bench.bench_precision import unseen_offsets

    assert unseen_offsets() == T.NEWS_UNSEEN_OFFSETS


def test_news_sentences_skip_the_judged_articles(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quotechar="'")
        for i in range(30):
            w.writerow(["Inland", f"Im Gemeinderat von Ort{i} wurde am Montag lange beraten. Kurz. "
                                  f"Danach stimmten die Mandatare für den Antrag Nummer {i}."])
    got = T.news_sentences(path)
    kept = [i for i in range(30) if i % 25 not in T.NEWS_UNSEEN_OFFSETS]
    assert len(got) == 2 * len(kept)  # "Kurz." has fewer than five words
    assert got[0] == f"Im Gemeinderat von Ort{kept[0]} wurde am Montag lange beraten."
    assert all(f"Ort{i} " not in " ".join(got) for i in range(30) if i not in kept)


def test_teacher_labels_weigh_by_confidence_and_move_the_model(tmp_path: Path) -> None:
    d = T.Distilled(["a", "b", "c"], np.array([0.9996, 0.2, 0.5014]))
    data, w = d.as_data()
    assert data.labels.tolist() == [1, 0, 1]
    assert np.allclose(w, [1.0, 0.6, 0.002])
    gold = T.Data(["Die Stadt baut eine neue Brücke über den Fluss.",
                   "Das ist eine unerträgliche Frechheit der Verwaltung!"] * 5, np.array([0, 1] * 5))
    news = [f"Die Gebühr ist eine Zumutung für Familie {i}." for i in range(40)]
    probe = "Diese Zumutung trifft die Anrainer."
    p = {}
    for label in (0.01, 0.99):
        meta, arrays = T.fit_fast(gold, distilled=T.Distilled(news, np.full(len(news), label)))
        assert meta["n_train"] == 10 and meta["n_distilled"] == 40
        assert meta["temperature"] == T.DISTILL_TEMPERATURE
        T.save_fast(meta, arrays, tmp_path / str(label))
        p[label] = FastClassifier(tmp_path / str(label)).predict_proba([probe])[0]
    assert p[0.99] > p[0.01] + 0.2, p
