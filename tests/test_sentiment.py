"""Tests for analyzer.sentiment: real German sentences, checked against textblob-de itself."""

from __future__ import annotations

import csv
from concurrent.futures import ThreadPoolExecutor

import pytest
import simplemma
import spacy

from analyzer.sentiment import PolarityScorer, PolarTerm, default_scorer

from .conftest import SEED_PATH as SEED_ARTICLE
from .conftest import SHARED, SHARED_HINT

CHECKTHAT_TRAIN = SHARED / "data" / "checkthat_de" / "train.tsv"


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    """The same tokenizer the engine uses (the project's text module is not ready yet)."""
    pipeline = spacy.blank("de")
    pipeline.add_pipe("sentencizer")
    return pipeline


def toks(nlp: spacy.language.Language, sentence: str) -> list[str]:
    return [t.text for t in nlp.make_doc(sentence)]


@pytest.fixture(scope="module")
def textblob_polarity():
    """textblob-de's own polarity for one sentence, working offline.

    TextBlobDE's default NLTKPunktTokenizer needs nltk's punkt data (not installed); it only
    uses it to split sentences and then tokenizes words with the Treebank tokenizer. For a
    single sentence we keep the Treebank word tokenizer and skip the sentence splitter, so
    this is exactly what ``TextBlobDE(sentence).sentiment.polarity`` computes.
    """
    nltk = pytest.importorskip("nltk")
    textblob_de = pytest.importorskip("textblob_de")
    from textblob_de.tokenizers import NLTKPunktTokenizer

    class SingleSentenceTokenizer(NLTKPunktTokenizer):
        def __init__(self) -> None:
            self.tokens = []
            self.word_tok = nltk.tokenize.TreebankWordTokenizer()

        def sent_tokenize(self, text: str, **kwargs: object) -> list[str]:
            return [text]

    tokenizer = SingleSentenceTokenizer()

    def polarity(sentence: str) -> float:
        return textblob_de.TextBlobDE(sentence, tokenizer=tokenizer).sentiment.polarity

    return polarity


def checkthat_sentences(step: int = 40) -> list[str]:
    if not CHECKTHAT_TRAIN.exists():
        pytest.skip(f"CheckThat! data not found at {CHECKTHAT_TRAIN}: {SHARED_HINT}")
    with CHECKTHAT_TRAIN.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [row["sentence"] for row in rows[::step]]


def seed_sentences(nlp: spacy.language.Language) -> list[str]:
    if not SEED_ARTICLE.exists():
        pytest.skip("seed article not available")
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    return [s.text.strip() for s in nlp(text).sents if len(s.text.strip()) > 5]


# --- behaviour on hand-picked sentences (expected values are textblob-de's) -------------------


def test_positive_sentence_is_positive(nlp):
    score = default_scorer().polarity(toks(nlp, "Das ist eine sehr gute und wichtige Entscheidung."))
    assert score > 0
    assert score == pytest.approx(0.85)


def test_negative_sentence_is_negative(nlp):
    sentence = "Die Regierung hat in dieser Krise schlecht und verantwortungslos gehandelt."
    assert default_scorer().polarity(toks(nlp, sentence)) == pytest.approx(-1.0)


@pytest.mark.parametrize(
    ("plain", "negated", "expected"),
    [
        # textblob-de/pattern: a negated word counts with polarity * -0.5
        ("Das Ergebnis ist gut.", "Das Ergebnis ist nicht gut.", -0.5),
        ("Die Lage ist schlecht.", "Die Lage ist nicht schlecht.", 0.5),
        ("Das ist eine gute Idee.", "Das ist keine gute Idee.", -0.5),
    ],
)
def test_negation_flips_and_halves(nlp, plain, negated, expected):
    scorer = default_scorer()
    before = scorer.polarity(toks(nlp, plain))
    after = scorer.polarity(toks(nlp, negated))
    assert after == pytest.approx(expected)
    assert after == pytest.approx(-0.5 * before)


def test_lexicon_intensity_scales_next_word(nlp):
    scorer = default_scorer()
    # "kaum" (intensity 0.3) and "wenig" (0.5) are PolArt modifiers of the next word.
    assert scorer.polarity(toks(nlp, "Das Ergebnis ist kaum gut.")) == pytest.approx(0.3)
    assert scorer.polarity(toks(nlp, "Das ist wenig hilfreich.")) == pytest.approx(0.5)


def test_neutral_sentence_scores_zero(nlp):
    sentence = "Die Sitzung beginnt am Dienstag um neun Uhr im Rathaus."
    assert default_scorer().polarity(toks(nlp, sentence)) == 0.0
    assert default_scorer().polarity([]) == 0.0


def test_inflected_forms_are_lemmatized_like_textblob(nlp):
    scorer = default_scorer()
    # großen -> gross (adjective), hieß -> "hassen" (pattern's verb rules; textblob-de quirk)
    assert scorer.polarity(toks(nlp, "Das war ein großer Erfolg.")) == pytest.approx(0.7)
    assert scorer.polarity(toks(nlp, "Der Kanzler hieß damals Werner Faymann.")) == -1.0


def test_polar_terms_finds_katastrophal(nlp):
    tokens = toks(nlp, "Die Lage in den Kliniken ist katastrophal.")
    terms = default_scorer().polar_terms(tokens)
    assert [tokens[t.index] for t in terms] == ["katastrophal"]
    assert terms[0].polarity == -1.0


def test_nouns_are_ignored_by_default_like_textblob(nlp, textblob_polarity):
    # textblob-de lowercases lemmas before its case-sensitive lookup, so PolArt's noun
    # entries ("Chaos", -1.0) never match; the default scorer keeps that for parity.
    sentence = "Das ist ein einziges Chaos."
    assert textblob_polarity(sentence) == 0.0
    assert default_scorer().polarity(toks(nlp, sentence)) == 0.0
    assert default_scorer().polar_terms(toks(nlp, sentence)) == []


