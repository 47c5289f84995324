"""Segmentation: German sentence boundaries and exact offsets into the original text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.text import normalize, segment

from .conftest import run_fresh_python


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in segment(text).sentences]


@pytest.mark.parametrize("text", [
    "Das Treffen fand z.B. mit Dr. Müller, Prof. Weber u.a. statt.",
    "Der Preis lag bei ca. 3 Mio. Euro und stieg um 2,5 % bis 14.30 Uhr.",
    "Nach Art. 5 Abs. 3 GG, S. 12 ff. gilt das nicht.",
    "Er kam am 3. Mai ins 2. Stock zurück.",
    "Das wurde z. B. in Nr. 4 bzw. in Bd. 2 vgl. geregelt.",
    "Die Zahlen stehen in Tab. 3 der 2. Aufl. 2019 vom 12. 3. 2024.",
])
def test_abbreviations_ordinals_and_numbers_do_not_split(text: str) -> None:
    assert sentences(text) == [text]


def test_a_sentence_ending_on_a_word_before_a_number_splits() -> None:
    """"… um den Hals. 14 Monate nach …": a period after a dictionary word ends the sentence
    though the next one opens with a number (the short forms above do not)."""
    assert sentences("Sie fiel ihrem Trainer um den Hals. 14 Monate nach dem Sturz ist sie "
                     "zurück.") == ["Sie fiel ihrem Trainer um den Hals.",
                                    "14 Monate nach dem Sturz ist sie zurück."]
    assert sentences("Der Umsatz stieg um 4,2 Prozent. 2023 waren es noch 3 Prozent.") == [
        "Der Umsatz stieg um 4,2 Prozent.", "2023 waren es noch 3 Prozent."]


def test_a_sentence_ending_on_a_number_splits() -> None:
    """"… bis 2027. Doch …": the tokenizer reads "2027." as an ordinal; before a word that opens
    sentences but never follows an ordinal, after a year, or at a paragraph's end it is a number
    and the sentence's period. "am 3. Mai", "die 2. Liga" stay one sentence."""
    assert sentences("Das Netz soll bis 2027 stehen. Der Ausbau beginnt 2026. Doch wer glaubt, "
                     "das reiche, irrt.") == ["Das Netz soll bis 2027 stehen.",
                                              "Der Ausbau beginnt 2026.",
                                              "Doch wer glaubt, das reiche, irrt."]
    assert sentences("Geboren wurde sie 1961. Experten kannten sie früh.") == [
        "Geboren wurde sie 1961.", "Experten kannten sie früh."]
    assert sentences("Am Ende wurde er 3. Der Sieg ging an Wien.") == [
        "Am Ende wurde er 3.", "Der Sieg ging an Wien."]
    assert sentences("Die 2. Liga startet am 3. Mai. Zum 30. Mal.") == [
        "Die 2. Liga startet am 3. Mai.", "Zum 30. Mal."]
    tokens = segment("Das Werk schließt 2027.\n\nDie Stadt ist entsetzt.").sentences[0].tokens
    assert [t.text for t in tokens[-2:]] == ["2027", "."]


def test_sentence_ending_inside_closing_quote() -> None:
    text = "Sie sagte: „Das ist gut.“ Dann ging sie. Er rief: »Nein!« Alle schwiegen."
    assert sentences(text) == ["Sie sagte: „Das ist gut.“", "Dann ging sie.",
                               "Er rief: »Nein!«", "Alle schwiegen."]


def test_quoted_question_followed_by_attribution_stays_one_sentence() -> None:
    text = "»Kommt ihr?«, fragte er. ‚Ja‘, sagte sie. \"Gut.\" Ende."
    assert sentences(text) == ["»Kommt ihr?«, fragte er.", "‚Ja‘, sagte sie.", '"Gut."', "Ende."]


