"""Author V, session 31 (issue 8): unnamed groups as sources in the tenses and word orders the
earlier vague-attribution entries missed – the perfect and pluperfect („Kritiker hatten der Reihe
vorgeworfen“, „Experten haben auf die Lücke hingewiesen“, „Gewerkschaften hatten auf Missstände
hingewiesen“), the verb before the group after a fronted phrase („Als Hauptgrund nennen
Analysten …“, „Seit Jahren fordern Verbände …“, „Allerdings gehen Experten davon aus“,
„Zuletzt hatten Naturschützer … gewarnt“, „…, warnen Sicherheitsforscher.“), verbs of advice and
naming („Verbraucherschützer raten“, „Kritiker nennen“, „Meinungsforscher denken, dass“) and the
group in a subordinate clause („…, obwohl Experten seit Jahren davor warnen“) – written as
families (ids ``vague_attribution.s31v_*``).

Each family is tested with a sentence in the author's voice that must be found and a use beside it
that must stay unflagged: a named or definite group („Experten des Wifo“, „die Kritiker“, „die
Gewerkschaft Verdi“), the group as the object of someone else's verb, or a literal sense; every
sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family

VA = "vague_attribution.s31v_"

FAMILIES = [
    # (entry, author-voice finding, named/definite/literal use)
    # perfect and pluperfect, group first
    (VA + "kritiker_perfekt", "Kritiker hatten dem Intendanten Beliebigkeit vorgeworfen.",
     "Die Kritiker hatten dem Intendanten Beliebigkeit vorgeworfen."),
    (VA + "kritiker_perfekt", "Skeptiker haben früh auf die fehlende Finanzierung hingewiesen.",
     "Skeptiker der Grünen haben früh auf die fehlende Finanzierung hingewiesen."),
    (VA + "experten_perfekt", "Fachleute haben wiederholt auf Risse im Beton hingewiesen.",
     "Fachleute der Asfinag haben wiederholt auf Risse im Beton hingewiesen."),
    (VA + "experten_perfekt", "Insider hatten im Sommer gesagt, der Verkauf sei fix.",
     "Die Insider hatten im Sommer gesagt, der Verkauf sei fix."),
    (VA + "verbaende_perfekt", "Gewerkschaften haben der Firma Lohndumping vorgeworfen.",
     "Die Gewerkschaft Vida hat der Firma Lohndumping vorgeworfen."),
    (VA + "verbaende_perfekt", "Datenschützer hatten eindringlich auf Lücken der App hingewiesen.",
     "Die Datenschützer des Landes hatten auf Lücken der App hingewiesen."),
    # the verb before the group
    (VA + "nennen_analysten", "Als wichtigsten Grund nennen Analysten den schwachen Export.",
     "Als wichtigsten Grund nennen Analysten der Erste Group den schwachen Export."),
    (VA + "nennen_analysten", "Seit dem Frühjahr fordern Umweltschützer ein Fahrverbot.",
     "Seit dem Frühjahr fordern die Umweltschützer ein Fahrverbot."),
    (VA + "nennen_analysten", "Die App speichere Standorte ohne Zustimmung, kritisieren Datenschützer.",
     "Die Bauern kritisieren Tierschützer als Städter ohne Ahnung."),
    (VA + "nennen_analysten", "Das sei ein Fehler, meinten danach manche Beobachter.",
     "Wir empfehlen Experten, die Daten doppelt zu sichern."),
    (VA + "gehen_experten_davon_aus", "Dennoch gehen Ökonomen davon aus, dass die Inflation sinkt.",
     "Im Sommer gehen viele Forscher auf Exkursion."),
    (VA + "gehen_experten_davon_aus", "Schon im Vorjahr hatten Verbraucherschützer davor gewarnt.",
     "Schon im Vorjahr hatte die Arbeiterkammer davor gewarnt."),
    (VA + "gehen_experten_davon_aus", "Für das Frühjahr rechnen Branchenkenner mit Preissenkungen.",
     "Für das Frühjahr rechnen die Branchenkenner des Verbands mit Preissenkungen."),
    (VA + "gehen_experten_davon_aus", "Seit Langem hatten Kritiker dem Minister Untätigkeit vorgeworfen.",
     "Die Oppositionsparteien haben Experten immer wieder vorgeworfen, Panik zu schüren."),
    # verbs of advice and naming, group first
    (VA + "schuetzer_raten", "Konsumentenschützer raten, die Kündigungsfrist zu prüfen.",
     "Die Konsumentenschützer der Arbeiterkammer raten, die Frist zu prüfen."),
    (VA + "schuetzer_raten", "Gewerkschaften warnen vor einer Aushöhlung des Kollektivvertrags.",
     "Die Gewerkschaften warnen vor einer Aushöhlung des Kollektivvertrags."),
    (VA + "kritiker_nennen", "Kritiker nennen das Gesetz ein Geschenk an die Industrie.",
     "Die Kritiker nennen ihre Hunde nach Komponisten."),
    (VA + "kritiker_nennen", "Gegner stellen den Nutzen der Umfahrung infrage.",
     "Gegner des Vereins stellen den Nutzen der Umfahrung infrage."),
    (VA + "kritiker_nennen", "Analysten nennen als Risiko den hohen Ölpreis.",
     "Forscher nennen diese Moleküle Botenstoffe."),
    # the group in a subordinate clause
    (VA + "dass_experten_warnen", "Der Bau beginnt, obwohl Fachleute seit Jahren vor Rutschungen warnen.",
     "Der Bau beginnt, obwohl Fachleute der Landesregierung vor Rutschungen warnen."),
    (VA + "dass_experten_warnen", "Die Bank senkt die Zinsen, weil Ökonomen mit einer Rezession rechnen.",
     "Es hilft, dass Experten die Anlage jährlich prüfen."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES,
                         ids=[f"{f[0].split('.')[1]}-{i}" for i, f in enumerate(FAMILIES)])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert_family(found, entry, True)
    assert_family(neutral, entry, False)
