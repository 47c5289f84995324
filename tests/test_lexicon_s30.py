"""Sense restrictions of the twenty-sixth session (2026-12-03) after the desk48 and desk49/desk50
verdicts: a person who rubs their eyes after a night shift is tired, no author's astonishment;
„Platt“ with a capital inside a sentence is the Low German dialect, not the adjective; snow lies
„meterhoch“ (a measure), a goal falls „in der allerletzten Sekunde“ (the time itself), a witness
„sagte … aus“ (testified), a lottery jackpot is „geknackt“ and a defender who „hielt den Kopf
hin“ at a penalty really did. Widened after blind misses: unnamed experts in the perfect
(„Fachleute hatten … gewarnt“), „… weisen darauf hin“, „so berichten Beobachter“, a trailing
„hieß es in der Branche“, „nach Angaben aus seinem Umfeld“, and a figure credited to an unnamed
institution or plural group („nach Berechnungen eines Vergleichsportals“). After the desk51/desk52
verdicts: „ehrlich sagen, dass …“ is no „ehrlich gesagt“, a person named in full rubs their eyes,
the sparkling wine is „kaltgestellt“; after desk53's, tenants who grope their way in the dark
through a stairwell in a power cut. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import assert_family, finding_ids

CASES = [
    ("stance.man_reibt_sich_die_augen",
     "Wer die neue Gebührenordnung liest, reibt sich die Augen.",
     "Die Fahrerin stellt den Motor ab und reibt sich die Augen."),
    ("loaded_language.adj_plump",
     "Die Pointen des zweiten Akts sind platt.",
     "Die Großmutter erzählt ihre Geschichten auf Platt."),
    ("intensifier.ex_himmelhoch",
     "Die Erwartungen an den neuen Trainer sind turmhoch.",
     "Nach dem Sturm lag der Schnee an der Passstraße meterhoch."),
    ("intensifier.aller_superlativ",
     "Das ist die allerschlimmste Nachricht für die Pendler.",
     "Den Ausgleich erzielte die Gastmannschaft in der allerletzten Sekunde."),
    ("loaded_language.s21s_jackpot_knacken",
     "Mit dem Börsengang hat der Gründer den Jackpot geknackt.",
     "Eine Tippgemeinschaft aus Fulda hat am Samstag den Jackpot geknackt."),
    ("loaded_language.s18m_zeche_ausbaden",
     "Für die Fehler der Planer müssen die Anwohner den Kopf hinhalten.",
     "Beim Elfmeter hielt der Verteidiger den Kopf hin und lenkte den Ball ab."),
    ("vague_attribution.experten_sagen",
     "Fachleute hatten schon im Frühjahr gewarnt, dass die Brücke marode sei.",
     "Die Fachleute des Bauamts hatten die Brücke im Frühjahr geprüft."),
    ("vague_attribution.experten_sagen",
     "Kinderpsychologen weisen seit Langem darauf hin, dass Kinder Pausen brauchen.",
     "Die Schule weist seit Langem darauf hin, dass Kinder Pausen brauchen."),
    ("vague_attribution.sagen_experten",
     "Die Stimmung, so berichten Beobachter, sei angespannt gewesen.",
     "Die Stimmung sei angespannt gewesen, berichten Forscher um Lea Brandt."),
    ("vague_attribution.in_der_partei_heisst_es",
     "Viele Filialen trügen sich nicht mehr, hieß es in der Branche.",
     "Im Gesetz heißt es in Paragraf drei, die Frist betrage zwei Wochen."),
    ("stance.ehrlich_gesagt",
     "Ehrlich gesagt hat die Reform ihr Ziel verfehlt.",
     "Die Ministerin müsste den Pendlern ehrlich sagen, was die Sanierung kostet."),
    ("stance.man_reibt_sich_die_augen",
     "Wer die Abrechnung des Bauamts liest, reibt sich die Augen.",
     "Nach zwölf Stunden am Steuer hält Lena Vogt an. Lena Vogt reibt sich die Augen."),
    ("loaded_language.fv_kaltgestellt",
     "Der Vorstand hat den kritischen Betriebsrat kaltgestellt.",
     "Die Tische sind gedeckt, der Sekt ist kaltgestellt."),
    ("loaded_language.s16e_tappt_im_dunkeln",
     "Bei der Frage nach dem Motiv tappen die Ermittler weiter im Dunkeln.",
     "Beim Stromausfall tappten die Mieter im Dunkeln durch das Treppenhaus."),
    ("vague_attribution.s17_umfeld_possessiv",
     "Die Sängerin will nach Angaben aus ihrem Umfeld im Sommer heiraten.",
     "Die Sängerin will nach eigenen Angaben im Sommer heiraten."),
    ("vague_attribution.s30_ungenannte_stelle",
     "Die Preise stiegen nach Berechnungen eines Vergleichsportals um neun Prozent.",
     "Die Preise stiegen nach Berechnungen des Statistischen Bundesamts um neun Prozent."),
    ("vague_attribution.s30_ungenannte_stelle",
     "Nach Schätzungen von Umweltverbänden verenden jährlich Tausende Vögel an Windrädern.",
     "Nach Schätzungen von Forschern der Universität Jena verenden jährlich Tausende Vögel."),
]


@pytest.mark.parametrize(("entry_id", "evaluative", "neutral"), CASES)
def test_family(entry_id: str, evaluative: str, neutral: str) -> None:
    assert_family(evaluative, entry_id, True)
    assert_family(neutral, entry_id, False)


def test_a_witness_who_testifies_is_no_anonymous_source() -> None:
    """"… sagte eine ehemalige Mitarbeiterin aus": „aussagen“, a witness in court; the same role
    giving a quote stays an unnamed voice."""
    assert not any(i.startswith("vague_attribution") for i in finding_ids(
        "Am zweiten Prozesstag sagte eine ehemalige Mitarbeiterin aus."))
    assert any(i.startswith("vague_attribution") for i in finding_ids(
        "„Dort wurde nie kontrolliert“, sagte eine ehemalige Mitarbeiterin."))
