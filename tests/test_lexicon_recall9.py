"""A critic's and an editorial writer's evaluative vocabulary (issue 8, after desk3's judge):
the critic's praise and censure of a performance, the ironic "ganze + number", editorial reproaches
and tabloid drama formulas are found in the author's voice; the same words in a literal sense, or
a review quoting another critic or a spectator, are not the author's. Every passage was written for
these tests."""

from __future__ import annotations

import pytest

from .conftest import finding_ids

_ids = finding_ids


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # the critic's praise
        ("Der junge Bariton Jakob Lenz ist die Entdeckung dieses Abends.",
         "puffery.rv_entdeckung_des_abends"),
        ("Am Ende bleibt ein kluger, präziser Theaterabend über das Altern.", "puffery.rv_lob_abend"),
        ("Den Schluss bildet ein starkes Schlussbild im Nebel.", "puffery.rv_lob_abend"),
        ("Die Choreografin findet in dem alten Märchen überraschend viel Witz.",
         "puffery.rv_erstaunlich_viel"),
        # the critic's censure, also in inverted word order
        ("Leider hat die Inszenierung im zweiten Teil Längen.", "loaded_language.sk_laengen"),
        ("Nach der Pause hat das Stück Längen.", "loaded_language.sk_laengen"),
        ("Spätestens im dritten Akt muss man ein Gähnen unterdrücken.", "loaded_language.rv_gaehnen"),
        ("Die Projektionen sind nett anzusehen, bleiben aber ohne Bedeutung.",
         "loaded_language.rv_huebsch_aber"),
        ("An dieser Stelle hätte die Regisseurin streichen müssen.", "stance.rv_haette_regie_muessen"),
        ("Es wird ein zäher Opernabend.", "loaded_language.rv_tadel_abend"),
        # editorial wording
        ("Der Verkehrsverbund hat im Herbst ganze zwölf neue Busse angeschafft.",
         "intensifier.ugs_ganze_zahl"),
        ("Der Landrat macht es sich mit dieser Antwort zu einfach.",
         "loaded_language.ugs_macht_es_sich_zu_leicht"),
        ("Das ist kein Versehen mehr, das ist Methode.", "intensifier.ugs_kein_x_mehr_das_ist"),
        # tabloid drama formulas
        ("Aber dann der Schreck: Der Wagen des Sängers stand in Flammen.",
         "loaded_language.tab_doch_dann_der_schock"),
        ("Mit verheulten Augen verließ die Kandidatin das Studio.", "loaded_language.tab_verheult"),
        ("Im Vereinsheim soll es heftig gekracht haben.", "loaded_language.tab_maechtig_gekracht"),
        ("Der Auftritt des Ex-Ministers sorgte für Wirbel.", "loaded_language.tab_wirbel"),
        ("Mit einer Gänsehaut-Ballade gewann der Tenor das Publikum.", "puffery.sk_gaensehautmoment"),
        ("Der Chor hatte das Fernsehstudio zum Kochen gebracht.",
         "loaded_language.sk_zum_kochen_gebracht"),
        ("Die Pendler sind wegen der Zugausfälle auf 180.", "loaded_language.tab_auf_180"),
        ("Nun packt eine Ex-Mitarbeiterin aus.", "loaded_language.tab_packt_aus"),
        ("Bitter für die Gastgeber: Der Torwart fällt aus.", "stance.tab_bitter_fuer"),
    ],
)
def test_found_in_author_voice(text: str, entry_id: str) -> None:
    assert entry_id in _ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # literal senses
        ("Die Entdeckung des Jahres 1896 machte den Physiker berühmt.",
         "puffery.rv_entdeckung_des_abends"),
        ("Am frühen Abend setzte starker Regen ein.", "puffery.rv_lob_abend"),
        ("Nach dem Training gingen die müden Spielerinnen am Abend früh ins Bett.",
         "loaded_language.rv_tadel_abend"),
        ("Gut gedämmte Mauern speichern erstaunlich viel Wärme.", "puffery.rv_erstaunlich_viel"),
        ("Die Regie hat den zweiten Akt um zwanzig Minuten gekürzt.", "stance.rv_haette_regie_muessen"),
        ("Das Becken hat Längen von fünfzig Metern.", "loaded_language.sk_laengen"),
        ("Der Torhüter spielte die ganzen 90 Minuten durch.", "intensifier.ugs_ganze_zahl"),
        ("Die neue Software macht es leicht, Anträge zu stellen.",
         "loaded_language.ugs_macht_es_sich_zu_leicht"),
        ("Die Ärztin untersuchte den gebrochenen Wirbel.", "loaded_language.tab_wirbel"),
        ("Der Garten ist hübsch anzusehen.", "loaded_language.rv_huebsch_aber"),
        ("Die Zahl der Plätze ist auf 180 gestiegen.", "loaded_language.tab_auf_180"),
        ("Auf der Autobahn ging er auf 180 Stundenkilometer.", "loaded_language.tab_auf_180"),
        ("Nach der Reise packt die Familie die Koffer aus.", "loaded_language.tab_packt_aus"),
        ("Die Medizin ist bitter für Kinder: Sie spucken sie aus.", "stance.tab_bitter_fuer"),
    ],
)
def test_literal_sense_not_found(text: str, entry_id: str) -> None:
    assert entry_id not in _ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # a review quotes another critic or a spectator: their verdict, not the author's
        ("„Sie ist die Entdeckung dieses Abends“, schrieb die Kritikerin der Lokalzeitung.",
         "puffery.rv_entdeckung_des_abends"),
        ("„Hier hätte die Regie eingreifen müssen“, schimpfte ein Abonnent in der Pause.",
         "stance.rv_haette_regie_muessen"),
        ("Ein Zuschauer in der dritten Reihe meinte: „Das war ein kluger, genauer Abend.“",
         "puffery.rv_lob_abend"),
    ],
)
def test_quoted_verdict_is_not_the_authors(text: str, entry_id: str) -> None:
    assert entry_id not in _ids(text)
    assert entry_id in _ids(text, "quote")
