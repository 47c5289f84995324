"""`analyzer lexicon suggest`: grouping, drafts that load as a house word list, corpus inputs, CLI."""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from analyzer import analyze
from analyzer.cli import main
from analyzer.lexicon import load_file
from analyzer.lexicon_suggest import (
    DRAFT_MAX_WEIGHT,
    Candidate,
    SuggestError,
    Suggestions,
    collect,
    context_of,
    draft_entry,
    rank,
    read_documents,
    render_jsonl,
    suggest,
)
from analyzer.results import Finding

HAS_WORD_MODEL_SWITCH = "word_model" in inspect.signature(analyze).parameters


def _finding(text: str, word: str, lemma: str, *, voice: str = "author",
             category: str = "labeling", fid: str | None = None) -> Finding:
    start = text.index(word)
    return Finding(start=start, end=start + len(word), text=word, category=category,
                   label="x", weight=0.4, voice=voice, explanation="x", suggestion="neutral",
                   id=fid or f"model.{lemma}", base_weight=0.45)


class FakeEngine:
    """Stands in for the analyzer: findings per text, so grouping is tested without a model."""

    def __init__(self, findings: dict[str, list[Finding]]) -> None:
        self.findings = findings

    def analyze(self, text: str) -> SimpleNamespace:
        sent = SimpleNamespace(start=0, end=len(text), findings=tuple(self.findings.get(text, ())))
        return SimpleNamespace(sentences=(sent,))


T1 = "Die Nölsusen der Opposition klagen schon wieder."
T2 = "Eine Nölsuse sitzt auch im Stadtrat, sagte sie."
T3 = "„Die Nölsusen nerven“, sagte der Minister."
T4 = "Das ist eine Abzocke, schreibt die Zeitung über die Schnarchpolitik."


def fake() -> FakeEngine:
    return FakeEngine({
        T1: [_finding(T1, "Nölsusen", "nölsuse")],
        T2: [_finding(T2, "Nölsuse", "nölsuse")],
        T3: [_finding(T3, "Nölsusen", "nölsuse", voice="quote")],
        T4: [_finding(T4, "Abzocke", "abzocke", fid="loaded_language.abzocke"),
             _finding(T4, "Schnarchpolitik", "schnarchpolitik", category="loaded_language")],
    })


def test_groups_author_voice_model_findings_by_lemma() -> None:
    docs = [("a", T1), ("b", T2), ("c", T3), ("d", T4)]
    found = collect(docs, fake())
    assert set(found) == {"nölsuse", "schnarchpolitik"}  # lexicon hit and quote left out
    heul = found["nölsuse"]
    assert heul.count == 2 and heul.documents == {"a", "b"}
    assert heul.forms == {"Nölsusen": 1, "Nölsuse": 1}
    assert heul.contexts == [T1, T2]
    ranked = rank(found, min_count=2)
    assert [c.lemma for c in ranked] == ["nölsuse"]
    assert [c.lemma for c in rank(found, min_count=1, top=1)] == ["nölsuse"]
    assert len(rank(found, min_count=1, top=0)) == 2


def test_ranking_prefers_words_spread_over_documents() -> None:
    one = Candidate("filmtitel", count=3, documents={"a"})
    spread = Candidate("nölsuse", count=2, documents={"a", "b"})
    rare = Candidate("einmalig", count=1, documents={"c"})
    found = {c.lemma: c for c in (one, spread, rare)}
    assert [c.lemma for c in rank(found, min_count=2)] == ["nölsuse", "filmtitel"]


def test_draft_entry_is_valid_and_finds_its_own_examples(tmp_path: Path) -> None:
    found = collect([("a", T1), ("b", T2), ("d", T4)], fake())
    result = Suggestions(rank(found, min_count=1), 3, [], "korpus.jsonl")
    out = tmp_path / "haus.jsonl"
    out.write_text(render_jsonl(result), encoding="utf-8")
    lex = load_file(out)  # what the page's "Hauseigene Wortliste" upload does
    assert {e.id for e in lex.entries} == {"labeling.haus_noelsuse",
                                          "loaded_language.haus_schnarchpolitik"}
    for entry in lex.entries:
        assert 0 < entry.weight <= DRAFT_MAX_WEIGHT
        assert entry.explanation.endswith(".")
        for example in entry.examples:
            extra = {"word_model": False} if HAS_WORD_MODEL_SWITCH else {}
            ids = {f.id for f in analyze(example, lexicons=[out], classifier=None,
                                         **extra).findings}
            assert entry.id in ids, (entry.id, example)


def test_draft_ids_are_unique_and_in_the_id_alphabet() -> None:
    taken: set[str] = set()
    a = Candidate("größenwahnsinnig", count=1)
    a.forms["Größenwahnsinnige"] += 1
    a.categories["loaded_language"] += 1
    first = draft_entry(a, taken)
    second = draft_entry(a, taken)
    assert first["id"] == "loaded_language.haus_groessenwahnsinnig"
    assert second["id"] == "loaded_language.haus_groessenwahnsinnig_2"
    assert first["pattern"] == "größenwahnsinnig|=größenwahnsinnige"
    weird = Candidate("a*b", count=1)
    weird.forms["a*b"] += 1
    weird.categories["scare_quote"] += 1  # rule-based categories are no lexicon category
    entry = draft_entry(weird, taken)
    assert entry["category"] == "loaded_language" and entry["pattern"] == ""
    assert entry["id"] == "loaded_language.haus_a_b"


