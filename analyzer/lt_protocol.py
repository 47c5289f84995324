"""LanguageTool's HTTP protocol (``/v2/check``, ``/v2/languages``) mapped onto our findings.

Kept free of any web framework so the mapping is testable on its own: the server only parses the
form and calls :func:`check`. What LanguageTool clients rely on, and what this module reproduces:

- ``offset``/``length`` and ``context.offset`` count UTF-16 code units (Java ``String`` indices),
  so an emoji before a finding counts two, not one;
- ``data`` (annotated text) is a list of ``text`` and ``markup`` parts; only the text (plus each
  markup's ``interpretAs``) is analyzed, and offsets point into the original *including* markup;
- ``enabledOnly=true`` needs enabled rules or categories and forbids disabled ones;
- errors are HTTP 400 with a plain ``Error: …`` line (:class:`ProtocolError`).
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .results import DocumentResult, Finding
from .taxonomy import CATEGORIES
from .version import __version__

# What /v2/languages lists and /v2/check accepts. The engine is one German model; the regional
# variants are accepted because editors' tools send their locale (LTeX: "de-DE", add-on: "auto").
LANGUAGES: tuple[dict[str, str], ...] = (
    {"name": "German", "code": "de", "longCode": "de"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
    {"name": "German (Austria)", "code": "de", "longCode": "de-AT"},
    {"name": "German (Swiss)", "code": "de", "longCode": "de-CH"},
)
_BY_CODE = {lang["longCode"].lower(): lang for lang in LANGUAGES}
AUTO = "auto"
CONTEXT_CHARS = 40  # LanguageTool's server default context size on each side
ISSUE_TYPE = "style"
SOFTWARE_NAME = "Tonlage"
QUOTE_PREFIX = "Im Zitat / in indirekter Rede (Wertung der Quelle): "
TRUE_VALUES = frozenset({"true", "1", "yes", "on"})
# Suggestions that start with a quoted alternative („kritisierte“ oder neutral einleiten: „sagte“)
# name concrete replacements: the quoted terms before the first ";" or "(" become LanguageTool
# replacements. Every other suggestion is an instruction ("den Beleg nennen") and goes into the
# message only, so a click in the editor never pastes an instruction into the text.
_MAX_REPLACEMENTS = 5
# The pipeline's own note on quoted findings; the message says it up front instead.
_PIPELINE_QUOTE_NOTE = " Steht im Zitat bzw. in indirekter Rede – Wertung der Quelle."
_QUOTED = re.compile(r"„([^“]+)“")


class ProtocolError(ValueError):
    """A request LanguageTool would reject: HTTP ``status`` with a plain ``Error: …`` body."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


# --- UTF-16 offsets ---------------------------------------------------------------------------

