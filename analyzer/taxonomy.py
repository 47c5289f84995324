"""The fixed category keys, their German labels and how negation affects each of them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Category:
    key: str
    label: str  # German label shown to editors
    description: str  # one German sentence: what the category means
    negated_factor: float  # weight multiplier when the phrase is negated ("kein Skandal")
    negated_note: str  # German note appended to the explanation of a negated finding
    rule_based: bool = False  # found by rules, not (only) by lexicon entries


_CATEGORIES = (
    Category("labeling", "Wertende Etikettierung",
             "Bezeichnungen, die Personen oder Gruppen abwerten oder ihnen Legitimität absprechen.",
             1.0, "Auch verneint bringt die Bezeichnung die Wertung in den Text."),
    Category("stance", "Autorenhaltung",
             "Der Text zeigt die Gefühle oder Urteile des Autors statt zu berichten.",
             1.0, "Auch verneint bleibt es eine Haltung des Autors."),
    Category("intensifier", "Verstärkung / Übertreibung",
             "Verstärkende oder übertreibende Wörter, die eine Aussage dramatisieren.",
             0.4, "Verneint schwächt die Verstärkung eher ab; prüfen, ob sie nötig ist."),
    Category("vague_attribution", "Unbelegte Zuschreibung",
             "Meinungen werden ungenannten Quellen zugeschrieben (Wieselwörter).",
             0.5, "Verneint – prüfen, ob die Zuschreibung überhaupt nötig ist."),
    Category("speech_verb", "Wertende Redeeinleitung",
             "Das Verb, das eine Aussage einleitet, bewertet Sprecher oder Inhalt.",
             0.8, "Auch verneint bewertet das Verb die Aussage."),
    Category("certainty", "Gewissheitsbehauptung",
             "Eine Deutung wird als feststehende Tatsache ausgegeben.",
             0.4, "Verneint wird aus der Gewissheit eher eine Relativierung; prüfen."),
    Category("speculation", "Spekulation / Motivunterstellung",
             "Vermutungen über Absichten oder Entwicklungen in Autorenstimme.",
             0.7, "Auch verneint bleibt es eine Vermutung des Autors."),
    Category("doubt", "Distanzierung / Zweifel",
             "Wörter, mit denen der Autor Zweifel an einer Angabe signalisiert.",
             0.7, "Auch verneint signalisiert das Wort Distanz."),
    Category("scare_quote", "Distanzierende Anführungszeichen",
             "Anführungszeichen um ein einzelnes Wort, die Distanz oder Ironie ausdrücken.",
             1.0, "", rule_based=True),
    Category("loaded_language", "Emotional aufgeladene Sprache",
             "Emotional aufgeladene Wörter, die eine Bewertung mitliefern.",
             0.6, "Auch verneint („kein Skandal“) bringt das Wort die Wertung ins Spiel."),
    Category("puffery", "Lobhudelei",
             "Übertriebenes Lob, das wie Werbung klingt.",
             0.4, "Verneint („kein Meisterwerk“) ist es kein Lob mehr, eher eine Einschränkung; "
             "prüfen, ob das Urteil belegt ist."),
    Category("appeal", "Vereinnahmung",
             "Der Text spricht für ein „Wir“ und vereinnahmt die Leserschaft.",
             1.0, "Auch verneint vereinnahmt das „Wir“ die Leserschaft."),
    Category("rhetorical", "Rhetorische Frage / Ausruf",
             "Fragen oder Ausrufe in Autorenstimme lenken die Deutung der Leserschaft.",
             1.0, "", rule_based=True),
)

CATEGORIES: dict[str, Category] = {c.key: c for c in _CATEGORIES}
CATEGORY_KEYS: tuple[str, ...] = tuple(CATEGORIES)