def test_polar_terms_finds_negative_nouns_with_nouns_mode(nlp):
    scorer = PolarityScorer(nouns=True)
    tokens = toks(nlp, "Das ist ein einziges Chaos.")
    terms = scorer.polar_terms(tokens)
    assert [tokens[t.index] for t in terms] == ["Chaos"]
    assert terms[0].polarity < 0
    assert terms[0].length == 1
    assert scorer.polarity(tokens) < 0
    # "Katastrophe" itself is not a PolArt entry (only "katastrophal" and compounds are).
    assert scorer.polar_terms(toks(nlp, "Das ist eine Katastrophe.")) == []


def test_nouns_mode_uses_given_lemmas(nlp):
    scorer = PolarityScorer(nouns=True)
    tokens = toks(nlp, "Die Krisen der letzten Jahre kosteten Vertrauen.")
    lemmas = [simplemma.lemmatize(t, lang="de") for t in tokens]
    without = {tokens[t.index] for t in scorer.polar_terms(tokens)}
    with_lemmas = {tokens[t.index] for t in scorer.polar_terms(tokens, lemmas)}
    assert "Krisen" not in without  # the plural is not a lexicon entry
    assert "Krisen" in with_lemmas  # simplemma's "Krise" is


def test_polar_terms_point_at_the_words(nlp):
    tokens = toks(nlp, "Die Reform ist nicht gut, sondern gefährlich.")
    terms = default_scorer().polar_terms(tokens)
    found = {tokens[t.index]: t for t in terms}
    assert set(found) == {"gut", "gefährlich"}
    assert found["gut"] == PolarTerm(index=tokens.index("gut"), length=1, polarity=1.0,
                                     intensity=1.0)
    assert found["gefährlich"].polarity < 0


def test_lemmas_do_not_change_default_result(nlp):
    tokens = toks(nlp, "Die Maßnahmen sind völlig unzureichend und gefährlich.")
    lemmas = [simplemma.lemmatize(t, lang="de") for t in tokens]
    scorer = default_scorer()
    assert scorer.polarity(tokens, lemmas) == scorer.polarity(tokens)


def test_typographic_quotes_behave_like_textblob(nlp, textblob_polarity):
    # textblob-de's Treebank tokenizer keeps „gut“ as one unknown token.
    sentence = "Das Ergebnis sei „gut“, sagte er."
    assert default_scorer().polarity(toks(nlp, sentence)) == textblob_polarity(sentence)


def test_default_scorer_is_cached():
    assert default_scorer() is default_scorer()


def test_thread_safe(nlp):
    sentences = checkthat_sentences(step=8)
    tokenized = [toks(nlp, s) for s in sentences]
    scorer = default_scorer()
    expected = [scorer.polarity(t) for t in tokenized]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(scorer.polarity, tokenized * 4))
    assert got == expected * 4


# --- agreement with textblob-de on real sentences ---------------------------------------------


def test_agreement_with_textblob_de(nlp, textblob_polarity):
    sentences = checkthat_sentences(step=40) + seed_sentences(nlp)  # 20 + ~19 real sentences
    assert len(sentences) >= 30
    scorer = default_scorer()
    diffs = []
    for sentence in sentences:
        ours = scorer.polarity(toks(nlp, sentence))
        theirs = textblob_polarity(sentence)
        diffs.append((abs(ours - theirs), sentence, ours, theirs))
    agreeing = sum(d < 0.05 for d, *_ in diffs)
    assert agreeing / len(diffs) >= 0.9, [d for d in diffs if d[0] >= 0.05]
    # The set must actually exercise the lexicon, not just agree on zeros.
    assert sum(theirs != 0 for *_, theirs in diffs) >= 10


def test_token_memo_gives_the_same_polarity_as_a_fresh_scorer(nlp):
    """The scorer remembers each token's lookup key; a warm scorer must score like a new one."""
    warm = PolarityScorer()
    sentences = ["Das ist eine sehr gute und wichtige Entscheidung.",
                 "Die Lage ist nicht gut, sondern katastrophal.",
                 "„Gut“, sagte er, „das ist schlecht.“",
                 "Die Sitzung begann um 9 Uhr."]
    for s in sentences * 2:
        tokens = toks(nlp, s)
        assert warm.polarity(tokens) == PolarityScorer().polarity(tokens)
    assert warm.polarity(toks(nlp, sentences[0])) > 0
    assert warm.polarity(toks(nlp, sentences[1])) < 0
    assert warm.polarity(toks(nlp, sentences[3])) == 0.0


def test_word_rule_memo_gives_the_same_tags_in_any_context(nlp):
    """Unknown words are tagged by pattern's morphology rules; the rules that test the word
    itself are remembered per word, the neighbour rules are not: the same polarity in every
    context, with a warm memo and after clearing it."""
    from analyzer import sentiment

    sentences = ["Die Verschlimmbesserung ist nicht gut gelungen.",
                 "Eine verschlimmbesserte Reform wirkt sehr schlecht.",
                 "Die Reform ist eine Verschlimmbesserung und sehr schlecht.",
                 "Gut verschlimmbesserte Pläne sind selten gut."]
    warm = [default_scorer().polarity(toks(nlp, s)) for s in sentences * 2]
    sentiment._word_rule_memos.clear()
    cold = [default_scorer().polarity(toks(nlp, s)) for s in sentences * 2]
    assert warm == cold
    assert warm[0] < 0 < warm[3] and warm[1] < 0
