"""Lexicon growth for newsrooms: ``python -m analyzer lexicon suggest CORPUS``.

Runs the analysis over a corpus, keeps the words the learned word model rates evaluative in the
author's voice (findings ``model.<lemma>``; the model only fires where no lexicon entry or rule
covers the word), groups them by lemma and writes, per lemma, counts, up to three contexts and a
draft entry in the lexicon JSONL format. Why drafts and not entries: the model is right often
enough to point a desk at candidates, not often enough to decide for it — a person reviews the
explanation and suggestion before the entry goes into the house list ("Hauseigene Wortliste").
Every draft is validated with the lexicon loader before it is written, so the JSONL output can
be uploaded as is.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cli import CliError, Command, add_engine_options
from .corpus import CorpusError, load_corpus
from .errors import InputError
from .files import read_user_file
from .lexicon import LexiconError, id_slug, parse_lines
from .results import Finding
from .taxonomy import CATEGORIES

MODEL_PREFIXES = ("model.", "compound.")  # learned words and evaluative compounds
MAX_CONTEXTS = 3
CONTEXT_CHARS = 220  # a context longer than this is cut to a window around the word
DRAFT_MIN_WEIGHT = 0.3
DRAFT_MAX_WEIGHT = 0.6  # drafts stay below "severe" until an editor raises the weight
FALLBACK_CATEGORY = "loaded_language"
_PATTERN_FORBIDDEN = set("*=|?!@ ")


class SuggestError(ValueError):
    """The corpus cannot be read as a whole (one German line, shown as ``error:``)."""


@dataclass
class Candidate:
    """One lemma the model judged evaluative, with what a desk needs to review it."""

    lemma: str
    count: int = 0
    documents: set[str] = field(default_factory=set)
    forms: Counter[str] = field(default_factory=Counter)
    categories: Counter[str] = field(default_factory=Counter)
    suggestions: Counter[str] = field(default_factory=Counter)
    weights: list[float] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)

    @property
    def category(self) -> str:
        for key, _ in self.categories.most_common():
            if key in CATEGORIES and not CATEGORIES[key].rule_based:
                return key
        return FALLBACK_CATEGORY

    @property
    def form(self) -> str:
        """The most frequent surface form (what the editor saw in the text)."""
        return self.forms.most_common(1)[0][0]

    @property
    def weight(self) -> float:
        mean = sum(self.weights) / len(self.weights) if self.weights else DRAFT_MIN_WEIGHT
        return round(min(DRAFT_MAX_WEIGHT, max(DRAFT_MIN_WEIGHT, mean)), 2)


@dataclass
class Suggestions:
    """The result of one run: candidates (sorted), documents read, per-document problems."""

    candidates: list[Candidate]
    documents: int
    problems: list[str]
    source: str


# --- corpus input ---------------------------------------------------------------------------

def read_documents(path: str | Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(id, text) pairs from a folder of .txt files, one .txt file, or a .csv/.jsonl corpus.

    Returns the documents and a list of per-document problems (skipped, not fatal).
    """
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.rglob("*.txt") if f.is_file())
        if not files:
            raise SuggestError(f"{path}: keine .txt-Dateien im Ordner gefunden.")
        docs: list[tuple[str, str]] = []
        problems: list[str] = []
        for f in files:
            try:
                docs.append((str(f.relative_to(p)), _decode(read_user_file(f, SuggestError), f)))
            except SuggestError as exc:
                problems.append(f"{f.relative_to(p)}: {exc} – übersprungen")
        if not docs:
            raise SuggestError(f"{path}: keine der .txt-Dateien ist lesbar.")
        return docs, problems
    suffix = p.suffix.lower()
    if suffix in {".csv", ".jsonl", ".tsv"}:
        try:
            corpus = load_corpus(p)
        except CorpusError as exc:
            raise SuggestError(str(exc)) from None
        return ([(d.id, d.text) for d in corpus.documents],
                [str(i) for i in corpus.issues if i.skipped])
    if suffix in {".txt", ".md", ""} or p.is_file():
        return [(p.name, _decode(read_user_file(p, SuggestError, "Korpus"), p))], []
    raise SuggestError(f"Korpus nicht gefunden: {path}")


