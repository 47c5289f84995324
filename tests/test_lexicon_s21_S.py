"""Author S, session 21 (issue 8): tabloid narration and celebrity copy in the author's own voice –
the narrator's emotions and suspense (bangen, geschockt zusehen, der erlösende Anruf,
quicklebendig, herzzerreißend), story formulas (Die unglaubliche Geschichte, Das Wunder von …,
Jetzt spricht die Mutter, Als wäre nichts gewesen, Happy End), comeback and celebrity wording,
postposed tabloid speech verbs, person and pet labels, money and outrage formulas – written as
families (ids ``<category>.s21s_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or technical use beside it that must stay unflagged; quoted uses are the speaker's. Every
sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family, finding_ids

LL = "loaded_language.s21s_"
PU = "puffery.s21s_"
LA = "labeling.s21s_"
SV = "speech_verb.s21s_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal use)
    (LL + "geschockt_zusehen", "Hunderte Gäste sahen geschockt zu, wie das Festzelt einstürzte.",
     "Hunderte Gäste sahen dem Festumzug zu."),
    (LL + "geschockt_zusehen", "Die Feuerwehrleute mussten mit ansehen, wie die Scheune niederbrannte.",
     "Die Feuerwehrleute sahen sich die Scheune genau an."),
    (LL + "bangen", "Drei Tage lang bangte die Familie aus dem Nachbarort um ihre Katze.",
     "Die Familie zahlte bei der Bank ein."),
    (LL + "bangen", "Für die Angehörigen begannen bange Stunden.",
     "Für die Angehörigen begann die Besuchszeit."),
    (LL + "erloesend", "Am Montag dann der erlösende Anruf der Polizei.",
     "Am Montag rief die Polizei an."),
    (LL + "quicklebendig", "Das Pony ist verdreckt, aber putzmunter.",
     "Das Pony steht im Stall."),
    (LL + "quicklebendig", "Die Wanderer wurden gesund und munter gefunden.",
     "Die Wanderer wurden am Abend gefunden."),
    (LL + "herzzerreissend", "Beim Abschied am Bahnsteig gab es herzzerreißende Szenen.",
     "Beim Abschied am Bahnsteig winkten die Kinder."),
    (LL + "herzzerreissend", "Es war ein bewegender Moment für die ganze Gemeinde.",
     "Die Teile bewegen sich auf einer Schiene."),
    (LL + "unglaubliche_geschichte", "Die wundersame Geschichte beginnt in einem Hinterhof.",
     "Die Geschichte des Vereins beginnt im Jahr 1920."),
    (LL + "wunder_von", "Das Katzen-Wunder von Gmünd rührt das Netz.",
     "Die Katze lebt in Gmünd."),
    (LL + "jetzt_spricht", "Jetzt spricht die Witwe des Bergsteigers.",
     "Der Bergsteiger spricht über seine Expedition."),
    (LL + "als_waere_nichts", "Am nächsten Tag saß er wieder im Büro, als wäre nichts gewesen.",
     "Am nächsten Tag saß er wieder im Büro."),
    (LL + "happy_end", "Für den entflogenen Wellensittich gibt es ein Happy End.",
     "Der Wellensittich wurde beim Nachbarn gefunden."),
    (LL + "schutzengel", "Der Radfahrer hatte mehrere Schutzengel.",
     "Der Radfahrer kaufte eine Schutzengel-Figur."),
    (SV + "packt_aus", "Jetzt packt die Tochter des Millionärs aus.",
     "Die Tochter packt die Einkäufe aus."),
    (PU + "exklusiv", "Der Schauspieler verrät exklusiv, wen er heiraten will.",
     "Der Händler verkauft die Uhr exklusiv in Europa."),
    # the sobbing verbs moved to speech_verb.s40_nachgestellt_affekt (tests/test_voice_s40.py)
    (SV + "nachgestellt", "„Den Ring habe ich selbst ausgesucht“, verrät die Braut.",
     "Die Braut sagte, sie habe den Ring selbst ausgesucht."),
    (SV + "nachgestellt", "„Ich hatte keine Wahl“, gesteht der frühere Profi.",
     "Der frühere Profi gestand die Tat vor Gericht."),
    (LL + "laechelt_vielsagend", "Auf die Frage nach Hochzeitsplänen lächelt sie nur.",
     "Sie lächelt auf dem Foto in die Kamera."),
    (LA + "koenig_label", "Der Schlagerkönig füllt wieder die Hallen.",
     "Der Schützenkönig wurde am Sonntag gekrönt."),
    (LA + "liebling_kompositum", "Show-Liebling Marco Berger meldet sich zurück.",
     "Marco Berger meldet sich zurück."),
    (LA + "herzensbrecher", "Der Herzensbrecher von der Hotelbar steht vor Gericht.",
     "Der Barkeeper von der Hotelbar steht vor Gericht."),
    (LL + "ausreisser", "Am Abend war der kleine Ausreißer wieder im Gehege.",
     "Der Messwert vom Juni ist ein Ausreißer."),
    (LL + "tierisch", "Tierischer Besuch im Rathaus: Eine Ente watschelte ins Foyer.",
     "Der Markt für tierische Produkte wächst."),
    (LA + "gluecks_label", "Die Glücks-Oma will mit dem Gewinn ein Haus kaufen.",
     "Die Gewinnerin will mit dem Geld ein Haus kaufen."),
    (LL + "prassen", "Der Vorstand prasste mit dem Geld der Genossenschaft.",
     "Der Vorstand prüfte die Bilanz der Genossenschaft."),
    (LL + "steuerzahlerkosten", "Die Delegation flog auf Steuerzahlerkosten nach Dubai.",
     "Die Delegation flog nach Dubai."),
    (LL + "saus_und_braus", "Der Clubchef lebte jahrelang in Saus und Braus.",
     "Der Clubchef lebte jahrelang in Graz."),
    (LL + "luxus_extra", "Die Abgeordneten ließen sich in der Luxuslimousine chauffieren.",
     "Die Abgeordneten übernachteten im Hotel am Bahnhof."),
    (LL + "comeback", "Die Sängerin kämpft sich zurück ins Rampenlicht.",
     "Die Sängerin kehrt nach der Babypause auf die Bühne zurück."),
    (LL + "so_mutig", "So tapfer kämpft die Skifahrerin nach ihrem Sturz.",
     "So lautet das Urteil des Gerichts."),
    (LL + "so_mutig", "So offen wie nie spricht der Moderator über seine Sucht.",
     "So hoch wie nie ist der Pegel der Donau."),
    (LL + "zeigt_sich_privat", "Die Sängerin zeigt sich im Urlaub ungeschminkt.",
     "Die Sängerin zeigt sich mit dem Vertrag zufrieden."),
    (LL + "liebes_boulevard", "Jetzt tobt der Scheidungskrieg um die Villa.",
     "Die Scheidung wurde im Frühjahr eingereicht."),
    (LL + "seine_neue", "Der Fußballer zeigte sich mit seiner Neuen am Strand.",
     "Der Fußballer zeigte sich mit seinem Trainer am Strand."),
    ("loaded_language.s21t_funkstille_allein", "Seitdem herrscht Funkstille.",
     "Der Funkverkehr mit dem Schiff riss ab."),
    (LL + "vom_erdboden", "Nach dem Skandal war der Manager wie vom Erdboden verschluckt.",
     "Der Manager wurde seit März nicht mehr gesehen."),
    (PU + "tapfer_kaempft", "Tapfer kämpft der Fünfjährige gegen die seltene Krankheit.",
     "Der Fünfjährige leidet an einer seltenen Krankheit."),
    (LL + "schicksal", "Dann schlug das Schicksal ein zweites Mal zu.",
     "Das Schicksal der Vermissten ist ungeklärt."),
    (LL + "schicksal", "Am Abend kam die traurige Gewissheit.",
     "Am Abend gab es Gewissheit über die Zahl der Verletzten."),
    (LL + "fans_in_sorge", "Die Fans sind geschockt.",
     "Die Fans reisten mit Sonderzügen an."),
    (LL + "fans_in_sorge", "Ganz Kufstein feiert seinen Olympiasieger.",
     "In Kufstein wohnt der Olympiasieger."),
    (LL + "sorgt_fuer_aufsehen", "Der Bürgermeister sorgt mit seinem Dienstauto für Empörung.",
     "Der Bürgermeister sorgt für mehr Parkplätze."),
    (PU + "erfolgs_kompositum", "Der Erfolgsautor liest im Stadttheater.",
     "Der Autor liest im Stadttheater."),
    # second pass: reactions, courtroom and crime narration, neighbourhood rows
    (LL + "kaum_fassen", "Die Gewinnerin kann es selbst kaum fassen.",
     "Die Fahnder konnten den Einbrecher nicht fassen."),
    (LL + "klafft_loch", "Im Budget der Gemeinde klafft eine Lücke von 80.000 Euro.",
     "Der Arzt nähte die klaffende Wunde."),
    (LL + "schlimmste_fuerchten", "Die Bergretter befürchten das Schlimmste.",
     "Es war der schlimmste Sturm seit Jahren."),
    (LL + "nicht_vergessen_werden",
     "Es war eine Nacht, die die Passagiere so schnell nicht vergessen werden.",
     "Die Passagiere hatten ihre Pässe vergessen."),
    (LL + "saal_erstarrt", "Als das Urteil fällt, wird es im Saal totenstill.",
     "Im Saal findet am Abend ein Konzert statt."),
    (LL + "ausbuexen", "Das Pony ist in der Nacht ausgebüxt.",
     "Das Pony lief in der Nacht davon."),
    (LL + "jackpot_knacken", "Ein Ehepaar aus Tirol knackt den Jackpot.",
     "Der Jackpot liegt bei zwölf Millionen Euro."),
    (LL + "staunt_nicht_schlecht", "Da staunte der Förster nicht schlecht.",
     "Der Förster staunte über die Größe des Baums."),
    (LL + "bild_des_grauens", "Den Feuerwehrleuten bot sich ein Bild des Grauens.",
     "Das Bild der Feuerwehrleute hängt im Gerätehaus."),
    (LL + "sprachlos", "Die Tat macht die Gemeinde sprachlos.",
     "Die Tat wird vor Gericht verhandelt."),
    (LA + "krimi_label", "Der Killer schlug in der Nacht zu.",
     "Der Täter schlug in der Nacht zu."),
    (LL + "nachbarschaftskrieg", "Der Zaun-Krieg in der Reihenhaussiedlung eskaliert.",
     "Der Zaun in der Reihenhaussiedlung wird erneuert."),
    # third pass: triumph, body gossip, praise labels, the taxpayer
    (PU + "allen_gezeigt", "Mit dem Sieg hat die Läuferin es allen gezeigt.",
     "Der Wirt zeigt es allen Gästen auf der Speisekarte."),
    (LL + "figur_klatsch", "Nach der Trennung purzeln bei dem Sänger die Kilos.",
     "Das Paket wiegt drei Kilo."),
    (LL + "figur_klatsch", "Mit Bart ist der Schauspieler kaum wiederzuerkennen.",
     "Das Kennzeichen war gut zu erkennen."),
    (PU + "gute_seele", "Die Köchin ist die gute Seele des Gasthauses.",
     "Die Köchin arbeitet seit 20 Jahren im Gasthaus."),
    (LL + "zahlt_steuerzahler", "Für das Debakel zahlt am Ende der Steuerzahler.",
     "Der Steuerzahler kann die Erklärung online abgeben."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES,
                         ids=[f"{f[0].split('.')[1]}-{i}" for i, f in enumerate(FAMILIES)])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert_family(found, entry, True)
    assert_family(neutral, entry, False)


@pytest.mark.parametrize("entry,text", [
    (LL + "quicklebendig", "„Er ist wieder quicklebendig“, sagt die Tierärztin."),
    (LL + "bangen", "„Wir haben Wochen gebangt“, erzählt die Mutter."),
    (LL + "als_waere_nichts", "„Er kam herein, als wäre nichts gewesen“, sagt der Wirt."),
    (LA + "herzensbrecher", "„Er war ein echter Charmeur“, sagte die Zeugin."),
    (LL + "prassen", "„Die haben unser Geld verprasst“, schimpft ein Anrainer."),
])
def test_quoted_tabloid_wording_is_the_speakers(entry: str, text: str) -> None:
    """Tabloid wording inside a quotation is the speaker's, not the author's."""
    assert entry not in finding_ids(text)
