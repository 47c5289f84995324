"""The weights each engine gave on text it was judged on blind: bench/precision/blind_weights.jsonl.

    python research/blind_rows.py            # rebuild the file (about 5 minutes, 2 cores)

Every judging round and desk set was judged on the engine of its time, before any fix chosen
from its verdicts (the ``round`` field of the verdict files names the commit). This script checks
out each of those commits in a temporary git worktree, runs that engine (``classifier=None``, or
the default classifier for the subsets judged with it) on the subset's documents and pairs each
author-voice finding with its verdict. Engines that already carry the transfer report their
weights before it (the judged-set precision), so every row means the same. The rows keep source,
offsets, category, id, the weights the engine reported and the verdict: no text (the Der
Standard articles are CC BY-NC-SA 4.0). ``analyzer/calibration.py`` fits the transfer of
weights to unseen copy from them (``--write-calibration`` of bench/bench_precision.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import bench_precision as B  # noqa: E402
from bench._data import derstandard_articles  # noqa: E402

OUT = REPO / "bench" / "precision" / "blind_weights.jsonl"
# subset, every-25th offset(s) or desk folder, engine commit it was judged on (before its
# fixes), and the sentence classifier it ran (None unless named)
JUDGED_BLIND = (
    ("derstandard-r3", 6, "75677b9"), ("derstandard-r4", 18, "735e768"),
    ("derstandard-r5", 3, "2f4a967"), ("derstandard-r6", 21, "0237b81"),
    ("derstandard-r7", 9, "96ae557"), ("desk", "desk", "96ae557"),
    ("derstandard-r8", 15, "ccfc34e"), ("desk2", "desk2", "ccfc34e"),
    ("derstandard-r9", 24, "0d31d0d"), ("desk3", "desk3", "0d31d0d"),
    ("desk4", "desk4", "fb9cd54"), ("derstandard-r10", 1, "49474a7"),
    ("desk5", "desk5", "49474a7"), ("derstandard-r11", 2, "21cfada"),
    ("desk6", "desk6", "21cfada"), ("derstandard-r12", 4, "725faaa"),
    ("desk7", "desk7", "725faaa"), ("derstandard-r13", 5, "dbc346d"),
    ("desk8", "desk8", "dbc346d"), ("derstandard-r14", 7, "1802d3a"),
    ("desk9", "desk9", "1802d3a"), ("derstandard-r15", 8, "bc43407"),
    # from 428d680 on the judged engine is the editors' one: the default sentence classifier,
    # which brings the contextual word model's findings (bench_precision.JUDGED_CLASSIFIER)
    ("derstandard-r16", 10, "428d680", "default"), ("desk10", "desk10", "428d680", "default"),
    ("derstandard-context", B.CONTEXT_OFFSETS, "428d680", "default"),
    ("derstandard-r17", 11, "a6fa3c2", "default"), ("desk11", "desk11", "a6fa3c2", "default"),
    ("desk12", "desk12", "aca5c85", "default"), ("desk13", "desk13", "500de0d", "default"),
    ("desk14", "desk14", "1b14848", "default"), ("desk15", "desk15", "8666988", "default"),
    ("desk16", "desk16", "668a6b1", "default"), ("desk17", "desk17", "6ddfd2a", "default"),
    ("desk18", "desk18", "2cdbc60", "default"), ("desk19", "desk19", "a87775c", "default"),
    ("desk20", "desk20", "6527847", "default"), ("desk21", "desk21", "092528f", "default"),
    ("desk22", "desk22", "e8db03f", "default"), ("desk23", "desk23", "63462f4", "default"),
    ("desk24", "desk24", "8c4466f", "default"), ("desk25", "desk25", "332d305", "default"),
    ("desk26", "desk26", "36ed7df", "default"), ("desk27", "desk27", "88f4548", "default"),
    ("desk28", "desk28", "6b7c71a", "default"),
    ("desk29", "desk29", "fd66821", "default"),
    ("desk30", "desk30", "6ec02ca", "default"),
    ("desk31", "desk31", "38cdd81", "default"),
    ("desk32", "desk32", "ba5c849", "default"),
    ("desk33", "desk33", "5811cb8", "default"),
    ("desk34", "desk34", "fd1a93f", "default"),
    ("desk35", "desk35", "cfb9fd0", "default"),
    ("desk36", "desk36", "bb658ef", "default"),
    ("desk37", "desk37", "ca79218", "default"),
    ("desk38", "desk38", "54f7573", "default"),
    ("desk39", "desk39", "642b016", "default"),
    ("desk40", "desk40", "bf4010b", "default"),
    ("desk41", "desk41", "eda5ef2", "default"),
    ("desk43", "desk43", "ce6331f", "default"),
    ("desk42", "desk42", "d8fc463", "default"),
    ("desk44", "desk44", "94cb9a7", "default"),
    ("desk46", "desk46", "cba0e6b", "default"),
    ("desk45", "desk45", "295f888", "default"),
    ("desk47", "desk47", "1dd0835", "default"),
    ("desk48", "desk48", "841fa14", "default"),
    ("desk49", "desk49", "3294411", "default"),
    ("desk50", "desk50", "3294411", "default"),
    ("desk51", "desk51", "06056bf", "default"),
    ("desk52", "desk52", "06056bf", "default"),
    ("desk53", "desk53", "7c979b9", "default"),
    ("desk54", "desk54", "f38c3dc", "default"),
    ("desk55", "desk55", "f38c3dc", "default"),
    ("desk56", "desk56", "4ba83cc", "default"),
    ("desk57", "desk57", "4ba83cc", "default"),
    ("desk58", "desk58", "d354493", "default"),
    ("desk59", "desk59", "d354493", "default"),
    ("desk60", "desk60", "8afddab", "default"),
    ("desk61", "desk61", "8afddab", "default"),
    ("desk62", "desk62", "aa3eaca", "default"),
    ("desk63", "desk63", "aa3eaca", "default"),
    ("desk64", "desk64", "e471a58", "default"),
    ("desk65", "desk65", "e471a58", "default"),
    ("desk67", "desk67", "91f0319", "default"),
    ("desk68", "desk68", "91f0319", "default"),
    ("desk66", "desk66", "d3d9cd6", "default"),
    ("desk69", "desk69", "d3d9cd6", "default"),
    ("desk70", "desk70", "743f7d4", "default"),
    ("desk71", "desk71", "743f7d4", "default"),
    ("desk72", "desk72", "66ea228", "default"),
    ("desk73", "desk73", "66ea228", "default"),
    ("desk74", "desk74", "9daa230", "default"),
    ("desk75", "desk75", "9daa230", "default"),
    ("desk76", "desk76", "4d86763", "default"),
    ("desk77", "desk77", "4d86763", "default"),
    ("desk78", "desk78", "1e86146", "default"),
    ("desk79", "desk79", "1e86146", "default"),
    ("desk80", "desk80", "a194dde", "default"),
    ("desk81", "desk81", "a194dde", "default"),
    ("desk82", "desk82", "02c55ef", "default"),
    ("desk83", "desk83", "02c55ef", "default"),
    ("desk84", "desk84", "0858785", "default"),
    ("desk85", "desk85", "0858785", "default"),
    ("desk86", "desk86", "62af0f9", "default"),
    ("desk87", "desk87", "62af0f9", "default"),
    ("desk88", "desk88", "dd45fdd", "default"),
    ("desk89", "desk89", "dd45fdd", "default"),
    ("desk90", "desk90", "f8f4078", "default"),
    ("desk91", "desk91", "f8f4078", "default"),
    ("desk92", "desk92", "35224ee", "default"),
    ("desk93", "desk93", "35224ee", "default"),
    ("desk94", "desk94", "35224ee", "default"),
    ("desk95", "desk95", "35224ee", "default"),
    ("desk96", "desk96", "07955d9", "default"),
    ("desk97", "desk97", "07955d9", "default"),
    ("desk98", "desk98", "d1d28a3", "default"),
    ("desk99", "desk99", "d1d28a3", "default"),
    ("desk100", "desk100", "ebe4328", "default"),
    ("desk101", "desk101", "ebe4328", "default"),
    ("desk102", "desk102", "7a8d4af", "default"),
    ("desk103", "desk103", "7a8d4af", "default"),
    ("desk104", "desk104", "ad26b20", "default"),
    ("desk105", "desk105", "ad26b20", "default"),
    ("desk106", "desk106", "2e312a0", "default"),
    ("desk107", "desk107", "2e312a0", "default"),
    ("desk108", "desk108", "2e312a0", "default"),
    ("desk109", "desk109", "2e312a0", "default"),
    ("desk110", "desk110", "abe6440", "default"),
    ("desk111", "desk111", "b067090", "default"),
    ("desk112", "desk112", "daf104f", "default"),
    ("desk113", "desk113", "daf104f", "default"),
    ("desk114", "desk114", "daf104f", "default"),
    ("desk115", "desk115", "daf104f", "default"),
    ("desk116", "desk116", "3680866", "default"),
    ("desk117", "desk117", "3680866", "default"),
    ("desk118", "desk118", "efe0ef9", "default"),
    ("desk119", "desk119", "efe0ef9", "default"),
    ("desk120", "desk120", "b4fa217", "default"),
    ("desk121", "desk121", "b4fa217", "default"),
    ("desk122", "desk122", "e1406d0", "default"),
    ("desk123", "desk123", "e1406d0", "default"),
    ("desk124", "desk124", "e8f04a7", "default"),
    ("desk125", "desk125", "e8f04a7", "default"),
    ("desk126", "desk126", "82343f0", "default"),
    ("desk127", "desk127", "82343f0", "default"),
    ("desk128", "desk128", "42df708", "default"),
    ("desk129", "desk129", "42df708", "default"),
    ("desk130", "desk130", "42df708", "default"),
    ("desk131", "desk131", "42df708", "default"),
    ("desk132", "desk132", "3551653", "default"),
    ("desk133", "desk133", "3551653", "default"),
    ("desk134", "desk134", "261ae58", "default"),
    ("desk135", "desk135", "261ae58", "default"),
    ("desk136", "desk136", "83167cd", "default"),
    ("desk137", "desk137", "83167cd", "default"),
    ("desk138", "desk138", "83167cd", "default"),
    ("desk139", "desk139", "83167cd", "default"),
    ("desk140", "desk140", "725eebe", "default"),
    ("desk141", "desk141", "725eebe", "default"),
    ("desk142", "desk142", "725eebe", "default"),
    ("desk143", "desk143", "725eebe", "default"),
    ("desk144", "desk144", "ec3e565", "default"),
    ("desk145", "desk145", "ec3e565", "default"),
    ("desk146", "desk146", "ec3e565", "default"),
    ("desk147", "desk147", "ec3e565", "default"),
    ("desk148", "desk148", "c58242f", "default"),
    ("desk149", "desk149", "c58242f", "default"),
    ("desk150", "desk150", "c58242f", "default"),
    ("desk151", "desk151", "c58242f", "default"),
    ("desk152", "desk152", "7364fb4", "default"),
    ("desk153", "desk153", "7364fb4", "default"),
    ("desk154", "desk154", "7364fb4", "default"),
    ("desk155", "desk155", "7364fb4", "default"),
    ("desk156", "desk156", "8061064", "default"),
    ("desk157", "desk157", "8061064", "default"),
    ("desk158", "desk158", "8061064", "default"),
    ("desk159", "desk159", "8061064", "default"),
    ("desk160", "desk160", "181ee13", "default"),
    ("desk161", "desk161", "181ee13", "default"),
    ("desk162", "desk162", "181ee13", "default"),
    ("desk163", "desk163", "181ee13", "default"),
    ("desk164", "desk164", "ba3ce52", "default"),
    ("desk165", "desk165", "ba3ce52", "default"),
    ("desk166", "desk166", "ba3ce52", "default"),
    ("desk167", "desk167", "ba3ce52", "default"),
    ("desk168", "desk168", "cb761c4", "default"),
    ("desk169", "desk169", "cb761c4", "default"),
    ("desk170", "desk170", "cb761c4", "default"),
    ("desk171", "desk171", "cb761c4", "default"),
)
# runs inside the old commit's worktree: documents in on stdin, findings out on stdout
_RUN = """
import json, sys
sys.path.insert(0, '.')
from analyzer.pipeline import Analyzer
eng = Analyzer(classifier=None if sys.argv[1] == 'none' else sys.argv[1])
if getattr(eng.calibration, 'transfer', None) is not None:  # the weights before the transfer
    import dataclasses
    eng.calibration = dataclasses.replace(eng.calibration, transfer=None)