def test_headline_without_period_is_its_own_sentence(seed_text: str) -> None:
    first = segment(seed_text).sentences[0]
    assert seed_text[first.start:first.end].startswith("Nach Angaben der amerikanischen")
    assert seed_text[first.start:first.end].endswith("Alexander Lukaschenko, statt")
    assert len(segment(seed_text).sentences) == 20


def test_soft_hyphen_zero_width_nbsp_keep_exact_offsets() -> None:
    text = "Der selbst\u00adernannte\u00a0Präsident kam\u200b heute. Gut."
    seg = segment(text)
    assert [text[s.start:s.end] for s in seg.sentences] == [
        "Der selbst\u00adernannte\u00a0Präsident kam\u200b heute.", "Gut."]
    tok = seg.sentences[0].tokens[1]
    assert text[tok.start:tok.end] == "selbst\u00adernannte"
    assert tok.text == "selbsternannte"


def test_crlf_emoji_and_paragraphs() -> None:
    text = "Erste Zeile ohne Punkt\r\nZweiter Satz 😀 mit Emoji. Dritter!\r\n\r\nNeuer Absatz"
    assert sentences(text) == ["Erste Zeile ohne Punkt", "Zweiter Satz 😀 mit Emoji.",
                               "Dritter!", "Neuer Absatz"]


def test_wrapped_line_continuing_in_lowercase_is_not_split() -> None:
    text = "Die Regierung hat am Montag\nbeschlossen, die Steuer zu senken."
    assert sentences(text) == [text]


def test_tokens_have_lemmas() -> None:
    toks = segment("Die Experten behaupteten es.").sentences[0].tokens
    assert [t.lemma for t in toks][:3] == ["der", "experte", "behaupten"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_offsets_are_exact_for_arbitrary_unicode(text: str) -> None:
    seg = segment(text)
    last_end = 0
    for s in seg.sentences:
        assert 0 <= last_end <= s.start < s.end <= len(text)
        last_end = s.end
        for tok in s.tokens:
            assert s.start <= tok.start < tok.end <= s.end
            # the token is exactly the original span, minus invisible characters
            assert normalize(text[tok.start:tok.end])[0] == tok.text
            assert tok.text.strip() == tok.text != ""


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Der", "selbst\u00adernannte", "Chef", "sagte:", "„Nein.“",
                                 "z.B.", "am", "3.", "Mai", "2,5", "%", "\u200b", "\u00a0", "😀",
                                 "\r\n", "\n\n", "?", "!", "»Ja«", "Dr.", "wetterte"]),
                max_size=40))
def test_offsets_exact_on_german_like_text(parts: list[str]) -> None:
    text = " ".join(parts)
    for s in segment(text).sentences:
        span = text[s.start:s.end]
        assert span == span.strip(" \r\n\u200b\u00a0")
        for tok in s.tokens:
            assert normalize(text[tok.start:tok.end])[0] == tok.text


@pytest.mark.parametrize(("text", "sentences"), [
    ("Die Firma hat 15 (sic!) Mitarbeiter. Sie wächst.", 2),
    ("Er sagte . . . Ordnung müsse sein. Dann ging er.", 2),
    ("Das Zitat lautet: „Wir werden … Ordnung schaffen.“ Dann ging er.", 2),
    ("Sie zögerte… Dann ging sie.", 2),  # a glued ellipsis may still end a sentence
    ("Er fragte (wirklich!). Niemand antwortete.", 2),
])
def test_sic_and_spaced_ellipses_do_not_split(text: str, sentences: int) -> None:
    assert len(segment(text).sentences) == sentences


