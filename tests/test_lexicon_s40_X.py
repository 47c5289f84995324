"""Author X, session 40 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed on the blind rounds blind_r113–blind_r115 – tabloid wording („an
der Decke blühte der Schimmel“, „verdreckte Abzugshauben“, „Auch Stammgäste sind entsetzt“, „wütende
Spaziergänger“, „null Angst“, „das 800-Seelen-Nest“, „ganz romantisch auf einer Almhütte“, „…“, brummt
er“, „unzertrennlich“, „hat es geschafft.“, „eine ganze Liste von Mängeln“, „Plastik ist raus, das Klima
ist gerettet“), unnamed sources („Aus mehreren Studierendenwerken heißt es“, „sagte der Bürgermeister
einer betroffenen Stadt“, „Für viele ist der Laden mehr als eine Einkaufsmöglichkeit“), review verdicts
(„Hier genügen wenige Pinselstriche, um …“, „Schwächer wird es, wenn …“, „der eigenen Wirkung zu sehr
vertraut“, „eher abarbeiten als vertiefen“, „Installation um der Installation willen“, „es hat sich
gelohnt“, „sollte sich eine Stunde Zeit nehmen“, „greift besser zu …“, „lesen sich wie ein
Kondolenzbuch“, „Man möchte fast nostalgisch werden.“, „Die Handlung ächzt“ / „Die Geschichte wackelt“,
„Fans werden ihn verschlingen“, „die man als Leser sofort teilt“, „ein ebenso kluger wie berührender
Einfall“, „Nicht ganz so überzeugend geriet …“, „hat durchaus Vorzüge“ / „fand durchaus Zuspruch“),
sports wording („das blinde Zusammenspiel“, „Der Knoten ist geplatzt“ / „bricht den Heimfluch“ / „der
Bann ist gebrochen“, „Eishockey, wie es die Fans lieben“) and commentary („Man hätte sie auch einfach
weglassen können“, „Wie ein stiller Kommentar.“, „Schichtzulage hin oder her“, „Die Ausgangslage ist
ernst genug“, „mit dem Charme eines Formulars“, „Insofern ist es klug, …“, „Das ist keine
Sozialromantik, sondern …“, „schult die Frustrationstoleranz“, „ist zum Abenteuer geworden“, „bis zum
Hitzetod des Universums“, „räumt mit einem Vorurteil auf“) – written as families (ids
``<category>.s40x_*``). Older families gained the forms the same rounds showed missing (``WIDENED``):
„hat man lange nicht mehr so … gesehen“, „war eine kleine Offenbarung“, „das Basssolo verlor sich in …“,
„stapeln sich die Zufälle“, „muss den Mut haben“, „schweigt beredt“, „kreischten rund 300 Fans“,
„Pop-Sternchen“, „ein kleines Barockjuwel“, „herzlich unberührt“, „weiß inzwischen jedes Kind“, „damals
offiziell wegen einer …“, „nie folkloristisch“, „zum heimlichen fünften Bandmitglied“, „ist Luna längst
ein Star“, „reagierte mit Humor“, „Da stimmte einfach alles“ and „räumt Startschwierigkeiten ein“.

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

from .conftest import family_tests

ST = "stance.s40x_"
LL = "loaded_language.s40x_"
PU = "puffery.s40x_"
VA = "vague_attribution.s40x_"
IN = "intensifier.s40x_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    # tabloid
    (LL + "schimmel_bluehte", "Hinter dem Kühlschrank blühte der Schimmel.",
     "Der Schimmel wurde von einer Fachfirma beseitigt."),
    (LL + "verdreckt", "Die Kontrolleure fanden verdreckte Kühlschränke.",
     "Die Kühlschränke waren nicht gereinigt, heißt es im Protokoll."),
    (LL + "gruppe_ist_entsetzt", "Die Nachbarn sind entsetzt über den Lärm.",
     "Die Nachbarn sind zum Sommerfest eingeladen."),
    (LL + "null_bock", "Die Jugendlichen haben null Ahnung von Steuern.",
     "In der Nacht fiel das Thermometer auf null Grad."),
    (LL + "seelen_nest", "Im 400-Seelen-Dorf herrscht Ausnahmezustand.",
     "Das Dorf zählt 400 Einwohner."),
    (PU + "ganz_romantisch", "Sie feierten ganz romantisch bei Kerzenschein.",
     "Das Museum zeigt Gemälde der Romantik."),
    ("speech_verb.s40x_brummt_er", "„Das reicht jetzt“, brummte der Bauer.",
     "„Das reicht jetzt“, sagte der Bauer."),
    (LL + "unzertrennlich", "Die Zwillinge sind bis heute unzertrennlich.",
     "Die Zwillinge wohnen in Graz."),
    (ST + "hat_es_geschafft", "Der kleine Verein hat es geschafft.",
     "Der Verein hat es nicht geschafft, einen Trainer zu finden."),
    (IN + "ganze_liste_maengel", "Die Prüfer stießen auf eine ganze Liste von Verstößen.",
     "Die Prüfer stießen auf zwei Verstöße."),
    (ST + "klima_ist_gerettet", "Die Strohhalme sind aus Papier, die Welt ist also gerettet.",
     "Die Schwimmerin ist gerettet."),
    (LL + "wuetende_gruppe", "Aufgebrachte Eltern belagerten das Rathaus.",
     "Die Eltern sprachen im Rathaus vor."),
    # unnamed sources
    (VA + "aus_mehreren_heisst_es", "Aus mehreren Kliniken heißt es, die Betten seien knapp.",
     "Aus mehreren Gründen fällt der Unterricht aus."),
    (VA + "amtstraeger_einer_betroffenen",
     "„Wir sind am Limit“, sagte die Leiterin einer betroffenen Klinik.",
     "Die Leiterin einer betroffenen Klinik wurde befördert."),
    (VA + "fuer_viele_mehr_als", "Für viele Senioren ist der Stammtisch mehr als ein Treffpunkt.",
     "Für viele Familien ist mehr als ein Drittel des Einkommens Miete."),
    # review
    (PU + "genuegen_wenige", "Ihr genügen wenige Takte, um eine Stimmung zu schaffen.",
     "Es genügen wenige Minuten, um zum Bahnhof zu gehen."),
    (ST + "schwaecher_wird_es", "Ärgerlich wird es, wo der Film moralisiert.",
     "Kälter wird es, wenn die Sonne untergeht."),
    (ST + "zu_sehr_vertraut", "Der Regisseur verlässt sich zu sehr auf die Musik.",
     "Die Patienten vertrauen ihrer Ärztin."),
    (ST + "eher_abarbeiten_als_vertiefen", "Die Serie will die Konflikte eher abhaken als ausloten.",
     "Die Gemeinde will eher sanieren als neu bauen."),
    (ST + "um_der_willen", "Vieles wirkt wie Provokation um der Provokation willen.",
     "Um der Kinder willen zog die Familie aufs Land."),
    (ST + "hat_sich_gelohnt", "Das lange Warten hat sich gelohnt.",
     "Ob sich der Umbau lohnt, prüft die Gemeinde."),
    (ST + "sollte_sich_zeit_nehmen", "Wer Holzschnitte mag, sollte sich einen Nachmittag Zeit nehmen.",
     "Die Ärztin nimmt sich Zeit für ihre Patienten."),
    (ST + "greift_besser_zu", "Wer die Reihe nicht kennt, greift besser zum ersten Band.",
     "Die Polizei greift bei Raserei hart durch."),
    (ST + "liest_sich_wie", "Das Gutachten liest sich wie eine Abrechnung.",
     "Die Kinder lesen ein Buch über Dinosaurier."),
    (ST + "man_moechte_fast", "Man könnte fast neidisch werden.",
     "Man möchte im Mai mit dem Bau beginnen, sagt die Bürgermeisterin."),
    (LL + "handlung_aechzt", "Im letzten Drittel knirscht die Konstruktion.",
     "Das alte Gartentor knirscht."),
    (PU + "werden_ihn_verschlingen", "Krimifans werden den Roman verschlingen.",
     "Der Ausbau wird Millionen verschlingen."),
    (ST + "als_leser", "Als Zuschauer fragt man sich, wohin das führen soll.",
     "Als Leserin der Zeitung erhält sie einen Rabatt."),
    (PU + "ebenso_klug_wie", "Ein ebenso witziger wie treffender Abend.",
     "Die neue Halle ist ebenso groß wie die alte."),
    (ST + "nicht_ganz_so_ueberzeugend", "Nicht ganz so gelungen ist das Finale.",
     "Nicht ganz so kalt wird es am Sonntag."),
    (ST + "durchaus_vorzuege", "Der Vorschlag fand durchaus Anklang.",
     "Der Zuspruch bei der Wahl war gering."),
    # sports
    (PU + "blindes_verstaendnis", "Die beiden Verteidiger verstehen sich blind.",
     "Der Verein sammelt Spenden für blinde Kinder."),
    (LL + "knoten_geplatzt", "Beim Auswärtsspiel ist endlich der Knoten geplatzt.",
     "Der Bergsteiger knüpfte einen festen Knoten."),
    (PU + "wie_es_die_fans_lieben", "Es war Handball, wie ihn die Zuschauer lieben.",
     "Die Zuschauer lieben ihren Verein, sagt der Obmann."),
    # commentary
    (ST + "haette_einfach_koennen", "Man hätte das Gesetz auch einfach lassen können.",
     "Die Retter hätten den Mann nicht früher erreichen können."),
    (ST + "wie_ein_stiller_kommentar", "Der verwaiste Bahnsteig wirkt wie ein stummer Vorwurf.",
     "Hunderte kamen zu einem stillen Protest auf den Platz."),
    (ST + "hin_oder_her", "Tradition hin oder her, der Markt ist zu teuer.",
     "Die Fähre pendelt hin und her."),
    (ST + "ist_ernst_genug", "Die Lage der Bauern ist ernst genug.",
     "Das Eis ist dick genug zum Eislaufen."),
    (LL + "charme_eines_formulars", "Der Bahnhof hat den Charme einer Tiefgarage.",
     "Der Charme des Bahnhofs lockt Fotografen an."),
    (ST + "ist_es_klug", "Deshalb ist es klug, jetzt zu sparen.", "Es ist halb acht, und der Zug fährt."),
    (ST + "keine_sozialromantik", "Die Warnung ist keine Schwarzmalerei.",
     "Der Film ist keine Dokumentation, sagt die Regisseurin."),
    (ST + "frustrationstoleranz", "Die Hotline trainiert die Frustrationstoleranz der Kunden.",
     "Der Kurs trainiert die Ausdauer der Läufer."),
    (ST + "wird_zum_abenteuer", "Der Weg zum Amt wird zum Hindernislauf.",
     "Das Abenteuer-Camp beginnt im Juli."),
    (IN + "bis_zum_hitzetod", "Die Sanierung dauert bis zum Ende aller Tage.",
     "Die Sanierung dauert bis zum Ende des Jahres."),
    (LL + "raeumt_mit_vorurteil_auf", "Die Untersuchung räumt mit dem Mythos vom faulen Studenten auf.",
     "Die Studenten räumen den Hörsaal auf."),
]

# older families widened by forms the rounds blind_r113–blind_r115 showed missing
WIDENED = [
    ("puffery.s38v_selten_so", "So viel Spielfreude hat man lange nicht mehr so oft gesehen.",
     "Den Bürgermeister hat man lange nicht gesehen."),
    ("puffery.ver_eine_entdeckung", "Der erste Satz war eine kleine Offenbarung.",
     "Die Entdeckung des Fossils war 1910."),
    ("loaded_language.ver_verliert_sich", "Das Gitarrensolo verliert sich in Wiederholungen.",
     "Der Pfad verliert sich im Wald."),
    ("loaded_language.s17i_stapeln_sich", "Im zweiten Teil stapeln sich die Zufälle.",
     "Im Lager stapeln sich die Kisten."),
    ("stance.s24v_den_mut_haben", "Die Stadt muss den Mut haben, die Straße zu sperren.",
     "Die Kletterin hatte den Mut, allein zu gehen."),
    ("speech_verb.s15d_schweigt_beharrlich", "Zur Finanzierung schweigt der Entwurf beredt.",
     "Die Gäste schwiegen während der Gedenkminute."),
    ("loaded_language.s37t_kreischende_fans", "Vor der Halle kreischten rund 500 Fans.",
     "Die Fans warteten vor der Halle."),
    ("labeling.s21s_koenig_label", "Pop-Sternchen Lea Winter sagt die Tour ab.",
     "Die Sängerin Lea Winter sagt die Tour ab."),
    ("puffery.kleinod", "Das Schlösschen ist ein kleines Barockjuwel.",
     "Das Schloss wurde im Barock erbaut."),
    ("intensifier.s16f_herzlich_wenig", "Die Minister zeigen sich herzlich unbeeindruckt.",
     "Die Minister wurden herzlich empfangen."),
    ("certainty.wie_gesagt_klar", "Dass Zucker den Zähnen schadet, weiß inzwischen jedes Kind.",
     "Jedes Kind bekommt ein Geschenk."),
    ("doubt.s18k_offiziell_gruende", "Sie sagte das Konzert ab, offiziell wegen einer Erkältung.",
     "Das Museum wurde offiziell eröffnet."),
    ("puffery.s37v_nie_aufdringlich", "Der Dialekt ist sparsam und nie folkloristisch.",
     "Die Trachtengruppe tanzt folkloristische Tänze."),
    ("puffery.s37v_eigentlicher_hoehepunkt", "Das Publikum wurde zum heimlichen sechsten Bandmitglied.",
     "Das Publikum applaudierte."),
    ("puffery.s39t_ist_jetzt_der_star", "Im Viertel ist der Kater längst ein Star.",
     "Der Kater ist längst ein Rentner unter den Katzen."),
    ("loaded_language.s21u_nahm_es_sportlich", "Die Spedition reagierte mit Humor.",
     "Der Paketdienst reagierte auf die Anfrage nicht."),
    ("puffery.s16f_stimmt_alles", "Beim Finale stimmte einfach alles.",
     "Da stimmte der Stadtrat dem Budget zu."),
    ("speech_verb.raeumte_ein", "Die Bahn räumte Anlaufschwierigkeiten ein.",
     "Die Polizei räumte das Camp."),
]

test_family, test_every_family_is_tested = family_tests(FAMILIES, WIDENED, ".s40x_")
