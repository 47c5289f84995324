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


def test_tokens_without_spacy_for_plain_words_equal_spacys() -> None:
    from analyzer.text import _raw_tokens, _spacy_tokens, normalize

    samples = [
        TEXT,
        "Laut Dr. Meier (SPÖ) ist das z.B. „völlig absurd“ :( – sagt er.  Na bravo!\n\n"
        "Mehr unter https://www.example.at/a?b=1 oder per E-Mail an info@example.at, usw.",
        "  Zwei  Leerzeichen \t und\tTabs\n \nam Ende  ",
        "Die 3. Lesung am 12.03.2024 kostete 1,5 Mio. € :) ;-) <b>Skandal</b>!!!",
        "xD sagt der Troll, XD. Gender-Gaga? Heizungs-Hammer!",
    ]
    for sample in samples:
        clean = normalize(sample)[0]
        assert _raw_tokens(clean) == _spacy_tokens(clean)
