"""Rule fixes of the twenty-third session (2026-12-02) after the desk39 verdicts. Sentences
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


def test_a_quoted_venue_or_train_name_and_a_named_card_are_no_scare_quotes() -> None:
    """„Waldstadion“, „Mondexpress“: the quoted compound names itself (a venue, a train); the
    customer card „Profi-Pass“ is named after „Kundenkarte“. A bare quoted word of distance
    keeps its finding."""
    from .conftest import author_scare_quotes

    assert author_scare_quotes("Das bisherige „Seestadion“ genügt den Auflagen der Liga nicht "
                               "mehr.") == []
    assert author_scare_quotes("Um 21 Uhr rollt der „Nordlichtexpress“ aus dem Bahnhof.") == []
    assert author_scare_quotes("Die Bonus-Kundenkarte „Plus-Pass“ bleibt bis Jahresende "
                               "gültig.") == []
    assert author_scare_quotes("Der Minister verkauft seine „Reform“ als großen Wurf.") != []
