"""Finding weights from measured precision: a higher weight means a more reliable finding.

Each rule or lexicon entry gets an estimated precision – the share of its author-voice findings
that an editor would agree are the author's evaluative wording of that kind, judged on the
mainstream precision set (``bench/precision/README.md``). Estimates are Beta-smoothed along a
hierarchy, so sparse counts borrow strength from their parents:

    global      g   = (R + 1) / (N + 2)
    category    p_c = (r_c + K_CATEGORY · g)   / (n_c + K_CATEGORY)
    group       p_g = (r_g + K_GROUP · p_c)    / (n_g + K_GROUP)      # lexicon / rule / model …
    prior       m   = clip(p_g · lexicon weight / mean lexicon weight of the group's findings)
    precision   q   = clip((r_id + K_ID · m)   / (n_id + K_ID))
    weight      w   = clip(S · q),  S = 0.7 (fixed)

Learned word lists (ids ``model.*``, ``polarity.*``) form a tree of their own – kind → group → id,
the kind shrunk toward g – so their verdicts do not move the rate, scale or categories of the
lexicon entries and rules.

The weight is proportional to the estimated precision with a FIXED factor, so a weight means the
same whatever has been judged: 0.4 is an estimated precision of 57 %, 0.6 ("severe") one of 86 %.
0.7 is about the mean lexicon weight of the judged findings over their measured precision
(0.49 / 0.74 on the current set), so the calibration redistributes weight by reliability instead
of inflating it and scores keep their scale. (The factor used to be that ratio itself; as more
judged findings raised the measured precision it fell below 0.67, and with precision clipped at
0.9 no finding could reach 0.6 any more.)

The lexicon's own weight stays the prior: the group's measured precision rescales the lexicon
weights of its entries, a heavier entry starts higher, and an entry never judged keeps exactly
that prior. Voice and negation factors apply on top, as before (``scoring.VOICE_FACTOR``, the
category's negation factor).

Transfer to unseen copy. q is measured on the judged set, whose findings the lexicon and rules
were fixed against, so on copy nobody has read it is too optimistic: on 19 subsets judged blind
(each on the engine of its time, before any fix chosen from its verdicts) weights of 0.6 and more
were right 73 % of the time, not 86 %, and q told right from wrong hardly at all. What did carry
over is the entry's own record on blind text and its category. The reported weight is therefore

    p = sigmoid(a + b · logit(q) + c_category + d_kind + e · logit(blind record))
    blind record = (right_blind + K_ID · base rate) / (judged_blind + K_ID)
    weight = clip(S · p)

fitted by logistic regression on those blind verdicts (``bench/precision/blind_weights.jsonl``;
``build_transfer``), the record of each training row taken without its own subset. Whether a
finding is shown follows q (``FLOOR``) and the reported weight (``SHOWN_FLOOR``): on blind text
findings reported under 0.3 were mostly wrong.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .lexicon import Lexicon, lexicon_dir
from .results import Finding

DATA_FILE = Path(__file__).resolve().parents[1] / "lexicons" / "precision.json"
K_CATEGORY = 10.0  # pseudo-counts: how many judged findings a category needs to move off g
K_GROUP = 10.0
K_ID = 4.0
LOWEST, HIGHEST = 0.05, 0.9
SCALE = 0.7  # weight = SCALE × estimated precision: 0.4 ≈ 57 %, 0.6 ≈ 86 % right
# Author-voice findings whose calibrated base weight is below this (estimated precision < 29 %)
# are not reported: on the judged set none of the findings under 0.2 was right,
# leave-one-document-out included. House-list entries are exempt (the newsroom decided to see
# them); so are quoted words (marked as the source's wording, at a fifth of the weight).
FLOOR = 0.2
# Author-voice findings whose reported weight (the transfer to unseen copy, times the voice and
# negation factors) is below this are not shown either: on text judged blind, findings the
# engines of their time reported under 0.3 were right about one time in four (24 % of 195
# lexicon and rule findings, 32 % of 122 context-model findings), those from 0.3 about one in
# two and more. House-list entries and quoted words are exempt, as above.
SHOWN_FLOOR = 0.3
# Id prefixes that are not lexicon entries; every other id is a lexicon entry.
_GROUPS = ("rule", "model", "compound", "polarity", "context")
# Learned word lists are a different mechanism: their verdicts form a tree of their own (kind →
# category/kind → id) and do not move the rate, scale or categories of lexicon entries and rules.
_SEPARATE_KINDS = ("model", "compound", "polarity", "context")
# Kinds shipped before any verdict on them (the contextual word model, ``context.*``): until the
# judged set has verdicts of the kind, its findings keep their own weight (below 0.4, "prüfen")
# and pass the floor; the transfer leaves a kind it has no offset for at its judged-set estimate.
_UNJUDGED_UNTIL_VERDICTS = ("context",)


def kind_of(finding_id: str) -> str:
    prefix = finding_id.split(".", 1)[0]
    return prefix if prefix in _GROUPS else "lexicon"


def group_of(finding_id: str, category: str) -> str:
    """Pool ids that share a mechanism: 'loaded_language/model', 'stance/lexicon'."""
    return f"{category}/{kind_of(finding_id)}"


def _clip(x: float) -> float:
    return min(HIGHEST, max(LOWEST, x))


def _logit(p: float) -> float:
    p = min(0.97, max(0.03, p))
    return math.log(p / (1 - p))


@dataclass(frozen=True)
class Transfer:
    """From the precision measured on the judged set to the precision expected on unseen copy."""

    intercept: float
    slope_precision: float  # on logit(q)
    slope_record: float  # on logit(the id's smoothed record on blind text)
    base_rate: float  # share right of all blind verdicts: the record of an id never judged blind
    categories: Mapping[str, float]
    kinds: Mapping[str, float]  # offsets of rule / model / compound ids against lexicon entries
    records: Mapping[str, tuple[int, int]]  # id → (right, judged) on blind text

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Transfer:
        return cls(intercept=float(data["intercept"]),
                   slope_precision=float(data["slope_precision"]),
                   slope_record=float(data["slope_record"]), base_rate=float(data["base_rate"]),
                   categories={k: float(v) for k, v in data["categories"].items()},
                   kinds={k: float(v) for k, v in data["kinds"].items()},
                   records={k: (int(v["right"]), int(v["judged"]))
                            for k, v in data["records"].items()})

    def record(self, finding_id: str) -> float:
        right, n = self.records.get(finding_id, (0, 0))
        return (right + K_ID * self.base_rate) / (n + K_ID)

    def precision(self, finding_id: str, category: str, q: float) -> float:
        z = (self.intercept + self.slope_precision * _logit(q)
             + self.categories.get(category, 0.0) + self.kinds.get(kind_of(finding_id), 0.0)
             + self.slope_record * _logit(self.record(finding_id)))
        return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class Calibration:
    """Counts of right / judged per level, and the smoothed precision of each level."""

    global_precision: float
    global_mean_weight: float
    categories: Mapping[str, tuple[float, float]]  # key → (precision, mean lexicon weight)
    groups: Mapping[str, tuple[float, float]]
    ids: Mapping[str, tuple[int, int]]  # id → (right, judged)
    kinds: Mapping[str, tuple[float, float]] = field(default_factory=dict)  # model, polarity
    transfer: Transfer | None = None  # to unseen copy; None: the weight follows q alone

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Calibration:
        try:
            g = data["global"]
            return cls(
                global_precision=float(g["precision"]),
                global_mean_weight=float(g["mean_lexicon_weight"]),
                categories={k: (float(v["precision"]), float(v["mean_lexicon_weight"]))
                            for k, v in data["categories"].items()},
                groups={k: (float(v["precision"]), float(v["mean_lexicon_weight"]))
                        for k, v in data["groups"].items()},
                ids={k: (int(v["right"]), int(v["judged"])) for k, v in data["ids"].items()},
                kinds={k: (float(v["precision"]), float(v["mean_lexicon_weight"]))
                       for k, v in data.get("kinds", {}).items()},
                transfer=(Transfer.from_dict({**data["transfer"], "records": data["blind_records"]})
                          if data.get("transfer") else None),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"invalid calibration data: {exc!r}") from None

    @property
    def scale(self) -> float:
        """Weight per unit of estimated precision (fixed, see the module docstring)."""
        return SCALE

    def prior(self, finding_id: str, category: str, lexicon_weight: float) -> float:
        """Precision expected without verdicts on this id: group precision × relative weight."""
        kind = kind_of(finding_id)
        if kind in _SEPARATE_KINDS:
            parent = self.kinds.get(kind, (self.global_precision, self.global_mean_weight))
        else:
            parent = self.categories.get(category,
                                         (self.global_precision, self.global_mean_weight))
        p_g, mean_g = self.groups.get(group_of(finding_id, category), parent)
        if mean_g <= 0:
            return _clip(p_g)
        return _clip(p_g * lexicon_weight / mean_g)

    def precision(self, finding_id: str, category: str, lexicon_weight: float,
                  judged: bool = True) -> float:
        """Estimated share of such findings that are right; ``judged=False`` ignores the id's
        own verdicts (a newsroom entry that replaces a shipped id)."""
        m = self.prior(finding_id, category, lexicon_weight)
        right, n = self.ids.get(finding_id, (0, 0)) if judged else (0, 0)
        return _clip((right + K_ID * m) / (n + K_ID))

    def weight(self, finding_id: str, category: str, lexicon_weight: float,
               judged: bool = True, transfer: bool = True) -> float:
        """Calibrated weight: estimated precision on the lexicon's scale (× ``scale``), carried
        over to unseen copy (``transfer=False``: the precision on the judged set; a newsroom
        entry, ``judged=False``, keeps that too)."""
        q = self.precision(finding_id, category, lexicon_weight, judged)
        if transfer and judged and self.transfer is not None and (
                kind_of(finding_id) not in _UNJUDGED_UNTIL_VERDICTS
                or kind_of(finding_id) in self.transfer.kinds):
            q = self.transfer.precision(finding_id, category, q)
        return _clip(self.scale * q)


def build(records: Iterable[Mapping[str, Any]],
          blind: Sequence[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """The data file from judged findings: dicts with id, category, lexicon_weight, right and
    optionally ``sample: False`` for findings from a one-category supplement, which count for
    their category but not for the global rate and scale (that sample is not representative).
    ``blind``: findings judged blind, with the weights their engine reported (``build_transfer``);
    without them the weight follows the judged set's precision alone."""
    recs = list(records)
    main = [x for x in recs if kind_of(x["id"]) not in _SEPARATE_KINDS]
    pooled = [x for x in main if x.get("sample", True)] or main
    n = len(pooled)
    r = sum(1 for x in pooled if x["right"])
    g = (r + 1) / (n + 2)
    mean_all = sum(float(x["lexicon_weight"]) for x in pooled) / n if n else 0.5
    by: dict[str, dict[str, list[Mapping[str, Any]]]] = {
        "category": defaultdict(list), "group": defaultdict(list), "id": defaultdict(list)}
    by_kind: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for x in recs:
        if kind_of(x["id"]) in _SEPARATE_KINDS:
            by_kind[kind_of(x["id"])].append(x)
        else:
            by["category"][x["category"]].append(x)
        by["group"][group_of(x["id"], x["category"])].append(x)
        by["id"][x["id"]].append(x)

    def level(xs: Sequence[Mapping[str, Any]], parent_p: float, parent_mean: float,
              k: float) -> dict[str, Any]:
        right = sum(1 for x in xs if x["right"])
        mean = sum(float(x["lexicon_weight"]) for x in xs) / len(xs) if xs else parent_mean
        return {"right": right, "judged": len(xs),
                "precision": round((right + k * parent_p) / (len(xs) + k), 4),
                "mean_lexicon_weight": round(mean, 4)}

    cats = {c: level(xs, g, mean_all, K_CATEGORY) for c, xs in sorted(by["category"].items())}
    kinds = {k: level(xs, g, mean_all, K_CATEGORY) for k, xs in sorted(by_kind.items())}
    groups = {}
    for key, xs in sorted(by["group"].items()):
        cat_key, kind = key.split("/", 1)
        parent = kinds[kind] if kind in _SEPARATE_KINDS else cats[cat_key]
        groups[key] = level(xs, parent["precision"], parent["mean_lexicon_weight"], K_GROUP)
    data: dict[str, Any] = {
        "note": ("Generated by `python -m bench.bench_precision --write-calibration` from the "
                 "verdicts in bench/precision/verdicts.jsonl (judged on Der Standard articles, "
                 "CC BY-NC-SA 4.0, research use; only counts are stored here, no text). "
                 "Definition: analyzer/calibration.py."),
        "params": {"k_category": K_CATEGORY, "k_group": K_GROUP, "k_id": K_ID,
                   "lowest": LOWEST, "highest": HIGHEST},
        "global": {"right": r, "judged": n, "precision": round(g, 4),
                   "mean_lexicon_weight": round(mean_all, 4)},
        "categories": cats, "kinds": kinds, "groups": groups, "ids": {},
    }
    for fid, xs in sorted(by["id"].items()):
        data["ids"][fid] = {"category": xs[0]["category"],
                            "right": sum(1 for x in xs if x["right"]), "judged": len(xs),
                            "lexicon_weight": float(xs[0]["lexicon_weight"])}
    if blind:
        data["transfer"], data["blind_records"] = build_transfer(blind)
    cal = Calibration.from_dict(data)
    for fid, v in data["ids"].items():  # for the reader; the engine recomputes from the counts
        v["precision"] = round(cal.precision(fid, v["category"], v["lexicon_weight"]), 4)
        v["weight"] = round(cal.weight(fid, v["category"], v["lexicon_weight"]), 4)
    return data


