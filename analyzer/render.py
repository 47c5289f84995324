"""Render results for people: terminal text and (escaped) HTML highlights."""

from __future__ import annotations

from .results import DocumentResult

_ANSI = {"author": "\033[1;33m", "quote": "\033[2;36m"}
_RESET = "\033[0m"


def render_text(result: DocumentResult, *, color: bool = False) -> str:
    """Sentences with findings marked as [[…]] (or colored), each finding explained below."""
    lines: list[str] = []
    s = result.summary
    lines.append(f"Score {s.score:.0f}/100 · {s.sentences} Sätze · {s.words} Wörter · "
                 f"{s.findings_per_1000_words:.1f} Funde je 1.000 Wörter")
    for w in result.warnings:
        lines.append(f"Warnung: {w}")
    for sent in result.sentences:
        text = sent.text
        marked = []
        pos = sent.start
        for f in sorted(sent.findings, key=lambda f: f.start):
            if f.start < pos:  # overlapping finding: already inside a mark
                continue
            marked.append(text[pos - sent.start:f.start - sent.start])
            inner = text[f.start - sent.start:f.end - sent.start]
            marked.append(f"{_ANSI[f.voice]}{inner}{_RESET}" if color else f"[[{inner}]]")
            pos = f.end
        marked.append(text[pos - sent.start:])
        lines.append("")
        lines.append(f"[{sent.index + 1}] ({sent.score:.0f}) " + "".join(marked).replace("\n", " "))
        for f in sent.findings:
            voice = "Zitat" if f.voice == "quote" else "Autor"
            lines.append(f"    - {f.label} [{voice}, {f.weight:.2f}]: „{f.text}“ – {f.explanation}")
            if f.suggestion:
                lines.append(f"      Vorschlag: {f.suggestion}")
    return "\n".join(lines) + "\n"