def _decode(data: bytes, where: Path) -> str:
    if b"\x00" in data[:8192]:
        raise SuggestError(f"{where} ist keine Textdatei (Binärdaten).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SuggestError(f"{where} ist kein gültiges UTF-8 (Byte {exc.start}).") from None


# --- collecting -------------------------------------------------------------------------------

def model_findings(findings: Iterable[Finding], *, voice: str = "author") -> list[Finding]:
    """The word model's findings in the given voice (the lexicon and rules have none of these)."""
    return [f for f in findings if f.id.startswith(MODEL_PREFIXES) and f.voice == voice]


def context_of(text: str, start: int, end: int, sent_start: int, sent_end: int) -> str:
    """The sentence around a finding, cut at word boundaries when it is long."""
    s = text[sent_start:sent_end].strip()
    if len(s) <= CONTEXT_CHARS:
        return " ".join(s.split())
    half = (CONTEXT_CHARS - (end - start)) // 2
    lo, hi = max(sent_start, start - half), min(sent_end, end + half)
    while lo > sent_start and not text[lo - 1].isspace():
        lo -= 1
    while hi < sent_end and not text[hi].isspace():
        hi += 1
    window = " ".join(text[lo:hi].split())
    return f"{'… ' if lo > sent_start else ''}{window}{' …' if hi < sent_end else ''}"


def collect(documents: Sequence[tuple[str, str]], engine: Any,
            problems: list[str] | None = None) -> dict[str, Candidate]:
    """Group the author-voice model findings of all documents by lemma."""
    found: dict[str, Candidate] = {}
    for doc_id, text in documents:
        if not text.strip():
            continue
        try:
            result = engine.analyze(text)
        except InputError as exc:
            if problems is not None:
                problems.append(f"{doc_id}: {exc} – übersprungen")
            continue
        for sent in result.sentences:
            for f in model_findings(sent.findings):
                lemma = f.id.split(".", 1)[1].lower()
                c = found.setdefault(lemma, Candidate(lemma))
                c.count += 1
                c.documents.add(doc_id)
                c.forms[f.text] += 1
                c.categories[f.category] += 1
                c.weights.append(f.base_weight)
                if f.suggestion:
                    c.suggestions[f.suggestion] += 1
                if len(c.contexts) < MAX_CONTEXTS:
                    ctx = context_of(text, f.start, f.end, sent.start, sent.end)
                    if ctx not in c.contexts:
                        c.contexts.append(ctx)
    return found


def rank(found: dict[str, Candidate], *, min_count: int = 2, top: int = 50) -> list[Candidate]:
    """Widest spread first (documents, then occurrences, then weight); at most ``top``.

    A word used across many articles is a house habit worth a rule; one repeated inside a single
    article (a film title, a quoted name) rarely is.
    """
    kept = [c for c in found.values() if c.count >= min_count]
    kept.sort(key=lambda c: (-len(c.documents), -c.count, -c.weight, c.lemma))
    return kept[:top] if top > 0 else kept


def suggest(path: str | Path, engine: Any, *, min_count: int = 2, top: int = 50) -> Suggestions:
    """Read the corpus, analyze it and rank the candidates."""
    documents, problems = read_documents(path)
    return suggest_documents(documents, engine, min_count=min_count, top=top,
                             problems=problems, source=str(path))


def suggest_documents(documents: Sequence[tuple[str, str]], engine: Any, *, min_count: int = 2,
                      top: int = 50, problems: list[str] | None = None,
                      source: str = "") -> Suggestions:
    """Analyze already read (id, text) documents and rank the candidates."""
    problems = [] if problems is None else problems
    found = collect(documents, engine, problems)
    return Suggestions(rank(found, min_count=min_count, top=top), len(documents), problems,
                       source)


# --- drafts -----------------------------------------------------------------------------------

def draft_id(candidate: Candidate, taken: set[str]) -> str:
    """``<category>.haus_<lemma>`` in the lexicon's id alphabet, unique within ``taken``."""
    base = f"{candidate.category}.haus_{id_slug(candidate.lemma)}"
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}_{n}", n + 1
    taken.add(ident)
    return ident


def draft_pattern(candidate: Candidate) -> str:
    """The lemma (finds all inflected forms) plus every surface form seen, as exact forms."""
    alts: list[str] = []
    if candidate.lemma and not _PATTERN_FORBIDDEN & set(candidate.lemma):
        alts.append(candidate.lemma)
    for form, _ in candidate.forms.most_common():
        low = form.lower()
        if low and low != candidate.lemma and not _PATTERN_FORBIDDEN & set(low) \
                and f"={low}" not in alts:
            alts.append(f"={low}")
    return "|".join(alts)


def draft_entry(candidate: Candidate, taken: set[str] | None = None,
                source: str = "") -> dict[str, Any]:
    """A lexicon entry draft (valid JSONL object) for a desk to review."""
    cat = CATEGORIES[candidate.category]
    docs = len(candidate.documents)
    where = f" im Korpus „{Path(source).name}“" if source else ""
    entry: dict[str, Any] = {
        "id": draft_id(candidate, set() if taken is None else taken),
        "category": candidate.category,
        "pattern": draft_pattern(candidate),
        "weight": candidate.weight,
        "explanation": (f"„{candidate.form}“ wirkt wertend ({cat.label}); vom Wortmodell "
                        f"vorgeschlagen ({candidate.count}× in {docs} "
                        f"{'Dokument' if docs == 1 else 'Dokumenten'}{where}) – Begründung "
                        "bitte prüfen und ergänzen."),
        "suggestion": (candidate.suggestions.most_common(1)[0][0] if candidate.suggestions
                       else None),
        "examples": list(candidate.contexts) or [candidate.form],
        "note": (f"Entwurf von „analyzer lexicon suggest“: {candidate.count} Treffer in "
                 f"{docs} {'Dokument' if docs == 1 else 'Dokumenten'}; Formen: "
                 f"{', '.join(f for f, _ in candidate.forms.most_common(5))}"),
    }
    return entry


