"""Voice checks added in the eighth session (2026-12-01, second session): words a speaker gives
that stand before "nennen", and regular Konjunktiv I before "darauf"."""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer

from .conftest import rhetorical_questions


@pytest.fixture(scope="module")
def engine() -> Analyzer:
    return Analyzer(classifier=None)


def _voices(engine: Analyzer, text: str, word: str) -> set[str]:
    return {f.voice for f in engine.analyze(text).findings if word in text[f.start:f.end]}


@pytest.mark.parametrize("text, word", [
    ("Peinlich nannte die Fraktionschefin den Auftritt des Bürgermeisters.", "Peinlich"),
    ("Enttäuschend und unverschämt nannte der Gewerkschafter das Angebot.", "unverschämt"),
    ("Ein Debakel nannte der Trainer die zweite Halbzeit seiner Mannschaft.", "Debakel"),
])
def test_label_before_nennen_is_the_speakers(engine: Analyzer, text: str, word: str) -> None:
    assert _voices(engine, text, word) == {"quote"}


@pytest.mark.parametrize("text, word", [
    ("Der peinliche Auftritt des Ministers beschäftigte den Landtag, nannte aber niemand beim Namen.",
     "peinliche"),
    ("Dieser peinliche Minister nannte keine Gründe für den Rückzug.", "peinliche"),
])
def test_subject_before_nennen_stays_the_authors(engine: Analyzer, text: str, word: str) -> None:
    assert _voices(engine, text, word) == {"author"}


def test_regular_konjunktiv_i_before_darauf_is_reported(engine: Analyzer) -> None:
    text = ("Die Kandidatin will für klare Worte eintreten. Eine ehrliche Politik verzichte "
            "darauf, politische Gegner zu dämonisieren.")
    assert _voices(engine, text, "dämonisieren") == {"quote"}


def test_the_authors_own_jussive_stays_the_authors(engine: Analyzer) -> None:
    text = "Die Lage ist, das sei nur angemerkt, dramatisch."
    assert _voices(engine, text, "dramatisch") == {"author"}


@pytest.mark.parametrize("text, word", [
    ("Nach dem Ende der Mission warnte der Geheimdienst intern vor einem politischen Skandal.",
     "Skandal"),
    ("Am Montag sprach die Ministerin am Rande der Sitzung von einem Desaster.", "Desaster"),
])
def test_wording_after_subject_and_adverb_is_the_speakers(engine: Analyzer, text: str,
                                                          word: str) -> None:
    assert _voices(engine, text, word) == {"quote"}


def test_the_authors_wording_after_a_reported_subject_stays(engine: Analyzer) -> None:
    text = "Gestern warnte ein Bericht über die dramatische Lage vor neuen Problemen."
    assert _voices(engine, text, "dramatische") == {"author"}


def test_what_a_named_party_suspects_is_its_view(engine: Analyzer) -> None:
    assert _voices(engine, "Die Opposition wittert einen Skandal.", "Skandal") == {"quote"}
    assert _voices(engine, "Man wittert hier einen Skandal.", "Skandal") == {"author"}


@pytest.mark.parametrize("text, word", [
    ("Ganz allgemein sei einmal mehr betont, dass all die Tabellen schön und gut sind.",
     "schön und gut"),
    ("Es sei an dieser Stelle erwähnt, dass der Auftritt des Stadtrats peinlich war.", "peinlich"),
    ("Als Erfolgsgeschichte kann die neue Maut nicht gerade bezeichnet werden, sie darf getrost "
     "als Debakel bezeichnet werden.", "Debakel"),
])
def test_the_authors_jussive_and_modal_passive_stay_the_authors(engine: Analyzer, text: str,
                                                                 word: str) -> None:
    assert _voices(engine, text, word) == {"author"}


