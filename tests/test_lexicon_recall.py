"""Everyday newsroom wording the engine used to miss (issue 8): evaluative adjectives, idioms,
colloquial and sarcastic wording, framing verbs, labels, sports and review verdicts are found in
the author's voice; the same words in a literal sense, a neutral term or a quote are not.
Every passage was written for these tests."""

from __future__ import annotations

import pytest

from analyzer import analyze


def _author_ids(text: str) -> set[str]:
    return {f.id for f in analyze(text, classifier=None, word_model=False).findings
            if f.voice == "author"}


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # evaluative adjectives
        ("Der Gemeinderat hat die Gebühr im Juli beschlossen. Die Entscheidung war übereilt.",
         "loaded_language.adj_ueberhastet"),
        ("Die Bauordnung stammt aus dem Jahr 1968 und ist antiquiert.", "loaded_language.adj_antiquiert"),
        ("Auf die Fragen der Anrainer antwortete der Stadtrat mit Allgemeinplätzen.",
         "loaded_language.adj_gemeinplaetze"),
        # idioms and metaphors
        ("Die Stadtwerke haben die Energiewende verschlafen.", "loaded_language.ugs_verschlafen"),
        ("Wer einen Reisepass braucht, wird im Amt von Pontius zu Pilatus geschickt.",
         "loaded_language.idiom_pontius_pilatus"),
        ("Mit der Abgabe auf Übernachtungen hat sich der Kurort ins Knie geschossen.",
         "loaded_language.idiom_ins_knie"),
        ("Seit dem Streit um die Fusion ist zwischen den Bürgermeistern das Tischtuch zerschnitten.",
         "loaded_language.idiom_tischtuch"),
        # colloquial and sarcastic wording
        ("Beim Hochwasserschutz setzt die Gemeinde weiter auf das Prinzip Hoffnung.",
         "stance.idiom_prinzip_hoffnung"),
        ("Im Landtag herrscht nach außen Friede, Freude, Eierkuchen.", "stance.idiom_eierkuchen"),
        # framing verbs
        ("Der Landesrat heftet sich die neue Bahnlinie an die Brust.",
         "loaded_language.fv_reklamiert_erfolg"),
        ("Die Kammer verkauft die höhere Umlage als Entlastung.", "loaded_language.fv_verkauft_als"),
        ("Der Vorstand drückt sich seit Wochen um eine klare Antwort.",
         "loaded_language.fv_drueckt_sich_um"),
        ("Die Broschüre der Bank unterschlägt die Risiken der Anleihe.",
         "speculation.fv_unterschlaegt"),
        # labels and loaded nouns
        ("Die neue Obfrau des Vereins ist eine Verlegenheitslösung.",
         "loaded_language.ln_verlegenheitsloesung"),
        ("Das neue Umweltsiegel des Versandhändlers ist reines Greenwashing.",
         "loaded_language.ln_greenwashing"),
        ("Der neue Landesrat ist ein Macher.", "puffery.ln_macher"),
        ("Die Bürgermeisterin bewies Augenmaß bei der Standortfrage.", "puffery.adj_zeigt_rueckgrat"),
        ("Die neue Grundsteuer trifft wieder einmal die Schwächsten.",
         "loaded_language.adj_trifft_die_falschen"),
        # sports desk: praise and mockery
        ("Die Rechtsaußen brillierte mit drei Vorlagen.", "puffery.sk_brilliert"),
        ("Der Aufsteiger spielte gegen den Meister groß auf.", "puffery.sk_spielte_gross_auf"),
        ("Der Mittelstürmer ließ den Abwehrchef in jedem Zweikampf alt aussehen.",
         "loaded_language.sk_alt_aussehen"),
        ("Im zweiten Durchgang zauberte die Zehn im Mittelfeld.", "puffery.sk_zauberte"),
        ("Nach der Pause spielten sich die Gastgeberinnen in einen Rausch.", "puffery.sk_in_einen_rausch"),
        ("Der Aufsteiger entzauberte den Tabellenführer.", "loaded_language.sk_entzaubert"),
        ("Der Keeper hat sich beim 0:1 einen Patzer geleistet.",
         "loaded_language.sk_schnitzer_geleistet"),
        # culture desk: review verdicts
        ("Die Auflösung des Krimis ist schon nach zehn Minuten vorhersehbar.",
         "loaded_language.sk_vorhersehbar"),
        ("Das Musical hat im zweiten Akt deutliche Längen.", "loaded_language.sk_laengen"),
        ("Die Neuverfilmung bleibt eine blasse Kopie des Originals.", "loaded_language.sk_billige_kopie"),
        # tabloid and political-page sarcasm
        ("Der Landesparteitag geriet zur Krönungsmesse für die Obfrau.",
         "loaded_language.tab_kroenungsmesse"),
        ("Der Obmann wurde mit nordkoreanischem Ergebnis wiedergewählt.",
         "loaded_language.tab_sowjetische_mehrheit"),
        ("Für die Kindergärten hatte der Finanzreferent nur warme Worte übrig.",
         "loaded_language.idiom_warme_worte"),
    ],
)
def test_author_wording_is_found(text: str, entry_id: str) -> None:
    assert entry_id in _author_ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # literal senses
        ("Die Lehrlinge haben den Termin beim Zahnarzt verschlafen.", "loaded_language.ugs_verschlafen"),
        ("Der Kassier unterschlug über Jahre Geld aus der Vereinskasse.", "speculation.fv_unterschlaegt"),
        ("Die Einbrecher griffen zur Brechstange und öffneten die Kellertür.",
         "loaded_language.idiom_brechstange"),
        ("In der Werkstatt wurde der alte Traktor ausgeschlachtet.",
         "loaded_language.idiom_ausgeschlachtet"),
        ("Die Ziegen fressen die Wiese hinter dem Stall auf.", "loaded_language.idiom_inflation_frisst"),
        ("Der Kunde bekam die Quittung per Mail.", "loaded_language.tab_quittung"),
        ("Der Busfahrer parkte den Bus vor dem Hotel.", "loaded_language.sk_antifussball"),
        ("Die Akkus der Leihräder sind austauschbar.", "loaded_language.sk_austauschbar"),
        ("Überlange Sattelzüge dürfen nur auf der Autobahn fahren.", "loaded_language.sk_ueberlang"),
        ("Der Kirchenchor sang zu Ostern Mozarts Krönungsmesse.", "loaded_language.tab_kroenungsmesse"),
        ("Im Zirkuszelt zauberte der Magier Tauben aus dem Hut.", "puffery.sk_zauberte"),
        ("Nach der Feier trank er sich in einen Rausch.", "puffery.sk_in_einen_rausch"),
        ("Die Witwe schloss eine Lebensversicherung für die Familie ab.", "puffery.sk_lebensversicherung"),
        ("Die Boxerin kämpft seit zwei Jahren im Leichtgewicht.", "labeling.ln_leichtgewicht"),
        ("Ein Macher der Sendung stellte das neue Format vor.", "puffery.ln_macher"),
        ("Der Zoll stellte billige Kopien von Markentaschen sicher.", "loaded_language.sk_billige_kopie"),
        # neutral terms: a labour-law ground, a regulation, social classes, a job on call
        ("Das Gericht bestätigte die Kündigung wegen Arbeitsverweigerung.",
         "loaded_language.sk_arbeitsverweigerung"),
        ("Die EU will Greenwashing in der Werbung verbieten.", "loaded_language.ln_greenwashing"),
        ("Die deklassierten Schichten der Vorstädte wählen seltener.", "loaded_language.sk_deklassiert"),
        ("Die Zusteller arbeiten auf Abruf.", "loaded_language.idiom_auf_abruf"),
        # the words are a named speaker's, not the author's
        ("„Die Entscheidung war übereilt“, sagte die Fraktionschefin.", "loaded_language.adj_ueberhastet"),
    ],
)
def test_literal_neutral_or_quoted_use_is_not_found(text: str, entry_id: str) -> None:
    assert entry_id not in _author_ids(text)
