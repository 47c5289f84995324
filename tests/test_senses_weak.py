"""Senses of the weakest categories (issue 9): appeal, labeling, rhetorical, certainty, doubt.

Each false alarm the judged set showed sits next to the true finding it must not take away;
the sentences are written for these tests."""

from __future__ import annotations

import pytest

from analyzer.compounds import analyze_compound
from analyzer.pipeline import Analyzer


def author_ids(engine: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(f.text, f.id) for f in engine.analyze(text).findings if f.voice == "author"]


@pytest.mark.parametrize(("text", "entry_id", "found"), [
    # a verb-first condition frames the author's own comparison; a verb-first question and a
    # plain demand stay appeals
    ("Müsste man einen Vergleich ziehen, ließe sich das Gerät als Mischung zweier Modelle "
     "beschreiben.", "appeal.man_muss", False),
    ("Sollte man die Gebühr nicht endlich abschaffen?", "appeal.man_muss", True),
    ("Man muss die Reform jetzt umsetzen.", "appeal.man_muss", True),
    ("Hier sollte man genauer hinsehen, bevor die Stadt zahlt.", "appeal.man_muss", True),
    # "haben wir es mit … zu tun" presents a subject; "wir" that speaks for readers stays
    ("Auf der anderen Seite haben wir es mit kleinen bewaffneten Gruppen zu tun.",
     "appeal.wir", False),
    ("Wir haben es mit der Sparsamkeit übertrieben.", "appeal.wir", True),
    ("Die Mieten steigen, und damit sind wir wieder beim Wohnbau.", "appeal.wir", False),
    ("Damit sind wir bei der Frage, wer die Sanierung bezahlt.", "appeal.wir", False),
    ("Beim Klimaschutz sind wir beim Schlusslicht angekommen.", "appeal.wir", True),
    ("Am Ende sind wir die Verlierer dieser Reform.", "appeal.wir", True),
    # the name of our solar system is no appeal; "unser Planet" in a comment is
    ("Ähnliche Scheiben gab es einst auch in unserem Sonnensystem.", "appeal.unser", False),
    ("Unser Planet verträgt keine weitere Erwärmung.", "appeal.unser", True),
])
def test_appeal_senses(engine: Analyzer, text: str, entry_id: str, found: bool) -> None:
    assert any(i == entry_id for _, i in author_ids(engine, text)) is found


@pytest.mark.parametrize(("text", "entry_id", "found"), [
    # "natürlich" between an article and an adjective means "by nature"
    ("Der natürlich mäandernde Bach wurde vor hundert Jahren begradigt.",
     "certainty.natuerlich", False),
    ("Die Stadt hat natürlich kein Interesse an einer Prüfung.", "certainty.natuerlich", True),
    # … but after a comma the article is a relative pronoun and "natürlich" the adverb
    ("Der Bürgermeister, der natürlich von nichts gewusst haben will, schweigt.",
     "certainty.natuerlich", True),
    # a superlative that ranks what is most visible
    ("Der augenfälligste Unterschied der beiden Tarife liegt bei den Gebühren.",
     "certainty.evident", False),
    ("Die Schwächen des Entwurfs sind augenfällig.", "certainty.evident", True),
    # attributive "selbstverständlich" describes; the adverb and the comparative claim
    ("Der Roman stellt das selbstverständliche Vertrauen in Nachbarn auf die Probe.",
     "certainty.selbstverstaendlich", False),
    ("Die Rechnung zahlt selbstverständlich der Steuerzahler.",
     "certainty.selbstverstaendlich", True),
    ("Die Sanierung ist eine selbstverständliche Pflicht der Stadt.",
     "certainty.selbstverstaendlich", True),
    ("Der Leerstand ist der augenfälligste Beweis für das Versagen der Stadt.",
     "certainty.evident", True),
    ("Nichts selbstverständlicher, als dass der Steuerzahler die Rechnung zahlt.",
     "certainty.selbstverstaendlich", True),
    # "jemandem gewiss sein" = assured to someone
    ("Bei der Abstimmung am Dienstag sind ihm die Stimmen der Grünen gewiss.",
     "certainty.gewiss", False),
    ("Die Reform wird gewiss Nachahmer finden.", "certainty.gewiss", True),
    ("Diesmal sind ihr die Stimmen der Grünen gewiss.", "certainty.gewiss", False),
    ("Ihr Sieg bei der Wahl ist gewiss.", "certainty.gewiss", True),
    # a writer describing themself is no claim about the world
    ("Misstrauisch, wie ich nun einmal bin, las ich das Kleingedruckte.",
     "certainty.nun_mal", False),
    ("So ist das nun einmal in der Landespolitik.", "certainty.nun_mal", True),
    # adversative "freilich" (= "allerdings") before "ebenfalls"; the concessive one stays
    ("Die Opposition würde freilich ebenfalls Stimmen verlieren.", "certainty.freilich", False),
    ("Die Regierung hat freilich versagt.", "certainty.freilich", True),
])
def test_certainty_senses(engine: Analyzer, text: str, entry_id: str, found: bool) -> None:
    assert any(i == entry_id for _, i in author_ids(engine, text)) is found


