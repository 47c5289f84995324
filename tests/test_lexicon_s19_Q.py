"""Author Q, session 19 (issue 8): the critic's voice in reviews of concerts, exhibitions, theatre,
opera, books, films and TV – praise and blame of performers and works, concert and pop review
wording, exhibition wording and the reviewer's address to the reader („man verzeiht“, „man glaubt
ihm“) – written as families (ids ``<category>.s19q_*``).

Each family is tested with a sentence in the author's voice that must be found and a literal,
technical, neutral or quoted use beside it that must stay unflagged; every sentence is written for
these tests.
"""

from __future__ import annotations

import pytest

from .conftest import assert_family, finding_ids

LL = "loaded_language.s19q_"
PU = "puffery.s19q_"
ST = "stance.s19q_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal use)
    (PU + "ueberzeugt_durchweg", "Der Chor überzeugt an diesem Abend durchweg.",
     "Der Bürgermeister ist überzeugt, dass das Projekt gelingt."),
    (PU + "ueberzeugt_durchweg", "Sängerisch überzeugt vor allem die Titelheldin.",
     "Die Anwältin überzeugte die Geschworenen nicht."),
    (LL + "solide_besetzung", "Als Graf ist ein solider Bariton zu hören.",
     "Die Firma hat eine solide Eigenkapitalquote."),
    (LL + "solide_besetzung", "Das Quartett musiziert solide, aber ohne Wagemut.",
     "Die Mauer ist solide gebaut."),
    (PU + "stimme_lob", "Mit leuchtendem Sopran stellt sie sich vor.",
     "Die Ampel leuchtet rot."),
    (PU + "stimme_lob", "In der Arie perlen die Koloraturen.",
     "Der Sekt perlt im Glas."),
    (LL + "stimme_tadel", "Der Tenor klingt im Finale hörbar angestrengt.",
     "Die Schülerin dachte angestrengt über die Frage nach."),
    (LL + "stimme_tadel", "Sie hat in der Höhe hörbar Mühe.",
     "Die Seilbahn bringt Gäste in die Höhe."),
    (LL + "markig_stimme", "Ein markiger Bass gibt den Sarastro.",
     "Die Parteichefin wählte markige Worte."),
    (PU + "schlank_gefuehrt", "Ihr Sopran ist schlank geführt.",
     "Der Konzern ist schlank organisiert."),
    (PU + "traegt_letzte_reihe", "Ihre Stimme trägt mühelos bis in die letzte Reihe.",
     "Die Stadthalle war bis in die letzte Reihe ausverkauft."),
    (PU + "mit_qualitaet", "Die Schauspielerin gibt die Wirtin mit herrlich trockenem Humor.",
     "Das Auto prallte mit großer Wucht gegen den Baum."),
    (PU + "mit_qualitaet", "Die Pianistin spielt das Nocturne mit großer Innigkeit.",
     "Die Pianistin spielt am Freitag im Stadtsaal."),
    (LL + "sitzt_nicht", "Nicht jeder Gag zündet.",
     "Nicht jeder Fahrgast sitzt im Bus angeschnallt."),
    (PU + "abend_der_nachwirkt", "Es ist eine Inszenierung, die ihrem Publikum viel zutraut.",
     "Es war ein Abend, der mit Regen begann."),
    (PU + "abend_der_nachwirkt", "Ein Pianist, den man sich merken muss.",
     "Die PIN muss man sich merken."),
    (PU + "gehoert_der_abend", "Der Abend gehört der Sängerin der Titelpartie.",
     "Das Konzert gehört dem Zyklus der Philharmoniker an."),
    (PU + "gehoert_der_abend", "Mit ihrem Solo stiehlt sie allen die Show.",
     "Die Diebe stahlen Schmuck aus der Vitrine."),
    (PU + "publikum_hand", "Nach zwei Liedern frisst ihr die Halle aus der Hand.",
     "Die Rehe fressen den Besuchern aus der Hand."),
    (LL + "routiniert_abgespult", "Die Hits werden lustlos heruntergespult.",
     "Der Film wurde in Wien gedreht."),
    (LL + "routiniert_abgespult", "Sie spulten das Programm ohne jede Lust ab.",
     "Sie wickelten das Seil auf die Rolle."),
    (LL + "hitparade_mitsinghymne", "Zum Schluss gibt es das übliche Hitfeuerwerk.",
     "Die Single kletterte in der Hitparade auf Platz drei."),
    (LL + "seltsam_distanziert", "Der Hauptdarsteller bleibt seltsam unbeteiligt.",
     "Die Behörde blieb auf Distanz, sagte ein Sprecher."),
    (PU + "kluge_haengung", "Die durchdachte Hängung lässt die Bilder miteinander sprechen.",
     "Für die Hängung der Bilder braucht das Museum zwei Wochen."),
    (LL + "bloss_dekorativ", "Die Landschaften bleiben kunstgewerblich.",
     "Das Geschäft verkauft dekorative Kerzen."),
    (PU + "ist_verblueffend", "Das Ergebnis ist verblüffend schön.",
     "Die Quote ist verblüffend hoch, heißt es im Bericht."),
    (PU + "lohnt_den_besuch", "Allein das Treppenhaus lohnt den Abstecher.",
     "Der Abstecher nach Linz dauert eine Stunde."),
    (ST + "ueberfaellige_wuerdigung", "Die Retrospektive ist eine überfällige Würdigung ihres Werks.",
     "Die Rate war am Monatsende fällig."),
    (LL + "belehrend", "Die Wandtexte sind belehrend.",
     "Das Museum stellt didaktisches Material für Schulen bereit."),
    (PU + "sogwirkung", "Die Erzählung entfaltet einen eigentümlichen Sog.",
     "Die Strömung hat einen starken Sog."),
    (PU + "klingt_gut", "Das Orchester klingt transparent und federnd.",
     "Der Wecker klingelt um sechs."),
    (LL + "klingt_schlecht", "Die Abmischung war leider matschig.",
     "Der Motor klingt laut, meinte der Prüfer."),
    (LL + "klingt_schlecht", "Bei den Bläsern wackeln die Einsätze.",
     "Der Stuhl wackelt."),
    (PU + "bei_stimme", "Die Mezzosopranistin ist glänzend bei Stimme.",
     "Bei der Wahl fehlte ihm eine Stimme."),
    (LL + "nicht_bei_stimme", "Der Bariton war an diesem Abend nicht ganz bei Stimme.",
     "Er enthielt sich der Stimme."),
    (ST + "reader_man", "Kleine Schwächen im Libretto verzeiht man gern.",
     "Die Familie verzeiht dem Täter nicht, sagte die Anwältin."),
    (ST + "reader_man", "Man glaubt ihr jede Zeile.",
     "Man glaubt, dass das Feuer im Keller ausbrach."),
    (ST + "reader_man", "Man muss seinen Stil nicht mögen.",
     "Man muss sich bis Freitag anmelden."),
    (ST + "reader_man", "Man nimmt ihm die Rolle des Vaters sofort ab.",
     "Man nahm ihm die Schlüssel ab."),
    (PU + "nicht_aus_der_hand", "Das Buch legt man kaum aus der Hand.",
     "Sie nahm das Buch aus der Hand der Bibliothekarin."),
    (PU + "funke_springt", "Der Funke springt schnell über.",
     "Ein Funke setzte den Stadel in Brand."),
    (PU + "verleiht_tiefe", "Die Darstellerin verleiht der Figur Würde.",
     "Die Universität verleiht der Forscherin die Ehrendoktorwürde."),
    (PU + "eine_wohltat", "Diese Serie ist eine Wohltat.",
     "Die Serie läuft ab Montag im Fernsehen."),
    (PU + "idealbesetzung", "Die Schauspielerin ist eine Idealbesetzung.",
     "Die Stelle der Direktorin wird neu besetzt."),
    (LL + "drehbuch_schwach", "Die Auflösung des Falls ist hanebüchen.",
     "Das Drehbuch schrieb die Regisseurin selbst."),
    (LL + "drehbuch_schwach", "Der Film setzt auf billige Schockeffekte.",
     "Die Effekte entstanden am Computer."),
    (PU + "opulent", "Eine opulente Verfilmung des Romans.",
     "Die Verfilmung des Romans startet im Mai."),
    (LL + "durchwachsen", "Die Band legt ein durchwachsenes Album vor.",
     "Zum Frühstück gibt es durchwachsenen Speck."),
]


