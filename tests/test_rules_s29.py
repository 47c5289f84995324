"""Rule fixes of the twenty-fifth session (2026-12-03) after the desk46 verdicts: a question the
next sentence answers with „Das hängt davon ab, …“, and a topic question with a place („Und das
alte Gerät vor der Schule?“) taken up at once, are signposts, not rhetoric. Sentences written
for these tests."""

from __future__ import annotations

from .conftest import author_scare_quotes, rhetorical_questions


def test_a_question_answered_with_it_depends_is_a_signpost() -> None:
    assert rhetorical_questions(
        "Die Sauna bleibt vorerst zu. Öffnet sie im Frühjahr wieder? Das hängt nach Angaben "
        "der Stadtwerke davon ab, ob sich ein neuer Pächter findet.") == []
    assert rhetorical_questions(
        "Die Sauna bleibt vorerst zu. Öffnet sie im Frühjahr wieder? Die Stadtwerke "
        "schweigen.") != []


def test_a_topic_question_with_its_place_taken_up_at_once_is_a_signpost() -> None:
    assert rhetorical_questions(
        "Die Stadt hat einen neuen Brunnen bestellt. Und das alte Becken vor dem Rathaus? "
        "Das bleibt, wo es ist.") == []
    # a jab in the answer keeps the question rhetorical
    assert rhetorical_questions(
        "Die Stadt hat einen neuen Brunnen bestellt. Und die Enten im Schlossteich? Die fragt "
        "ohnehin niemand.") != []


def test_a_boats_name_after_its_noun_and_again_later_is_no_scare_quote() -> None:
    """"der Kutter „Möwe“ … Die „Möwe“ läuft aus": the boat's name, introduced by its noun and
    then used alone; a quoted word without such a name before it stays a finding."""
    assert author_scare_quotes("Am Kai liegt der Kutter „Möwe“. Um vier Uhr läuft die „Möwe“ "
                               "aus.") == []
    assert author_scare_quotes("Um vier Uhr beginnt die „Rettung“ des Hafens.") != []


def test_the_newsrooms_sign_off_is_no_exclamation_and_no_appeal() -> None:
    """"Wir bleiben dran!" after a story promises more reporting; it judges nothing and its "wir"
    is the newsroom. A real exclamation with "wir" stays both."""
    from .conftest import finding_ids

    ids = finding_ids("Der Streit um den Zaun geht vor Gericht. Wir bleiben dran!")
    assert "rule.exclamation" not in ids and "appeal.wir" not in ids
    ids = finding_ids("Der Streit um den Zaun geht vor Gericht. Wir alle müssen jetzt "
                      "aufstehen!")
    assert "rule.exclamation" in ids and "appeal.wir_alle" in ids
