"""Questions the text answers at once, debates laid out after a colon, and work titles after
an author's name in the genitive: none is the author's rhetorical device or distance, while
the author's own question and a quoted word held at a distance next to them stay findings.
Also: a lexicon gap never runs over a colon. Sentences written for this test.
"""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer


@pytest.fixture(scope="module")
def engine() -> Analyzer:
    # the scare-quote decision before the calibration (its floors hide the weak kinds)
    return Analyzer(classifier=None, calibrate=False)


def _ids(engine: Analyzer, text: str, category: str) -> list[str]:
    return [f.text for s in engine.analyze(text).sentences for f in s.findings
            if f.category == category and f.voice == "author"]


BASE = ("Im Rathaus liegt seit März ein Prüfbericht zu den Reisekosten des Bauamts. "
        "Der Bürgermeister will im Juni darüber entscheiden. ")


def test_question_answered_from_newsroom_research(engine: Analyzer) -> None:
    text = BASE + ("Was soll da noch geprüft werden? Nach Informationen dieser Zeitung geht es um "
                   "Rechnungen eines Hotels in Linz. Die Belege fehlen bis heute.")
    assert _ids(engine, text, "rhetorical") == []


def test_question_left_to_the_reader_stays(engine: Analyzer) -> None:
    text = BASE + ("Was soll da noch geprüft werden? Die Belege fehlen bis heute. "
                   "Der Bericht liegt in der Schublade.")
    assert any("geprüft werden?" in t for t in _ids(engine, text, "rhetorical"))


REPORT = ("Um sechs Uhr beginnt für Mara Lenz die Frühschicht auf der Station. "
          "Sie hat an diesem Morgen schon elf Betten frisch bezogen. ")


def test_reporters_ob_question_answered_in_her_quote(engine: Analyzer) -> None:
    text = REPORT + ("Ob sie an einen Wechsel denkt? Sie schweigt eine Weile. "
                     "„Das fragt man sich schon manchmal“, sagt sie dann.")
    assert _ids(engine, text, "rhetorical") == []


def test_ob_question_after_colon_answered_by_the_person(engine: Analyzer) -> None:
    text = REPORT + ("Dann bricht doch die Neugier durch: Ob sie je an einen Wechsel gedacht hat? "
                     "Das habe ich mir oft überlegt, lacht Mara Lenz.")
    assert _ids(engine, text, "rhetorical") == []


def test_ob_question_without_a_reply_stays(engine: Analyzer) -> None:
    text = REPORT + ("Ob das auf Dauer gut geht? Die Station sucht seit einem Jahr Personal. "
                     "Gemeldet hat sich bisher niemand.")
    assert any(t.startswith("Ob das") for t in _ids(engine, text, "rhetorical"))


def test_debate_laid_out_after_a_colon(engine: Analyzer) -> None:
    text = ("Der zweite Satz gelang dem Quartett ruhig und klar. Bleibt der Schluss, über dessen "
            "Sinn die Fachwelt seit Jahrzehnten streitet: bittere Ironie oder ehrliche Zuversicht? "
            "Das Quartett hat sich festgelegt. Es spielte den Schluss langsam und leise.")
    assert _ids(engine, text, "rhetorical") == []


def test_authors_own_question_after_a_colon_stays(engine: Analyzer) -> None:
    text = ("Der zweite Satz gelang dem Quartett ruhig und klar. Bleibt der Schluss, und da wird "
            "es dünn: Wer soll diese Deutung eigentlich noch ernst nehmen? "
            "Es spielte den Schluss langsam und leise.")
    assert _ids(engine, text, "rhetorical") != []


def _gap_match(sentence: str) -> int | None:
    from analyzer.lexicon import compile_pattern
    from analyzer.matcher import _match_at
    from analyzer.text import segment

    variant = compile_pattern("=wird ...2 =triumph", "test")[0]
    toks = segment(sentence).sentences[0].tokens
    return _match_at(variant, toks, next(k for k, t in enumerate(toks) if t.lower == "wird"))


def test_gap_does_not_run_over_a_colon() -> None:
    assert _gap_match("Über das Finale gestritten wird: echter Triumph oder Pose?") is None


def test_gap_within_a_clause_still_matches() -> None:
    assert _gap_match("Der Abend wird ein echter Triumph.") is not None


def test_title_after_bare_genitive_name(engine: Analyzer) -> None:
    text = ("Im Herbst spielte sie die Hauptrolle in Ibsens „Wilde Ente“, später die Marthe "
            "in Kleists „Zerbrochener Krug“ am Stadttheater. Die Kritik lobte beide Abende.")
    assert _ids(engine, text, "scare_quote") == []


def test_title_after_composer_genitive_with_mit(engine: Analyzer) -> None:
    text = ("Das Orchester eröffnete die Saison mit Schuberts „Unvollendeter Sinfonie“ und "
            "einem neuen Stück. Die Halle war voll.")
    assert _ids(engine, text, "scare_quote") == []


def test_title_after_a_role_and_in(engine: Analyzer) -> None:
    text = ("Er sang den Sarastro in „Zauberflöte“ und später den Ochs in „Rosenkavalier“. "
            "Die Kritik lobte beide Abende.")
    assert _ids(engine, text, "scare_quote") == []


def test_in_without_a_role_keeps_its_finding(engine: Analyzer) -> None:
    text = ("Die Firma spielte in „Krisenzeiten“ stets eine ruhige Rolle. "
            "Tatsächlich entließ sie im Frühjahr die halbe Belegschaft.")
    assert any("Krisenzeiten" in t for t in _ids(engine, text, "scare_quote"))


def test_single_word_after_genitive_keeps_its_finding(engine: Analyzer) -> None:
    text = ("Die Regierung feiert Müllers „Reform“ seit Wochen. "
            "Tatsächlich steigen die Gebühren für alle Familien.")
    assert any("Reform" in t for t in _ids(engine, text, "scare_quote"))


def test_title_shaped_quote_after_article_genitive_is_not_a_name(engine: Analyzer) -> None:
    # "des Landes" is a common noun: the genitive-name exemption must not cover it
    from analyzer.rules import _genitive_name
    from analyzer.text import segment

    toks = segment("Das ist des Landes Zukunft.").sentences[0].tokens
    assert not _genitive_name(toks[2:4], ["Neue", "Mitte"])
    toks = segment("Sie spielte in Becketts Stück.").sentences[0].tokens
    assert _genitive_name(toks[2:4], ["Glückliche", "Tage"])
    assert not _genitive_name(toks[2:4], ["Tage"])
