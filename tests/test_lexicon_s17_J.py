"""Author J, session 17 (issue 8): the author's stance and verdict frames of commentary and tabloid
copy as families (ids ``*.s17j_*``): agreeing with one side (haben recht), short sarcastic verdict
sentences (Klingt gut. Schön wär's. Gar nicht.), fronted evaluative words with a colon (Brisant:),
verdicts on figures (Die Zahlen sind eindeutig), the author's conclusions and framings (Genau da liegt
das Problem, Eines ist aber klar, Man könnte es auch anders nennen), reproaches (muss sich fragen
lassen, hätten Besseres verdient) and the degree words of commentary (vollends, nachgerade,
auffallend wenig).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or quoted use beside it that must stay unflagged; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import finding_ids

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/quoted use)
    ("stance.s17j_hat_recht", "Die Anrainer haben völlig recht, wenn sie sich über den Lärm beschweren.",
     "Die Anrainer haben das Recht auf Einsicht in den Plan."),
    ("stance.s17j_hat_recht", "Die Mahner haben am Ende recht behalten.",
     "Die Wirtin hat recht ordentliche Preise."),
    ("stance.s17j_hat_recht", "Der Bürgerinitiative ist in diesem Punkt zuzustimmen.",
     "Recht und Ordnung wurden zum Wahlkampfthema."),
    ("stance.s17j_klingt_gut", "Der Bürgermeister verspricht eine Lösung bis Ostern. Klingt vernünftig.",
     "Die Glocke klingt seit der Renovierung heller."),
    ("stance.s17j_klingt_gut", "Das klingt auf den ersten Blick ehrgeizig. Das klingt ehrgeizig.",
     "„Das klingt ehrgeizig“, räumte der Sprecher ein."),
    ("stance.s17j_schoen_waers", "Der Bus soll künftig alle zehn Minuten fahren. Schön wär's.",
     "Ein schönes Wochenende wäre es gewesen, hätte es nicht geregnet."),
    ("stance.s17j_schoen_waers", "So einfach ist es freilich nicht.",
     "Der Antrag ist so einfach zu stellen wie eine Bestellung."),
    ("stance.s17j_kurze_verneinung", "Hat die Förderung den Bauern geholfen? Im Gegenteil.",
     "Im Gegenteil zu den Vorjahren blieb der Winter mild."),
    ("stance.s17j_kurze_verneinung", "Wie verträgt sich das mit dem Sparkurs? Gar nicht.",
     "Die Feuerwehr musste gar nicht ausrücken."),
    ("stance.s17j_wertwort_doppelpunkt", "Brisant: Der Gutachter ist mit dem Bauträger verwandt.",
     "Die Lage im Gemeinderat ist brisant: Zwei Fraktionen verlassen die Sitzung."),
    ("stance.s17j_wertwort_doppelpunkt", "Noch schlimmer: Die Eltern erfuhren es aus der Zeitung.",
     "Der Husten wurde schlimmer, sagte die Mutter."),
    ("stance.s17j_wertwort_doppelpunkt", "Der Pferdefuß an der Sache: Die Förderung endet 2027.",
     "Das Pferd stand am Zaun."),
    ("stance.s17j_zahlen_eindeutig", "Die Daten sind unmissverständlich.",
     "Die Daten sind seit Montag online abrufbar."),
    ("stance.s17j_zahlen_eindeutig", "Die Bilanz der Saison fällt bitter aus.",
     "Die Bilanz wird im April vorgelegt."),
    ("stance.s17j_da_liegt_das_problem", "Und genau hier liegt das Dilemma.",
     "Das Problem mit dem Stromnetz wurde am Abend gelöst."),
    ("stance.s17j_da_liegt_das_problem", "Das eigentliche Ärgernis ist die lange Wartezeit.",
     "Der Techniker sucht das Problem im Verteilerkasten."),
    ("certainty.s17j_eines_ist_klar", "Eines ist jedenfalls klar: Billiger wird es nicht.",
     "Ob eines der Tore offen war, ist nicht klar."),
    ("stance.s17j_anders_nennen", "Die Ministerin spricht von Entlastung. Man könnte es auch Wahlgeschenk nennen.",
     "Man kann die Tickets auch am Schalter kaufen."),
    ("stance.s17j_anders_nennen", "Im Klartext: Die Gemeinde ist pleite.",
     "Der Code ist im Klartext gespeichert worden."),
    ("stance.s17j_muss_sich_fragen_lassen", "Der Landrat muss sich vorhalten lassen, die Warnungen ignoriert zu haben.",
     "Der Landrat muss sich am Knie operieren lassen."),
    ("stance.s17j_haette_verdient", "Die Pflegekräfte hätten mehr Respekt verdient.",
     "Die Pflegekräfte haben im Schnitt 3.100 Euro verdient."),
    ("stance.s17j_haette_verdient", "Spätestens da hätte die Behörde eingreifen müssen.",
     "Spätestens am Freitag muss der Antrag eingereicht sein."),
    ("stance.s17j_ist_nicht_falsch", "Das ist durchaus nicht falsch, hilft aber niemandem.",
     "Die Rechnung ist nicht falsch adressiert worden, teilte die Post mit."),
    ("stance.s17j_gefuehl_ist_verstaendlich", "Die Enttäuschung der Fans ist nachvollziehbar.",
     "Die Enttäuschung der Fans war im Stadion zu hören."),
    ("stance.s17j_muss_niemandem_erklaert", "Warum die Eltern wütend sind, muss niemandem erklärt werden.",
     "Die neue Software muss den Lehrern erklärt werden."),
    ("stance.s17j_muss_niemandem_erklaert", "Es ist halt bequemer, die Schuld beim Bund zu suchen.",
     "Es ist bequemer, mit dem Zug zu fahren, sagte die Pendlerin."),
    ("stance.s17j_lohnt_sich_kurz", "Ein leiser, kluger Film. Hinsehen lohnt sich.",
     "Ob sich die Photovoltaikanlage lohnt, rechnet der Installateur vor."),
    ("stance.s17j_kommt_zu_spaet", "Für die Pächter kommt diese Einsicht zu spät.",
     "Für die Pendler kommt der Zug um sieben."),
    ("stance.s17j_da_weiss_man", "Da weiß man immerhin, woran man ist.",
     "Man weiß noch nicht, wo der Brand ausgebrochen ist."),
    ("speculation.s17j_noch_nicht", "Einen Nachfolger hat die Partei nicht. Noch nicht.",
     "Noch nicht alle Schäden sind erfasst."),
    ("intensifier.s17j_ernsthaft_tatsaechlich", "Im Ministerium ist auffallend selten von den Kosten die Rede.",
     "Die Kollegin ist ernsthaft erkrankt."),
    # second batch: doubt, one-word verdicts, reproaches and framings
    ("stance.s17j_kurze_verneinung", "Hat das Sparpaket die Schulden gesenkt? Kaum.",
     "Kaum jemand kam zur Versammlung."),
    ("doubt.s17j_zweifel_erlaubt", "Der Nutzen der Kampagne bleibt reichlich ungewiss.",
     "Der Einsatz des Torhüters ist fraglich, teilte der Verein mit."),
    ("doubt.s17j_zweifel_erlaubt", "Daran dürfen Zweifel angebracht sein.",
     "Die Ärztin äußerte Zweifel an der Ursache."),
    ("doubt.s17j_erschliesst_sich_nicht", "Weshalb die Bücherei schließen muss, erschließt sich kaum.",
     "Die Stadt erschließt im Norden ein Gewerbegebiet."),
    ("doubt.s17j_erschliesst_sich_nicht", "Woher das Geld kommen soll, bleibt wohl sein Geheimnis.",
     "Das Geheimnis der Torte bleibt im Familienbesitz."),
    ("doubt.s17j_argument_verfaengt_nicht", "Der Verweis auf die Kosten sticht nicht.",
     "Die Biene sticht nicht, wenn man ruhig bleibt."),
    ("stance.s17j_das_ehrt_ihn", "Er hat die Spende zurückgegeben. Das ehrt ihn.",
     "Der Verband ehrt ihn für fünfzig Jahre Mitgliedschaft."),
    ("stance.s17j_kurzurteil", "Die Schule bekommt eine Turnhalle. Endlich.",
     "Endlich erreichte die Bergrettung den Verletzten."),
    ("stance.s17j_kurzurteil", "Der Radweg wird verbreitert. Wurde auch Zeit.",
     "Es wurde Zeit, die Uhren umzustellen, meldete der Sender."),
    ("stance.s17j_sollte_nicht_wundern",
     "Wer so mit den Ehrenamtlichen umgeht, muss sich über leere Dienstpläne im kommenden Winter dann nicht wundern.",
     "Die Gäste wunderten sich über das Wetter."),
    ("stance.s17j_wer_will_muss_auch", "Wer mehr Lehrer verspricht, muss auch erklären, woher sie kommen.",
     "Wer den Kurs besuchen will, muss sich bis Freitag anmelden."),
    ("stance.s17j_nachdenklich", "Dieser Befund sollte den Vorstand nachdenklich stimmen.",
     "Nachdenklich verließ der Zeuge den Saal."),
    ("stance.s17j_hat_nichts_zu_tun_mit", "Mit Nachhaltigkeit hat dieses Konzept nichts zu tun.",
     "Mit dem Unfall auf der Autobahn hat die Sperre nichts zu tun."),
    ("speculation.s17j_nicht_das_erste_mal", "Dass das Amt die Frist versäumt? Es wäre nicht das erste Mal.",
     "Es war nicht das erste Mal, dass die Band in Graz spielte."),
    ("stance.s17j_loesung_waere_einfach", "Dabei wäre die Finanzierung durchaus machbar.",
     "Dabei wurde niemand verletzt."),
    # third batch: appeals to experience, main flaws, corrections of the reader, unproven claims,
    # the author's readings and estimates
    ("certainty.s17j_wer_kennt_weiss", "Wer den Wohnungsmarkt in der Stadt kennt, weiß, dass das nicht reicht.",
     "Wer die Frau kennt, wird gebeten, die Polizei zu verständigen."),
    ("stance.s17j_groesstes_problem", "Die gravierendste Schwäche des Buches ist sein Schluss.",
     "Der Fehler im Stellwerk wurde am Abend behoben."),
    ("stance.s17j_als_man_denkt", "Gute Nachbarschaft ist wertvoller, als viele glauben.",
     "Der Zug fuhr schneller als erlaubt."),
    ("doubt.s17j_namen_nannte_er_nicht", "Beweise legte er dafür keine vor.",
     "Die Schule nannte die Namen der Preisträger."),
    ("doubt.s17j_namen_nannte_er_nicht", "Eine Erklärung blieb die Geschäftsführung schuldig.",
     "Der Mieter blieb die Miete für März schuldig, stellte das Gericht fest."),
    ("doubt.s17j_namen_nannte_er_nicht", "Zahlen nannte er nicht.",
     "Namen nennt die Polizei grundsätzlich nicht."),
    ("stance.s17j_kaum_noch_zu", "Die Verzögerung ist den Eltern kaum noch zu erklären.",
     "Im Nebel war das Ufer kaum zu sehen."),
    ("speculation.s17j_klang_wie_ein_appell", "Die Rede klang wie eine Abrechnung mit dem eigenen Vorstand.",
     "Der Donner klang wie ein Kanonenschuss."),
    ("speculation.s17j_so_scheint_es", "Die Verantwortung, so scheint es, liegt immer bei den anderen.",
     "So scheint der Mond im Herbst besonders hell."),
    ("speculation.s17j_eher_spaeter", "Die Halle wird 2029 eröffnet, vermutlich später.",
     "Der Bus kommt später als gewohnt."),
    ("stance.s17j_damit_leben_koennen", "Ein Unentschieden, mit dem die Gastgeber gut leben können. Ein Remis, mit dem man leben kann.",
     "Mit dem Hund können die Kinder im Garten spielen."),
    ("stance.s17j_keineswegs_nur", "Die Lage am Bau ist keineswegs nur schlecht.",
     "Die Halle ist nur am Wochenende offen."),
    # fourth batch: degree words of commentary
    ("intensifier.s17j_vollends_nachgerade", "Mit dem zweiten Rücktritt ist der Vorstand vollends diskreditiert.",
     "Die Wohnung ist vollends möbliert."),
    ("intensifier.s17j_weitaus", "Die Folgen für die Bauern sind weitaus dramatischer.",
     "Der Weg zum Gipfel ist weit."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES, ids=[f"{f[0]}-{i}" for i, f in enumerate(FAMILIES)])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert entry in finding_ids(found), found
    assert entry not in finding_ids(neutral), neutral


@pytest.mark.parametrize("text,entry", [
    ("„Die Kritiker haben recht“, sagte die Ministerin.", "stance.s17j_hat_recht"),
    ("„Genau da liegt das Problem“, erklärte der Bürgermeister.", "stance.s17j_da_liegt_das_problem"),
    ("Der Stadtrat sagte: „Die Zahlen sind eindeutig.“", "stance.s17j_zahlen_eindeutig"),
])
def test_quoted_use_keeps_the_quote_voice(text: str, entry: str) -> None:
    assert entry not in finding_ids(text), text
    assert entry in finding_ids(text, "quote"), text