def drafts(suggestions: Suggestions) -> list[dict[str, Any]]:
    """Draft entries for all candidates; each one is checked with the lexicon loader."""
    taken: set[str] = set()
    out = []
    for c in suggestions.candidates:
        entry = draft_entry(c, taken, suggestions.source)
        line = json.dumps(entry, ensure_ascii=False)
        try:
            parse_lines([line], "draft")
        except LexiconError:  # pragma: no cover - draft_pattern only builds valid patterns
            continue
        out.append(entry)
    return out


def render_jsonl(suggestions: Suggestions) -> str:
    """Only valid entries, one per line: loads with ``load_file`` and on the page's upload."""
    return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in drafts(suggestions))


def render_text(suggestions: Suggestions, min_count: int) -> str:
    """A review list for the desk: counts, contexts and the draft entry per lemma."""
    cands = suggestions.candidates
    lines = [f"Vorschläge für die Wortliste aus {suggestions.documents} Dokument(en) "
             f"({suggestions.source}): {len(cands)} Wort/Wörter mit mindestens {min_count} "
             "Treffer(n), die keine Wortlisten-Regel abdeckt.", ""]
    entries = {e["pattern"]: e for e in drafts(suggestions)}
    for c in cands:
        label = CATEGORIES[c.category].label
        forms = ", ".join(f"{f} ({n})" for f, n in c.forms.most_common(4))
        lines.append(f"{c.count:>4}×  {c.lemma}  [{label}; {len(c.documents)} Dokument(e); "
                     f"Gewicht {c.weight:.2f}]  Formen: {forms}")
        for ctx in c.contexts:
            lines.append(f"        „{ctx}“")
        entry = entries.get(draft_pattern(c))
        if entry is not None:
            lines.append(f"        Entwurf: {json.dumps(entry, ensure_ascii=False)}")
        lines.append("")
    if not cands:
        lines.append("Keine Kandidaten – mit --min-count 1 werden auch Einzelfunde gelistet.")
    return "\n".join(lines).rstrip() + "\n"


# --- command line (registered in cli.py; thin: parse, call, print) ----------------------------

def _configure(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="lexicon_command", required=True, parser_class=type(p))
    s = sub.add_parser("suggest", help="words the word model rates evaluative that no entry "
                                       "covers, with counts, contexts and draft entries")
    s.add_argument("corpus", help="folder of .txt files, a .txt file, or a .csv/.jsonl corpus "
                                  "(fields id, outlet, text)")
    s.add_argument("--min-count", type=int, default=2, metavar="N",
                   help="list words found at least N times (default 2)")
    s.add_argument("--top", type=int, default=50, metavar="K",
                   help="list at most K words, most frequent first (default 50; 0 = all)")
    s.add_argument("--format", choices=("text", "jsonl"), default="text",
                   help="text: review list; jsonl: only the draft entries (upload as "
                        "'Hauseigene Wortliste')")
    add_engine_options(s)


def _run(args: argparse.Namespace) -> int:
    from .pipeline import Analyzer

    if args.min_count < 1:
        raise CliError("--min-count muss mindestens 1 sein.")
    if args.top < 0:
        raise CliError("--top darf nicht negativ sein.")
    if args.max_chars <= 0:
        raise CliError("--max-chars muss eine positive Zahl sein.")
    try:
        documents, problems = read_documents(args.corpus)
    except SuggestError as exc:
        raise CliError(str(exc)) from None
    # no sentence classifier: only the findings matter here, and corpora are large; no
    # calibration: a desk reviews candidates by the model's own rating, including the words
    # the calibration floor would hide from an editor
    try:
        engine = Analyzer(extra_lexicons=tuple(args.lexicon), disable=sorted(set(args.disable)),
                          max_chars=args.max_chars, classifier=None, calibrate=False)
    except LexiconError as exc:
        raise CliError(str(exc)) from None
    if getattr(engine, "word_model", None) is None:
        raise CliError("lexicon suggest braucht das Wortmodell; es ist nicht geladen (oder mit "
                       "--disable model abgeschaltet).")
    result = suggest_documents(documents, engine, min_count=args.min_count, top=args.top,
                               problems=problems, source=args.corpus)
    for problem in result.problems[:50]:
        print(f"warning: {problem}", file=sys.stderr)
    if args.format == "jsonl":
        sys.stdout.write(render_jsonl(result))
        if not result.candidates:
            print("warning: keine Kandidaten (mit --min-count 1 auch Einzelfunde)",
                  file=sys.stderr)
    else:
        sys.stdout.write(render_text(result, args.min_count))
    return 0


COMMANDS = [Command("lexicon", "lexicon tools: 'lexicon suggest CORPUS' drafts entries for the "
                               "house word list", _configure, _run)]