class Utf16Index:
    """Python ``str`` index → UTF-16 code-unit index for one text (astral chars count two)."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, index: int) -> int:
        return index + bisect.bisect_left(self._astral, index)


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (what Java's ``String.length()`` returns)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


# --- annotated text ---------------------------------------------------------------------------

@dataclass(frozen=True)
class AnnotatedText:
    """The plain text to analyze and where each of its characters sits in the original."""

    plain: str
    original: str
    # Segments (plain_start, original_start, length, is_text), sorted by plain_start.
    segments: tuple[tuple[int, int, int, bool], ...] = field(default=())

    @classmethod
    def from_text(cls, text: str) -> AnnotatedText:
        return cls(text, text, ((0, 0, len(text), True),))

    def original_start(self, pos: int) -> int:
        """Original index of the plain character at ``pos`` (markup maps to its own start)."""
        seg = self._segment(pos)
        if seg is None:
            return len(self.original)
        p0, o0, _n, is_text = seg
        return o0 + (pos - p0) if is_text else o0

    def original_end(self, end: int) -> int:
        """Original index just after the plain character at ``end - 1``."""
        if end <= 0:
            return 0
        seg = self._segment(end - 1)
        if seg is None:
            return len(self.original)
        p0, o0, _n, is_text = seg
        if is_text:
            return o0 + (end - p0)
        return o0 + self._markup_len(seg)

    def _markup_len(self, seg: tuple[int, int, int, bool]) -> int:
        i = self.segments.index(seg)
        nxt = self.segments[i + 1][1] if i + 1 < len(self.segments) else len(self.original)
        return nxt - seg[1]

    @cached_property
    def _nonempty(self) -> tuple[list[int], list[tuple[int, int, int, bool]]]:
        segs = [s for s in self.segments if s[2] > 0]
        return [s[0] for s in segs], segs

    def _segment(self, pos: int) -> tuple[int, int, int, bool] | None:
        starts, segs = self._nonempty
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or pos >= segs[i][0] + segs[i][2]:
            return None
        return segs[i]


def parse_annotated(data: str) -> AnnotatedText:
    """LanguageTool's ``data`` parameter: ``{"annotation": [{"text": …} | {"markup": …,
    "interpretAs": …}]}``. Markup is not analyzed; ``interpretAs`` (e.g. ``"\\n\\n"`` for
    ``<p>``) stands in for it in the analyzed text."""
    try:
        obj = json.loads(data)
    except (json.JSONDecodeError, RecursionError):
        raise ProtocolError("Could not parse JSON from 'data' parameter") from None
    parts = obj.get("annotation") if isinstance(obj, dict) else None
    if not isinstance(parts, list):
        raise ProtocolError("'data' needs an 'annotation' array")
    plain: list[str] = []
    original: list[str] = []
    segments: list[tuple[int, int, int, bool]] = []
    p = o = 0
    for part in parts:
        if not isinstance(part, dict):
            raise ProtocolError("Every entry of 'annotation' must be an object")
        text, markup = part.get("text"), part.get("markup")
        if isinstance(text, str) and markup is None:
            segments.append((p, o, len(text), True))
            plain.append(text)
            original.append(text)
            p += len(text)
            o += len(text)
        elif isinstance(markup, str) and text is None:
            interpret = part.get("interpretAs", "")
            if not isinstance(interpret, str):
                raise ProtocolError("'interpretAs' must be a string")
            segments.append((p, o, len(interpret), False))
            plain.append(interpret)
            original.append(markup)
            p += len(interpret)
            o += len(markup)
        else:
            raise ProtocolError("Every annotation entry needs either 'text' or 'markup' "
                                f"(got: {sorted(part)})")
    return AnnotatedText("".join(plain), "".join(original), tuple(segments))


# --- request options ----------------------------------------------------------------------------

def split_list(value: str | None) -> frozenset[str]:
    """LanguageTool's comma-separated rule/category lists."""
    return frozenset(v.strip() for v in (value or "").split(",") if v.strip())


@dataclass(frozen=True)
class RuleFilter:
    """LanguageTool's rule selection. All our rules are on by default, so ``enabledRules`` and
    ``enabledCategories`` only matter with ``enabledOnly=true``."""

    enabled_rules: frozenset[str] = frozenset()
    disabled_rules: frozenset[str] = frozenset()
    enabled_categories: frozenset[str] = frozenset()
    disabled_categories: frozenset[str] = frozenset()
    enabled_only: bool = False

    @classmethod
    def from_form(cls, form: Mapping[str, str]) -> RuleFilter:
        flt = cls(split_list(form.get("enabledRules")), split_list(form.get("disabledRules")),
                  split_list(form.get("enabledCategories")),
                  split_list(form.get("disabledCategories")),
                  (form.get("enabledOnly") or "").strip().lower() in TRUE_VALUES)
        if flt.enabled_only and not (flt.enabled_rules or flt.enabled_categories):
            raise ProtocolError("You must specify enabled rules or categories when using "
                                "enabledOnly=true")
        if flt.enabled_only and (flt.disabled_rules or flt.disabled_categories):
            raise ProtocolError("You cannot specify disabled rules or categories using "
                                "enabledOnly=true")
        return flt

    def engine_disable(self) -> tuple[str, ...]:
        """Ids and categories the engine should not run (so other entries can still match)."""
        return tuple(sorted(self.disabled_rules | self.disabled_categories))

    def allows(self, f: Finding) -> bool:
        if f.id in self.disabled_rules or f.category in self.disabled_categories:
            return False
        if self.enabled_only:
            return f.id in self.enabled_rules or f.category in self.enabled_categories
        return True


def resolve_language(code: str | None) -> dict[str, str] | None:
    """The language entry for ``code``; None for ``auto``. Unknown codes are a 400."""
    if code is None or not code.strip():
        raise ProtocolError("Missing 'language' parameter, e.g. language=de-DE or "
                            "language=auto")
    code = code.strip()
    if code.lower() == AUTO:
        return None
    lang = _BY_CODE.get(code.lower().replace("_", "-"))
    if lang is None:
        supported = ", ".join([AUTO, *(lang["longCode"] for lang in LANGUAGES)])
        raise ProtocolError(f"'{code}' is not a language code known to this server (Tonlage "
                            f"checks German only). Supported language codes are: {supported}")
    return lang


