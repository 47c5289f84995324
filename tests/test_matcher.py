"""Lemma-aware matching: inflection, compounds, soft hyphens, gaps, optional tokens, context."""

from __future__ import annotations

import json

from analyzer.lexicon import Lexicon, parse_lines
from analyzer.matcher import Matcher
from analyzer.text import segment


def matcher(*entries: dict) -> Matcher:
    base = {"category": "labeling", "weight": 0.5, "explanation": "x.", "examples": ["x"]}
    lines = [json.dumps(base | e, ensure_ascii=False) for e in entries]
    return Matcher(Lexicon(tuple(parse_lines(lines, "test"))))


def found(m: Matcher, text: str) -> list[tuple[str, str]]:
    out = []
    for s in segment(text).sentences:
        for hit in m.find(s.tokens):
            out.append((hit.entry.id, text[s.tokens[hit.start].start:s.tokens[hit.end - 1].end]))
    return out


SELBST = {"id": "a.selbst", "pattern": ["selbst ernannt*", "selbsternannt*"]}


def test_inflection_compound_and_soft_hyphen_are_one_expression() -> None:
    m = matcher(SELBST)
    text = ("Der selbst ernannten Chefin, ein selbst ernannter Retter, die Selbsternannte "
            "und der selbst\u00adernannte Präsident.")
    assert [t for _, t in found(m, text)] == [
        "selbst ernannten", "selbst ernannter", "Selbsternannte", "selbst\u00adernannte"]


def test_lemma_matches_inflected_forms() -> None:
    m = matcher({"id": "a.behaupten", "pattern": "behaupten"})
    assert [t for _, t in found(m, "Er behauptete das, sie behauptet es, alle behaupten.")] == [
        "behauptete", "behauptet", "behaupten"]


def test_exact_form_does_not_use_lemma() -> None:
    m = matcher({"id": "a.duerfte", "pattern": "=dürfte"})
    assert found(m, "Das darf er. Es dürfte regnen.") == [("a.duerfte", "dürfte")]


def test_prefix_also_matches_the_lemma_of_zu_infinitives_and_participles() -> None:
    """A prefix pattern is written for the dictionary form; the zu-infinitive and the
    participle of a separable verb put "zu"/"ge" inside it and only their lemma starts so."""
    m = matcher({"id": "a.abkassieren", "pattern": "abkassier*"})
    assert found(m, "Die Bank versucht, ihre Kunden abzukassieren.") == [
        ("a.abkassieren", "abzukassieren")]
    assert found(m, "Wer die Kunden abkassiert, verliert sie.") == [
        ("a.abkassieren", "abkassiert")]
    assert found(m, "Die Kasse prüft alle Abrechnungen.") == []


def test_gap_and_separable_verb() -> None:
    m = matcher({"id": "a.fest", "pattern": "stellen ...3 fest"},
                {"id": "a.freude", "pattern": "mit Freude ...2 feststellen"})
    assert found(m, "Er stellte damals klar fest, dass es stimmt.") == [
        ("a.fest", "stellte damals klar fest")]
    assert found(m, "Mit Freude lässt sich feststellen, dass es klappt.") == [
        ("a.freude", "Mit Freude lässt sich feststellen")]
    assert found(m, "Er stellte sich dem Gespräch mit dem Chef und ging fest.") == []


def test_optional_tokens_and_longest_match_first() -> None:
    m = matcher({"id": "a.kurz", "pattern": "offensichtlich", "weight": 0.9},
                {"id": "a.lang", "pattern": "offensichtlich im Versuch", "weight": 0.5},
                {"id": "a.opt", "pattern": "nicht ganz? unumstritten"})
    assert found(m, "— offensichtlich im Versuch, das Image zu bessern —") == [
        ("a.lang", "offensichtlich im Versuch")]
    assert found(m, "Das war offensichtlich.") == [("a.kurz", "offensichtlich")]
    assert [t for _, t in found(m, "Er ist nicht unumstritten, sie nicht ganz unumstritten.")] == [
        "nicht unumstritten", "nicht ganz unumstritten"]


def test_negative_context_before_and_after() -> None:
    m = matcher({"id": "a.wohl", "pattern": "!zum|das =wohl"},
                {"id": "a.experten", "pattern": "laut Experten !des|der|vom|@CAP"})
    assert found(m, "Zum Wohl! Er kommt wohl nicht.") == [("a.wohl", "wohl")]
    assert found(m, "Laut Experten ist das falsch.") == [("a.experten", "Laut Experten")]
    assert found(m, "Laut Experten des RKI ist das falsch.") == []


def test_matcher_handles_empty_and_punctuation_only() -> None:
    m = matcher(SELBST)
    assert found(m, "… ! ?") == []


def test_first_token_mixing_prefix_and_exact_forms() -> None:
    m = matcher({"id": "a.sog", "pattern": "sogenannt*|sog. Experte*"})
    assert [t for _, t in found(m, "Die sog. Experten und die sogenannten Experten.")] == [
        "sog. Experten", "sogenannten Experten"]


def test_suffix_matches_a_compound_head_first_or_later_in_the_pattern() -> None:
    """``*beobachter`` finds any compound ending in the head, in the surface form or the lemma;
    the negative context still applies, and a head of fewer than four letters is refused."""
    m = matcher({"id": "a.beobachter", "pattern": "!der|die|den *beobachter rechnen|erwarten"},
                {"id": "a.kreise", "pattern": "aus|in *kreisen"})
    assert found(m, "Prozessbeobachter rechnen mit einer Haftstrafe.") == [
        ("a.beobachter", "Prozessbeobachter rechnen")]
    assert found(m, "Branchenbeobachter erwarten ein schwaches Quartal.") == [
        ("a.beobachter", "Branchenbeobachter erwarten")]
    assert found(m, "Die Prozessbeobachter rechnen mit einer Haftstrafe.") == []
    assert found(m, "Das erfuhr die Zeitung aus Verbandskreisen.") == [
        ("a.kreise", "aus Verbandskreisen")]
    assert found(m, "Die Satelliten umkreisen die Erde.") == []
    import pytest

    from analyzer.lexicon import LexiconError
    with pytest.raises(LexiconError, match="too short"):
        matcher({"id": "a.kurz", "pattern": "*ler"})


