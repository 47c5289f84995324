"""Corpus input: JSONL and CSV, clear per-line problems, valid documents are never lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.corpus import (
    CorpusError,
    content_id,
    documents_from_records,
    load_corpus,
    parse_corpus,
)

CORPUS = Path(__file__).parent / "data" / "corpus_outlets.jsonl"


def _line(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def test_test_corpus_has_three_outlets_and_two_shared_stories() -> None:
    corpus = load_corpus(CORPUS)
    assert corpus.issues == []
    assert len(corpus.documents) == 12
    outlets = {d.outlet for d in corpus.documents}
    assert outlets == {"Tagesbote", "Blitz", "Freie Stimme"}
    stories: dict[str, set[str]] = {}
    for d in corpus.documents:
        if d.story:
            stories.setdefault(d.story, set()).add(d.outlet)
    assert {s for s, o in stories.items() if len(o) == 3} == {"minsk-kellogg", "klima-ring"}
    first = corpus.documents[0]
    assert first.line == 1 and first.date == "2025-06-21" and first.url.startswith("https://")


def test_bad_jsonl_records_are_reported_by_line_and_valid_ones_kept() -> None:
    good = {"id": "a1", "outlet": "Tagesbote", "text": "Der Gemeinderat hat getagt."}
    lines = [
        _line(good),                                                     # 1 ok
        _line({"id": "a2", "outlet": "Blitz"}),                          # 2 missing text
        b'{"id": "a3", "outlet": "Blitz", "text": "kaputt"',             # 3 broken JSON
        _line({"id": "a1", "outlet": "Blitz", "text": "doppelt"}),       # 4 duplicate id
        _line({"id": "a5", "outlet": "Blitz", "text": "   \n "}),        # 5 empty text
        b'{"id": "a6", "outlet": "Blitz", "text": "Caf' + b'\xe9"}',  # 6 latin-1 byte
        b"",                                                             # 7 blank: ignored
        _line(["not", "an", "object"]),                                  # 8 not an object
        _line({"id": 7, "outlet": "Freie Stimme", "text": "Zahl als id.",
               "date": "31.12.2025"}),                                   # 9 ok, id 7
        _line({"id": "a10", "outlet": "Freie Stimme", "text": "Datum kaputt.",
               "date": "gestern"}),                                      # 10 kept, warning
        _line({"id": "a11", "outlet": 5, "text": "x"}),                  # 11 outlet not text
        _line({"outlet": "Blitz", "text": "ohne id"}),                   # 12 missing id
    ]
    corpus = parse_corpus(b"\n".join(lines) + b"\n", name="bad.jsonl")
    assert [d.id for d in corpus.documents] == ["a1", "7", "a10"]
    assert corpus.documents[1].date == "2025-12-31"
    assert corpus.documents[2].date is None
    by_line = {i.line: i for i in corpus.issues}
    assert set(by_line) == {2, 3, 4, 5, 6, 8, 10, 11, 12}
    assert by_line[2].code == "missing_field" and "„text“" in str(by_line[2])
    assert by_line[3].code == "json" and str(by_line[3]).startswith("Zeile 3: kein gültiges JSON")
    assert by_line[4].code == "duplicate_id" and "schon in Zeile 1" in str(by_line[4])
    assert by_line[5].code == "empty_text"
    assert by_line[6].code == "encoding" and "UTF-8" in str(by_line[6])
    assert by_line[8].code == "not_object"
    assert by_line[10].code == "bad_date" and not by_line[10].skipped
    assert by_line[11].code == "bad_field"
    assert by_line[12].code == "missing_field" and "„id“" in str(by_line[12])
    summary = corpus.summary()
    assert summary.startswith("3 von 11 Datensätzen gelesen; 8 übersprungen")
    assert "doppelte id" in summary and "ungültiges UTF-8" in summary


def test_csv_with_semicolons_quotes_and_multiline_text() -> None:
    data = (b'id;outlet;title;date;story;text\n'
            b'1;Tagesbote;Titel;2025-01-02;s1;"Ein Text; mit Semikolon\nund Zeilenumbruch."\n'
            b'2;Blitz\n'
            b'3;Blitz;;;;"Caf' + b'\xe9 kaputt."\n'
            + b'4;"Freie Stimme";"Zitat ""so"" gesagt";;s1;"Er sagte: ""Nein."""\n')
    corpus = parse_corpus(data, name="c.csv")
    assert [d.id for d in corpus.documents] == ["1", "4"]
    assert corpus.documents[0].text == "Ein Text; mit Semikolon\nund Zeilenumbruch."
    assert corpus.documents[1].title == 'Zitat "so" gesagt'
    assert corpus.documents[1].text == 'Er sagte: "Nein."'
    assert corpus.documents[1].line == 6  # the multi-line record before moves line numbers
    by_line = {i.line: i.code for i in corpus.issues}
    assert by_line == {4: "csv", 5: "encoding"}


