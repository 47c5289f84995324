"""Author N, session 18 (issue 8): the author's short verdicts, concessions and recommendations of
commentary, Leitartikel, glosses and reviews as families (ids ``*.s18n_*``): bare concessions (Das
stimmt. Sei's drum.), verdicts that something is well known or missing (Die Gründe dafür sind bekannt.
Davon ist wenig zu sehen.), "X allein ist keine Strategie", the evaluation of arguments (ein
legitimes Argument, hat einiges für sich), recommendations in a judging frame (sollte schleunigst
…, Jetzt ist die Politik gefordert, wäre angebracht), hedged author asides (wenn man so will, kein
Witz), lateness verdicts (Spät, aber doch), "Es geht auch anders", "sein gutes Recht", "kann es
sich nicht leisten", a fronted "Dass …, ist klar" and "wenig aussagekräftig".

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or quoted use beside it that must stay unflagged; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/quoted use)
    ("stance.s18n_das_stimmt", "Die Gegner warnen vor den Kosten. Das stimmt. Doch Nichtstun kostet mehr.",
     "Ob die Angabe stimmt, will das Amt bis Freitag prüfen."),
    ("stance.s18n_das_stimmt", "Das ist zwar wahr, bringt die Pendler aber keinen Meter weiter.",
     "„Das ist wahr“, sagte die Zeugin vor Gericht."),
    ("stance.s18n_das_stimmt", "Der Zeitplan ist längst überholt. Sei es drum.",
     "Die Stimmung beim Fest war ausgelassen."),
    ("stance.s18n_gruende_bekannt", "Die Ausreden sind hinlänglich bekannt.",
     "Die Ursache des Brandes ist noch nicht bekannt."),
    ("stance.s18n_gruende_bekannt", "Das Ritual ist immer dasselbe.",
     "Das Ritual wird seit 300 Jahren in dem Dorf gepflegt."),
    ("stance.s18n_davon_wenig_zu_sehen", "Versprochen wurde ein Aufbruch. Davon ist bislang wenig zu spüren.",
     "Vom Gipfel aus ist der See gut zu sehen."),
    ("stance.s18n_davon_wenig_zu_sehen", "Davon ist die Landesregierung weit entfernt.",
     "Die Schule ist nicht weit vom Bahnhof entfernt."),
    ("stance.s18n_allein_keine_strategie", "Empörung allein ist aber keine Strategie.",
     "Die Strategie des Vereins sieht drei neue Trainer vor."),
    ("stance.s18n_allein_keine_strategie", "Ein Förderprogramm allein wird nicht reichen.",
     "Der Vorrat reicht allein für zwei Wochen."),
    ("stance.s18n_legitimes_argument", "Das ist ein berechtigter Einwand.",
     "Die Einwände werden am Montag im Bauausschuss behandelt."),
    ("stance.s18n_legitimes_argument", "Die Idee der Grünen hat durchaus einiges für sich.",
     "Die Läuferin hat das Rennen für sich entschieden."),
    ("stance.s18n_sollte_ratschlag", "Der Bezirk sollte lieber in den Radverkehr investieren.",
     "Der Entwurf sollte im Herbst beschlossen werden."),
    ("stance.s18n_sollte_ratschlag", "Hier ist die Landesregierung gefordert.",
     "Der Tormann war in der zweiten Hälfte kaum gefordert."),
    ("stance.s18n_sollte_ratschlag", "Etwas mehr Zurückhaltung wäre angebracht.",
     "Für den Beschluss wäre eine Zweidrittelmehrheit nötig."),
    ("stance.s18n_wenn_man_so_will", "Der Stammtisch ist, wenn man so will, das eigentliche Parlament des Dorfes.",
     "Wer will, kann sich auch im Rathaus anmelden."),
    ("stance.s18n_wenn_man_so_will", "Das neue Modell heißt, kein Scherz, Toaster Deluxe.",
     "Der Kabarettist erzählte einen Scherz über den Bürgermeister."),
    ("stance.s18n_spaet_aber_doch", "Spät, aber doch hat der Gemeinderat die Sanierung beschlossen.",
     "Die Sitzung endete spät am Abend."),
    ("stance.s18n_widerspruch_in_sich", "Ein Sparpaket, das mehr kostet, ist ein Widerspruch in sich.",
     "Die Zeugin verwickelte sich in Widersprüche."),
    ("stance.s18n_es_geht_auch_anders", "Dass es anders geht, zeigt die Nachbarstadt.",
     "Es geht um die Zukunft des Freibads."),
    ("stance.s18n_gutes_recht", "Widerspruch ist das gute Recht der Opposition.",
     "Die Mieterin hat das Recht auf eine Kopie des Vertrags."),
    ("stance.s18n_kann_sich_nicht_leisten", "Die Koalition kann es sich nicht leisten, die Pflege zu vergessen.",
     "Viele Studierende können es sich nicht leisten, in der Stadt zu wohnen."),
    ("certainty.s18n_dass_ist_klar", "Dass die Klinik Geld braucht, ist klar.",
     "Ob die Klinik mehr Geld bekommt, ist unklar."),
    ("doubt.s18n_wenig_aussagekraeftig", "Das Zwischenergebnis ist noch wenig aussagekräftig.",
     "Das Labor lieferte aussagekräftige Befunde."),
    ("stance.s18n_mein_vorschlag", "Mein Rat: Lassen Sie den Vertrag vorher prüfen.",
     "Mein Onkel hat den Vertrag geprüft."),
    ("stance.s18n_richtiges_instrument", "Eine Abgabe auf Zweitwohnsitze wäre das geeignete Mittel.",
     "Das Mittel wird zweimal täglich eingenommen."),
    ("stance.s18n_sollte_zurueckziehen", "Die Ministerin sollte den Erlass zurücknehmen.",
     "Der Erlass sollte im Juni veröffentlicht werden."),
    ("stance.s18n_nicht_zu_viel_verlangt", "Ein funktionierender Lift ist nicht zu viel verlangt.",
     "Der Vermieter hat zu viel Miete verlangt, urteilte das Gericht."),
    ("certainty.s18n_kein_weg_vorbei", "An einer Reform der Pflege führt kein Weg vorbei.",
     "Der Radweg führt an der Schule vorbei."),
    ("stance.s18n_es_waere_falsch", "Es wäre aber falsch, die Landwirte allein zu lassen.",
     "Die Adresse auf dem Paket war falsch."),
    ("stance.s18n_das_eine_das_andere", "Beides ist richtig.",
     "Beides wird im Frühjahr renoviert."),
    ("certainty.s18n_kaum_streiten", "Das sind Zahlen, über die sich kaum streiten lässt.",
     "Über den Preis stritten die Erben jahrelang."),
    ("stance.s18n_gebuehrt_respekt", "Den Helfern gebührt großer Respekt.",
     "Die Gebühr für den Pass steigt auf 75 Euro."),
    ("stance.s18n_auch_das_stimmt", "Auch das stimmt.",
     "Auch das Hallenbad bleibt im August geschlossen."),
    ("stance.s18n_man_mag_bedauern", "Man mag das bedauern, aufzuhalten ist es nicht.",
     "Man kann das Ticket auch am Automaten lösen."),
    ("stance.s18n_weniger_waere_mehr", "Bei der Ausstattung wäre weniger mehr gewesen.",
     "Weniger Besucher kamen wegen des Regens."),
    ("stance.s18n_haette_nicht_sein_muessen", "Das hätte man wissen können.",
     "Ob er davon wusste, wollte sein Anwalt nicht sagen."),
    ("certainty.s18n_kein_experte_sein", "Man muss kein Hellseher sein, um diesen Ausgang vorherzusagen.",
     "Man muss kein Vereinsmitglied sein, um mitzufahren."),
]


@pytest.mark.parametrize("entry_id,finding,neutral", FAMILIES)
def test_family(entry_id: str, finding: str, neutral: str) -> None:
    assert_family(finding, entry_id, True)
    assert_family(neutral, entry_id, False)
