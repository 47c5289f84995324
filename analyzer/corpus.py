"""Corpus input: one document per JSONL line or CSV record (``id``, ``outlet``, ``text`` required;
``title``, ``date``, ``story``, ``url`` optional).

A bad record never costs the valid ones: every problem becomes a :class:`CorpusIssue` naming the
line (missing field, duplicate id, invalid UTF-8, broken JSON, empty text, …) and loading
continues. Only problems with the file as a whole (missing, binary, no header, no valid document
at all) raise :class:`CorpusError`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .files import read_user_file

REQUIRED = ("id", "outlet", "text")
OPTIONAL = ("title", "date", "story", "url")
FIELDS = REQUIRED + OPTIONAL
_CSV_DELIMITERS = (",", ";", "\t")
_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")


class CorpusError(ValueError):
    """The corpus as a whole cannot be read (one German line, shown as ``error:``)."""


@dataclass(frozen=True)
class Document:
    """One article. ``line`` is where the record starts in the source file (1-based)."""

    id: str
    outlet: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO date YYYY-MM-DD
    story: str | None = None
    url: str | None = None
    line: int | None = field(default=None, compare=False)

    def content_hash(self) -> str:
        """SHA-256 over text and metadata: changes whenever anything stored about it changes."""
        h = hashlib.sha256()
        for value in (self.outlet, self.title, self.date, self.story, self.url, self.text):
            h.update(b"\x00" if value is None else b"\x01" + value.encode("utf-8"))
        return h.hexdigest()

    def meta(self) -> dict[str, Any]:
        return {"id": self.id, "outlet": self.outlet, "title": self.title, "date": self.date,
                "story": self.story, "url": self.url}


@dataclass(frozen=True)
class CorpusIssue:
    """A problem with one record; ``skipped`` is False when the document was kept anyway."""

    line: int | None
    code: str  # encoding, json, not_object, missing_field, bad_field, empty_text,
    #            duplicate_id, bad_date, csv, analysis
    message: str
    id: str | None = None
    skipped: bool = True

    def __str__(self) -> str:
        where = f"Zeile {self.line}: " if self.line is not None else ""
        who = f"Dokument „{self.id}“: " if self.id is not None and self.line is None else ""
        tail = " – Datensatz übersprungen" if self.skipped else ""
        return f"{where}{who}{self.message}{tail}"


@dataclass
class Corpus:
    documents: list[Document]
    issues: list[CorpusIssue]
    source: str = ""
    records: int = 0  # records seen (valid or not)

    def summary(self) -> str:
        """One German line: how many documents were read and what was skipped."""
        skipped = [i for i in self.issues if i.skipped]
        line = f"{len(self.documents)} von {self.records} Datensätzen gelesen"
        if skipped:
            kinds = Counter(_ISSUE_LABEL.get(i.code, i.code) for i in skipped)
            detail = ", ".join(f"{n} × {k}" for k, n in kinds.most_common())
            line += f"; {len(skipped)} übersprungen ({detail})"
        kept = len(self.issues) - len(skipped)
        if kept:
            line += f"; {kept} Hinweis(e) zu behaltenen Dokumenten"
        return line


_ISSUE_LABEL = {
    "encoding": "ungültiges UTF-8", "json": "kaputte JSON-Zeile", "not_object": "kein Objekt",
    "missing_field": "fehlendes Feld", "bad_field": "ungültiges Feld", "empty_text": "leerer Text",
    "duplicate_id": "doppelte id", "csv": "kaputte CSV-Zeile", "analysis": "nicht analysierbar",
}


def load_corpus(path: str | Path, *, format: str | None = None) -> Corpus:
    """Read a JSONL or CSV corpus file (format from the extension, else sniffed)."""
    data = read_user_file(path, CorpusError, "Korpus", "eine JSONL- oder CSV-Datei")
    return parse_corpus(data, name=str(path), format=format)


def parse_corpus(data: bytes | str, *, name: str = "", format: str | None = None) -> Corpus:
    """Parse corpus bytes (e.g. an upload). ``format``: "jsonl", "csv" or None (detect)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise CorpusError(f"Das Korpus {name or ''} ist leer.".replace("  ", " "))
    if b"\x00" in data[:8192]:
        raise CorpusError("Das Korpus ist keine Textdatei (Binärdaten) – erwartet wird JSONL oder "
                          "CSV in UTF-8.")
    fmt = (format or _format_from_name(name) or _sniff(data)).lower()
    if fmt in ("json", "ndjson"):
        fmt = "jsonl"
    if fmt == "tsv":
        fmt = "csv"
    if fmt not in ("jsonl", "csv"):
        raise CorpusError(f"Unbekanntes Korpusformat „{fmt}“ – erwartet: jsonl oder csv.")
    corpus = _parse_jsonl(data) if fmt == "jsonl" else _parse_csv(data)
    corpus.source = name
    if not corpus.documents:
        first = "; ".join(str(i) for i in corpus.issues[:3])
        hint = _encoding_hint(corpus)
        raise CorpusError(f"Keine gültigen Dokumente in {name or 'der Eingabe'}"
                          + (f" ({first}{' …' if len(corpus.issues) > 3 else ''})" if first else "")
                          + hint)
    return corpus


