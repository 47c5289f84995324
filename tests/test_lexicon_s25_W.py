"""Author W, session 25 (issue 8): recall families for evaluative wording careful editors mark in
the author's voice and the engine missed – the commentator's verdict formulas („Die Richtung
stimmt“, „ist längst überholt“, „selten genug“, „Andere Länder sind da längst weiter“, „Das Problem
ist nur:“, „ist vor allem eines:“, „Das ist zu einfach.“, „Das mag stimmen“, „wäre besser
aufgehoben“), sarcasm („Darauf muss man erst mal kommen“, „braucht starke Nerven“, „Jedes Jahr
dasselbe Theater“, „Zumindest bis jetzt.“), idioms („die Suppe versalzen“, „das Kind ist in den
Brunnen gefallen“, „Spiel auf Zeit“, „ein bitterer Nachgeschmack bleibt“), review verdicts („kein
perfekter Film“, „großes Schauspiel“), unnamed sources („Skeptiker gibt es auch“, „Insider aus dem
Unternehmen“, „ein Freund der Familie“, „nach Branchenschätzungen“) and the framing verb „wittert
eine Kampagne“ – written as families (ids ``<category>.s25w_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family

ST = "stance.s25w_"
CE = "certainty.s25w_"
LL = "loaded_language.s25w_"
PU = "puffery.s25w_"
VA = "vague_attribution.s25w_"
SV = "speech_verb.s25w_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    (ST + "richtung_stimmt", "Bei allen Mängeln: Die Richtung stimmt.",
     "Die Richtung des Windes wechselte am Abend."),
    (ST + "keine_illusionen", "Über die Kosten sollte man sich keine Illusionen machen.",
     "Der Zauberer zeigte Illusionen mit Spiegeln."),
    (ST + "laengst_ueberholt", "Das Bild vom faulen Beamten ist längst überholt.",
     "Der Lkw wurde auf der Autobahn überholt."),
    (ST + "selten_genug", "Der Minister hat einen Fehler zugegeben, was selten genug vorkommt.",
     "Im Winter fährt die Fähre selten."),
    (ST + "kein_perfekter", "Die Serie ist kein perfektes Werk, aber ein kluges.",
     "Die Turnerin erhielt für die Übung perfekte Noten."),
    (ST + "andere_sind_weiter", "Andere Bundesländer sind da schon weiter.",
     "Andere Länder sind weiter im Rennen um die Ausrichtung."),
    (ST + "erst_mal_kommen", "Einen Radweg durch den Friedhof: Darauf muss man erst mal kommen.",
     "Darauf muss man bei der Anmeldung achten."),
    (ST + "nur_halb_gemacht", "Eine Reform ohne Geld ist nur halb gemacht.",
     "Das Haus ist zur Hälfte fertig."),
    (ST + "es_braucht_mehr_als", "Gegen die Wohnungsnot braucht es mehr als Gipfeltreffen.",
     "Für den Zauber braucht es nicht mehr als eine Geige."),
    (ST + "problem_ist_nur", "Das Problem ist nur: Die Förderung läuft im März aus.",
     "Das Problem ist seit Montag behoben."),
    (ST + "eigentliche_nachricht", "Die eigentliche Nachricht ist, dass niemand widersprach.",
     "Die Nachricht erreichte die Familie am Abend."),
    (ST + "vor_allem_eines", "Das Sparpaket ist vor allem eines: mutlos.",
     "Vor allem eines der Häuser wurde beschädigt."),
    (ST + "nicht_in_jedem_punkt",
     "Man muss dem Bericht nicht in jedem Punkt folgen, um die Warnung ernst zu nehmen.",
     "Die Anklage stützt sich auf jeden Punkt des Berichts."),
    (ST + "das_ist_zu_x", "Das ist zu einfach, denn die Ursachen liegen tiefer.",
     "Das ist zu Fuß in zehn Minuten erreichbar."),
    (ST + "kein_grosser_wurf", "Auch das neue Gesetz ist nicht der große Wurf.",
     "Die Kugelstoßerin gewann mit ihrem letzten Wurf."),
    (ST + "mag_stimmen", "Auch das mag stimmen, doch es erklärt nicht die Verluste.",
     "Auch das Kind mag keinen Spinat."),
    (ST + "besser_aufgehoben", "Die Fördermillionen wären in der Pflege besser aufgehoben.",
     "Die Akten sind im Landesarchiv aufgehoben."),
    (ST + "zumindest_bis_jetzt", "Die Koalition wirkt geeint. Zumindest bis jetzt.",
     "Die Bahnstrecke bleibt zumindest bis Freitag gesperrt."),
    (ST + "darf_man_so_sagen", "Die Saison war, man darf das so sagen, ein Desaster.",
     "Man darf im Park keine Hunde frei laufen lassen."),
    (ST + "erwartungsgemaess_anders", "Die Vermieter sehen das erwartungsgemäß anders.",
     "Die Vermieter sehen das anders, sagte die Sprecherin."),
    (CE + "wer_ernsthaft_glaubt", "Wer ernsthaft glaubt, dass die Steuer sinkt, wird enttäuscht.",
     "Wer ernsthaft verletzt ist, kommt ins Spital."),
    (CE + "drehen_und_wenden", "Man kann es drehen und wenden: Das Budget ist zu knapp.",
     "Der Bus musste auf dem Parkplatz wenden."),
    (LL + "die_ueblichen", "Im Landtag hörte man die üblichen Sonntagsreden.",
     "Es gelten die üblichen Tarife."),
    (LL + "ein_schock", "Die Schließung des Werks ist ein Schock für die Region.",
     "Das Opfer erlitt einen Schock und kam ins Spital."),
    (LL + "zustimmung_erkaufen", "Mit Geschenken an die Bauern will sich die Partei Ruhe erkaufen.",
     "Die Stadt kaufte im Frühjahr drei neue Busse."),
    (LL + "rechnung_zahlen", "Die Rechnung zahlen am Ende die Pendler.",
     "Die Pendler zahlen für das Ticket 365 Euro."),
    (LL + "spiel_auf_zeit", "Die neue Prüfrunde ist ein Spiel auf Zeit.",
     "Das Spiel auf dem Nebenplatz begann mit Verspätung."),
    (LL + "nichts_dazugelernt", "Die Aufsicht hat aus dem Skandal nichts gelernt.",
     "Die Lehrlinge lernten im Betrieb das Schweißen."),
    (LL + "nur_verlierer", "In diesem Tarifstreit gibt es nur Verlierer.",
     "Die Verlierer des Turniers reisten am Sonntag ab."),
    (LL + "suppe_versalzen", "Ein Formfehler hat dem Bürgermeister die Suppe versalzen.",
     "Die Suppe in der Kantine war versalzen."),
    (LL + "kind_im_brunnen", "Wieder wird erst gehandelt, wenn das Kind in den Brunnen gefallen ist.",
     "Feuerwehrleute retteten ein Kind, das in einen Schacht gefallen war."),
    (LL + "starke_nerven", "Wer auf die Sanierung wartet, braucht starke Nerven.",
     "Das Medikament schädigt die Nerven nicht."),
    (LL + "jedes_jahr_dasselbe", "Jedes Jahr das gleiche Ritual um die Pensionserhöhung.",
     "Die Pensionen steigen jedes Jahr um die Inflationsrate."),
    (LL + "bittere_pointe", "Die bittere Pointe: Gerade die Sparer zahlen drauf.",
     "Die Pointe des Sketches saß."),
    (LL + "gefeilsche", "Das Gefeilsche um den Finanzausgleich beginnt von vorn.",
     "Bund und Länder verhandeln über den Finanzausgleich."),
    (LL + "bitterer_nachgeschmack",
     "Die Vergabe an den Parteifreund hinterlässt einen bitteren Nachgeschmack.",
     "Der Tee hat einen bitteren Nachgeschmack."),
    (LL + "aus_der_traum", "Aus der Traum vom Titel: Die Gastgeberinnen verlieren 1:3.",
     "Der Traum vom Titel lebt, sagte die Trainerin."),
    (PU + "grosses_schauspiel", "Wie sie die Trauer zeigt, das ist großes Schauspiel.",
     "Das große Schauspielhaus wird renoviert."),
    (PU + "zeigte_herz", "Der Außenseiter bewies Kampfgeist und glich spät aus.",
     "Der Ultraschall zeigte ein gesundes Herz."),
    (VA + "branchenschaetzungen", "Der Umsatz liegt nach Branchenschätzungen bei zwei Milliarden.",
     "Der Umsatz liegt laut Geschäftsbericht bei zwei Milliarden."),
    (VA + "skeptiker_gibt_es", "Kritiker gibt es allerdings auch.",
     "Für Kritiker gibt es eine eigene Vorstellung."),
    (VA + "insider_aus_der_branche", "Insider aus dem Konzern rechnen mit dem Rücktritt.",
     "Beobachter aus der Branche wie Anna Huber vom Verband halten das für möglich."),
    (VA + "freund_der_familie", "Eine Freundin der Familie sagt, die Tochter sei wohlauf.",
     "Eine Freundin der Familie, die Ärztin Eva Kern, brachte die Tochter heim."),
    (SV + "wittert", "Die Parteichefin wittert hinter der Anzeige eine Kampagne.",
     "Der Spürhund wittert das Wild im Unterholz."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES,
                         ids=[f"{f[0].split('.')[1]}-{i}" for i, f in enumerate(FAMILIES)])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert_family(found, entry, True)
    assert_family(neutral, entry, False)
