"""Commentary wording (issue 8, fourth pass): new idioms, framing verbs and compound parts.

Each case pairs a judgement in the author's voice with the literal or technical use of the same
word, which must stay unflagged. The lexicon's own examples are tested in test_lexicon.py; these
cases guard the sense restrictions and the compound parts added with lexicons/commentary.jsonl.
"""

from __future__ import annotations

import pytest

from analyzer.compounds import analyze_compound
from analyzer.pipeline import Analyzer


@pytest.fixture(scope="module")
def engine() -> Analyzer:
    return Analyzer(classifier=None, word_model=False)


def _author_ids(engine: Analyzer, text: str) -> set[str]:
    return {f.id for f in engine.analyze(text).findings if f.voice == "author"}


@pytest.mark.parametrize(("judging", "literal", "entry_id"), [
    ("Die Regierung würgt mit der Steuer die Konjunktur ab.",
     "Der Fahrschüler würgte an der Ampel den Motor ab.", "loaded_language.kom_abwuergen"),
    ("Im Rathaus wurden die Posten im Hinterzimmer ausgehandelt.",
     "Im Hinterzimmer des Wirtshauses probt die Blaskapelle.", "loaded_language.kom_hinterzimmer"),
    ("Die Fördermillionen versickern in der Verwaltung.",
     "Nach dem Gewitter versickert das Wasser im Kies.", "loaded_language.kom_geld_versickert"),
    ("Der junge Kandidat wurde im Wahlkampf verheizt.",
     "Das alte Brennholz wurde im Winter verheizt.", "loaded_language.kom_verheizt"),
    ("Die Koalition zerlegt sich vor der Wahl.",
     "Der Metzger zerlegt das Rind in Stücke.", "loaded_language.kom_zerlegt_sich"),
    ("Zwischen Wien und Budapest herrscht Eiszeit.",
     "Vor 20.000 Jahren lag das Tal unter dem Eis der letzten Eiszeit.", "loaded_language.kom_eiszeit"),
    ("Das Klima im Gemeinderat ist vergiftet.",
     "Der Fuchs wurde mit Ködern vergiftet.", "loaded_language.kom_klima_vergiftet"),
    ("Die Finanzaufsicht hat versagt.",
     "Bei dem Lkw haben die Bremsen versagt.", "loaded_language.kom_hat_versagt"),
    ("Die Behörde versagte.",
     "Die Behörde versagte dem Verein die Genehmigung.", "loaded_language.kom_hat_versagt"),
    ("Die Saisonarbeiter auf den Feldern werden ausgebeutet.",
     "Das Kupfervorkommen wird seit Jahrzehnten ausgebeutet.", "loaded_language.kom_ausgebeutet"),
    ("Beim Sprit langt der Fiskus kräftig zu.",
     "Die Polizei griff zu und nahm zwei Männer fest.", "loaded_language.kom_staat_langt_zu"),
    ("Die Partei hat sich kaufen lassen.",
     "Die Karten ließen sich nur an der Abendkasse kaufen.", "loaded_language.kom_kaufen_lassen"),
])
def test_judging_sense_found_literal_sense_not(engine: Analyzer, judging: str, literal: str,
                                               entry_id: str) -> None:
    assert entry_id in _author_ids(engine, judging)
    assert entry_id not in _author_ids(engine, literal)


def test_name_and_myth_are_not_labels(engine: Analyzer) -> None:
    """'Narziss' in the myth and the surname Sandler are names, the labels are not."""
    assert "labeling.kom_narzisst" in _author_ids(engine, "Der Präsident ist ein Narzisst.")
    assert "labeling.kom_narzisst" not in _author_ids(
        engine, "Echo weint, weil Narziss sie zurückweist.")
    assert "labeling.kom_sandler" in _author_ids(engine, "Die Sandler schlafen im Park.")
    assert "labeling.kom_sandler" not in _author_ids(
        engine, "Der Komiker Adam Sandler spielt die Hauptrolle.")


def _all_ids(engine: Analyzer, text: str) -> set[str]:
    return {f.id for f in engine.analyze(text).findings}


def test_merged_idiom_forms(engine: Analyzer) -> None:
    """'ist heiße Luft' and 'Fähnchen nach dem Wind' join the older idiom entries (the
    adjective "heiße" is no Konjunktiv I of "heißen", so the idiom is the author's)."""
    assert "loaded_language.idiom_heisse_luft" in _author_ids(
        engine, "Der Zehn-Punkte-Plan ist heiße Luft.")
    assert "loaded_language.idiom_heisse_luft" not in _all_ids(
        engine, "Über dem Asphalt flimmert heiße Luft.")
    assert "loaded_language.idiom_fahnchen_im_wind" in _author_ids(
        engine, "Der Landesrat hängt sein Fähnchen nach dem Wind.")


@pytest.mark.parametrize(("word", "part", "suggestion"), [
    ("Mickerrente", "micker", "Rente"),
    ("Alibiveranstaltung", "alibi", "Veranstaltung"),
    ("Gefälligkeitsgutachten", "gefälligkeits", "Gutachten"),
    ("Möchtegern-Diktator", "möchtegern", "Diktator"),
    ("Lotterwirtschaft", "lotter", "Wirtschaft"),
    ("Gaga-Politik", "gaga", "Politik"),
    ("Ausgabenorgie", "orgie", "Ausgaben"),
    ("Spardiktat", "diktat", "Sparvorgabe"),
    ("Gender-Gedöns", "gedöns", "Gender"),
    ("Politikerbagage", "bagage", "Politiker"),
    ("Klima-Quatsch", "quatsch", "Klima"),
    ("Wahlkampf-Klamauk", "klamauk", "Wahlkampf"),
    ("Behördenschlamperei", "schlamperei", "Behörden"),
])
def test_new_compound_parts(word: str, part: str, suggestion: str) -> None:
    hit = analyze_compound(word)
    assert hit is not None and hit.part.part == part
    assert hit.suggestion == suggestion


@pytest.mark.parametrize("word", [
    "Rechtschreibdiktat", "Lückendiktat", "Diktatur", "Diktate", "Lotterie",
    "Lotterieeinnahmen", "Alibi", "Kuscheltier", "Kuschelpolster", "Baukasten",
])
def test_neutral_words_near_new_parts_stay_clean(word: str) -> None:
    assert analyze_compound(word) is None