def test_csv_comma_and_optional_columns_missing() -> None:
    corpus = parse_corpus(b"outlet,id,text\nA,x1,Hallo Welt.\nB,x2,Noch ein Text.\n",
                          name="c.csv")
    assert [(d.id, d.outlet, d.story) for d in corpus.documents] == [("x1", "A", None),
                                                                     ("x2", "B", None)]


def test_csv_header_without_required_column_is_an_error() -> None:
    with pytest.raises(CorpusError, match=r"Zeile 1: CSV-Kopfzeile ohne Spalte „outlet“"):
        parse_corpus(b"id,text\n1,Hallo\n", name="c.csv")


def test_whole_file_latin1_gives_encoding_hint() -> None:
    data = "id;outlet;text\n1;Blitz;Größenwahn\n2;Blitz;Überraschung\n".encode("latin-1")
    with pytest.raises(CorpusError, match="nicht UTF-8"):
        parse_corpus(data, name="latin.csv")


@pytest.mark.parametrize(("data", "message"), [
    (b"", "leer"),
    (b"  \n\n", "leer"),
    (b"\x00\x01\x02binary", "Binärdaten"),
    (b'[{"id": 1, "outlet": "A", "text": "x"}]', "JSON-Array"),
    (b'{"id": "a", "outlet": "A"}\n', "Keine gültigen Dokumente"),
])
def test_unusable_corpora(data: bytes, message: str) -> None:
    with pytest.raises(CorpusError, match=message):
        parse_corpus(data, name="x.jsonl")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="nicht gefunden"):
        load_corpus(tmp_path / "nope.jsonl")
    with pytest.raises(CorpusError, match="Verzeichnis"):
        load_corpus(tmp_path)


def test_format_is_sniffed_without_extension(tmp_path: Path) -> None:
    p = tmp_path / "corpus.txt"
    p.write_bytes(b'\xef\xbb\xbf{"id": "a", "outlet": "A", "text": "Mit BOM."}\r\n')
    corpus = load_corpus(p)
    assert [d.text for d in corpus.documents] == ["Mit BOM."]


def test_records_from_memory_use_the_same_rules() -> None:
    corpus = documents_from_records([
        {"id": "1", "outlet": "A", "text": "Text eins."},
        {"id": "2", "outlet": "", "text": "ohne Medium"},
        {"id": "3", "outlet": "B", "text": ""},
    ])
    assert [d.id for d in corpus.documents] == ["1"]
    assert [i.code for i in corpus.issues] == ["missing_field", "empty_text"]


def test_content_hash_tracks_text_and_metadata() -> None:
    corpus = load_corpus(CORPUS)
    d = corpus.documents[0]
    same = parse_corpus(CORPUS.read_bytes(), name="x.jsonl").documents[0]
    assert d.content_hash() == same.content_hash()
    changed = documents_from_records([{**d.meta(), "text": d.text + " Nachtrag."}]).documents[0]
    retitled = documents_from_records([{**d.meta(), "title": "Neu", "text": d.text}]).documents[0]
    assert len({d.content_hash(), changed.content_hash(), retitled.content_hash()}) == 3


def test_content_id_is_stable() -> None:
    assert content_id("A", "Text") == content_id("A", "Text") != content_id("B", "Text")
    assert content_id("A", "Text", "text1").startswith("text1-")
