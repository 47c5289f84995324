"""Critics' verdicts in book, film and TV reviews (issue 8, lexicons/verdict.jsonl): inverted
predicative verdicts on a work, recommendations, censure of a contrived strand, degree criticism.
The author's verdict is found; the same words in a quote or in a literal sense are not.
Texts written for these tests."""

from __future__ import annotations

import pytest

from analyzer import analyze


def _author_ids(text: str) -> set[str]:
    return {f.id for f in analyze(text, classifier=None).findings if f.voice == "author"}


def _all_ids(text: str) -> set[str]:
    return {f.id for f in analyze(text, classifier=None).findings}


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Stark ist die Serie vor allem in ihren stillen Momenten.", "puffery.ver_stark_ist_das_werk"),
        ("Schwächer ist der zweite Band, der sich in Nebenwegen verläuft.",
         "loaded_language.ver_schwaecher_ist_das_werk"),
        ("Nicht alles gelingt der jungen Regisseurin.", "doubt.ver_nicht_alles_gelingt"),
        ("Hier liegt die eigentliche Schwäche des Albums.", "puffery.ver_eigentliche_staerke"),
        ("Eine Entdeckung ist Tom Brandt als wortkarger Fischer.", "puffery.ver_eine_entdeckung"),
        ("Die Chorszenen gehören zum Schönsten, was die Oper in diesem Jahr gezeigt hat.",
         "puffery.ver_zum_besten_was"),
        ("Schon wegen der Musik lohnt sich der Kinobesuch.", "puffery.ver_lohnt_sich"),
        ("Wer Krimis sonst meidet, darf hier bleiben. Es lohnt sich.", "puffery.ver_lohnt_sich"),
        ("Die Liebesgeschichte im dritten Akt wirkt seltsam angeklebt.",
         "loaded_language.ver_wirkt_manieriert"),
        ("Der Schluss ist einen Tick zu sentimental.", "loaded_language.ver_eine_spur_zu"),
        ("Es ist einer der eindrücklichsten Kriminalromane dieses Jahres.",
         "puffery.ver_einer_der_besten_werke"),
        ("Der Ermittler bleibt eine Karikatur des einsamen Wolfs.", "loaded_language.ver_karikatur"),
    ],
)
def test_review_verdict_is_found(text: str, entry_id: str) -> None:
    assert entry_id in _author_ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # weather, currency, medicine: the fronted adjective judges no work
        ("Stark ist der Wind heute vor allem an der Nordsee.", "puffery.ver_stark_ist_das_werk"),
        ("Schwächer ist der Franken seit der Zinsentscheidung.",
         "loaded_language.ver_schwaecher_ist_das_werk"),
        # money advice and a tariff check, not a critic's recommendation
        ("Die Wärmepumpe lohnt sich finanziell erst nach zwölf Jahren.", "puffery.ver_lohnt_sich"),
        ("Es lohnt sich, vor dem Wechsel die Kündigungsfristen zu prüfen.", "puffery.ver_lohnt_sich"),
        # a drug takes effect; a trace leads to a suspect
        ("Die Tablette wirkt etwas später als das Spray.", "loaded_language.ver_wirkt_manieriert"),
        ("Die Ermittler fanden eine Spur zu dem Fluchtwagen.", "loaded_language.ver_eine_spur_zu"),
        ("Am Morgen war die Brücke zu glatt für Radfahrer.", "loaded_language.ver_eine_spur_zu"),
        # a discovery in science, a ranking of people
        ("Eine Entdeckung ist Forschern in Jena gelungen.", "puffery.ver_eine_entdeckung"),
        ("Sie ist eine der eindrücklichsten Rednerinnen des Landtags.",
         "puffery.ver_einer_der_besten_werke"),
    ],
)
def test_literal_sense_is_no_finding(text: str, entry_id: str) -> None:
    assert entry_id not in _all_ids(text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("„Schwächer ist das Drehbuch, das gebe ich zu“, sagte die Produzentin.",
         "loaded_language.ver_schwaecher_ist_das_werk"),
        ("„Es lohnt sich“, sagte der Verleger über das Buch.", "puffery.ver_lohnt_sich"),
    ],
)
def test_quoted_verdict_is_not_the_authors(text: str, entry_id: str) -> None:
    assert entry_id not in _author_ids(text)
