"""German editorial bias and tone analyzer.

    >>> from analyzer import analyze
    >>> result = analyze("Der selbst ernannte Präsident wetterte gegen die Presse.")
    >>> [f.category for f in result.findings]
    ['labeling', 'speech_verb']
"""

from .classifier import ClassifierError
from .errors import InputError
from .lexicon import Lexicon, LexiconError, default_lexicon, load_file
from .pipeline import Analyzer, analyze, detect_language, explain
from .results import DocumentResult, Finding, SentenceResult, Summary
from .taxonomy import CATEGORIES, CATEGORY_KEYS, Category
from .version import __version__

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