TRANSFER_C = 1.0  # inverse L2 strength of the transfer's logistic regression
_TRANSFER_KINDS = ("rule", "model", "compound", "polarity", "context")


def _transfer_rows(rows: Sequence[Mapping[str, Any]], records: Mapping[str, tuple[int, int]],
                   base_rate: float, categories: Sequence[str]) -> list[list[float]]:
    out = []
    for x in rows:
        right, n = records.get(x["id"], (0, 0))
        q = _clip(float(x["base_weight"]) / SCALE)
        out.append([_logit(q), _logit((right + K_ID * base_rate) / (n + K_ID))]
                   + [float(x["category"] == c) for c in categories]
                   + [float(kind_of(x["id"]) == k) for k in _TRANSFER_KINDS])
    return out


def _records(rows: Iterable[Mapping[str, Any]]) -> dict[str, tuple[int, int]]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for x in rows:
        counts[x["id"]][0] += bool(x["right"])
        counts[x["id"]][1] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}


@dataclass(frozen=True)
class TransferDesign:
    """The transfer's training data: rows above the floor, their features and labels."""

    rows: list[Mapping[str, Any]]
    categories: list[str]
    base_rate: float
    features: list[list[float]]
    labels: list[int]
    order: list[int]  # index in ``blind`` of each feature row
    subsets: int


