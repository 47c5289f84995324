"""Start-up work: what a fresh process imports, and the simplemma table that replaces the
dictionary decode (rebuilt when stale or corrupt, identical lemmas)."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from analyzer import __version__, lemma_table
from analyzer.lemma_table import LemmaTable, encode_table, open_table

REPO = Path(__file__).resolve().parents[1]
HEAVY = ("textblob", "textblob_de", "nltk", "scipy", "sklearn", "pandas", "torch")


def _fresh(code: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=300,
                          env={**os.environ, "TONLAGE_CACHE": str(tmp_path), **env})


def test_analysis_imports_no_training_stack(tmp_path: Path) -> None:
    """textblob-de only provides data files (Pattern lexicon, PolArt): importing it pulls nltk,
    scipy and sklearn, 2-3 s of every fresh process. Names (entities) and the word model run too."""
    code = (
        "import sys, json\n"
        "from analyzer import analyze\n"
        "from analyzer.entities import extract_mentions\n"
        "t = 'Der umstrittene Kanzler Olaf Scholz wetterte gegen die angebliche Krise.'\n"
        "r = analyze(t, classifier='fast')\n"
        "m = extract_mentions(t)\n"
        "heavy = sorted(k for k in sys.modules if k.split('.')[0] in " + repr(HEAVY) + ")\n"
        "print(json.dumps([[f.text for s in r.sentences for f in s.findings], "
        "[x['name'] for x in m], heavy]))\n"
    )
    proc = _fresh(code, tmp_path)
    assert proc.returncode == 0, proc.stderr
    findings, names, heavy = json.loads(proc.stdout)
    assert "wetterte" in findings and "Olaf Scholz" in names
    assert heavy == []


def _entries(n: int = 300) -> dict[bytes, bytes]:
    words = {f"Wort{i:04d}".encode(): f"wort{i % 7}".encode() for i in range(n)}
    words.update({"Häuser".encode(): b"Haus", b"ging": b"gehen", b"a": b"a"})
    return words


def test_table_answers_like_the_dictionary(tmp_path: Path) -> None:
    entries = _entries()
    path = tmp_path / "t.table"
    path.write_bytes(encode_table(entries, b"x" * 32))
    table = open_table(path, b"x" * 32)
    assert isinstance(table, LemmaTable) and len(table) == len(entries)
    for k, v in entries.items():  # every key, including those at block boundaries
        assert table.get(k.decode()) == v.decode()
    assert table.get("Häuser") == "Haus" and table["ging"] == "gehen"
    for miss in ("", "Haus", "Wort", "Wort0300", "Wort00000", "zzz", "\U0010ffff"):
        assert table.get(miss) is None and miss not in table
    assert sorted(table) == sorted(k.decode() for k in entries)


def test_stale_or_corrupt_table_is_refused(tmp_path: Path) -> None:
    digest = b"d" * 32
    data = encode_table(_entries(), digest)
    path = tmp_path / "t.table"
    path.write_bytes(data)
    assert open_table(path, b"e" * 32) is None  # other simplemma version or data file
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(flipped))
    assert open_table(path, digest) is None
    path.write_bytes(data[:-5])
    assert open_table(path, digest) is None
    path.write_bytes(b"")
    assert open_table(path, digest) is None
    assert open_table(tmp_path / "missing.table", digest) is None


def test_load_rebuilds_a_corrupt_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TONLAGE_CACHE", str(tmp_path))
    monkeypatch.delenv("TONLAGE_NO_CACHE", raising=False)
    monkeypatch.setattr(lemma_table, "source_digest", lambda: b"s" * 32)
    built: list[int] = []

    def decoded() -> dict[bytes, bytes]:
        built.append(1)
        return _entries()

    monkeypatch.setattr(lemma_table, "_decoded_dictionary", decoded)
    assert lemma_table.load().get("ging") == "gehen"  # type: ignore[union-attr]
    path = lemma_table.table_path(b"s" * 32)
    assert path is not None and path.exists() and built == [1]
    assert lemma_table.load().get("ging") == "gehen"  # type: ignore[union-attr]
    assert built == [1]  # second process: read, not rebuilt
    path.write_bytes(path.read_bytes()[:100])
    table = lemma_table.load()
    assert isinstance(table, LemmaTable) and table.get("Häuser") == "Haus" and built == [1, 1]
    monkeypatch.setenv("TONLAGE_NO_CACHE", "1")  # no cache: simplemma's own mapping
    assert lemma_table.load() is None


def test_lemmas_with_and_without_the_table_are_identical(tmp_path: Path) -> None:
    """The same words through simplemma's public functions, once served by the table and once
    by simplemma's own decoded dictionary (a fresh process each)."""
    words = ["Häuser", "ging", "wetterte", "Regierungschefin", "selbsternannten", "Krise",
             "besser", "Bundeskanzlerin", "Skandalen", "xyzzyq", "Ärzte", "übertrieben"]
    code = ("import json, simplemma, analyzer.text\n"
            f"w = {words!r}\n"
            "print(json.dumps([[simplemma.lemmatize(x, lang='de') for x in w],"
            " [simplemma.is_known(x, lang='de') for x in w],"
            " type(simplemma.strategies.dictionaries.DEFAULT_DICTIONARY_FACTORY"
            ".get_dictionary('de')).__name__]))")
    cached = _fresh(code, tmp_path)
    plain = _fresh(code, tmp_path, TONLAGE_NO_CACHE="1")
    assert cached.returncode == 0 and plain.returncode == 0, cached.stderr + plain.stderr
    lemmas, known, kind = json.loads(cached.stdout)
    plain_lemmas, plain_known, plain_kind = json.loads(plain.stdout)
    assert kind == "LemmaTable" and plain_kind == "MappingStrToByteString"
    assert (lemmas, known) == (plain_lemmas, plain_known)
    assert lemmas[:2] == ["Haus", "gehen"] and known[-1] is True and known[-3] is False