out = []
for src, text in json.load(sys.stdin):
    for s in eng.analyze(text).sentences:
        for f in s.findings:
            if f.voice == 'author':
                out.append([src, f.start, f.end, f.category, f.id, f.weight, f.base_weight])
json.dump(out, sys.stdout)
"""


def documents(where: int | tuple[int, ...] | str, subset: str, arts: list[str]
              ) -> list[tuple[str, str]]:
    if isinstance(where, int):
        where = (where,)
    if isinstance(where, tuple):
        return [(f"derstandard:{i}", arts[i]) for offset in where
                for i in range(offset, len(arts), B.DERSTANDARD_STEP)]
    folder = B.HERE / where
    return [(f"{subset}:{p.stem}", p.read_text(encoding="utf-8"))
            for p in sorted(folder.glob("*.txt"))]


def current_id(fid: str, text: str, start: int, end: int) -> str:
    """The id today's engine gives the same finding where an id was split since: a rhetorical
    question by its place in the paragraph (``rules.QUESTION_CLOSING_ID`` /
    ``QUESTION_OPENING_ID``), so the transfer sees each variant's blind record."""
    if fid != "rule.rhetorical_question":
        return fid
    from types import SimpleNamespace

    from analyzer.rules import question_id

    return question_id(text, SimpleNamespace(start=start, end=end))