def transfer_design(blind: Sequence[Mapping[str, Any]]) -> TransferDesign:
    """Features and labels of the transfer's fit, subset by subset: each row's blind record is
    counted without its own subset (research scripts add columns to the same design)."""
    keep = [i for i, x in enumerate(blind) if float(x["base_weight"]) >= FLOOR]
    rows = [blind[i] for i in keep]
    categories = sorted({x["category"] for x in rows})
    base_rate = sum(bool(x["right"]) for x in rows) / len(rows)
    by_subset: dict[str, list[int]] = defaultdict(list)
    for j, x in enumerate(rows):
        by_subset[x["subset"]].append(j)
    features: list[list[float]] = []
    labels: list[int] = []
    order: list[int] = []
    for subset, idx in sorted(by_subset.items()):
        others = _records(x for x in rows if x["subset"] != subset)
        features += _transfer_rows([rows[j] for j in idx], others, base_rate, categories)
        labels += [int(bool(rows[j]["right"])) for j in idx]
        order += [keep[j] for j in idx]
    return TransferDesign(rows, categories, base_rate, features, labels, order, len(by_subset))


def build_transfer(blind: Sequence[Mapping[str, Any]]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The transfer to unseen copy, fitted on findings judged blind.

    ``blind``: dicts with id, category, base_weight (the calibrated base weight their engine
    reported), right and subset. Each row's blind record is counted without its own subset, so
    the fit sees records as a new text would: from other texts only."""
    from sklearn.linear_model import LogisticRegression  # only when regenerating the data

    d = transfer_design(blind)
    rows, categories, base_rate = d.rows, d.categories, d.base_rate
    model = LogisticRegression(C=TRANSFER_C, max_iter=5000).fit(d.features, d.labels)
    coef = [float(c) for c in model.coef_[0]]
    k = len(categories)
    transfer = {
        "note": (f"logistic regression on {len(rows)} author-voice findings judged blind in "
                 f"{d.subsets} subsets (bench/precision/blind_weights.jsonl)"),
        "intercept": round(float(model.intercept_[0]), 4),
        "slope_precision": round(coef[0], 4), "slope_record": round(coef[1], 4),
        "base_rate": round(base_rate, 4),
        "categories": {c: round(v, 4) for c, v in zip(categories, coef[2:2 + k], strict=True)},
        "kinds": {c: round(v, 4) for c, v in zip(_TRANSFER_KINDS, coef[2 + k:], strict=True)},
    }
    records = {fid: {"right": r, "judged": n} for fid, (r, n) in sorted(_records(rows).items())}
    return transfer, records


def dumps(data: Mapping[str, Any]) -> str:
    """The data file's text: one line per category, group and id, so diffs stay reviewable."""
    lines = ["{"]
    keys = list(data)
    for i, key in enumerate(keys):
        value = data[key]
        comma = "," if i < len(keys) - 1 else ""
        if isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
            lines.append(f" {json.dumps(key)}: {{")
            items = list(value.items())
            for j, (k, v) in enumerate(items):
                sep = "," if j < len(items) - 1 else ""
                lines.append(f"  {json.dumps(k, ensure_ascii=False)}: "
                             f"{json.dumps(v, ensure_ascii=False)}{sep}")
            lines.append(f" }}{comma}")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


@lru_cache(maxsize=4)
def load(path: Path = DATA_FILE) -> Calibration | None:
    """The shipped calibration, or None when the file is absent (weights stay the lexicon's)."""
    if not path.exists():
        return None
    try:
        return Calibration.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValueError) as exc:
        raise ValueError(f"{path.name}: {exc}") from None