# --- start-up caches of derived tables (usercache.cached_marshal) ---------------------------

def test_cached_marshal_rebuilds_when_source_changes_or_file_is_corrupt(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analyzer.usercache import cached_marshal, source_key

    monkeypatch.setenv("TONLAGE_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("TONLAGE_NO_CACHE", raising=False)
    source = tmp_path / "wörter.txt"
    source.write_text("Haus Häuser\n", encoding="utf-8")
    builds: list[str] = []

    def build() -> dict[str, str]:
        builds.append(source.read_text(encoding="utf-8"))
        return dict([source.read_text(encoding="utf-8").split()])

    def get() -> dict[str, str]:
        return cached_marshal("test", lambda: source_key(source), build, dict, dict)

    assert get() == {"Haus": "Häuser"} and len(builds) == 1
    assert get() == {"Haus": "Häuser"} and len(builds) == 1  # from the cache
    source.write_text("Wort Wörter\n", encoding="utf-8")
    assert get() == {"Wort": "Wörter"} and len(builds) == 2  # source changed: rebuilt
    files = list((tmp_path / "cache").glob("test-*.marshal"))
    assert len(files) == 1  # the stale file was removed
    data = bytearray(files[0].read_bytes())
    data[-3] ^= 0xFF
    files[0].write_bytes(bytes(data))
    assert get() == {"Wort": "Wörter"} and len(builds) == 3  # corrupt: rebuilt
    files[0].write_bytes(b"TLCACHE1")
    assert get() == {"Wort": "Wörter"} and len(builds) == 4  # truncated: rebuilt
    monkeypatch.setenv("TONLAGE_NO_CACHE", "1")
    assert get() == {"Wort": "Wörter"} and len(builds) == 5


def test_cached_lexicon_equals_the_compiled_one(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from analyzer import lexicon

    lex_file = tmp_path / "haus.jsonl"
    lex_file.write_text(json.dumps({
        "id": "haus.test", "category": "loaded_language", "weight": 0.5,
        "explanation": "Wertendes Wort.", "examples": ["Das war ein Skandal."],
        "pattern": ["!=nicht Skandal|==Eklat ... empör* @CAP?", "Häuser @NUM"]}) + "\n",
        encoding="utf-8")
    own = lexicon.load_files([lex_file])
    shipped = lexicon.load_files(sorted(lexicon.lexicon_dir().glob("*.jsonl")))
    for lex in (own, shipped):
        stored = marshal.loads(marshal.dumps(lexicon._dump_lexicon(lex)))
        assert lexicon._undump_lexicon(stored) == lex
    key = lexicon._cache_key([lex_file])
    lex_file.write_text(lex_file.read_text(encoding="utf-8").replace("0.5", "0.6"),
                        encoding="utf-8")
    assert lexicon._cache_key([lex_file]) != key  # an edited file is compiled again


def test_cached_polarity_tables_equal_the_derived_ones() -> None:
    from analyzer import sentiment

    fresh = sentiment._Resources()
    stored = marshal.loads(marshal.dumps(sentiment._dump_resources(fresh)))
    again = sentiment._undump_resources(stored)
    assert vars(again) == vars(fresh)
    assert isinstance(again.morph[0], sentiment._MorphRule)
    assert isinstance(again.context_any[0], sentiment._CtxRule)


def test_direct_tokenizer_equals_the_blank_pipeline_one() -> None:
    """text._tokenizer builds spaCy's Tokenizer directly instead of through spacy.blank("de")
    (0.2-0.3 s less at start); the tokens must be those of the blank pipeline with the same
    markup brackets and abbreviations."""
    import spacy
    from spacy.symbols import ORTH
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    from analyzer import text

    nlp = spacy.blank("de")
    ref = nlp.tokenizer
    ref.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, r"[<>]"]).finditer
    ref.prefix_search = compile_prefix_regex([*nlp.Defaults.prefixes, r"<"]).search
    ref.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r">"]).search
    for abbr in text._EXTRA_ABBREVIATIONS:
        ref.add_special_case(abbr, [{ORTH: abbr}])
    samples = [
        "Der <b>Skandal</b> um Dr. Müller (sic!) wurde am 3. Mai publik, vgl. S. 4 ff. usw.",
        "Laut Art. 5 Abs. 2 Nr. 3 lit. a kostet das ca. 1.000,50 € bzw. 3,5 Mio. Euro.",
        "„Das ist unerhört!“, sagte sie. »Wirklich?« ‚Ja‘ – z.B. https://example.org/a?b=1.",
        "E-Mail an info@example.de; Treffen Mo. 12.30 Uhr, Str. 7, Tel. 0664/123 45 67 :-)",
        "Die SPÖ-Chefin und die U.S.A. ... usw. etc. Prof. Dr. Ing. Mag. Hr. Fr. Jan. Sept.",
        " ".join(text._EXTRA_ABBREVIATIONS),
    ]
    for sample in samples:
        assert [(t.idx, t.text) for t in text._tokenizer()(sample)] == \
            [(t.idx, t.text) for t in ref(sample)]


