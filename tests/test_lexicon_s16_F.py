"""Author F, session 16 (issue 8): the author's stance and concession frames, praise and puffery,
degree words in judgements, speculation, loaded speech tags and vague sources as families
(ids ``*.s16f_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or quoted use beside it that must stay unflagged; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import finding_ids

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/quoted use)
    ("stance.s16f_so_sein_mag", "So gut die Absicht sein mag, das Gesetz kommt zu spät.",
     "Wie dem auch sein mag, der Markt öffnet um acht."),
    ("stance.s16f_kein_vergleich", "Der neue Spielplatz ist kein Vergleich zum alten Schotterplatz.",
     "Vor Gericht kam es zu keinem Vergleich zwischen den Nachbarn."),
    ("stance.s16f_mag_sein", "Mag sein, dass die Gebühr sinkt. Den Familien hilft das wenig.",
     "Meine Tochter mag keine Tomaten."),
    ("stance.s16f_per_se", "Ein Verbrenner ist per se nicht schlecht, nur teuer im Unterhalt.",
     "Die Frist gilt per se für alle Anträge."),
    ("stance.s16f_kein_schlechter", "Die Wahl des neuen Standorts war nicht die schlechteste.",
     "Die Ernte fiel wegen des Regens schlecht aus."),
    ("stance.s16f_das_gute_daran", "Das Gute daran: Die Mieter müssen nichts nachzahlen.",
     "Das gute Wetter lockte viele Gäste an den See."),
    ("certainty.s16f_ueber_streiten", "Dass die Brücke marode ist, darüber lässt sich nicht streiten.",
     "Die Erben streiten vor Gericht über das Haus."),
    ("certainty.s16f_an_sicherheit_grenzend",
     "Die Gebühren steigen mit an Sicherheit grenzender Wahrscheinlichkeit weiter.",
     "Die Sicherheitskräfte bewachten die Grenze."),
    ("intensifier.s16f_herzlich_wenig", "Mit Bürgerbeteiligung hat das Verfahren herzlich wenig zu tun.",
     "Die Gemeinde lädt herzlich zum Sommerfest ein."),
    ("intensifier.s16f_erschreckend_grad", "Die Verwaltung war auf die Flut erschreckend schlecht vorbereitet.",
     "Der Anblick der zerstörten Häuser war erschreckend, sagte der Helfer."),
    ("intensifier.s16f_und_zwar_schnell", "Der Bund muss die Lücke schließen, und zwar rasch.",
     "Die Tickets gibt es in zwei Kategorien, und zwar Steh- und Sitzplätze."),
    ("intensifier.s16f_sogar_nachgestellt", "Die Suppe war besser als erwartet. Deutlich besser sogar.",
     "Sogar der Bischof kam zur Eröffnung."),
    ("intensifier.s16f_unendlich_grad", "Ausreden hat die Firma unendlich viele parat.",
     "Die Mathematikerin bewies, dass es unendlich viele Lösungen gibt."),
    ("intensifier.s16f_schlechthin", "Der Heurige ist der Sehnsuchtsort schlechthin.",
     "Der Heurige öffnet im Mai."),
    ("speculation.s16f_droht_zu_scheitern", "Die Fusion der beiden Gemeinden droht zu platzen.",
     "Der Vermieter drohte mit einer Räumungsklage."),
    ("speculation.s16f_liegt_nahe_nachgestellt", "Dass der Minister bald geht, liegt nahe.",
     "Das Ferienhaus liegt nahe am Wasser."),
    ("speculation.s16f_als_erweisen", "Der Neubau könnte sich als teures Missverständnis erweisen.",
     "Die Angaben des Zeugen erwiesen sich als richtig."),
    ("speculation.s16f_koennte_folgen", "Die Panne könnte weitreichende Folgen für die Firma haben.",
     "Die Folgen des Hochwassers sind beseitigt."),
    ("speculation.s16f_scheint_ausgeschlossen", "Eine Rückkehr des Trainers scheint unrealistisch.",
     "Der Zutritt zur Baustelle ist ausgeschlossen, teilte die Firma mit."),
    ("speech_verb.s16f_entlocken", "Einen Namen ließ sich der Sprecher nicht entlocken.",
     "Der Pianist entlockt dem Flügel leise Töne."),
    ("speech_verb.s16f_tag_doppelpunkt", "Die Schaffnerin seufzt: „Jeden Tag dasselbe.“",
     "Die Katze knurrt, wenn man sie hochhebt."),
    ("vague_attribution.s16f_heisst_es_allgemein", "Vielfach heißt es, das Land sei zu klein dafür.",
     "Im Bescheid der Behörde heißt es, die Frist sei abgelaufen."),
    ("vague_attribution.s16f_so_die_meinung", "Der Plan sei unausgegoren, so die vorherrschende Meinung.",
     "Die Meinung des Gutachters lag dem Gericht vor."),
    ("vague_attribution.s16f_als_empfunden", "Die Maßnahme wird als Schikane empfunden.",
     "Der Bürgermeister wurde als Zeuge befragt."),
    ("vague_attribution.s16f_von_der_kritik", "Die von der Kritik umjubelte Oper kommt nach Linz.",
     "Die Kritik des Rechnungshofs betrifft die Spitäler."),
    ("vague_attribution.s16f_kritikern_geht", "Skeptikern fehlt ein Plan für die Finanzierung.",
     "Die Skeptiker trafen sich im Gasthaus."),
    ("puffery.s16f_auf_der_hoehe", "Die Sopranistin ist auf der Höhe ihres Könnens.",
     "Der Hubschrauber flog auf der Höhe des Gipfels."),
    ("puffery.s16f_zum_leuchten", "Die Geigerin bringt das spröde Konzert zum Strahlen.",
     "Die Feuerwehr brachte das Boot sicher ans Ufer."),
    ("puffery.s16f_handwerk_lob", "Der Film ist fein beobachtet und dicht erzählt.",
     "Die Polizei hat die Wohnung genau beobachtet."),
    ("puffery.s16f_ueber_grenzen_bekannt", "Das Weingut ist über die Grenzen des Bezirks hinaus bekannt.",
     "Die Lastwagen stauten sich über die Grenze hinaus."),
    ("puffery.s16f_ass_weltelite", "Das Ski-Ass aus Tirol fehlt verletzt.",
     "Er spielte sein letztes Ass aus."),
    ("puffery.s16f_souveraen_sport", "Die Titelverteidigerin setzte sich souverän durch.",
     "Das Parlament ist der Souverän."),
    ("puffery.s16f_parierte_glaenzend", "Der Tormann parierte glänzend und hielt das Remis fest.",
     "Der Tormann parierte den Schuss mit dem Fuß."),
    ("doubt.s16f_versucht_zu_rechtfertigen", "Der Konzern versucht, die Preiserhöhung kleinzureden.",
     "Die Sanitäter versuchten, den Mann wiederzubeleben."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert entry in finding_ids(found), found
    assert entry not in finding_ids(neutral), neutral