def test_lemmas_and_known_words_equal_simplemma() -> None:
    """lemma_of and is_known answer dictionary words without simplemma's call chain: the same
    answers as simplemma for known, unknown, inflected, numeric and decomposed words."""
    import unicodedata

    import simplemma

    from analyzer.text import is_known, lemma_of

    words = ["Häuser", "ging", "Gesetzes", "Die", "die", "Klimaschutzgesetz", "Heizungshammer",
             "Quatschverordnung", "zweitausend", "2024", "½", "Straße", "Strasse", "Öffis",
             unicodedata.normalize("NFD", "Ärzte"), "E-Autos", "Wiener", "sagt's", "ÖVP",
             "verschlimmbessert", "Xyzzqv"]
    for w in words:
        assert lemma_of(w) == simplemma.lemmatize(w, lang="de").lower(), w
        assert is_known(w) == simplemma.is_known(w, lang="de"), w


def test_normalize_leaves_plain_text_alone_and_maps_special_characters() -> None:
    plain = "Der Rat tagte – „ohne Ergebnis“ – bis 22 Uhr."
    assert normalize(plain) == (plain, None)
    clean, mapping = normalize("Selbst\u00adernannt und\u00a0das’s")
    assert clean == "Selbsternannt und das's" and mapping is not None
    assert normalize("a\u2019b") == ("a'b", None)


def test_chunks_spacy_splits_keep_their_offsets() -> None:
    text = "Die SPÖ-Chefin (52) sagte: „Das kostet 2,5 Mio. Euro!“ – z.B. für E-Autos."
    toks = [t.text for s in segment(text).sentences for t in s.tokens]
    assert toks[:6] == ["Die", "SPÖ-Chefin", "(", "52", ")", "sagte"]
    for s in segment(text).sentences:
        for t in s.tokens:
            assert text[t.start:t.end] == t.text


def test_spacy_import_leaves_optional_frameworks_out_and_importable() -> None:
    """Tokenizing must not import torch & co. through spaCy's thinc (seconds and ~200 MB where
    the training extra is installed), and must not leave them blocked for later imports."""
    code = ("import sys\n"
            "from analyzer.text import _THINC_OPTIONAL, segment\n"
            "assert [t.text for t in segment('Die Lage (2024) ist ernst.').sentences[0].tokens]"
            " == ['Die', 'Lage', '(', '2024', ')', 'ist', 'ernst', '.']\n"
            "assert 'spacy' in sys.modules\n"
            "assert not [n for n in _THINC_OPTIONAL if n in sys.modules], sys.modules.keys()\n")
    done = run_fresh_python(code)
    assert done.returncode == 0, done.stderr[-2000:]


def test_form_memo_answers_as_computing_the_forms() -> None:
    """``segment`` takes each raw token's forms from a memo filled at its first occurrence: a
    warm memo, a cleared one and the forms computed directly must give the same tokens, also
    around whitespace-only stretches between sentence breaks."""
    from analyzer import text as text_mod

    texts = ["\n  Der Gemeinderat tagte am Montag.\n\n   \n\nDanach sprach die Bürgermeisterin! ",
             "Was kostet das neue Hallenbad?  Niemand weiß es … Die Opposition fragt nach.\r\n",
             "Ein Satz ohne Punkt am Ende", " \n \n ", ""]
    warm = [segment(t) for t in texts]
    text_mod._FORMS.clear()
    cold = [segment(t) for t in texts]
    assert warm == cold
    assert [len(s.sentences) for s in cold] == [2, 2, 1, 0, 0]  # " … " marks an omission
    for seg in cold:
        for sent in seg.sentences:
            for tok in sent.tokens:
                assert tuple(tok[2:]) == text_mod._forms(seg.text[tok.start:tok.end])


@pytest.mark.parametrize(("text", "count"), [
    # a name with "!" inside ends no sentence; "!" before a space still does
    ("Die neue FRITZ!Box 5490 kommt im Mai. Sie kostet 200 Euro.", 2),
    ("Das Portal Yahoo!News berichtete zuerst darüber.", 1),
    ("Schluss damit! Das Motto der Initiative ist klar.", 2),
])
def test_exclamation_inside_a_name(text: str, count: int) -> None:
    assert len(segment(text).sentences) == count