def test_version_loads_no_engine_and_analyze_no_feature_modules(tmp_path: Path) -> None:
    code = (
        "import io, json, sys, contextlib\n"
        "from analyzer.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    rc = main(['--version'])\n"
        "engine = sorted(m for m in ('numpy', 'spacy', 'simplemma', 'analyzer.pipeline')"
        " if m in sys.modules)\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    rc2 = main(['analyze', '--classifier', 'none', '--no-word-model', sys.argv[1]])\n"
        "features = sorted(m for m in ('analyzer.compare', 'analyzer.corpus', 'analyzer.render',"
        " 'analyzer.classifier_cli', 'analyzer.lexicon_suggest') if m in sys.modules)\n"
        "print(json.dumps([rc, out.getvalue(), engine, rc2, features]))\n"
    )
    draft = tmp_path / "entwurf.txt"
    draft.write_text("Der selbst ernannte Präsident wetterte gegen die Presse.", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", code, str(draft)], cwd=REPO, capture_output=True,
                          text=True, timeout=300,
                          env={**os.environ, "TONLAGE_CACHE": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    rc, version, engine, rc2, features = json.loads(proc.stdout)
    assert (rc, version.strip(), engine) == (0, "analyzer " + __version__, [])
    assert (rc2, features) == (0, [])


def test_spacy_is_imported_without_its_cli_and_stays_complete(tmp_path: Path) -> None:
    """text._import_spacy skips spaCy's CLI package while importing spaCy; tokens are spaCy's,
    spacy.info still works, and spacy.cli can be imported for real afterwards."""
    code = (
        "import json, sys\n"
        "from analyzer.text import segment\n"
        "words = [t.text for s in segment('Dr. Müller sagt’s: „Unerhört!“').sentences"
        " for t in s.tokens]\n"
        "cli_loaded = [m for m in ('spacy.cli', 'weasel', 'typer') if m in sys.modules]\n"
        "import spacy\n"
        "version = spacy.info()['spacy_version']\n"
        "import spacy.cli\n"
        "print(json.dumps([words, cli_loaded, version == spacy.__version__,"
        " callable(spacy.cli.download)]))\n"
    )
    proc = _fresh(code, tmp_path)
    assert proc.returncode == 0, proc.stderr
    words, cli_loaded, version_ok, real_cli = json.loads(proc.stdout)
    assert words == ["Dr.", "Müller", "sagt's", ":", "„", "Unerhört", "!", "“"]  # ’ → '
    assert cli_loaded == [] and version_ok and real_cli


def test_table_lookups_from_many_threads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The server shares one table between threads: answers stay right while the lookup memo is
    cleared constantly (CPython 3.11 rarely switches threads inside get(), so this guards the
    answers rather than reproducing the old check-then-read race)."""
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setattr(lemma_table, "_MEMO_MAX", 3)  # clear constantly
    entries = _entries()
    path = tmp_path / "t.table"
    path.write_bytes(encode_table(entries, b"x" * 32))
    table = open_table(path, b"x" * 32)
    assert table is not None
    items = [(k.decode(), v.decode()) for k, v in entries.items()] + [("Unbekannt", None)]

    def work(offset: int) -> int:
        wrong = 0
        for n in range(4000):
            key, value = items[(n * 7 + offset) % len(items)]
            wrong += table.get(key) != value
        return wrong

    with ThreadPoolExecutor(4) as pool:
        assert sum(pool.map(work, range(4))) == 0
