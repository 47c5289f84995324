"""Helpers shared by the Streamlit pages: cached engine and results, sample text, uploads.

Pages gather input and render; the analysis itself lives in ``analyzer``. Nothing here raises
into Streamlit for user mistakes: readers raise :class:`UploadError` with a German message.
"""

from __future__ import annotations

import hashlib
import io
import json
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


def de_num(x: float | None, digits: int = 1) -> str:
    """German number format for tables and labels: 1234.5 → '1.234,5'; None → '–'."""
    if x is None:
        return "–"
    return f"{x:,.{digits}f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def de_pct(x: float | None, digits: int = 0) -> str:
    """A share 0–1 as German percent: 0.125 → '12,5 %' (digits=1); None → '–'."""
    return "–" if x is None else f"{de_num(100 * x, digits)} %"


def de_range(ci: Sequence[float] | None, digits: int = 1) -> str:
    """An interval: [1.5, 3.25] → '1,5 – 3,3'; missing → '–'."""
    return "–" if not ci else f"{de_num(ci[0], digits)} – {de_num(ci[1], digits)}"


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


CP1252_NOTICE = ("„{name}“ war nicht UTF-8-kodiert und wurde als Windows-1252 (Westeuropäisch) "
                 "gelesen. Bitte Umlaute und Sonderzeichen kurz prüfen.")


def read_upload(name: str, data: bytes, *, max_chars: int = PAGE_MAX_CHARS) -> str:
    """Text of an uploaded ``.txt``, ``.md`` or ``.docx`` file, or :class:`UploadError`."""
    return read_upload_with_notice(name, data, max_chars=max_chars)[0]


def read_upload_with_notice(name: str, data: bytes, *, max_chars: int = PAGE_MAX_CHARS
                            ) -> tuple[str, str | None]:
    """(text, German notice or None): a Windows-1252 ``.txt`` (Word's "Nur Text" on Windows)
    is decoded with a notice instead of rejected."""
    suffix = Path(name).suffix.lower()
    notice = None
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadError(f"„{name}“ ist größer als {MAX_UPLOAD_BYTES // (1024 * 1024)} MB – "
                          "bitte den Text direkt einfügen oder die Datei kürzen.")
    if suffix == ".docx":
        text = _read_docx(name, data)
    elif suffix in {".txt", ".md", ".markdown", ""}:
        text, notice = _read_plain(name, data)
    else:
        raise UploadError(f"„{name}“: Dateityp {suffix} wird nicht unterstützt – bitte .txt, .md "
                          "oder .docx hochladen.")
    if len(text) > max_chars:
        raise UploadError(f"„{name}“ enthält {format_int(len(text))} Zeichen; auf dieser Seite "
                          f"sind höchstens {format_int(max_chars)} möglich. Bitte kürzen oder "
                          "in Teilen prüfen.")
    return text, notice


def _read_plain(name: str, data: bytes) -> tuple[str, str | None]:
    if b"\x00" in data[:8192]:
        raise UploadError(f"„{name}“ ist keine Textdatei (Binärdaten). Bitte eine .txt-, .md- "
                          "oder .docx-Datei hochladen.")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        position = exc.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # bytes Windows-1252 leaves undefined: not a Western text
        raise UploadError(f"„{name}“ ist weder UTF-8 noch Windows-1252 (ungültiges Byte an "
                          f"Position {position}). Bitte im Editor als „UTF-8“ speichern und "
                          "erneut hochladen – oder den Text direkt einfügen.") from None
    return text, CP1252_NOTICE.format(name=name)


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


HOUSE_LEXICON_NAME = "hauswortliste.jsonl"


def house_lexicon_path() -> Path:
    """Where the newsroom's word list is kept between sessions: ``$TONLAGE_HOUSE_LEXICON``,
    else ``$TONLAGE_CACHE/hauswortliste.jsonl``, else ``~/.cache/tonlage/hauswortliste.jsonl``.
    Local only; it never leaves the machine."""
    explicit = os.environ.get("TONLAGE_HOUSE_LEXICON")
    if explicit:
        return Path(explicit)
    base = os.environ.get("TONLAGE_CACHE") or Path.home() / ".cache" / "tonlage"
    return Path(base) / HOUSE_LEXICON_NAME


