"""Rule fixes of the twenty-fourth session (2026-12-02) after the desk43 verdicts. Sentences
written for these tests."""

from __future__ import annotations

from .conftest import author_scare_quotes


def test_a_quoted_proposal_in_the_genitive_is_no_scare_quote() -> None:
    """"Ihr Vorschlag einer „Abgabe auf Einwegbecher“": the quote names what was proposed. A
    quoted word after the genitive of another noun keeps its finding."""
    assert author_scare_quotes("Sein Vorschlag einer „Abgabe auf Einwegbecher“ fand im Rat "
                               "keine Mehrheit.") == []
    assert author_scare_quotes("Die Idee eines „Bürgerrats“ stammt aus Irland.") == []
    assert author_scare_quotes("Das ist das Ende einer „Reform“, die nie eine war.") != []


def test_a_score_at_a_sentence_end_ends_the_sentence() -> None:
    """"Zur Pause stand es 0:4. Die Abwehr? Ein Hühnerhaufen!": „0:4.“ is a score, no ordinal,
    so "Die Abwehr?" is a question of its own, answered at once (no rhetorical question over the
    score sentence); "am 4. Mai" stays an ordinal."""
    from analyzer.text import segment

    text = "Zur Pause stand es 0:4. Die Abwehr? Ein Hühnerhaufen!"
    assert [text[s.start:s.end] for s in segment(text).sentences] == [
        "Zur Pause stand es 0:4.", "Die Abwehr?", "Ein Hühnerhaufen!"]
    assert len(segment("Am 4. Mai beginnt der Umbau.").sentences) == 1