def newsroom_ids(lexicon: Lexicon) -> frozenset[str]:
    """Ids of entries not loaded from the shipped lexicon files: their verdicts do not apply."""
    shipped = lexicon_dir().resolve()
    out = set()
    for e in lexicon.entries:
        src = e.source.rsplit(":", 1)[0]
        if not src or Path(src).resolve().parent != shipped:
            out.add(e.id)
    return frozenset(out)


def apply(findings: Sequence[Finding], cal: Calibration | None,
          newsroom: frozenset[str] = frozenset(), *, floor: bool = True,
          min_weight: float = SHOWN_FLOOR) -> list[Finding]:
    """Replace each finding's base weight by its calibrated weight; voice/negation scale as before.

    ``base_weight`` on entry is the lexicon (or rule / model) weight, the prior. Learned-word
    findings never rise above their own weight (the model caps them below "severe"). Findings
    in the author's voice whose calibrated base weight on the judged set (before the transfer to
    unseen copy) falls below ``FLOOR``, or whose reported weight falls below ``min_weight``
    (default ``SHOWN_FLOOR``), are dropped (``floor=False`` keeps them, for the precision
    benchmark; ``min_weight=0`` keeps the weak ones): they are wrong about three times in four.
    """
    if cal is None:
        return list(findings)
    out = []
    for f in findings:
        judged = f.id not in newsroom
        if kind_of(f.id) in _UNJUDGED_UNTIL_VERDICTS and kind_of(f.id) not in cal.kinds:
            out.append(f)  # no verdicts on the kind yet: its own (capped) weight, no floor
            continue
        base = cal.weight(f.id, f.category, f.base_weight, judged=judged)
        measured = cal.weight(f.id, f.category, f.base_weight, judged=judged, transfer=False)
        if kind_of(f.id) in _SEPARATE_KINDS:
            base = min(base, f.base_weight)  # learned words: measured precision only lowers them
            measured = min(measured, f.base_weight)
        if floor and measured < FLOOR and f.voice == "author" and judged:
            continue
        factor = f.weight / f.base_weight if f.base_weight > 0 else 0.0
        weight = base * factor
        if floor and weight < min_weight and f.voice == "author" and judged:
            continue
        out.append(replace(f, weight=weight, base_weight=base))
    return out