@pytest.mark.parametrize("text, word", [
    ("Der Sprecher sagte, das sei schon oft betont worden, die Lage sei dramatisch.", "dramatisch"),
    ("Der Plan kann von Kritikern durchaus als Debakel bezeichnet werden.", "Debakel"),
])
def test_reported_jussive_and_passive_with_agent_stay_reported(engine: Analyzer, text: str,
                                                              word: str) -> None:
    assert _voices(engine, text, word) == {"quote"}


def test_sage_und_schreibe_is_the_authors_idiom(engine: Analyzer) -> None:
    text = "Die Mieten stiegen um sage und schreibe 40 Prozent, ein Skandal."
    assert _voices(engine, text, "sage und schreibe") == {"author"}
    assert _voices(engine, text, "Skandal") == {"author"}
    text = "Der Minister sagte, er schreibe an einem Buch über das Desaster."
    assert _voices(engine, text, "Desaster") == {"quote"}


@pytest.mark.parametrize("text, word", [
    ("Die Ministerin, schon lange als Hardlinerin verschrien, legte einen neuen Plan vor.",
     "Hardlinerin"),
    ("Der Landeshauptmann interpretiert das Wahlergebnis als deutliche Abrechnung mit Wien.",
     "Abrechnung"),
    ("In dem Bericht ist die Rede von willkürlichem Beschuss ziviler Gebäude.", "willkürlichem"),
])
def test_labels_and_wording_others_give(engine: Analyzer, text: str, word: str) -> None:
    assert _voices(engine, text, word) == {"quote"}


def test_no_rede_stays_the_authors(engine: Analyzer) -> None:
    assert _voices(engine, "Von einem Debakel kann keine Rede sein.", "Debakel") == {"author"}


def test_byline_initials_are_no_words_of_the_text(engine: Analyzer) -> None:
    text = "Die Gespräche werden am Montag fortgesetzt. (nim, krud, mika, jub)"
    assert not [f for f in engine.analyze(text).findings if "krud" in text[f.start:f.end]]
    text = "Das Konzept der Stadt ist krud."
    assert _voices(engine, text, "krud") == {"author"}


def test_handover_question_answered_at_once_is_no_rhetorical_question(engine: Analyzer) -> None:
    text = ("Die Firma hat den Vertrag mit der Stadt gekündigt. Der Grund? Es fehlte das Geld "
            "für die Sanierung.")
    assert not [f for f in engine.analyze(text).findings if f.category == "rhetorical"]
    text = "Die Regierung hat viel versprochen. Wer soll das bezahlen? Die Bürger jedenfalls nicht."
    assert [f for f in engine.analyze(text).findings if f.category == "rhetorical"]


@pytest.mark.parametrize("text", [
    "Die Tiere fliegen weit. Tragen sie das Virus in sich? Mit Kollegen aus drei Ländern ging das "
    "Team dieser Frage nach.",
    "Schlangen leben fast überall. Wann haben sie ihre Beine verloren? Bisher ging man davon aus, "
    "dass es vor 150 Millionen Jahren geschah.",
])
def test_explainer_question_the_text_takes_up_is_no_rhetorical_question(engine: Analyzer,
                                                                         text: str) -> None:
    assert not [f for f in engine.analyze(text).findings if f.category == "rhetorical"]


def test_a_jab_with_the_author_answering_stays_rhetorical() -> None:
    text = "Wer glaubt das noch? Diese Regierung hat jedes Versprechen gebrochen."
    assert rhetorical_questions(text)  # the rules' decision, before the calibration's floor


def test_instruction_step_and_the_papers_own_usage_are_no_appeal(engine: Analyzer) -> None:
    text = ("Zuerst muss der Ordner geleert werden. Anschließend muss man zur Kommandozeile "
            "wechseln.")
    assert not [f for f in engine.analyze(text).findings if f.category == "appeal"]
    text = "Deshalb schreiben wir im KURIER nur noch von der Miliz."
    assert not [f for f in engine.analyze(text).findings if f.category == "appeal"]
    text = "Wir müssen uns alle fragen, was aus diesem Land wird."
    assert [f for f in engine.analyze(text).findings if f.category == "appeal"]