def test_long_sentence_context_is_a_window_around_the_word() -> None:
    text = " ".join(["Füllwort"] * 60) + " Nölsuse " + " ".join(["Nachwort"] * 60)
    start = text.index("Nölsuse")
    ctx = context_of(text, start, start + 8, 0, len(text))
    assert "Nölsuse" in ctx and ctx.startswith("… ") and ctx.endswith(" …")
    assert len(ctx) < 260
    assert "Füllwort Nölsuse Nachwort" in ctx


def test_corpus_inputs_folder_txt_and_jsonl(tmp_path: Path) -> None:
    folder = tmp_path / "texte"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Erster Text.", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("Zweiter Text.", encoding="utf-8")
    (folder / "kaputt.txt").write_bytes(b"\xff\xfe kein utf8 \xff")
    docs, problems = read_documents(folder)
    assert [d for d, _ in docs] == ["a.txt", "sub/b.txt"]
    assert len(problems) == 1 and "kaputt.txt" in problems[0]
    single = folder / "a.txt"
    assert read_documents(single)[0] == [("a.txt", "Erster Text.")]
    corpus = tmp_path / "k.jsonl"
    corpus.write_text(json.dumps({"id": "1", "outlet": "A", "text": "Ein Text."}) + "\n"
                      + "{kaputt\n", encoding="utf-8")
    docs, problems = read_documents(corpus)
    assert docs == [("1", "Ein Text.")] and problems
    with pytest.raises(SuggestError, match=r"keine \.txt-Dateien"):
        read_documents(_empty_dir(tmp_path))
    with pytest.raises(SuggestError, match="nicht gefunden"):
        read_documents(tmp_path / "fehlt.txt")


def _empty_dir(tmp_path: Path) -> Path:
    d = tmp_path / "leer"
    d.mkdir()
    return d


def test_cli_user_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lexicon", "suggest", str(tmp_path / "fehlt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:")
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    assert main(["lexicon", "suggest", str(tmp_path), "--min-count", "0"]) == 2
    assert "--min-count" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["lexicon"])
    assert exc.value.code == 2
    capsys.readouterr()
    assert main(["lexicon", "suggest", str(tmp_path), "--disable", "model"]) == 2
    assert "Wortmodell" in capsys.readouterr().err


# --- with the shipped word model ------------------------------------------------------------

CORPUS = [
    "Die Schnarchpolitik der Koalition geht in die nächste Runde. Der Haushalt wurde am Montag "
    "beschlossen.",
    "Im Landtag ging es wieder um die Schnarchpolitik des Ministers. Das Chaosministerium "
    "schweigt.",
    "Das Chaosministerium hat neue Formulare verschickt. Die Lügenbarone im Vorstand schweigen.",
    "Die Abzocke bei den Gebühren ärgert die Mieter. Die Abzocke geht weiter.",
    "Der Bürgermeister eröffnete am Sonntag das neue Schwimmbad.",
]


@pytest.fixture(scope="module")
def engine():  # type: ignore[no-untyped-def]
    from analyzer.classifier import ClassifierError
    from analyzer.pipeline import Analyzer

    try:
        engine = Analyzer(classifier=None, calibrate=False)  # as `lexicon suggest` builds it
    except ClassifierError as exc:  # WordModelError: model files not installed
        pytest.skip(f"word model not available: {exc}")
    if getattr(engine, "word_model", None) is None:
        pytest.skip("engine without the word model")
    return engine


def test_real_corpus_suggests_coinages_not_lexicon_words(tmp_path: Path, engine) -> None:  # type: ignore[no-untyped-def]
    for i, text in enumerate(CORPUS):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    result = suggest(tmp_path, engine, min_count=2)
    lemmas = {c.lemma for c in result.candidates}
    assert lemmas & {"schnarchpolitik", "chaosministerium"}, lemmas
    assert "abzocke" not in lemmas  # covered by the lexicon: not a suggestion
    assert all(c.count >= 2 for c in result.candidates)
    for c in result.candidates:
        assert c.contexts and all(any(f in ctx for f in c.forms) for ctx in c.contexts)
    out = tmp_path / "haus.jsonl"
    out.write_text(render_jsonl(result), encoding="utf-8")
    lex = load_file(out)
    assert len(lex) == len(result.candidates)
    for entry in lex.entries:
        ids = {f.id for f in analyze(entry.examples[0], lexicons=[out], classifier=None).findings}
        assert entry.id in ids  # the house entry now wins over the model finding


def test_cli_text_and_jsonl(tmp_path: Path, engine, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "k.jsonl"
    corpus.write_text("".join(json.dumps({"id": str(i), "outlet": "A", "text": t}) + "\n"
                              for i, t in enumerate(CORPUS)), encoding="utf-8")
    assert main(["lexicon", "suggest", str(corpus), "--top", "1"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Vorschläge für die Wortliste aus 5 Dokument(en)")
    assert text.count("Entwurf: ") == 1
    assert main(["lexicon", "suggest", str(corpus), "--format", "jsonl", "--min-count", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(json.loads(line)["id"].split(".")[1].startswith("haus_")
                         for line in lines)