def test_quoted_review_wording_is_the_speakers() -> None:
    """Review wording inside a quotation is the speaker's, not the author's."""
    text = "„Das Publikum frisst ihm aus der Hand“, sagte der Veranstalter."
    assert PU + "publikum_hand" not in finding_ids(text)


FAMILIES_2 = [
    # films, books, TV and pop: second pass
    (LL + "fehlt_an", "Der Komödie fehlt jedes Timing.",
     "Dem Krankenhaus fehlt es an Pflegekräften."),
    (LL + "fehlt_an", "Die Serie verliert ab der dritten Folge an Spannung.",
     "Der Euro verliert an Wert."),
    (PU + "trifft_den_ton", "Die Regisseurin trifft den passenden Ton.",
     "Der Stürmer traf den Pfosten."),
    (PU + "hat_herz", "Die Komödie hat Charme.",
     "Die Komödie hat drei Akte."),
    (PU + "nichts_eingebuesst", "Der Roman hat nichts von seiner Sprengkraft eingebüßt.",
     "Das Akku hat viel Kapazität verloren."),
    (PU + "werke_sprechen_fuer_sich", "Die Fotografien sprechen für sich.",
     "Die Sprecherinnen sprechen für die Regierung."),
    (LL + "holpert", "Der Erzählfluss holpert.",
     "Der Traktor holpert über den Feldweg."),
    (PU + "gut_geschrieben", "Die Biografie ist süffig erzählt.",
     "Die Biografie wurde im Verlag neu gesetzt."),
    (LL + "grob_gezeichnet", "Die Schurken sind eindimensional gezeichnet.",
     "Der Plan ist im Maßstab eins zu hundert gezeichnet."),
    (PU + "am_staerksten_ist", "Am stärksten ist der Roman in den Briefen.",
     "Am stärksten gestiegen sind die Mieten."),
    (LL + "nicht_mithalten", "Die zweite Staffel kann mit der ersten nicht mithalten.",
     "Kleine Bäckereien können mit den Ketten kaum mithalten."),
    (PU + "laesst_aufhorchen", "Ihr Debüt ließ aufhorchen.",
     "Das Geräusch ließ den Wirt aufhorchen."),
    (LL + "klingt_nach_routine", "Die neue Platte klingt nach Baukasten.",
     "Das klingt nach einer Ausrede, sagte die Richterin."),
    (LL + "verstaubt_inszenierung", "Eine angestaubte Ästhetik prägt die Show.",
     "Die angestaubten Akten liegen im Keller."),
    (PU + "rockt_die_buehne", "Die Band rockt die Stadthalle.",
     "Die Band baut die Bühne ab."),
    (PU + "bestes_seit_jahren", "Der Film ist ihr stärkster seit dem Debüt.",
     "Die Firma hatte ihr stärkstes Quartal."),
]


@pytest.mark.parametrize("entry,found,neutral", [*FAMILIES, *FAMILIES_2],
                         ids=[f"{f[0].split('.')[1]}-{i}"
                              for i, f in enumerate([*FAMILIES, *FAMILIES_2])])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert_family(found, entry, True)
    assert_family(neutral, entry, False)
