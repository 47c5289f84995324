"""Wrong kinds the blind judges of round 12 and desk7 found (session 12b): conventional wording,
results and head counts, a name explained, a concession, literal coffee, the noun "Schwärmen"
and negated praise are no findings; the evaluative senses of the same entries still are.
Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finding_ids

_ids = finding_ids


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Die Regierung zieht bei den Förderungen die Sparschraube an.",
         "loaded_language.s12_sparschraube"),
        ("Die Abwehr leistete sich einen groben Fehlpass.", "loaded_language.s12_fehler_geleistet"),
        ("Die Stürmerin schwächelt seit Wochen.", "loaded_language.s12_schwaecheln"),
        ("Die sagenumwobene Burg thront über dem Tal.", "puffery.s12_malerisch"),
        ("Der Bericht fällt erstaunlich dünn aus.", "stance.ueberraschend_grad"),
        ("Die Firma betreibt noch immer überraschend viele alte Server.",
         "stance.ueberraschend_grad"),
        ("Die Stadträtin hat nicht einmal auf die Anfrage reagiert.", "stance.nicht_einmal"),
        ("Ein Ausflug ins Tal lohnt sich allemal.", "stance.allemal"),
        ("Nicht von ungefähr fiel die Abstimmung in die Ferien.", "speculation.kein_zufall"),
        ("Man muss die Schulen jetzt sanieren.", "appeal.man_muss"),
        ("Der Vorschlag der Opposition ist kalter Kaffee.",
         "loaded_language.idiom_schnee_von_gestern"),
        ("Die Intendantin schwärmte von der neuen Spielzeit.", "speech_verb.schwaermte"),
        ("Das Album ist ein Meisterwerk.", "puffery.meisterhaft"),
    ],
)
def test_evaluative_sense_is_still_found(text: str, entry_id: str) -> None:
    assert entry_id in _ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # conventional wording the judges called neutral
        ("Das Land setzt beim Straßenbau den Rotstift an.", "loaded_language.s12_sparschraube"),
        ("Bei der Vergabe hat der Beirat ein gewichtiges Wort mitzureden.",
         "loaded_language.s12_gewichtig"),
        ("Im zweiten Drittel leisteten sich die Gäste elf Fehlpässe.",
         "loaded_language.s12_fehler_geleistet"),
        ("Im mondänen Kurort beginnt die Saison.", "puffery.s12_malerisch"),
        ("Das Dorf führt ein beschauliches Leben.", "puffery.s12_malerisch"),
        ("Die schwächelnde Sparte soll verkauft werden.", "loaded_language.s12_schwaecheln"),
        ("Die Konjunktur schwächelt seit dem Frühjahr.", "loaded_language.s12_schwaecheln"),
        ("Nach vier Jahren ohne Titel endete die Durststrecke.", "loaded_language.s12_durststrecke"),
        ("Im Studio lieferten sich die Kandidaten einen Schlagabtausch.",
         "loaded_language.s12_schlagabtausch"),
        ("Der Altmeister des Skispringens feierte Geburtstag.", "puffery.s12_altmeister"),
        ("Das Orchester spielt in opulenter Besetzung.", "puffery.s12_opulent"),
        ("Die Übergabe lief wie geschmiert.", "puffery.s12_wie_geschmiert"),
        ("Bei der Reform könnte der Klimaschutz auf der Strecke bleiben.",
         "loaded_language.s12_auf_der_strecke"),
        ("Der Schlagzeuger spielt impulsive Rhythmen.", "labeling.s12_impulsiv"),
        # results and head counts measured against an expectation
        ("Die Favoritin verlor das Finale überraschend klar.", "stance.ueberraschend_grad"),
        ("Die Liste schnitt bei der Wahl überraschend stark ab.", "stance.ueberraschend_grad"),
        ("Auffallend viele junge Leute standen an der Kassa.", "stance.ueberraschend_grad"),
        # focus particle before a number or an age
        ("Im Kader stehen noch nicht einmal 20-jährige Spieler.", "stance.nicht_einmal"),
        ("Die Brücke ist nicht einmal 30 Jahre alt.", "stance.nicht_einmal"),
        # "all the more" on a claim's scope
        ("Das gilt allemal für die Führungsebene der Behörde.", "stance.allemal"),
        # a name explained
        ("Der Steinbock hat seinen Namen nicht von ungefähr.", "speculation.kein_zufall"),
        # a concession, not an appeal to readers
        ("Man muss der Stadtregierung eines lassen: Sie hat schnell reagiert.", "appeal.man_muss"),
        # literal coffee
        ("Er nahm einen Schluck kalten Kaffee aus der Tasse.",
         "loaded_language.idiom_schnee_von_gestern"),
        # the noun, not a verb of saying
        ("Die Stare ziehen in riesigen Schwärmen über das Feld.", "speech_verb.schwaermte"),
        ("Der Auftritt brachte das Publikum zum Schwärmen.", "speech_verb.schwaermte"),
    ],
)
def test_neutral_sense_is_not_a_finding(text: str, entry_id: str) -> None:
    assert entry_id not in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Album ist kein Meisterwerk.",
        "Es ist kein makelloses Debüt.",
        "Die Inszenierung ist keine grandiose Leistung.",
        "Der Roman ist nicht brillant.",
    ],
)
def test_negated_praise_is_no_puffery(text: str) -> None:
    """A praise word under "kein"/"nicht" is the reviewer's reservation, not praise."""
    assert not any(i.startswith("puffery.") for i in _ids(text))


def test_praise_not_only_but_also_stays_puffery() -> None:
    """"nicht nur … sondern" adds praise; it does not negate it."""
    assert any(i.startswith("puffery.")
               for i in _ids("Das Album ist nicht nur ein Meisterwerk, sondern ein Ereignis."))
