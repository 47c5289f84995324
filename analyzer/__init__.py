"""German editorial bias and tone analyzer.

    >>> from analyzer import analyze
    >>> result = analyze("Der selbst ernannte Präsident wetterte gegen die Presse.")
    >>> [f.category for f in result.findings]
    ['labeling', 'speech_verb']

Names are imported on first use (PEP 562), so ``import analyzer`` and ``python -m analyzer
--version`` do not pay for numpy, the lexicon loader or the pipeline until they are needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .version import __version__

if TYPE_CHECKING:  # the real imports, for type checkers and IDEs
    from .classifier import ClassifierError
    from .errors import InputError
    from .lexicon import Lexicon, LexiconError, default_lexicon, load_file
    from .pipeline import Analyzer, analyze, detect_language, explain
    from .results import DocumentResult, Finding, SentenceResult, Summary
    from .taxonomy import CATEGORIES, CATEGORY_KEYS, Category

_LAZY = {
    "ClassifierError": "classifier",
    "InputError": "errors",
    "Lexicon": "lexicon", "LexiconError": "lexicon", "default_lexicon": "lexicon",
    "load_file": "lexicon",
    "Analyzer": "pipeline", "analyze": "pipeline", "detect_language": "pipeline",
    "explain": "pipeline",
    "DocumentResult": "results", "Finding": "results", "SentenceResult": "results",
    "Summary": "results",
    "CATEGORIES": "taxonomy", "CATEGORY_KEYS": "taxonomy", "Category": "taxonomy",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'analyzer' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


__all__ = [
    "CATEGORIES",
    "CATEGORY_KEYS",
    "Analyzer",
    "Category",
    "ClassifierError",
    "DocumentResult",
    "Finding",
    "InputError",
    "Lexicon",
    "LexiconError",
    "SentenceResult",
    "Summary",
    "__version__",
    "analyze",
    "default_lexicon",
    "detect_language",
    "explain",
    "load_file",
]
