"""Rule fixes of the twenty-first session (2026-12-02). Texts written for these tests."""

from __future__ import annotations

from .conftest import finding_texts, rhetorical_questions


def _questions(text: str) -> set[str]:
    return {t for t in finding_texts(text) if t.endswith("?")}


def test_topic_question_turning_the_story_is_no_rhetorical_question() -> None:
    """"Und die Gäste? …", "Die Brautjungfern? …": a definite noun phrase alone turns a story to
    its next topic; the sentence after it answers, with or without an exclamation."""
    tabloid = ("Der Bräutigam kam zwei Stunden zu spät. Und die Gäste? Feierten einfach ohne ihn "
               "weiter! Am Ende tanzte die ganze Gesellschaft bis zum Morgen.")
    assert "Und die Gäste?" not in _questions(tabloid)
    second = ("Die Hochzeit fand auf einem Parkplatz statt. Die Brautjungfern? Drei Kolleginnen "
              "aus dem Supermarkt nebenan! Der Kuchen kam vom Imbiss.")
    assert "Die Brautjungfern?" not in _questions(second)


def test_indefinite_or_jabbing_noun_question_stays_a_finding() -> None:
    """"Ein Zufall?" suggests a reading; "Und die Regierung? Die hatte … versprochen." answers
    with a jab: both stay the author's rhetorical questions."""
    hint = "Der Konzern spendete kurz vor der Wahl. Ein Zufall? Die Partei bestreitet jeden Zusammenhang."
    assert "Ein Zufall?" in _questions(hint)
    jab = ("Die Mieten steigen weiter. Und die Regierung? Die hatte eine Mietbremse fest "
           "zugesagt.")
    assert "Und die Regierung?" in _questions(jab)


def test_question_with_the_verb_at_the_end_is_a_teaser() -> None:
    """"Was sie am meisten vermisst? …": a w-word with the verb last is the reporter's question
    put before the answer, not a suggestion; unless the text says it stays open."""
    teaser = ("Sie hat die Bäckerei dreißig Jahre geführt. Was sie am meisten vermissen wird? "
              "Sie lacht. „Die Stammkunden um sechs Uhr früh“, sagt sie.")
    assert not any("vermissen" in q for q in _questions(teaser))
    main_clause = ("Die Stadt schließt die Bibliothek. Was wird aus den Lesern? Die Verwaltung "
                   "schweigt.")
    assert "Was wird aus den Lesern?" in _questions(main_clause)
    stays_open = ("Die Gelder sind verschwunden. Wer die Überweisungen freigab? Darauf gibt es "
                  "bis heute keine Antwort.")
    assert any("Überweisungen" in q for q in _questions(stays_open))


def test_question_someone_affirms_is_answered() -> None:
    """"War das die Wende? Die Trainerin bejahte das.": a named person answers it."""
    text = ("Nach der Auszeit drehte das Team das Spiel. War das die Wende? Die Trainerin "
            "bejahte das nach dem Abpfiff.")
    assert not _questions(text)


def _question_ids(text: str) -> list[str]:
    """The rule's ids, before the calibration (which hides the opening variant)."""
    return [fid for _, fid in rhetorical_questions(text)]


def test_place_of_the_question_in_its_paragraph() -> None:
    """A question that closes its paragraph leaves the reader with its reading (its own id,
    weighed apart); one that opens a paragraph that goes on mostly hands over to the answer;
    one inside keeps the plain id."""
    text = ("Der Kreis hat die Buslinie gestrichen.\n\n"
            "Wer soll die Kinder jetzt zur Schule bringen? Die Eltern müssen selbst fahren. "
            "Doch wer zahlt das Benzin? Der Kreis verweist auf das Land.\n\n"
            "Die Familien warten auf eine Lösung. Wie lange eigentlich noch?")
    assert _question_ids(text) == ["rule.rhetorical_question_opening",
                                   "rule.rhetorical_question",
                                   "rule.rhetorical_question_closing"]


def test_question_before_a_new_paragraph_of_reported_claims_stays_the_authors() -> None:
    """"…? ⏎⏎ Bleibt das Argument, die Mehrheit wolle das nicht.": the Konjunktiv of the next
    paragraph reports a claim the author takes up, it does not make the question someone
    else's; within the paragraph, free indirect speech still does."""
    text = ("Die Maßnahme kostet fast nichts und wirkt sofort. Welche andere Reform kann das "
            "schon von sich sagen?\n\nBleibt der Einwand, die Wirtschaft leide darunter. Auch "
            "das ist widerlegt.")
    assert any("Welche andere Reform" in q for q in _questions(text))
    claim = ("Die Maßnahme kostet fast nichts und wirkt sofort. Welche andere Reform kann das "
             "schon von sich sagen? Bleibt der Einwand, die Wirtschaft leide darunter.")
    assert any("Welche andere Reform" in q for q in _questions(claim))
    villagers = ("Im Dorf sind sie wütend. Was wüssten die in der Hauptstadt schon? Die Windräder "
                 "seien ihnen von dort aufgezwungen worden.")
    assert not any("Hauptstadt" in q for q in _questions(villagers))


def test_disabling_the_question_disables_its_variants() -> None:
    """``--disable rule.rhetorical_question`` keeps meaning every rhetorical question."""
    from analyzer.pipeline import Analyzer

    text = ("Die Stadt spart am Bad.\n\nWer soll das verstehen? Die Kosten steigen. Wer soll das "
            "am Ende noch bezahlen?")
    found = [f.id for f in Analyzer(classifier=None, calibrate=False).analyze(text).findings]
    assert "rule.rhetorical_question_opening" in found
    assert "rule.rhetorical_question_closing" in found
    off = [f.id for f in Analyzer(classifier=None, calibrate=False,
                                  disable=["rule.rhetorical_question"]).analyze(text).findings]
    assert not any(i.startswith("rule.rhetorical_question") for i in off)
