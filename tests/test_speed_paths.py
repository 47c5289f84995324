"""The batched fast paths give exactly what the word-by-word definitions give."""

from __future__ import annotations

import zlib

import numpy as np

from analyzer import wordmodel
from analyzer.classifier import load_classifier
from analyzer.text import segment

TEXT = (
    "Die Regierung hat das Heizungsgesetz nach monatelangem Streit beschlossen. "
    "Kritiker sprechen von einem Murks, die Opposition von einer Zumutung für Mieter. "
    "Überraschend deutlich fiel die Abstimmung im Bundestag aus; "
    "ein Abgeordneter nannte das Ergebnis „ein fatales Signal“."
)


def test_crc_table_is_zlibs() -> None:
    for data in (b"g:abc", b"<haus>", b"x", bytes(range(256))):
        state = np.uint32(0xFFFFFFFF)
        for b in data:
            state = wordmodel._CRC_TABLE[(state ^ np.uint32(b)) & 0xFF] ^ (state >> np.uint32(8))
        assert int(state ^ np.uint32(0xFFFFFFFF)) == zlib.crc32(data)


def test_prefetched_ngram_sums_equal_word_by_word() -> None:
    model = wordmodel.load_word_model()
    sentences = [s.tokens for s in segment(TEXT).sentences]
    model._ngram_seen.clear()
    model._ngram_memo.clear()
    model.prefetch(sentences)
    memo = dict(model._ngram_memo)
    assert ("regierung", "regierung") in memo  # ASCII content words are batched
    assert not any(low.startswith("überraschend") for low, _ in memo)  # umlauts: word by word
    for (low, lemma), total in memo.items():
        assert total == model._ngram_sum(low, lemma)  # exact, not approximately


def test_batched_ngram_columns_equal_word_by_word() -> None:
    clf = load_classifier("fast")
    words = {w for w in TEXT.lower().split()} | {"a", "zu", "öl", "日本語", "x" * 30}
    index = clf._index
    clf._word_ids.clear()
    clf._fill_ids(words)
    for w in words:
        assert list(clf._word_ids[w]) == [index[g] for g in clf._word_grams(w) if g in index]
