"""Minimal pairs: is the loaded word flagged and its neutral counterpart not?

    python -m bench.bench_pairs [--show]

Each line of ``bench/pairs_de.tsv`` holds two German claims that differ by one word or phrase
(Hausbesetzer / Krawallmacher, Parteifreunde / Seilschaft …). A pair counts as a success when
the loaded sentence has an author-voice finding on the differing word and the neutral sentence
has none on its word. About half of the loaded words are deliberately not in any lexicon
("unseen"): that half measures how far the engine generalizes beyond its word lists, so it is
reported separately from the "seen" half (lexicon entries) and the rule-based pairs. Measured
without and with the learned word model. The pairs were written for this project; no sentence
comes from a data set.
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from analyzer.pipeline import Analyzer
from analyzer.results import DocumentResult

PAIRS = Path(__file__).with_name("pairs_de.tsv")
STATUSES = ("seen", "unseen", "rule")


@dataclass(frozen=True)
class Pair:
    kind: str
    status: str
    neutral: str
    loaded: str
    neutral_sentence: str
    loaded_sentence: str
    line: int


def load_pairs(path: Path = PAIRS) -> list[Pair]:
    """Read the TSV (``#`` lines are comments); a malformed line stops with file:line."""
    pairs: list[Pair] = []
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [(n, line) for n, line in enumerate(fh, start=1) if not line.startswith("#")]
    reader = csv.reader((line for _, line in rows), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    for (n, _), row in zip(rows[1:], reader, strict=True):
        if not row:
            continue
        if len(row) != len(header):
            raise SystemExit(f"error: {path.name}:{n}: expected {len(header)} columns")
        rec = dict(zip(header, row, strict=True))
        if rec["status"] not in STATUSES:
            raise SystemExit(f"error: {path.name}:{n}: status must be one of {STATUSES}")
        for word, sent in ((rec["neutral"], rec["neutral_sentence"]),
                           (rec["loaded"], rec["loaded_sentence"])):
            if word not in sent:
                raise SystemExit(f"error: {path.name}:{n}: {word!r} not in {sent!r}")
        pairs.append(Pair(rec["kind"], rec["status"], rec["neutral"], rec["loaded"],
                          rec["neutral_sentence"], rec["loaded_sentence"], n))
    return pairs


def flagged(result: DocumentResult, sentence: str, word: str) -> list[str]:
    """Ids of author-voice findings overlapping ``word`` in ``sentence``."""
    start = sentence.index(word)
    end = start + len(word)
    return [f.id for f in result.findings
            if f.voice == "author" and f.start < end and start < f.end]


@dataclass(frozen=True)
class Outcome:
    pair: Pair
    loaded_ids: tuple[str, ...]
    neutral_ids: tuple[str, ...]

    @property
    def success(self) -> bool:
        return bool(self.loaded_ids) and not self.neutral_ids


def run(engine: Analyzer, pairs: Sequence[Pair]) -> list[Outcome]:
    out = []
    for p in pairs:
        loaded = flagged(engine.analyze(p.loaded_sentence), p.loaded_sentence, p.loaded)
        neutral = flagged(engine.analyze(p.neutral_sentence), p.neutral_sentence, p.neutral)
        out.append(Outcome(p, tuple(loaded), tuple(neutral)))
    return out


def _share(outcomes: Sequence[Outcome]) -> str:
    if not outcomes:
        return "–"
    ok = sum(o.success for o in outcomes)
    return f"{ok / len(outcomes):>4.0%} ({ok}/{len(outcomes)})"


def _engines() -> dict[str, Analyzer | str]:
    try:
        base = Analyzer(classifier=None, word_model=False)
    except TypeError:  # an engine without the word model: lexicon and rules are all there is
        return {"lexicon+rules": Analyzer(classifier=None),
                "+ word model": "not available in this version"}
    engines: dict[str, Analyzer | str] = {"lexicon+rules": base}
    try:
        engines["+ word model"] = Analyzer(classifier=None, word_model=True)
    except Exception as exc:  # the bench reports what is missing and goes on
        engines["+ word model"] = f"not available ({exc})"
    return engines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="list the pairs that fail")
    args = parser.parse_args()
    pairs = load_pairs()
    counts = {s: sum(p.status == s for p in pairs) for s in STATUSES}
    print(f"Minimal pairs ({PAIRS.name}): {len(pairs)} pairs – {counts['seen']} seen (lexicon "
          f"entry), {counts['unseen']} unseen (deliberately not in a lexicon), {counts['rule']} "
          "rule-based")
    print("share of pairs where the loaded word is flagged and the neutral one is not "
          "(author voice):")
    results: dict[str, list[Outcome]] = {}
    for name, engine in _engines().items():
        if isinstance(engine, str):
            print(f"  {name}: {engine}")
            continue
        results[name] = run(engine, pairs)
    names = list(results)
    kinds = list(dict.fromkeys(p.kind for p in pairs))
    head = "".join(f"{n:>22}" for n in names)
    print(f"  {'kind':<22}{'status':<8}{head}")
    for kind in kinds:
        for status in STATUSES:
            sel = [i for i, p in enumerate(pairs) if p.kind == kind and p.status == status]
            if sel:
                cells = "".join(f"{_share([results[n][i] for i in sel]):>22}" for n in names)
                print(f"  {kind:<22}{status:<8}{cells}")
    print(f"  {'-' * (30 + 22 * len(names))}")
    groups = {"seen + rule": ("seen", "rule"), "unseen": ("unseen",),
              "all": STATUSES}
    for label, statuses in groups.items():
        sel = [i for i, p in enumerate(pairs) if p.status in statuses]
        cells = "".join(f"{_share([results[n][i] for i in sel]):>22}" for n in names)
        print(f"  {label:<30}{cells}")
    for n in names:
        alarms = sum(bool(o.neutral_ids) for o in results[n])
        print(f"  neutral word flagged ({n}): {alarms}/{len(pairs)}")
    base = results.get("lexicon+rules", [])
    drift = [o.pair for o in base if o.pair.status == "unseen" and o.loaded_ids]
    lost = [o.pair for o in base if o.pair.status == "seen" and not o.loaded_ids]
    for p in drift:
        print(f"  note: line {p.line}: unseen word {p.loaded!r} is now found by the lexicon "
              "– pick another word for this pair")
    for p in lost:
        print(f"  note: line {p.line}: seen word {p.loaded!r} is not found by the lexicon")
    if args.show:
        by_kind: dict[str, list[str]] = defaultdict(list)
        for n in names:
            for o in results[n]:
                if not o.success:
                    why = "neutral flagged " + ",".join(o.neutral_ids) if o.neutral_ids \
                        else "loaded not flagged"
                    by_kind[n].append(f"    {o.pair.kind}/{o.pair.status}: {o.pair.loaded!r} "
                                      f"({why})")
        for n, lines in by_kind.items():
            print(f"failures, {n}:")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
