"""Author M, session 18 (issue 8): idioms and metaphors of news, feature and commentary copy that
carry the author's judgement – delay and distance, chances and prospects, cost and blame, character
and record, unity and support, emotion images of sports and feature copy, excess, commentary
verdicts – written as families (ids ``<category>.s18m_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or quoted use beside it that must stay unflagged; every sentence is written for these tests.
"""

from __future__ import annotations

from .conftest import family_test, finding_ids

LL = "loaded_language.s18m_"
SP = "speculation.s18m_"
PU = "puffery.s18m_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal use)
    # delay and distance
    (LL + "ins_ungewisse", "Mit dem Einspruch rückt die Sanierung der Brücke ins Ungewisse.",
     "Die Bergsteiger brachen im Morgengrauen ins Ungewisse auf."),
    (LL + "ins_ungewisse", "Damit ist der Ausbau der Bahnstrecke ins Ungewisse gerückt.",
     "Die Bahnstrecke wird ab Montag ausgebaut."),
    (LL + "auf_der_bremse", "Beim Klimaschutz steht ausgerechnet das Wirtschaftsressort auf der Bremse.",
     "Die Lenkerin stand auf der Bremse, doch der Lkw rutschte in den Graben."),
    (LL + "auf_der_bremse", "Dass die Gemeinden auf der Bremse stehen, überrascht niemanden.",
     "Die Werkstatt tauschte die Bremse am Fahrrad."),
    (LL + "im_wartezimmer", "Brüssel lässt die Westbalkanstaaten seit Jahren im Wartezimmer sitzen.",
     "Im Wartezimmer des Kinderarztes sitzen morgens viele Eltern."),
    (LL + "im_wartezimmer", "Das Pflegepaket hängt seit dem Frühjahr in der Warteschleife.",
     "Wer die Hotline anruft, hört Musik, bis jemand abhebt."),
    # chances and prospects
    (SP + "gute_karten", "Im Rennen um den Vorsitz hat die Landesrätin die besten Karten.",
     "Für das Finale haben wir gute Karten im Oberrang ergattert."),
    (SP + "gute_karten", "Die Gewerkschaft hat alle Trümpfe in der Hand.",
     "Beim Schnapsen zählt jeder Trumpf doppelt."),
    (SP + "zielgerade", "Ein Abkommen über die Fischereirechte ist in greifbare Nähe gerückt.",
     "Der Sieger des Würfelspiels bekommt einen Korb Äpfel."),
    (SP + "zielgerade", "Bei der Stichwahl steht es Spitz auf Knopf.",
     "Der Knopf an der Jacke ist abgerissen."),
    (LL + "pulver_verschossen", "Die Opposition hat ihr Pulver schon im Frühjahr verschossen.",
     "Das Pulver wird in Wasser aufgelöst und morgens getrunken."),
    # cost and blame
    (LL + "preis_zahlen", "Den Preis dafür zahlen die Pflegekräfte in den Heimen.",
     "Den Preis für das Menü zahlen die Gäste an der Kassa."),
    (LL + "preis_zahlen", "Für die Blockade zahlt die Region einen bitteren Preis.",
     "Das Bild erzielte bei der Auktion einen hohen Preis."),
    (LL + "zeche_ausbaden", "Am Ende zahlen wieder die Kleinbauern die Zeche.",
     "Der Wirt zeigte die Gäste an, die ihre Zeche geprellt hatten."),
    (LL + "zeche_ausbaden", "Bei der Reform ziehen die Teilzeitkräfte den Kürzeren.",
     "Bei der Verlosung zog die Nummer sieben."),
    # character and record
    (LL + "unbeschriebenes_blatt", "Der Beschuldigte ist für die Polizei kein unbeschriebenes Blatt.",
     "Die Kinder malten auf ein leeres Blatt."),
    (LL + "unbeschriebenes_blatt", "Eine weiße Weste hat in dieser Affäre niemand.",
     "Zur Tracht gehören eine bestickte Weste und ein Hut."),
    (PU + "alter_hase", "Im Wahlkampf setzt die Partei auf alte Hasen.",
     "Der Jäger hat im Herbst zwei Hasen geschossen."),
    (PU + "alter_hase", "Der Bürgermeister ist ein politisches Schwergewicht im Bezirk.",
     "Der Boxer startet im Schwergewicht."),
    # unity and support
    (LL + "rueckendeckung", "Die Landesgruppe stärkt dem angeschlagenen Parteichef den Rücken.",
     "Die Übungen stärken den Rücken und die Bauchmuskeln."),
    (LL + "rueckendeckung", "Der Vorstand stellte sich schützend vor die Geschäftsführerin.",
     "Der Vorstand stellte die neue Geschäftsführerin vor."),
    # emotion images of sports and feature copy
    (LL + "halle_explodierte", "Nach dem Ausgleich in letzter Sekunde explodierte die Halle.",
     "Nach dem Gasaustritt explodierte eine Lagerhalle im Gewerbegebiet."),
    (LL + "halle_explodierte", "Die Musikkapelle heizte den Besuchern bis Mitternacht ein.",
     "Im Winter heizt die Gemeinde den Turnsaal schon um sechs Uhr ein."),
    (LL + "fassung_verlieren", "Beim dritten Gegentor verlor der Coach endgültig die Fassung.",
     "Die gekürzte Fassung des Films läuft im Herbst."),
    # (mit_den_traenen was removed in the twenty-seventh session: right in none of six blind
    # uses; tests/test_voice_s31.py checks it stays gone)
    (PU + "zu_fuessen", "Die Zuschauer hingen an seinen Lippen.",
     "Der Lippenstift hing an einem Haken im Regal."),
    # excess
    (LL + "in_stroemen", "Beim Presseball floss der Sekt in Strömen.",
     "Am Nachmittag regnete es in Strömen."),
    (LL + "in_stroemen", "Seit dem Börsengang sprudeln die Gewinne.",
     "Aus der Leitung sprudelt wieder klares Wasser."),
    # commentary verdicts
    (LL + "grosses_wort", "Solidarität ist ein großes Wort.",
     "Das Wort Solidarität steht im Parteiprogramm."),
    (LL + "grosses_wort", "Über Absichtserklärungen kam der Gipfel nicht hinaus.",
     "Der Gipfel verabschiedete eine Erklärung zur Energiepolitik."),
    (LL + "berg_kreisste", "Für die Stadtregierung ist die Bilanz kein Ruhmesblatt.",
     "Die Stadtregierung legte ihre Bilanz vor."),
    (LL + "redet_vorbei", "Die Koalitionspartner reden seit Wochen aneinander vorbei.",
     "Die beiden Hauptfiguren reden in der ersten Szene aneinander vorbei."),
    (LL + "redet_vorbei", "Beim Hochwasserschutz steckt der Karren seit Jahren im Dreck.",
     "Der Traktor blieb mit dem Anhänger im Dreck stecken."),
    # second batch: delay, prospects, blame, emotion, excess, commentary verdicts, praise
    (LL + "laesst_auf_sich_warten", "Die versprochene Entlastung für Pendler lässt weiter auf sich warten.",
     "Die Pendler warten am Bahnsteig auf den Zug."),
    (SP + "blatt_gewendet", "Seit dem Sommer hat sich das Blatt für die Opposition gewendet.",
     "Der Pianist wendete das Blatt mit der linken Hand."),
    (SP + "blatt_gewendet", "Mit dem Rücktritt werden im Landtag die Karten neu gemischt.",
     "Der Croupier mischte die Karten vor jeder Runde."),
    (LL + "erklaerungsnot", "Mit den neuen Zahlen kommt die Stadträtin in Erklärungsnot.",
     "Die Stadträtin erklärte die neuen Zahlen im Ausschuss."),
    (LL + "ausser_sich", "Der Vater war am Boden zerstört.",
     "Die Vase lag zerbrochen am Boden."),
    (LL + "ausser_sich", "Die Anrainer sind außer sich.",
     "Außer sich selbst hat der Kläger niemanden vertreten."),
    (LL + "dunkles_kapitel", "Die Deportationen sind eines der dunkelsten Kapitel der Region.",
     "Das letzte Kapitel des Romans spielt in Triest."),
    (LL + "geld_sitzt_locker", "Im Wahljahr sitzt das Geld bei der Landesregierung locker.",
     "Das Geld liegt auf einem Treuhandkonto."),
    (LL + "kaum_mehr_als", "Der Aktionsplan ist kaum mehr als eine Absichtserklärung.",
     "Der Aktionsplan umfasst mehr als eine Maßnahme."),
    (LL + "kaum_mehr_als", "Die groß angekündigte Steuerreform lässt auf sich warten.",
     "Die Steuerreform wurde für Herbst angekündigt."),
    (PU + "hoch_im_kurs", "Gebrauchte Fahrräder stehen derzeit hoch im Kurs.",
     "Der Kurs der Aktie stieg um zwei Prozent."),
    # third batch: forms the first two missed
    (LL + "ausser_sich", "Als das Urteil fiel, brach für die Familie eine Welt zusammen.",
     "Das Gerüst brach unter der Last zusammen."),
    (LL + "rueckendeckung", "Die Abgeordneten stehen trotz allem wie eine Eins hinter der Klubchefin.",
     "Auf dem Zeugnis steht eine Eins in Mathematik."),
    (PU + "hoch_im_kurs", "Die neue Seilbahn hält, was die Betreiber versprochen haben.",
     "Die Betreiber versprechen eine neue Seilbahn."),
    ("loaded_language.s17i_weite_ferne", "Ein Budgetbeschluss liegt damit in weiter Ferne.",
     "Die Hütte liegt weit entfernt vom Dorf."),
    ("loaded_language.s17i_roter_teppich", "Dass die Gemeinde dem Investor den roten Teppich ausrollt, ärgert die Anrainer.",
     "Vor dem Festspielhaus wurde ein roter Teppich verlegt."),
    (LL + "demonstrative_geschlossenheit", "Der Parteitag war ein Fest der demonstrativen Geschlossenheit.",
     "Die Geschlossenheit der Schneedecke erschwert die Suche."),
    (PU + "gaensehaut", "Das Finale des Chors sorgte im Dom für Gänsehaut.",
     "Bei Fieber kann Gänsehaut ein Zeichen für Schüttelfrost sein."),
    (PU + "gaensehaut", "Der Beifall wollte nicht enden.",
     "Der Streit wollte nicht enden."),
    (LL + "demonstrative_geschlossenheit", "Beim Datenschutz gibt es noch viel Luft nach oben.",
     "Warme Luft steigt nach oben."),
    ("loaded_language.idiom_handtuch", "Nach drei Niederlagen wirft der Obmann das Handtuch.",
     "Nach dem Training warf der Spieler das Handtuch in den Korb."),
]


test_family = family_test(FAMILIES)


def test_quoted_idiom_is_the_speakers() -> None:
    """An idiom inside a quotation is the speaker's wording, not the author's."""
    text = "„Wir lassen die Gemeinden nicht im Wartezimmer sitzen“, sagte der Landesrat."
    assert LL + "im_wartezimmer" not in finding_ids(text)