# --- the response -------------------------------------------------------------------------------

def replacements(suggestion: str | None, matched: str = "") -> list[dict[str, str]]:
    """Concrete alternatives named at the start of a suggestion („Regierung“ oder „Führung“
    schreiben); never the matched words themselves, never a phrase with a gap (…)."""
    if not suggestion or not suggestion.startswith("„"):
        return []
    head = re.split(r"[;(]", suggestion, maxsplit=1)[0]
    out: list[dict[str, str]] = []
    for term in _QUOTED.findall(head):
        term = term.strip()
        if not term or "…" in term or "..." in term or term.lower() == matched.lower().strip():
            continue
        if {"value": term} not in out:
            out.append({"value": term})
    return out[:_MAX_REPLACEMENTS]


def message(f: Finding) -> str:
    """The German explanation; quoted voice is said first, the suggestion follows."""
    text = f.explanation
    if f.voice == "quote":
        text = QUOTE_PREFIX + text.replace(_PIPELINE_QUOTE_NOTE, "")
    if f.suggestion:
        text = f"{text} Vorschlag: {f.suggestion}"
    return text


def short_message(f: Finding) -> str:
    return f"{f.label} (Zitat)" if f.voice == "quote" else f.label


def _context(original: str, start: int, end: int) -> dict[str, int | str]:
    """LanguageTool's context: up to 40 characters either side, ``...`` where cut, line breaks
    and tabs as spaces; offset and length in UTF-16 units of the context text."""
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(original), end + CONTEXT_CHARS)
    prefix = "..." if lo > 0 else ""
    suffix = "..." if hi < len(original) else ""
    body = original[lo:hi]
    for ch in "\r\n\t":
        body = body.replace(ch, " ")
    text = prefix + body + suffix
    return {"text": text, "offset": utf16_len(prefix + original[lo:start]),
            "length": utf16_len(original[start:end])}


def match(f: Finding, sentence: str, doc: AnnotatedText, u16: Utf16Index) -> dict[str, Any]:
    """One LanguageTool match for a finding (offsets into the original, in UTF-16 units)."""
    start, end = doc.original_start(f.start), doc.original_end(f.end)
    cat = CATEGORIES.get(f.category)
    return {
        "message": message(f),
        "shortMessage": short_message(f),
        "replacements": replacements(f.suggestion, f.text),
        "offset": u16(start),
        "length": u16(end) - u16(start),
        "context": _context(doc.original, start, end),
        "sentence": sentence,
        "type": {"typeName": "Hint"},
        "rule": {
            "id": f.id,
            "description": cat.description if cat else f.label,
            "issueType": ISSUE_TYPE,
            "category": {"id": f.category, "name": cat.label if cat else f.label},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def response(result: DocumentResult | None, doc: AnnotatedText, language: dict[str, str],
             detected: tuple[str, float], flt: RuleFilter) -> dict[str, Any]:
    """The whole ``/v2/check`` answer; ``result`` None means nothing was analyzed (e.g. text
    in another language with ``language=auto``)."""
    u16 = Utf16Index(doc.original)
    matches: list[dict[str, Any]] = []
    ranges: list[list[int]] = []
    if result is not None:
        for sent in result.sentences:
            a, b = doc.original_start(sent.start), doc.original_end(sent.end)
            ranges.append([u16(a), u16(b) - u16(a)])
            matches.extend(match(f, sent.text.strip(), doc, u16)
                           for f in sent.findings if flt.allows(f))
    code, confidence = detected
    det = _BY_CODE.get(code.lower()) if code else None
    return {
        "software": {"name": SOFTWARE_NAME, "version": __version__, "buildDate": None,
                     "apiVersion": 1, "premium": False, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {
            "name": language["name"], "code": language["longCode"],
            "detectedLanguage": {"name": det["name"] if det else code, "code": code,
                                 "confidence": round(confidence, 3), "source": "py3langid"},
        },
        "matches": matches,
        "sentenceRanges": ranges,
    }


def languages() -> list[dict[str, str]]:
    """The ``/v2/languages`` answer."""
    return [dict(lang) for lang in LANGUAGES]