def test_index_agrees_with_brute_force(seed_text: str) -> None:
    """The two-level index must find exactly what trying every pattern everywhere finds."""
    from analyzer.lexicon import default_lexicon
    from analyzer.matcher import _match_at

    from .conftest import checkthat_rows

    lex = default_lexicon()
    m = Matcher(lex)
    texts = [seed_text] + [r["sentence"] for r in checkthat_rows("dev")[:120]]
    for text in texts:
        for s in segment(text).sentences:
            brute = set()
            for entry in lex.entries:
                for variant in entry.compiled:
                    for i in range(len(s.tokens)):
                        end = _match_at(variant, s.tokens, i)
                        if end is not None:
                            brute.add((entry.id, i, end))
            indexed = set()
            for i in range(len(s.tokens)):
                for idx, variant, _ in m._candidates(s.tokens, i):
                    end = _match_at(variant, s.tokens, i)
                    if end is not None:
                        indexed.add((lex.entries[idx].id, i, end))
            assert indexed == brute


def test_spans_leave_out_punctuation_the_pattern_needs_as_context() -> None:
    from analyzer import analyze

    for text, expected in [("Der Minister räumte Fehler ein, wie erwartet.", "räumte Fehler ein"),
                           ("Es gibt keinen Zweifel, dass es regnet.", "Es gibt keinen Zweifel")]:
        spans = [f.text for f in analyze(text, classifier=None, min_weight=0).findings]
        assert expected in spans, spans
        assert not any(s[-1] in ",.:;" for s in spans), spans


def test_pattern_whose_later_word_is_missing_is_skipped_not_lost() -> None:
    """Patterns are tried only where the sentence holds a word each later token needs (exact
    forms, lemmas, or the first letters of a prefix); that shortcut must keep every match."""
    m = matcher({"id": "a.krach", "pattern": "es ... kracht*"},
                {"id": "a.kreise", "pattern": "informiert* Kreise*"},
                {"id": "a.luxus", "pattern": "wird ... zum Luxus"})
    assert found(m, "Im Stadtrat kracht es gewaltig, und es kracht weiter.") == [
        ("a.krach", "es kracht")]
    assert found(m, "Es regnet, und es wird kalt.") == []  # "kracht*" and "Luxus" absent
    assert found(m, "Das wissen informierte Kreisen zufolge nur wenige.") == [
        ("a.kreise", "informierte Kreisen")]
    assert found(m, "Informierte Bürger fragen nach.") == []
    assert found(m, "Das Heizen wird für viele zum Luxus.") == [
        ("a.luxus", "wird für viele zum Luxus")]
    assert found(m, "Der Luxus wird teurer, zum Beispiel Uhren.") == []  # words out of order


def test_token_forms_are_remembered_per_form_not_per_position() -> None:
    """The per-form memo must give the same matches for the same word in another sentence."""
    m = matcher(SELBST, {"id": "a.abzocke", "pattern": "Abzocke"})
    text = "Die selbst ernannten Retter. Abzocke! Wieder die selbst ernannten Retter und Abzocke."
    assert found(m, text) == found(matcher(SELBST, {"id": "a.abzocke", "pattern": "Abzocke"}),
                                   text) == [
        ("a.selbst", "selbst ernannten"), ("a.abzocke", "Abzocke"),
        ("a.selbst", "selbst ernannten"), ("a.abzocke", "Abzocke")]


def test_needed_forms_filter_keeps_every_match() -> None:
    """``find`` tests a pattern's later words only against the sentence's forms that some
    pattern needs; with every form kept it must find the same matches."""
    from analyzer.lexicon import default_lexicon

    class _Everything(frozenset):
        def __contains__(self, key: object) -> bool:
            return True

    lex = default_lexicon()
    filtered, unfiltered = Matcher(lex), Matcher(lex)
    unfiltered._needed = _Everything()
    text = ("Es ist klar, dass die Regierung versagt hat. Informierte Kreise sagen, es kracht "
            "gewaltig in der Koalition. In Wahrheit wird das Heizen für viele zum Luxus, "
            "räumte der Minister ein. Der sogenannte Experte wies die Kritik in die Schranken. "
            "Angeblich soll es keinen Zweifel geben, dass die Reform ein Desaster ist.")
    total = 0
    for s in segment(text).sentences:
        got = [(h.entry.id, h.start, h.end) for h in filtered.find(s.tokens)]
        assert got == [(h.entry.id, h.start, h.end) for h in unfiltered.find(s.tokens)]
        total += len(got)
    assert total >= 5


def test_a_bracketed_age_after_a_name_costs_no_gap_token() -> None:
    """Tabloid copy puts the age after every name: "(67)" must not push the verb's particle
    out of the gap; a bracketed word still counts."""
    m = matcher({"id": "a.abzocken", "pattern": ["=zocken|=zockt ...2 =ab"]})
    assert found(m, "Betrüger zocken Opa Heinz (67) ab.") == [
        ("a.abzocken", "zocken Opa Heinz (67) ab")]
    assert found(m, "Betrüger zocken Opa Heinz (Rentner) ab.") == []
