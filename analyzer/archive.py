"""Archive: analyses persist in an embedded DuckDB file and can be compared again later.

Path: ``--archive PATH``, else ``$TONLAGE_ARCHIVE``, else
``$XDG_DATA_HOME/tonlage/archive.duckdb`` (``~/.local/share/tonlage/archive.duckdb``); the file and
its folder are created on first use.

* Idempotent: a document is keyed by its ``id``; the content hash (text and metadata) and the
  engine fingerprint (version, lexicons, options) decide whether it must be analyzed again.
  Re-adding an unchanged document does nothing; a changed one is updated in place.
* Crash-safe: documents are written in batches, each batch in one transaction (documents and
  their findings together). A killed import keeps every committed batch; a re-run skips them.
* Records read back are exactly the records the comparison uses (``analyzer.compare``), so a
  comparison from the archive gives the same numbers as one from the corpus file.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from .compare import EngineConfig, iter_analyses
from .corpus import CorpusIssue, Document, _parse_date
from .render import csv_safe
from .taxonomy import CATEGORY_KEYS

ENV_VAR = "TONLAGE_ARCHIVE"
SCHEMA_VERSION = "1"
DEFAULT_BATCH = 32

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS documents (
        id VARCHAR PRIMARY KEY,
        outlet VARCHAR NOT NULL,
        title VARCHAR,
        date DATE,
        story VARCHAR,
        url VARCHAR,
        text VARCHAR NOT NULL,
        content_hash VARCHAR NOT NULL,
        engine VARCHAR NOT NULL,
        words INTEGER,
        sentences INTEGER,
        findings INTEGER,
        score DOUBLE,
        findings_per_1000_words DOUBLE,
        result VARCHAR NOT NULL,
        mentions VARCHAR NOT NULL,
        added_at TIMESTAMP,
        updated_at TIMESTAMP)""",
    """CREATE TABLE IF NOT EXISTS findings (
        doc_id VARCHAR NOT NULL,
        sentence INTEGER,
        start_offset INTEGER,
        end_offset INTEGER,
        category VARCHAR,
        text VARCHAR,
        voice VARCHAR,
        weight DOUBLE,
        rule VARCHAR)""",
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
)
_META_COLUMNS = ("id", "outlet", "title", "date", "story", "url")


class ArchiveError(Exception):
    """The archive cannot be opened or used (one German line)."""


def default_path() -> Path:
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "tonlage" / "archive.duckdb"


@dataclass
class AddStats:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    committed_batches: int = 0
    issues: list[CorpusIssue] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{self.added} neu", f"{self.updated} aktualisiert",
                 f"{self.unchanged} unverändert"]
        if self.failed:
            parts.append(f"{self.failed} nicht analysierbar")
        return "Archiv: " + ", ".join(parts)


def parse_day(value: str | None, option: str = "Datum") -> str | None:
    """ISO date from YYYY-MM-DD (or DD.MM.YYYY); ArchiveError for anything else."""
    if value is None or value == "":
        return None
    parsed = _parse_date(value)
    if parsed is None:
        raise ArchiveError(f"{option}: „{value}“ ist kein Datum (erwartet JJJJ-MM-TT).")
    return parsed


