"""The batched fast path gives exactly what the word-by-word definition gives."""

from __future__ import annotations

from analyzer.classifier import load_classifier

TEXT = (
    "Die Regierung hat das Heizungsgesetz nach monatelangem Streit beschlossen. "
    "Kritiker sprechen von einem Murks, die Opposition von einer Zumutung für Mieter. "
    "Überraschend deutlich fiel die Abstimmung im Bundestag aus; "
    "ein Abgeordneter nannte das Ergebnis „ein fatales Signal“."
)


def test_batched_ngram_columns_equal_word_by_word() -> None:
    clf = load_classifier("fast")
    words = {w for w in TEXT.lower().split()} | {"a", "zu", "öl", "日本語", "x" * 30}
    index = clf._index
    clf._word_ids.clear()
    clf._fill_ids(words)
    for w in words:
        assert list(clf._word_ids[w]) == [index[g] for g in clf._word_grams(w) if g in index]
