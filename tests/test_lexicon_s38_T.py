"""Author T, session 38 (issue 8): recall families for evaluative wording careful editors mark in the
author's voice and the engine missed on the blind rounds r96–r99 – commentary verdicts and demands
(fronted verdicts „Sinnvoll ist das nicht.“ / „– klug ist es nicht“, „passt nicht zusammen“, „wurde
nie ernsthaft geprüft“, „wäre einen Versuch wert“ / „Das wäre zu wünschen.“, „Dann sollte … aber
auch …“ / „Wer es ernst meint, muss …“, „sich ehrlich machen“, „… und dann wundert man sich, warum“,
„ist kein Irrtum mehr, sondern …“, „reines Glück“ / „purer Zufall“, „ein Ritual, das sich jedes Jahr
wiederholt“, „5.000 Euro sind Kleingeld“, „um es gleich zu sagen“ / „Ich will nicht ungerecht sein“,
„Man muss sich das auf der Zunge zergehen lassen“, „über den man streiten kann“, „Wir finden, …“ /
„Unser Tipp an …“, „nicht gering zu schätzen“, „nur mit viel gutem Willen“, the fragment „Klingt
reumütig.“, „Ganz ungetrübt war die Stimmung nicht“, „wie es im Buche steht“), review verdicts („eine
Figur, die man gern begleitet“, „will mehr, als er tragen kann“, „Ein schöner Gedanke.“, „blickt
verstohlen auf die Uhr“, „kaum jemand wagt zu husten“ / „die Zeit blieb fast stehen“, „eine
Präsenz, die man nicht lernen kann“, „ein feiner Geiger“ / „mit großer Sensibilität“, „überstrahlt
alle“, „neben der … blass wirkt“ / „Nicht jeder Song hält dieses Niveau“, „Das merkt man.“, „gar
nicht schlecht“, „bleibt im Ohr“, „…, die das Stück sonst vermissen lässt“, „Kaum ein Kapitel, in
dem nicht …“), tabloid wording („Der Schwindel flog auf“, „Was ihm jetzt blüht“, „– und zwar
richtig“ / „Sehr lange.“, „eine der teuersten Pannen überhaupt“, „hätte sich kein Drehbuchautor
besser ausdenken können“ / „der Brief, der alles veränderte“, „… war noch das Netteste“, „So hatte
sich die Braut den Tag nicht vorgestellt“, „türmt“ / „nahm Reißaus“, „warum man sich das antut“,
„Kuppelshow“ / „Trash-TV“, „ging gar nichts mehr“, „…“, japste er“, „das Herz machte einen Satz“,
„der Zweifel war gesät“, „zu wie im Taubenschlag“, „Krieg am Gartenzaun“), sports wording („wirkte
in der Defensive zu passiv“, „drehte das Publikum auf“, „eine harte, aber faire Entscheidung“,
„fackelte nicht lange“), colloquial „das Freibad dichtmachen“ and an unnamed source („ein Analyst
einer Wiener Bank“) – written as families (ids ``<category>.s38t_*``). One older family gained the
form the same rounds showed missing (``WIDENED``: the inserted „…, wenn überhaupt.“). Dog breeds and
small pets joined the name nouns (a quoted name after „Terrier“, „Dackel“ or „Hamster“ is no scare
quote).

Each family is tested with a sentence in the author's voice that must be found and a literal,
neutral or attributed use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

import pytest

from .conftest import author_scare_quotes, family_tests

ST = "stance.s38t_"
LL = "loaded_language.s38t_"
PU = "puffery.s38t_"
IN = "intensifier.s38t_"
SV = "speech_verb.s38t_"
VA = "vague_attribution.s38t_"

FAMILIES = [
    # (entry, author-voice finding, neutral/literal/attributed use)
    # commentary
    (ST + "adj_ist_das_nicht", "Verhältnismäßig ist das nicht.",
     "Schön ist, dass der Park wieder offen ist, sagt die Gärtnerin."),
    (ST + "passt_nicht_zusammen", "Sparen predigen und Dienstwagen kaufen, passt nicht zusammen.",
     "Die Teile des Regals passen nicht zusammen."),
    (ST + "nie_ernsthaft_geprueft", "Eine Verlegung der Trasse wurde nie ernsthaft erwogen.",
     "Der Lenker wurde bei dem Unfall nicht ernsthaft verletzt."),
    (ST + "konjunktiv_vorschlag", "Ein Anruf beim Ministerium wäre einen Versuch wert.",
     "Die Briefmarke ist heute 300 Euro wert."),
    (ST + "beim_wort_genommen", "Wer es mit dem Tierschutz ernst meint, muss die Kontrollen verdoppeln.",
     "Wer mit dem Rad kommt, muss einen Helm tragen."),
    (ST + "sich_ehrlich_machen", "Die Koalition muss sich bei den Pensionen ehrlich machen.",
     "Sie macht sich ehrlich Gedanken über die Zukunft."),
    (ST + "wundert_man_sich", "Erst kürzt man die Förderung, dann wundert man sich über leere Kurse.",
     "Der Zeuge wunderte sich über den Lärm, sagte er aus."),
    (ST + "kein_fehler_mehr_sondern", "Beim vierten Ausfall ist das kein Missverständnis mehr.",
     "Im Vertrag fand der Anwalt keinen Fehler."),
    (IN + "reines_glueck", "Dass die Brücke nicht einstürzte, war purer Zufall.",
     "Der Zufall führte die beiden zusammen, erzählt die Braut."),
    (LL + "immer_gleiche_ritual",
     "Der Streit um die Skipisten ist ein Ritual, das sich jedes Jahr wiederholt.",
     "Das Ritual der Taufe wird im Dom gefeiert."),
    (LL + "summe_ist_kleingeld", "Für die Bank sind 20.000 Euro Strafe Kleingeld.",
     "Der Parkautomat nimmt kein Kleingeld."),
    (ST + "vorbemerkung", "Die Reform ist, um es kurz zu machen, gescheitert.",
     "Um es zu reparieren, braucht der Techniker zwei Tage."),
    (ST + "auf_der_zunge_zergehen", "Man muss sich diese Begründung auf der Zunge zergehen lassen.",
     "Die Schokolade lässt man langsam auf der Zunge zergehen."),
    (ST + "darueber_laesst_sich_streiten", "Über das Bühnenbild darf man streiten.",
     "Über die Höhe der Miete streiten die Parteien vor Gericht."),
    (ST + "wir_finden", "Wir finden, die Gemeinde sollte die Pläne offenlegen.",
     "Wir finden den Eingang auch ohne Schild."),
    (ST + "nicht_gering_zu_schaetzen", "Die Arbeit der Freiwilligen ist nicht hoch genug einzuschätzen.",
     "Die Zahl der Besucher wird auf 2.000 geschätzt."),
    (LL + "mit_viel_gutem_willen", "Nur mit viel Fantasie lässt sich das als Reform bezeichnen.",
     "Mit viel Fantasie bastelten die Kinder ihre Masken."),
    (ST + "klingt_fragment", "Klingt aufrichtig.", "Klingt die Glocke, beginnt die Messe."),
    (ST + "freude_nicht_ungetruebt", "Ganz ungetrübt war die Feierlaune am Wochenende nicht.",
     "Der Himmel war ungetrübt, meldet der Wetterdienst."),
    (IN + "wie_im_buche", "Ein Fehlstart, wie er im Buche steht.",
     "Wie es im Gesetz steht, muss die Stadt zahlen."),
    # review
    (PU + "dem_man_gern_zuhoert", "Eine Erzählerin, der man gern zuhört.",
     "Ein Hinweis, dem man folgen sollte, hängt am Tor."),
    (ST + "will_mehr_als_kann", "Ein Album, das mehr will, als es einlösen kann.",
     "Die Firma will mehr Mitarbeiter einstellen."),
    (ST + "ein_schoener_gedanke", "Ein tröstlicher Gedanke.", "Ein Gedanke kam ihr auf dem Heimweg."),
    (LL + "auf_die_uhr_schauen", "Schon im ersten Akt schaut man verstohlen auf die Uhr.",
     "Die Schiedsrichterin schaute auf die Uhr."),
    (LL + "kaum_jemand_wagt", "Es war eine Lesung, bei der niemand zu rascheln wagte.",
     "Der Bub wagte den Sprung vom Dreimeterbrett."),
    (PU + "nicht_lernen_kann", "Er hat ein Gespür für Pointen, das man nicht lernen kann.",
     "Die Vokabeln muss man lernen, sagt die Lehrerin."),
    (PU + "feinheit_lob", "Sie ist eine feine Erzählerin.", "Feiner Staub lag auf dem Regal."),
    (PU + "ueberstrahlt_alle", "Die Sopranistin überstrahlt alle.", "Die Lampe überstrahlt den Gang."),
    (LL + "im_vergleich_blass", "Daneben wirken die übrigen Filme des Festivals blass.",
     "Neben der Kirche steht eine alte Linde."),
    (ST + "das_sieht_man", "Die Darsteller haben monatelang geprobt. Das sieht man.",
     "Das sieht man auf der Karte im Anhang."),
    (PU + "gar_nicht_schlecht", "Die Idee ist gar nicht schlecht.", "Das Essen war schlecht, sagt der Gast."),
    (PU + "bleibt_im_ohr", "Der Refrain bleibt im Ohr.", "Das Hörgerät bleibt in der Schachtel."),
    (LL + "vermissen_laesst", "Er spielt mit einer Ruhe, die der Rest des Ensembles vermissen lässt.",
     "Die Familie, die den Wanderer vermisst, bittet um Hinweise."),
    (LL + "kaum_eine_szene_in_der_nicht", "Kaum eine Folge, in der nicht jemand schreit.",
     "Kaum ein Bus fuhr am Streiktag."),
    # tabloid
    (LL + "schwindel_aufgeflogen", "Die Schummelei flog auf, als der Prüfer nachzählte.",
     "Die Tauben flogen auf, als der Zug kam."),
    (LL + "was_ihm_blueht", "Was ihm nun blüht, ist offen.", "Im Frühling blüht der Flieder."),
    (IN + "nachgeschoben", "Die Kosten sind gestiegen – und zwar deutlich.",
     "Sie kam, und zwar mit dem Rad."),
    (IN + "superlativ_ueberhaupt", "Es war die teuerste Panne überhaupt.",
     "Ob es überhaupt eine Panne gab, ist unklar."),
    (LL + "wie_im_drehbuch", "Kein Drehbuchautor hätte sich diese Wende ausdenken können.",
     "Die Drehbuchautorin arbeitet an einer neuen Serie."),
    (LL + "noch_das_netteste", "„Versager“ war noch das Harmloseste.",
     "Das Netteste am Ausflug war das Wetter, sagt sie."),
    (LL + "so_nicht_vorgestellt", "So hatte sich der Wirt die Eröffnung nicht vorgestellt.",
     "Die neue Ärztin hat sich im Gemeinderat vorgestellt."),
    (LL + "tuermen_reissaus", "Das Pony türmte aus der Koppel.", "Die Schulden türmen sich."),
    (LL + "sich_das_antun", "Warum sich das jemand antut, versteht im Ort niemand.",
     "Das Team tut sich an der Spitze schwer."),
    (LL + "trash_tv", "Sie kennt man aus dem Trash-TV.", "Das Fernsehen zeigt das Konzert live."),
    (LL + "gar_nichts_mehr", "Nach dem Schneefall ging stundenlang gar nichts mehr.",
     "Sie ging nach Hause und sagte nichts mehr."),
    (SV + "japste", "„Nie wieder Berglauf“, japste der Sieger.", "Die Lok schnaufte den Hang hinauf."),
    (LL + "herz_machte_satz", "Ihr rutschte das Herz in die Hose.",
     "Das Herz schlägt in Ruhe etwa 70-mal pro Minute."),
    (LL + "zweifel_gesaet", "Die Behörde säte damit Misstrauen.", "Im April wird der Hafer gesät."),
    (LL + "zu_wie_im_taubenschlag", "In der Notaufnahme ging es zu wie im Taubenschlag.",
     "Im Taubenschlag leben zwanzig Tauben."),
    (LL + "krieg_am_gartenzaun", "Im Dorf tobt der Krieg am Gartenzaun.",
     "Der Gartenzaun wird im Frühjahr gestrichen."),
    # sports
    (LL + "in_der_abwehr_zu_passiv", "Die Gäste waren im Mittelfeld zu zögerlich.",
     "Im Mittelfeld fehlen zwei Stammspieler."),
    (LL + "drehte_auf", "Nach dem Ausgleich drehte die Mannschaft mächtig auf.",
     "Die Mannschaft drehte auf dem Absatz um."),
    (ST + "hart_aber_vertretbar", "Die Sperre war hart, aber gerecht.", "Der Boden war hart, aber trocken."),
    (LL + "fackelte_nicht_lange", "Der Verteidiger fackelte nicht lange.",
     "Beim Umzug brannten die Fackeln."),
    # colloquial
    (LL + "dichtmachen", "Das Land will die Ambulanz dichtmachen.", "Die Ambulanz wird im Mai geschlossen."),
    # unnamed source
    (VA + "experte_einer_firma", "Eine Analystin einer Wiener Bank rechnet mit Zinssenkungen.",
     "Die Analystin der Erste Bank, Maria Huber, rechnet mit Zinssenkungen."),
]

# older families widened by forms the rounds r96–r99 showed missing
WIDENED = [
    ("stance.s37t_fragment_mindestens", "Die Förderung kommt im Herbst, wenn überhaupt.",
     "Wenn überhaupt noch Karten übrig sind, dann an der Abendkassa."),
]


test_family, test_every_family_is_tested = family_tests(FAMILIES, WIDENED, ".s38t_")


@pytest.mark.parametrize("text", [
    "Dackel „Bruno“ türmte aus dem Garten.",
    "Der Terrier „Flocke“ nahm Reißaus.",
])
def test_pet_names_after_breeds_are_no_scare_quotes(text: str) -> None:
    assert author_scare_quotes(text) == []
