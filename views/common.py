"""Helpers shared by the Streamlit pages: cached engine and results, sample text, uploads.

Pages gather input and render; the analysis itself lives in ``analyzer``. Nothing here raises
into Streamlit for user mistakes: readers raise :class:`UploadError` with a German message.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

import streamlit as st

from analyzer import DocumentResult, LexiconError, load_file
from analyzer.pipeline import get_analyzer

log = logging.getLogger(__name__)
REPO_ROOT = Path(__file__).resolve().parents[1]
PAGE_MAX_CHARS = 200_000  # the page's limit (the engine allows 1,000,000 for batch use)
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
SAMPLE_NAME = "seed_article_de.txt"

# Used only when the seed article is not available (it is read at run time, see sample_text).
FALLBACK_SAMPLE = (
    "Der selbst ernannte Reformer hat gestern sein „Konzept“ für die Stadtwerke vorgestellt. "
    "Leider bleibt das Papier äußerst vage. Experten meinen, die Pläne seien völlig "
    "unrealistisch. Bürgermeisterin Anna Weber sagte: „Wir prüfen den Vorschlag in aller Ruhe "
    "und entscheiden im Herbst.“ Offensichtlich geht es dem Stadtrat vor allem um die nächste "
    "Wahl. Wer soll das bezahlen?\n"
)


def format_int(n: int) -> str:
    """German thousands separator: 200000 → '200.000'."""
    return f"{n:,}".replace(",", ".")


def sample_paths() -> list[Path]:
    """Where the sample article is looked up, in order: the repo's ``examples/``, then
    ``$TONLAGE_SHARED/examples`` and ``../shared/examples`` (the project's shared material)."""
    paths = [REPO_ROOT / "examples" / SAMPLE_NAME]
    shared = os.environ.get("TONLAGE_SHARED")
    if shared:
        paths.append(Path(shared) / "examples" / SAMPLE_NAME)
    paths.append(REPO_ROOT.parent / "shared" / "examples" / SAMPLE_NAME)
    return paths


def sample_text() -> str:
    """The seed article if it can be found, otherwise a short built-in sample."""
    for path in sample_paths():
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
    return FALLBACK_SAMPLE


class UploadError(ValueError):
    """An uploaded file cannot be used; ``message`` is a German hint for the editor."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def read_upload(name: str, data: bytes, *, max_chars: int = PAGE_MAX_CHARS) -> str:
    """Text of an uploaded ``.txt``, ``.md`` or ``.docx`` file, or :class:`UploadError`."""
    suffix = Path(name).suffix.lower()
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadError(f"„{name}“ ist größer als {MAX_UPLOAD_BYTES // (1024 * 1024)} MB – "
                          "bitte den Text direkt einfügen oder die Datei kürzen.")
    if suffix == ".docx":
        text = _read_docx(name, data)
    elif suffix in {".txt", ".md", ".markdown", ""}:
        text = _read_plain(name, data)
    else:
        raise UploadError(f"„{name}“: Dateityp {suffix} wird nicht unterstützt – bitte .txt, .md "
                          "oder .docx hochladen.")
    if len(text) > max_chars:
        raise UploadError(f"„{name}“ enthält {format_int(len(text))} Zeichen; auf dieser Seite "
                          f"sind höchstens {format_int(max_chars)} möglich. Bitte kürzen oder "
                          "in Teilen prüfen.")
    return text


def _read_plain(name: str, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise UploadError(f"„{name}“ ist keine Textdatei (Binärdaten). Bitte eine .txt-, .md- "
                          "oder .docx-Datei hochladen.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UploadError(f"„{name}“ ist nicht UTF-8-kodiert (ungültiges Byte an Position "
                          f"{exc.start}). Bitte im Editor als „UTF-8“ speichern und erneut "
                          "hochladen – oder den Text direkt einfügen.") from None


def _read_docx(name: str, data: bytes) -> str:
    try:
        import docx  # python-docx

        document = docx.Document(io.BytesIO(data))
        paragraphs = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                paragraphs.extend(cell.text for cell in row.cells)
    except Exception:  # a damaged or fake .docx can fail in many ways inside python-docx
        raise UploadError(f"„{name}“ lässt sich nicht als Word-Dokument (.docx) lesen. Ist die "
                          "Datei beschädigt oder ein altes .doc? Bitte als .docx oder .txt "
                          "speichern – oder den Text direkt einfügen.") from None
    return "\n\n".join(p for p in paragraphs if p.strip())


def save_newsroom_lexicon(name: str, data: bytes) -> tuple[str, int]:
    """Validate an uploaded newsroom lexicon and keep it in a temp file named by its content
    hash (so cached engines stay valid). Returns (path, number of entries); raises
    :class:`LexiconError` whose message names the uploaded file, not the temp path."""
    digest = hashlib.sha256(data).hexdigest()[:24]
    folder = Path(tempfile.gettempdir()) / "tonlage-newsroom-lexicons"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{digest}.jsonl"
    if not path.exists():
        tmp = folder / f"{digest}.{os.getpid()}.part"
        tmp.write_bytes(data)
        os.replace(tmp, path)
    try:
        lexicon = load_file(path)
    except LexiconError as exc:
        raise LexiconError(str(exc).replace(str(path), name)) from None
    if len(lexicon) == 0:
        raise LexiconError(f"{name}: die Datei enthält keine Einträge (eine JSON-Zeile pro "
                           "Eintrag, siehe README „Lexicon format“).")
    return str(path), len(lexicon)


@st.cache_resource(max_entries=32, show_spinner=False)
def engine(lexicons: tuple[str, ...] = (), disable: tuple[str, ...] = (),
           max_chars: int = PAGE_MAX_CHARS,
           classifier: str | None = "default"):  # type: ignore[no-untyped-def]
    """One shared, immutable engine per configuration (all sessions and threads use it)."""
    return get_analyzer(lexicons, disable, max_chars, classifier)


@st.cache_data(max_entries=64, show_spinner=False)
def analyze_cached(text: str, lexicons: tuple[str, ...] = (), disable: tuple[str, ...] = (),
                   max_chars: int = PAGE_MAX_CHARS,
                   classifier: str | None = "default") -> DocumentResult:
    """Result per text + options; raises ``InputError``/``LexiconError`` (not cached)."""
    return engine(lexicons, tuple(sorted(set(disable))), max_chars, classifier).analyze(text)


# Sentence model choices on the page: label → analyze(classifier=…); "auto" picks by length
CLASSIFIER_CHOICES = {"automatisch": "auto", "genau": "default", "schnell": "fast",
                      "aus (nur Wortlisten und Regeln)": None}
# The accurate model costs ~30 ms per sentence on one core: up to this many words the page uses
# it, above it the fast model, so a 1,000-word draft still renders in well under a second.
AUTO_DEFAULT_MAX_WORDS = 400


def resolve_classifier(choice: str | None, text: str) -> str | None:
    """The model for this text: "auto" → "default" for short drafts, "fast" for long ones."""
    if choice != "auto":
        return choice
    return "default" if len(text.split()) <= AUTO_DEFAULT_MAX_WORDS else "fast"


def analyze_options(lexicons: Sequence[str], disable: Sequence[str],
                    classifier: str | None = "default") -> dict:
    """Normalized keyword arguments for :func:`analyze_cached`."""
    return {"lexicons": tuple(lexicons), "disable": tuple(sorted(set(disable))),
            "max_chars": PAGE_MAX_CHARS, "classifier": classifier}


_WARM_UP_TEXT = ("Der Bürgermeister sagte am Montag, die Sanierung der Brücke beginne im Mai. "
                 "Leider ist der Plan ziemlich teuer.")


@st.cache_resource(show_spinner=False)
def start_warm_up() -> threading.Thread:
    """Once per server process: build the default engine and run one tiny analysis in the
    background, so the first editor does not wait for lexicons, lemmatizer and polarity data."""
    def work() -> None:
        try:
            for model in ("default", "fast"):  # both models "automatisch" may pick
                get_analyzer((), (), PAGE_MAX_CHARS, model).analyze(_WARM_UP_TEXT)
        except Exception:  # a broken lexicon is reported on the page, not here
            log.exception("warm-up failed")

    thread = threading.Thread(target=work, name="tonlage-warm-up", daemon=True)
    thread.start()
    return thread