@pytest.mark.parametrize(("text", "entry_id", "found"), [
    # the charge against an accused, named with legal caution
    ("Der frühere Minister steht wegen angeblicher Bilanzfälschung vor Gericht.",
     "doubt.angeblich", False),
    ("Gegen den Bürgermeister wird wegen angeblichen Amtsmissbrauchs ermittelt.",
     "doubt.angeblich", False),
    ("Die Firma hat angeblich Millionen verloren.", "doubt.angeblich", True),
    ("Die Partei warb wegen angeblich sinkender Kosten für das Projekt.", "doubt.angeblich",
     True),
    # an unclear situation is not an insinuation about shady dealings
    ("Die undurchsichtige Update-Situation bei Billighandys soll geprüft werden.",
     "doubt.ominoes", False),
    ("Die Lage im Grenzgebiet bleibt undurchsichtig.", "doubt.ominoes", False),
    ("Das Geld stammt aus undurchsichtigen Quellen.", "doubt.ominoes", True),
])
def test_doubt_senses(engine: Analyzer, text: str, entry_id: str, found: bool) -> None:
    assert any(i == entry_id for _, i in author_ids(engine, text)) is found


def test_polit_compounds_are_shorthand_not_labels(engine: Analyzer) -> None:
    for word in ("Politklima", "Politlandschaft", "Politdrama", "Politneuling"):
        assert analyze_compound(word) is None, word
    text = ("Das Politklima im Land hat sich verändert. "
            "Der Politzirkus um das Budget geht weiter. Die Politkaste bedient sich selbst.")
    ids = {i for _, i in author_ids(engine, text)}
    assert "loaded_language.idiom_zirkus" in ids
    assert "labeling.politkaste" in ids
    assert not any(t.startswith("Politklima") for t, _ in author_ids(engine, text))
    # the evaluative heads after "Polit" stay findings through the lexicon
    mocking = author_ids(engine, "Das Politgezänk geht weiter, und die Politbürokraten schweigen.")
    assert ("Politgezänk", "loaded_language.polit_kompositum") in mocking
    assert ("Politbürokraten", "labeling.politkaste") in mocking


def test_question_announced_after_a_colon_with_a_second_colon(engine: Analyzer) -> None:
    text = ("Die zentrale Frage des Romans ist eine sprachliche: Was kann man mit Worten "
            "leisten – oder wahlweise: anrichten? Wer soll das noch glauben?")
    questions = [t for t, i in author_ids(engine, text) if i.startswith("rule.rhetorical_question")]
    assert questions == ["Wer soll das noch glauben?"]


@pytest.mark.parametrize(("text", "questions"), [
    # an explainer's signpost and the questions that unfold it announce what the text treats
    ("Ökonomen erwarten einen Aufschwung. Aber was ist dran an der Erwartung? Bringen die neuen "
     "Arbeitskräfte wirklich Wachstum? Und zahlt sich das für den Staat aus? Auf den ersten "
     "Blick ist es ein Widerspruch.", []),
    ("Die Gemeinde spart beim Hallenbad. Was bedeutet das für die Vereine? Die Trainingszeiten "
     "werden um ein Drittel gekürzt.", []),
    # a question that implies its answer stays the author's device, also after a signpost's run
    ("Die Gemeinde spart beim Hallenbad. Die Vereine zahlen mehr. Wer soll das noch verstehen?",
     ["Wer soll das noch verstehen?"]),
    ("Die Station wurde geschlossen. Doch wer hat jahrelang zugesehen, wie sie ausblutete? "
     "Wer hat keine Hebammen angeworben?",
     ["Doch wer hat jahrelang zugesehen, wie sie ausblutete?",
      "Wer hat keine Hebammen angeworben?"]),
])
def test_explainer_signposts_are_not_rhetorical(engine: Analyzer, text: str,
                                                questions: list[str]) -> None:
    found = [t for t, i in author_ids(engine, text) if i.startswith("rule.rhetorical_question")]
    assert found == questions


@pytest.mark.parametrize(("text", "found"), [
    # "eigentlich" of habit and familiarity ("usually", "mainly") is a filler
    ("Die Wischgeste kennt man eigentlich hauptsächlich von anderen Herstellern.", False),
    ("Die Firma ist eigentlich für ihre Schnurlostelefone bekannt.", False),
    ("Die Oberfläche entspricht eigentlich dem gewohnten Standard.", False),
    # the author's contrast of what should be with what is stays a finding
    ("Dabei ist eigentlich genug Geld für die Sanierung vorhanden.", True),
    ("Eigentlich ist das Problem seit Jahren bekannt.", True),
])
def test_eigentlich_of_habit_is_a_filler(engine: Analyzer, text: str, found: bool) -> None:
    assert any(i == "stance.eigentlich" for _, i in author_ids(engine, text)) is found


@pytest.mark.parametrize(("text", "found"), [
    # "Glatzen" alone is mostly bald heads; the slur for skinheads comes with its group word
    ("Die Tänzerin betrachtet Salatköpfe und Glatzen, um sich zu beruhigen.", False),
    ("Am Bahnhof pöbelten ein paar rechte Glatzen Passanten an.", True),
    ("Ein paar Faschos standen am Bahnhof.", True),
])
def test_glatzen_is_literal_without_its_group_word(engine: Analyzer, text: str,
                                                   found: bool) -> None:
    ids = [i for _, i in author_ids(engine, text)]
    assert ("labeling.ln_szene_spottnamen" in ids) is found
