"""Rule fixes of the twenty-third session (2026-12-03) after the desk39 verdicts. Sentences
written for these tests."""

from __future__ import annotations

from .conftest import rhetorical_questions


def test_a_three_word_question_echoing_a_quote_is_the_authors_doubt() -> None:
    """"… sei der Schaden „nicht schlimm genug“. Nicht schlimm genug? …": the echo may hold up to
    four words, all of them in a quotation just before. The same question without the quotation
    before it is no echo (only the plain opening question, which the floor hides)."""
    quoted = ("Die Versicherung teilte mit, für eine Erstattung sei der Schaden „nicht schlimm "
              "genug“.\n\nNicht schlimm genug? Die Familie wohnt seit Wochen im Hotel.")
    assert rhetorical_questions(quoted) == [("Nicht schlimm genug?",
                                             "rule.rhetorical_question_echo")]
    plain = ("Die Versicherung lehnte eine Erstattung ab.\n\nNicht schlimm genug? Die Familie "
             "wohnt seit Wochen im Hotel.")
    assert "rule.rhetorical_question_echo" not in {i for _, i in rhetorical_questions(plain)}
