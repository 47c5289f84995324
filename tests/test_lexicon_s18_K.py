"""Author K, session 18 (issue 8): unnamed sources and the author's framing of who says what as
families (ids ``*.s18k_*``): unnamed groups with a compound head as the subject of a verb of
judging, expecting or reacting (Prozessbeobachter rechnen mit, Mehrere Abgeordnete reagierten
zurückhaltend, Verkehrsplaner sehen das anders), 'aus/in *kreisen' with any compound, single
anonymous voices (sagt einer, ein anderer formuliert es …), 'aus … verlautete', market and public
mood without a source (Am Markt stößt das auf Skepsis, glauben nur noch wenige), and loaded
inquits (erklärte lediglich, ließ ausrichten, verteidigte den Kurs, versicherte, mühte sich zu
erklären, haderte mit).

Each family is tested with a sentence in the author's voice that must be found and a named,
literal or neutral use beside it that must stay unflagged; every sentence is written for these
tests.
"""

from __future__ import annotations

import pytest

from .conftest import finding_ids

FAMILIES = [
    # (entry, author-voice finding, named/neutral/literal use)
    ("vague_attribution.s18k_gruppe_urteilt", "Prozessbeobachter rechnen deshalb mit einem Freispruch.",
     "Die Prozessbeobachter der OSZE reisten am Montag ab."),
    ("vague_attribution.s18k_gruppe_urteilt", "Branchenkenner halten die Übernahme für beschlossen.",
     "Branchenkenner wie der Berater Erich Lind halten die Übernahme für beschlossen."),
    ("vague_attribution.s18k_gruppe_urteilt", "Mehrere Gemeinderäte reagierten verärgert auf den Brief.",
     "Drei Gemeinderäte stimmten gegen den Antrag."),
    ("vague_attribution.s18k_gruppe_urteilt", "Tourismusforscher sehen das deutlich skeptischer.",
     "Tourismusforscher der Universität Innsbruck sehen das deutlich skeptischer."),
    ("vague_attribution.s18k_gruppe_urteilt", "Einige Finanzjuristen wenden ein, das Gesetz sei zu vage.",
     "Einige Finanzjuristen wechselten in die Kanzlei."),
    ("vague_attribution.s18k_gruppe_urteilt", "Fußballfans reagierten entsetzt.",
     "Fußballfans reisten in Sonderzügen nach Wien."),
    ("vague_attribution.s18k_gruppe_urteilt", "Viele Winzer beklagen die strengen Auflagen.",
     "Viele Winzer halten Schafe zwischen den Reben."),
    ("vague_attribution.s18k_aus_kreisen", "Das erfuhr die Zeitung aus Schaustellerkreisen.",
     "Aus Landkreisen und Städten kamen zahlreiche Anträge."),
    ("vague_attribution.s18k_aus_kreisen", "In Bankerkreisen rechnet man mit einer Fusion.",
     "In mehreren Wahlkreisen wurde neu ausgezählt."),
    ("vague_attribution.s18k_eine_stimme", "„Alle haben Angst um ihren Job“, sagt einer.",
     "Er sagte eine Lesung in Krems ab."),
    ("vague_attribution.s18k_eine_stimme", "Ein anderer wird deutlicher.",
     "Ein anderer Bus fuhr nach Villach."),
    ("vague_attribution.s18k_eine_stimme", "„Er war immer ehrgeizig“, erzählt ein früherer Kollege.",
     "„Wir öffnen im Mai“, sagt ein Sprecher des Zoos."),
    ("vague_attribution.s18k_verlautete_aus", "Aus der Landesregierung verlautete, man prüfe den Fall.",
     "Die Stadt verlautbarte die neuen Öffnungszeiten."),
    ("vague_attribution.s18k_markt_stimmung", "An der Börse stieß die Übernahme auf Skepsis.",
     "An der Börse wurden drei Millionen Aktien gehandelt."),
    ("vague_attribution.s18k_markt_stimmung", "Der Vorschlag stößt bei Anlegern auf wenig Gegenliebe.",
     "Der Radfahrer stieß bei der Ampel auf ein Auto."),
    ("vague_attribution.s18k_markt_stimmung", "An eine rasche Einigung glauben nur noch wenige.",
     "Nur wenige kamen zur Versammlung."),
    ("vague_attribution.s18k_markt_stimmung", "Einige Mitglieder sollen bereits gekündigt haben.",
     "Einige Schulen sollen im Herbst saniert werden."),
    ("speech_verb.s18k_erklaerte_lediglich", "Die Verteidigerin erklärte lediglich, ihre Mandantin sei unschuldig.",
     "Die Lehrerin erklärte nur die Regeln des Spiels."),
    ("speech_verb.s18k_erklaerte_lediglich", "Der Konzern teilte knapp mit, man äußere sich nicht.",
     "Der Konzern teilte mit, man äußere sich nicht."),
    ("speech_verb.s18k_verteidigte", "„Anders ging es nicht“, verteidigte sich der Landesrat.",
     "Der Landesrat verteidigte die Kürzung der Förderung."),
    ("speech_verb.s18k_versicherte_rechtfertigte", "Die Kämmerin rechtfertigte sich mit der Haushaltslage.",
     "Versicherte der Kasse zahlen ab Mai weniger."),
    ("speech_verb.s18k_versicherte_rechtfertigte", "Die Direktorin mühte sich zu erklären, warum der Kurs ausfällt.",
     "Die Gemeinde bemüht sich um eine Förderung."),
    ("speech_verb.s18k_versicherte_rechtfertigte", "Der Coach haderte vor allem mit dem Schiedsrichter.",
     "Der Coach sprach vor allem mit dem Schiedsrichter."),
    ("vague_attribution.s18k_kritik_von_gruppe", "Scharfe Kritik kam von Naturschützern.",
     "Kritik kam von Naturschützern des Alpenvereins."),
    ("vague_attribution.s18k_kritik_von_gruppe", "Bei Pendlern sorgt der neue Fahrplan für Ärger und Unmut.",
     "Bei Pendlern der Westbahn sorgt der neue Fahrplan für Ärger."),
    ("vague_attribution.s18k_nicht_alle", "Nicht alle im Verein sind über den Neubau glücklich.",
     "Nicht alle Busse fahren am Sonntag."),
    ("vague_attribution.s18k_nicht_alle", "Im Wirtschaftsministerium sieht man das deutlich gelassener.",
     "Im Dunkeln sieht man die Sterne besser."),
    ("vague_attribution.s18k_nicht_alle", "Früher, sagen die Leute, gab es hier drei Wirtshäuser.",
     "Die Leute aus der Siedlung sagen, das Wasser sei trüb."),
    ("speech_verb.s18k_legte_nach", "„Das ist absurd“, konterte der Landesrat.",
     "Die Gäste konterten nach dem Ausgleich schnell."),
    ("speech_verb.s18k_legte_nach", "Der Klubobmann legte nach: Die Ministerin müsse gehen.",
     "Der Heizer legte Kohle nach."),
    ("speech_verb.s18k_legte_nach", "Der Vorstand flüchtete sich in Ausreden.",
     "Die Familie flüchtete sich in den Keller."),
    ("doubt.s18k_offiziell_gruende", "Die Direktorin ging offiziell aus gesundheitlichen Gründen.",
     "Die Brücke wurde offiziell freigegeben."),
    ("doubt.s18k_offiziell_gruende", "Offiziell begründet wird die Schließung mit dem Personalmangel.",
     "Offiziell beginnt der Sommer am 21. Juni."),
    ("doubt.s18k_beteuerungen", "Trotz gegenteiliger Beteuerungen steigen die Gebühren.",
     "Trotz des Schnees fuhren die Busse."),
    ("doubt.s18k_beteuerungen", "So jedenfalls verspricht es die Geschäftsführung.",
     "So jedenfalls lässt sich der Schrank öffnen."),
]


@pytest.mark.parametrize("entry,found,neutral", FAMILIES, ids=[f"{f[0]}-{i}" for i, f in enumerate(FAMILIES)])
def test_family(entry: str, found: str, neutral: str) -> None:
    assert entry in finding_ids(found), found
    assert entry not in finding_ids(neutral), neutral


@pytest.mark.parametrize("text", [
    "Kritiker der Koalition werfen ihr Untätigkeit vor.",
    "Laut Experten des Umweltbundesamts ist das Risiko gering.",
    "Der Kritiker Peter Kern schrieb eine Glosse.",
    "Die Ministerin wollte sich nicht äußern.",
    "„Das Geld ist sicher“, versicherte die Kämmerin.",  # an ordinary inquit in news copy
])
def test_named_sources_and_neutral_reports_stay_unflagged(text: str) -> None:
    assert not {i for i in finding_ids(text) if ".s18k_" in i}, text
