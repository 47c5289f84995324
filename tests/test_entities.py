"""Names and the words that label them, on real German news sentences."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analyzer import analyze
from analyzer.corpus import load_corpus
from analyzer.entities import (
    NAME,
    NOUN,
    entity_rows,
    entity_table,
    extract_mentions,
    link_names,
    word_class,
)

CORPUS = Path(__file__).parent / "data" / "corpus_outlets.jsonl"
from .conftest import SHARED, SHARED_HINT  # noqa: E402

STANDARD = SHARED / "data" / "news" / "10kgnad_derstandard_1028.csv"


def _descriptors(text: str, findings: bool = False) -> dict[str, list[tuple[str, str]]]:
    fs = analyze(text).findings if findings else ()
    out: dict[str, list[tuple[str, str]]] = {}
    for m in extract_mentions(text, findings=fs):
        out.setdefault(m["name"], []).extend((d["kind"], d["text"]) for d in m["descriptors"])
    return out


@pytest.mark.parametrize(("word", "cls"), [
    ("Lukaschenko", NAME), ("Tichanowski", NAME), ("Kellogg", NAME), ("SPÖ", NAME),
    ("GPA-djp", NAME), ("Kromp-Kolb", NAME), ("Putin", NAME),
    ("Präsident", NOUN), ("Machthaber", NOUN), ("Kremlchef", NOUN), ("US-Sondergesandten", NOUN),
    ("Verkehrsstadträtin", NOUN), ("Oppositionsführer", NOUN), ("Verbündeten", NOUN),
    ("Pauschalabgeltungen", NOUN), ("SPÖ-Chef", NOUN),
])
def test_word_class(word: str, cls: str) -> None:
    assert word_class(word) == cls


def test_seed_article(seed_text: str) -> None:
    result = analyze(seed_text)
    mentions = extract_mentions(seed_text, findings=result.findings)
    found = {(m["name"], d["kind"], d["text"], tuple(d["categories"]))
             for m in mentions for d in m["descriptors"]}
    assert ("Alexander Lukaschenko", "apposition", "selbst ernannten Präsidenten Weißrusslands",
            ("labeling",)) in found
    assert ("Keith Kellogg", "noun_phrase", "US-Sondergesandten", ()) in found
    assert ("Natalja Eismont", "apposition", "Sprecherin Lukaschenkos", ()) in found
    assert ("Mike Pompeo", "noun_phrase", "damalige US-Außenminister", ()) in found
    assert ("Alexander Bastrykin", "apposition", "langjährigen Verbündeten Wladimir Putins",
            ()) in found
    # the genitive inside Bastrykin's apposition is not itself described as "Verbündeter"
    assert not [f for f in found if f[0].startswith("Wladimir Putin")]
    # "die Sprecherin Lukaschenkos": a genitive, linked to the base name, no descriptor
    genitive = [m for m in mentions if m["surface"] == "Lukaschenkos"]
    assert genitive and all(m["name"] == "Lukaschenko" and m["genitive"] and
                            not m["descriptors"] for m in genitive)
    for m in mentions:  # offsets point into the text (surface: tokens joined by one space)
        assert " ".join(seed_text[m["start"]:m["end"]].split()) == m["surface"]
        for d in m["descriptors"]:
            assert seed_text[d["start"]:d["end"]] == d["text"]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Am Freitag empfing Machthaber Alexander Lukaschenko den Gesandten.",
     "Alexander Lukaschenko", [("noun_phrase", "Machthaber")]),
    ("Der selbst ernannte Präsident Lukaschenko gab sich zahm.",
     "Lukaschenko", [("noun_phrase", "selbst ernannte Präsident")]),
    ("Dann sprach der autoritäre Lukaschenko über die Wahl.",
     "Lukaschenko", [("adjective", "autoritäre")]),
    ("Vor allem Lukaschenko, der letzte Diktator Europas, profitiert davon.",
     "Lukaschenko", [("apposition", "letzte Diktator Europas")]),
    ("Der selbst ernannte Präsident von Belarus, Alexander Lukaschenko, schwieg.",
     "Alexander Lukaschenko", [("apposition", "selbst ernannte Präsident von Belarus")]),
    ("Nach Jahren in Haft ist Sergej Tichanowski, der mutige Kämpfer für ein freies Belarus, "
     "entlassen worden.", "Sergej Tichanowski",
     [("apposition", "mutige Kämpfer für ein freies Belarus")]),
    ("Seit Jahren gilt Lukaschenko als letzter Diktator Europas.",
     "Lukaschenko", [("predicate", "letzter Diktator Europas")]),
    ("Eine Sprecherin der Gruppe, Marina Hagen, kündigte weitere Proteste an.",
     "Marina Hagen", [("apposition", "Sprecherin der Gruppe")]),
    ("Verkehrsstadträtin Ulli Sima (SPÖ) kritisierte die Aktion.",
     "Ulli Sima", [("noun_phrase", "Verkehrsstadträtin")]),
    ("Die Gewerkschaft GPA-djp sieht Handlungsbedarf, sagte GPA-djp-Chef Wolfgang Katzian.",
     "Wolfgang Katzian", [("noun_phrase", "GPA-djp-Chef")]),
])
def test_descriptor_patterns(text: str, name: str, expected: list[tuple[str, str]]) -> None:
    assert _descriptors(text)[name] == expected


@pytest.mark.parametrize("text", [
    "Der Gesandte traf am Freitag Lukaschenko in Minsk.",              # time noun, not a title
    "Am Freitag trafen Kellogg und Lukaschenko in Minsk zusammen.",   # verb before the name
    "Zuvor hatte Lukaschenko, der am Freitag sprach, Reformen angekündigt.",  # relative clause
    "Lukaschenko, Kellogg und Tichanowski waren im Saal.",            # enumeration
    "Davon profitierte Lukaschenko, tausende Gäste kamen.",           # no article: no adjectives
])
def test_no_false_descriptors(text: str) -> None:
    assert all(not ds for ds in _descriptors(text).values()), _descriptors(text)


def test_surname_mentions_link_to_the_full_name_across_documents() -> None:
    docs = {
        "a": [{"name": "Alexander Lukaschenko"}, {"name": "Lukaschenko"}],
        "b": [{"name": "Lukaschenko"}],                 # no full name here: corpus-wide link
        "c": [{"name": "Peter Müller"}, {"name": "Müller"}, {"name": "Anna Müller"}],
        "d": [{"name": "Müller"}],                      # two full names: ambiguous, not linked
    }
    links = link_names(docs)
    assert links["a"]["Lukaschenko"] == "Alexander Lukaschenko"
    assert links["b"]["Lukaschenko"] == "Alexander Lukaschenko"
    assert links["d"]["Müller"] == "Müller"


def test_entity_table_shows_how_each_outlet_names_the_same_person() -> None:
    corpus = load_corpus(CORPUS)
    records = []
    for d in corpus.documents:
        result = analyze(d.text)
        records.append({"id": d.id, "outlet": d.outlet,
                        "mentions": extract_mentions(d.text, findings=result.findings)})
    table = entity_table(records)
    luka = next(e for e in table if e["entity"] == "Alexander Lukaschenko")
    assert luka["groups_describing"] == 3
    assert "Lukaschenko" in luka["aliases"]
    labels = {g: {lab["label"]: lab for lab in info["labels"]}
              for g, info in luka["groups"].items()}
    assert "Machthaber" in labels["Blitz"] and labels["Blitz"]["Machthaber"]["loaded"]
    assert "selbst ernannte Präsident" in labels["Blitz"]
    assert "Diktator" in labels["Freie Stimme"]
    assert "letzte Diktator Europas" in labels["Freie Stimme"]
    assert "sogenannte Präsident" in labels["Freie Stimme"]
    assert set(labels["Tagesbote"]) == {"belarussischen Präsidenten", "Präsident"}
    assert not any(lab["loaded"] for lab in labels["Tagesbote"].values())
    # the climate story: the same spokeswoman, three ways
    hagen = next(e for e in table if e["entity"] == "Marina Hagen")
    assert {g: [lab["label"] for lab in info["labels"]] for g, info in hagen["groups"].items()} \
        == {"Blitz": ["Chaos-Sprecherin"], "Freie Stimme": ["24-jährige Studentin", "Aktivistin"],
            "Tagesbote": ["Sprecherin der Gruppe"]}
    rows = entity_rows(table)
    assert {"entity": "Alexander Lukaschenko", "group": "Blitz"}.items() <= rows[0].items() \
        or any(r["entity"] == "Alexander Lukaschenko" and r["group"] == "Blitz" for r in rows)


@pytest.mark.skipif(not STANDARD.exists(),
                    reason=f"Der Standard articles not found at {STANDARD}: {SHARED_HINT}")
def test_der_standard_articles() -> None:
    with open(STANDARD, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";", quotechar="'"))[:80]
    first = extract_mentions(rows[0][1])
    katzian = [d["text"] for m in first if m["name"] == "Wolfgang Katzian"
               for d in m["descriptors"]]
    assert katzian == ["GPA-djp-Chef"]
    descriptors = []
    for _label, text in rows:
        for m in extract_mentions(text):
            assert " ".join(text[m["start"]:m["end"]].split()) == m["surface"]
            descriptors.extend(d["text"] for d in m["descriptors"])
    assert len(descriptors) > 80
    time_words = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                  "Sonntag", "Jahr", "Woche")
    assert not [d for d in descriptors if d.split()[-1] in time_words]