class Archive:
    """An open archive. Use as a context manager; ``read_only`` for listing and exporting."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        import duckdb

        self.path = Path(path).expanduser() if path else default_path()
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise ArchiveError(f"Archiv nicht gefunden: {self.path} – zuerst mit "
                               "„analyzer archive add KORPUS“ anlegen.")
        try:
            if not read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise ArchiveError(_connect_message(self.path, exc)) from None
        except OSError as exc:
            raise ArchiveError(f"Archiv {self.path} kann nicht angelegt werden "
                               f"({exc.strerror or exc}).") from None
        if not read_only:
            for stmt in _SCHEMA:
                self.con.execute(stmt)
            self.con.execute("INSERT INTO meta VALUES ('schema', ?) ON CONFLICT (key) DO NOTHING",
                             [SCHEMA_VERSION])
        elif not self._has_table("documents"):
            self.con.close()
            raise ArchiveError(f"{self.path} ist kein Tonlage-Archiv (Tabelle „documents“ "
                               "fehlt).")

    def _has_table(self, name: str) -> bool:
        rows = self.con.execute("SELECT 1 FROM information_schema.tables WHERE table_name = ?",
                                [name]).fetchall()
        return bool(rows)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------

    def state(self, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """id → (content hash, engine fingerprint) for the given ids that are stored."""
        id_list = list(ids)
        if not id_list:
            return {}
        rows = self.con.execute(
            "SELECT id, content_hash, engine FROM documents WHERE id IN "
            "(SELECT unnest(?::VARCHAR[]))", [id_list]).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def add(self, docs: Sequence[Document], config: EngineConfig | None = None, *,
            workers: int | None = None, engine: str = "local", scheduler: Any = None,
            batch_size: int = DEFAULT_BATCH,
            progress: Callable[[int, int], None] | None = None,
            on_commit: Callable[[int], None] | None = None) -> AddStats:
        """Analyze and store documents that are new or changed; skip unchanged ones."""
        if self.read_only:
            raise ArchiveError("Archiv ist schreibgeschützt geöffnet.")
        config = config or EngineConfig()
        fingerprint = config.fingerprint()
        known = self.state(d.id for d in docs)
        stats = AddStats()
        todo: list[Document] = []
        for d in docs:
            old = known.get(d.id)
            if old == (d.content_hash(), fingerprint):
                stats.unchanged += 1
            else:
                todo.append(d)
        total = len(docs)
        done = stats.unchanged
        if progress:
            progress(done, total)
        batch: list[dict[str, Any]] = []
        for _index, rec, issue in iter_analyses(todo, config, workers=workers, engine=engine,
                                                scheduler=scheduler):
            done += 1
            if issue is not None:
                stats.failed += 1
                stats.issues.append(issue)
            elif rec is not None:
                if rec["id"] in known:
                    stats.updated += 1
                else:
                    stats.added += 1
                batch.append(rec)
                if len(batch) >= batch_size:
                    self._write(batch, fingerprint)
                    stats.committed_batches += 1
                    if on_commit:
                        on_commit(len(batch))
                    batch = []
            if progress:
                progress(done, total)
        if batch:
            self._write(batch, fingerprint)
            stats.committed_batches += 1
            if on_commit:
                on_commit(len(batch))
        return stats

    def _write(self, records: Sequence[Mapping[str, Any]], fingerprint: str) -> None:
        """One transaction: upsert the documents, replace their findings."""
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        doc_rows = []
        finding_rows = []
        for rec in records:
            r = rec["result"]
            sm = r["summary"]
            doc_rows.append((
                rec["id"], rec["outlet"], rec.get("title"), rec.get("date"), rec.get("story"),
                rec.get("url"), rec["text"], rec["hash"], fingerprint, sm["words"],
                sm["sentences"], sum(sm["by_category"].values()), sm["score"],
                sm["findings_per_1000_words"], json.dumps(r, ensure_ascii=False),
                json.dumps(rec.get("mentions") or [], ensure_ascii=False), now, now,
            ))
            for s in r["sentences"]:
                for f in s["findings"]:
                    finding_rows.append((rec["id"], s["index"], f["start"], f["end"],
                                         f["category"], f["text"], f["voice"], f["weight"],
                                         f["id"]))
        ids = [rec["id"] for rec in records]
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("DELETE FROM findings WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                        [ids])
            con.executemany(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET outlet = excluded.outlet,"
                " title = excluded.title, date = excluded.date, story = excluded.story,"
                " url = excluded.url, text = excluded.text,"
                " content_hash = excluded.content_hash, engine = excluded.engine,"
                " words = excluded.words, sentences = excluded.sentences,"
                " findings = excluded.findings, score = excluded.score,"
                " findings_per_1000_words = excluded.findings_per_1000_words,"
                " result = excluded.result, mentions = excluded.mentions,"
                " updated_at = excluded.updated_at", doc_rows)
            if finding_rows:
                con.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                finding_rows)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    # --- reading ---------------------------------------------------------------------------

    def _where(self, outlet: Sequence[str] | str | None, since: str | None, until: str | None,
               story: str | None = None, ids: Sequence[str] | None = None
               ) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if outlet:
            outlets = [outlet] if isinstance(outlet, str) else list(outlet)
            clauses.append("outlet IN (SELECT unnest(?::VARCHAR[]))")
            params.append(outlets)
        if since:
            clauses.append("date >= ?::DATE")
            params.append(parse_day(since, "--since"))
        if until:
            clauses.append("date <= ?::DATE")
            params.append(parse_day(until, "--until"))
        if story:
            clauses.append("story = ?")
            params.append(story)
        if ids is not None:
            clauses.append("id IN (SELECT unnest(?::VARCHAR[]))")
            params.append(list(ids))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def list(self, *, outlet: Sequence[str] | str | None = None, since: str | None = None,
             until: str | None = None, story: str | None = None) -> list[dict[str, Any]]:
        """Stored documents (metadata and headline numbers), by date, outlet and id."""
        where, params = self._where(outlet, since, until, story)
        rows = self.con.execute(
            "SELECT id, outlet, title, date, story, url, words, sentences, findings, score,"
            " findings_per_1000_words, content_hash, engine, added_at, updated_at"
            f" FROM documents{where} ORDER BY date NULLS LAST, outlet, id", params).fetchall()
        cols = ("id", "outlet", "title", "date", "story", "url", "words", "sentences",
                "findings", "score", "findings_per_1000_words", "content_hash", "engine",
                "added_at", "updated_at")
        return [_row(cols, r) for r in rows]

    def records(self, *, outlet: Sequence[str] | str | None = None, since: str | None = None,
                until: str | None = None, story: str | None = None,
                ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Full analysis records (as used by ``analyzer.compare.build_report``)."""
        where, params = self._where(outlet, since, until, story, ids)
        rows = self.con.execute(
            "SELECT id, outlet, title, date, story, url, content_hash, text, result, mentions"
            f" FROM documents{where} ORDER BY date NULLS LAST, outlet, id", params).fetchall()
        out = []
        for r in rows:
            rec = _row(_META_COLUMNS, r[:6])
            rec["hash"] = r[6]
            rec["text"] = r[7]
            rec["result"] = json.loads(r[8])
            rec["mentions"] = json.loads(r[9])
            out.append(rec)
        if ids is not None:  # keep the caller's order
            pos = {i: n for n, i in enumerate(ids)}
            out.sort(key=lambda rec: pos.get(rec["id"], len(pos)))
        return out

    def outlets(self) -> list[str]:
        return [r[0] for r in self.con.execute(
            "SELECT DISTINCT outlet FROM documents ORDER BY outlet").fetchall()]

    def count(self) -> int:
        return int(self.con.execute("SELECT count(*) FROM documents").fetchone()[0])  # type: ignore[index]

    def check(self) -> list[str]:
        """Consistency problems (empty list if none): every stored document's findings rows
        match its stored result."""
        problems = []
        rows = self.con.execute(
            "SELECT d.id, d.findings, coalesce(f.n, 0) FROM documents d LEFT JOIN "
            "(SELECT doc_id, count(*) AS n FROM findings GROUP BY doc_id) f ON f.doc_id = d.id"
        ).fetchall()
        for doc_id, expected, actual in rows:
            if expected != actual:
                problems.append(f"{doc_id}: {actual} Fundzeilen statt {expected}")
        orphans = self.con.execute(
            "SELECT count(*) FROM findings WHERE doc_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]  # type: ignore[index]
        if orphans:
            problems.append(f"{orphans} Fundzeilen ohne Dokument")
        return problems

    def export(self, fmt: str = "json", **filters: Any) -> str:
        """Stored analyses as JSON (list of records with summary and full result), JSON Lines
        (one record per line, re-importable as a corpus) or CSV (one row per document)."""
        records = self.records(**filters)
        meta = {r["id"]: r for r in self.list(**{k: v for k, v in filters.items()
                                                  if k != "ids"})}
        if fmt in ("json", "jsonl"):
            items = []
            for rec in records:
                m = meta.get(rec["id"], {})
                items.append({
                    **{k: rec.get(k) for k in _META_COLUMNS}, "text": rec["text"],
                    "content_hash": rec["hash"], "engine": m.get("engine"),
                    "added_at": m.get("added_at"), "updated_at": m.get("updated_at"),
                    "summary": rec["result"]["summary"], "result": rec["result"],
                    "mentions": rec["mentions"],
                })
            if fmt == "jsonl":
                return "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items)
            return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
        if fmt == "csv":
            buf = io.StringIO()
            cols = [*_META_COLUMNS, "words", "sentences", "findings", "score",
                    "findings_per_1000_words", "share_sentences_score_ge_50",
                    *CATEGORY_KEYS, "content_hash", "engine", "updated_at", "text"]
            w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
            w.writeheader()
            for rec in records:
                sm = rec["result"]["summary"]
                m = meta.get(rec["id"], {})
                row = {k: rec.get(k) for k in _META_COLUMNS}
                row.update({"words": sm["words"], "sentences": sm["sentences"],
                            "findings": sum(sm["by_category"].values()), "score": sm["score"],
                            "findings_per_1000_words": sm["findings_per_1000_words"],
                            "share_sentences_score_ge_50": sm["share_sentences_score_ge_50"],
                            "content_hash": rec["hash"], "engine": m.get("engine"),
                            "updated_at": m.get("updated_at"), "text": rec["text"]})
                row.update({k: sm["by_category"].get(k, 0) for k in CATEGORY_KEYS})
                w.writerow({k: csv_safe(v) for k, v in row.items()})
            return buf.getvalue()
        raise ArchiveError(f"Unbekanntes Exportformat „{fmt}“ (json, jsonl oder csv).")


def _row(cols: Sequence[str], values: Sequence[Any]) -> dict[str, Any]:
    out = {}
    for c, v in zip(cols, values, strict=True):
        if isinstance(v, datetime):
            v = v.isoformat(timespec="seconds")
        elif isinstance(v, date):
            v = v.isoformat()
        out[c] = v
    return out


def _connect_message(path: Path, exc: Exception) -> str:
    text = str(exc).replace("\n", " ")
    if "lock" in text.lower() or "conflicting" in text.lower():
        return (f"Archiv {path} ist gerade von einem anderen Prozess geöffnet (läuft noch ein "
                "Import?). Bitte später erneut versuchen.")
    if "not a valid" in text.lower() or "database file" in text.lower():
        return f"{path} ist keine gültige Archivdatei (DuckDB): {text}"
    return f"Archiv {path} kann nicht geöffnet werden: {text}"