def documents_from_records(records: Iterable[Mapping[str, Any]]) -> Corpus:
    """Validate in-memory records (e.g. texts pasted on the page) with the same rules."""
    b = _Builder()
    for n, rec in enumerate(records, start=1):
        b.add(n, rec)
    return b.corpus()


def content_id(outlet: str, text: str, prefix: str = "text") -> str:
    """A stable id for a document without one (e.g. pasted on the page): the same outlet and
    text always get the same id, so storing it twice in the archive does not duplicate it."""
    digest = hashlib.sha256(f"{outlet}\x00{text}".encode()).hexdigest()[:12]
    return f"{prefix}-{digest}"


def _format_from_name(name: str) -> str | None:
    suffix = Path(name).suffix.lower() if name else ""
    return {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
            ".tsv": "csv"}.get(suffix)


def _sniff(data: bytes) -> str:
    head = data.lstrip()[:1]
    return "jsonl" if head in (b"{", b"[") else "csv"


def _encoding_hint(corpus: Corpus) -> str:
    if corpus.issues and all(i.code == "encoding" for i in corpus.issues):
        return (" – die Datei ist wohl nicht UTF-8 (z. B. Windows-1252/Latin-1); bitte als UTF-8 "
                "speichern")
    return ""


class _Builder:
    """Validates records one by one, collecting documents and issues."""

    def __init__(self) -> None:
        self.documents: list[Document] = []
        self.issues: list[CorpusIssue] = []
        self.seen: dict[str, int] = {}
        self.records = 0

    def issue(self, line: int | None, code: str, message: str, id: str | None = None,
              skipped: bool = True) -> None:
        self.issues.append(CorpusIssue(line, code, message, id, skipped))

    def add(self, line: int, rec: Mapping[str, Any]) -> None:
        self.records += 1
        values: dict[str, str | None] = {}
        raw_id = rec.get("id")
        doc_id = _as_id(raw_id)
        missing = [f for f in REQUIRED if rec.get(f) is None
                   or (f != "text" and isinstance(rec.get(f), str) and not rec[f].strip())]
        if missing:
            names = ", ".join(f"„{m}“" for m in missing)
            self.issue(line, "missing_field", f"Pflichtfeld {names} fehlt", doc_id)
            return
        if doc_id is None:
            self.issue(line, "bad_field", f"„id“ muss Text oder Zahl sein, nicht {_kind(raw_id)}")
            return
        for f in ("outlet", "text", *OPTIONAL):
            v = rec.get(f)
            if v is None or (f in OPTIONAL and isinstance(v, str) and not v.strip()):
                values[f] = None
            elif isinstance(v, str):
                values[f] = v
            elif f in OPTIONAL and isinstance(v, int | float) and not isinstance(v, bool):
                values[f] = str(v)
            else:
                self.issue(line, "bad_field", f"Feld „{f}“ muss Text sein, nicht {_kind(v)}",
                           doc_id)
                return
        text = values["text"] or ""
        if not text.strip():
            self.issue(line, "empty_text", "Text ist leer", doc_id)
            return
        if doc_id in self.seen:
            self.issue(line, "duplicate_id",
                       f"doppelte id „{doc_id}“ (schon in Zeile {self.seen[doc_id]})", doc_id)
            return
        date_value = values["date"]
        if date_value is not None:
            parsed = _parse_date(date_value)
            if parsed is None:
                self.issue(line, "bad_date", f"Datum „{date_value}“ nicht erkannt (erwartet "
                           "JJJJ-MM-TT); Dokument ohne Datum übernommen", doc_id, skipped=False)
            date_value = parsed
        self.seen[doc_id] = line
        self.documents.append(Document(
            id=doc_id, outlet=(values["outlet"] or "").strip(), text=text,
            title=_strip(values["title"]), date=date_value, story=_strip(values["story"]),
            url=_strip(values["url"]), line=line,
        ))

    def corpus(self) -> Corpus:
        return Corpus(self.documents, self.issues, records=self.records)


def _strip(v: str | None) -> str | None:
    return v.strip() if v is not None else None


def _kind(v: object) -> str:
    return {bool: "Wahrheitswert", list: "Liste", dict: "Objekt", float: "Zahl",
            int: "Zahl"}.get(type(v), type(v).__name__)


def _as_id(v: object) -> str | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str) and v.strip():
        return v.strip()
    return None