def keep_house_lexicon(name: str, data: bytes) -> tuple[str, int]:
    """Validate an uploaded word list and keep it for later sessions. Returns (path of the
    validated copy, entries); raises :class:`LexiconError` (naming the upload) and keeps the
    previous list when the new one is invalid."""
    path, n = save_newsroom_lexicon(name, data)
    target = house_lexicon_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    tmp.write_bytes(data)
    os.replace(tmp, target)
    target.with_suffix(".name").write_text(name, encoding="utf-8")
    return path, n


def stored_house_lexicon() -> tuple[str, str, int] | None:
    """The kept word list, validated on load: (path, original file name, entries), or None.
    An unreadable or invalid file raises :class:`LexiconError` with a German message."""
    target = house_lexicon_path()
    if not target.exists():
        return None
    try:
        data = target.read_bytes()
        name = (target.with_suffix(".name").read_text(encoding="utf-8").strip()
                if target.with_suffix(".name").exists() else target.name)
    except OSError as exc:
        raise LexiconError(f"Die gespeicherte Wortliste ist nicht lesbar ({exc.strerror}).") from None
    path, n = save_newsroom_lexicon(name, data)
    return path, name, n


def forget_house_lexicon() -> None:
    """Remove the kept word list (the shipped lexicons stay)."""
    for p in (house_lexicon_path(), house_lexicon_path().with_suffix(".name")):
        p.unlink(missing_ok=True)


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


@st.cache_data(max_entries=64, show_spinner=False)
def findings_cached(text: str, lexicons: tuple[str, ...] = (), disable: tuple[str, ...] = (),
                    max_chars: int = PAGE_MAX_CHARS,
                    classifier: str | None = "default") -> DocumentResult:
    """The lexicon and rule pass only (no sentence model): the marks for the editor, ready
    before the accurate model has scored the sentences. Findings equal ``analyze_cached``'s."""
    return engine(lexicons, tuple(sorted(set(disable))), max_chars, classifier).analyze(
        text, subjectivity=False)


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


@st.cache_data(max_entries=256, show_spinner=False)
def explain_cached(sentence: str, classifier: str, top: int = 5) -> list[tuple[str, float]]:
    """The classifier's strongest words for one sentence, computed once per sentence and model
    (it re-runs the model once per word, so it is only called when the editor asks)."""
    import analyzer

    return [(str(n), float(w)) for n, w in analyzer.explain(sentence, classifier=classifier, top=top)]


# Streamlit's own English texts (there is no locale setting): replaced in the page by a fixed
# script (no user data in it) that watches the DOM, so screen readers get German too.
UI_TRANSLATIONS: list[tuple[str, str]] = [
    (r"^Skip to main content$", "Zum Inhalt springen"),
    (r"^(Browse files|Upload)$", "Datei wählen"),
    (r"^Drag and drop (a )?files? here$", "Datei hierher ziehen"),
    (r"^Limit (\d+)\s?MB per file(.*)$", "höchstens $1 MB je Datei$2"),
    (r"^(\d+)\s?MB per file(.*)$", "höchstens $1 MB je Datei$2"),
    (r"^Press (Enter|⌘\+Enter|Ctrl\+Enter) to apply$", "Übernehmen mit $1"),
    (r"^Running\.\.\.$", "Wird berechnet …"),
    (r"^Stop$", "Anhalten"),
]


def german_ui_script() -> str:
    """A <script> for st.html(unsafe_allow_javascript=True) that translates UI_TRANSLATIONS."""
    rules = ",".join(f"[new RegExp({json.dumps(p)}), {json.dumps(r)}]" for p, r in UI_TRANSLATIONS)
    return f"""<script>
(() => {{
  if (window.__tonlageGerman) return;
  window.__tonlageGerman = true;
  const rules = [{rules}];
  const fix = (node) => {{
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {{
      const v = t.nodeValue.trim();
      if (!v || v.length > 80) continue;
      for (const [re, to] of rules) if (re.test(v)) {{ t.nodeValue = v.replace(re, to); break; }}
    }}
  }};
  fix(document.body);
  new MutationObserver((muts) => {{
    for (const m of muts) {{
      if (m.type === "characterData") fix(m.target.parentNode || document.body);
      for (const n of m.addedNodes) fix(n.nodeType === 3 ? n.parentNode : n);
    }}
  }}).observe(document.body, {{ childList: true, subtree: true, characterData: true }});
}})();
</script>"""


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