def main() -> None:
    arts = derstandard_articles()
    verdicts = B.load_all_verdicts()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for subset, where, commit, *classifier in JUDGED_BLIND:
            tree = Path(tmp) / commit
            if not tree.exists():
                subprocess.run(["git", "-C", str(REPO), "worktree", "add", "-f", "--detach",
                                str(tree), commit], check=True, capture_output=True)
            docs = documents(where, subset, arts)
            texts = dict(docs)
            res = subprocess.run([sys.executable, "-c", _RUN, *(classifier or ["none"])],
                                 cwd=tree, input=json.dumps(docs),
                                 capture_output=True, text=True, check=True)
            n = 0
            for src, start, end, cat, fid, weight, base in json.loads(res.stdout):
                v = verdicts.get(B.span_key(src, texts[src], start, end, cat))
                if v is None or B._is_artifact(v):
                    continue
                n += 1
                rows.append({"subset": subset, "engine": commit, "source": src, "start": start,
                             "end": end, "category": cat,
                             "id": current_id(fid, texts[src], start, end),
                             "weight": round(weight, 4),
                             "base_weight": round(base, 4), "right": v["verdict"] == "right"})
            print(f"{subset:16s} {commit}: {n} judged findings", file=sys.stderr)
    subprocess.run(["git", "-C", str(REPO), "worktree", "prune"], check=False)
    header = ("# Weights each engine gave on text it was judged on blind, with the verdicts: "
              "made by research/blind_rows.py; offsets and ids only, no text (Der Standard "
              "articles: CC BY-NC-SA 4.0, research use).")
    OUT.write_text("\n".join([header] + [json.dumps(r, ensure_ascii=False) for r in rows]) + "\n",
                   encoding="utf-8")
    print(f"{len(rows)} rows -> {OUT.relative_to(REPO)}", file=sys.stderr)


if __name__ == "__main__":
    main()