def _parse_date(value: str) -> str | None:
    v = value.strip()
    if not _DATE_PREFIX.match(v):
        # German style 24.11.2025
        m = re.match(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", v)
        if not m:
            return None
        v = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    try:
        if len(v) == 10:
            return date.fromisoformat(v).isoformat()
        return datetime.fromisoformat(v.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


def _parse_jsonl(data: bytes) -> Corpus:
    b = _Builder()
    lines = data.split(b"\n")
    if data.lstrip().startswith(b"[") and len([x for x in lines if x.strip()]) <= 2:
        raise CorpusError("Das Korpus sieht wie ein JSON-Array aus; erwartet wird JSONL (ein "
                          "JSON-Objekt pro Zeile).")
    for n, raw in enumerate(lines, start=1):
        raw = raw.rstrip(b"\r")
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            b.records += 1
            b.issue(n, "encoding", f"kein gültiges UTF-8 (Byte {exc.start + 1} der Zeile)")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            b.records += 1
            b.issue(n, "json", f"kein gültiges JSON ({_json_reason(exc)}, Spalte {exc.colno})")
            continue
        if not isinstance(rec, dict):
            b.records += 1
            b.issue(n, "not_object", f"erwartet ein JSON-Objekt, gefunden {_kind(rec)}")
            continue
        b.add(n, rec)
    return b.corpus()


_JSON_REASONS = {
    "Expecting value": "Wert erwartet",
    "Expecting property name enclosed in double quotes": "Feldname in doppelten "
                                                         "Anführungszeichen erwartet",
    "Unterminated string starting at": "Zeichenkette nicht abgeschlossen",
    "Expecting ',' delimiter": "Komma erwartet",
    "Expecting ':' delimiter": "Doppelpunkt erwartet",
    "Extra data": "zusätzliche Zeichen nach dem Objekt",
    "Invalid control character at": "Steuerzeichen in Zeichenkette",
}


def _json_reason(exc: json.JSONDecodeError) -> str:
    return _JSON_REASONS.get(exc.msg, exc.msg)


def _parse_csv(data: bytes) -> Corpus:
    # Decode leniently so one badly encoded record does not spoil the file; such records are
    # found by their surrogate escapes and reported with their line.
    text = data.decode("utf-8", errors="surrogateescape")
    header_line = text.split("\n", 1)[0]
    delimiter = _csv_delimiter(header_line)
    csv.field_size_limit(1 << 30)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    b = _Builder()
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:  # pragma: no cover - empty data is caught earlier
        raise CorpusError(f"CSV-Kopfzeile nicht lesbar ({exc})") from None
    header = [h.strip().lower().lstrip("\ufeff") for h in header]
    missing = [f for f in REQUIRED if f not in header]
    if missing:
        names = ", ".join(f"„{m}“" for m in missing)
        raise CorpusError(f"Zeile 1: CSV-Kopfzeile ohne Spalte {names} (gefunden: "
                          f"{', '.join(header) or 'nichts'}); erwartet: id, outlet, text und "
                          "optional title, date, story, url.")
    last_line = reader.line_num
    for end_line, cells, error in _csv_rows(reader):
        start, last_line = last_line + 1, end_line
        if error is not None:
            b.records += 1
            b.issue(start, "csv", f"CSV nicht lesbar ({error})")
            continue
        if not any(c.strip() for c in cells):
            continue
        if any(_has_surrogates(c) for c in cells):
            b.records += 1
            bad = next(c for c in cells if _has_surrogates(c))
            pos = next(i for i, ch in enumerate(bad) if "\udc80" <= ch <= "\udcff")
            b.issue(start, "encoding", f"kein gültiges UTF-8 (Zeichen {pos + 1} eines Feldes)")
            continue
        if len(cells) != len(header):
            b.records += 1
            b.issue(start, "csv", f"{len(cells)} statt {len(header)} Spalten (Trennzeichen "
                    f"„{_show_delim(delimiter)}“; Text mit Trennzeichen in Anführungszeichen "
                    "setzen)")
            continue
        b.add(start, dict(zip(header, cells, strict=True)))
    return b.corpus()


def _csv_rows(reader: Any) -> Iterator[tuple[int, list[str], str | None]]:
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield reader.line_num, [], str(exc)
            continue
        yield reader.line_num, cells, None


def _show_delim(d: str) -> str:
    return "Tab" if d == "\t" else d


def _csv_delimiter(header_line: str) -> str:
    best, best_count = ",", -1
    for d in _CSV_DELIMITERS:
        cols = [c.strip().strip('"').lower() for c in header_line.split(d)]
        count = sum(1 for f in FIELDS if f in cols)
        if count > best_count:
            best, best_count = d, count
    return best


def _has_surrogates(s: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in s)
