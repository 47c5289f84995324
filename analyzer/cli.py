"""Command line: ``python -m analyzer analyze [PATH|-] ...`` (also the ``analyzer`` script).

Every user error ends with exit status 2 and one line on stderr starting with ``error:``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NoReturn

from .classifier import ClassifierError
from .errors import InputError
from .files import read_user_file
from .lexicon import LexiconError
from .pipeline import DEFAULT_MAX_CHARS, get_analyzer
from .version import __version__


class CliError(Exception):
    """A user error: printed as one ``error:`` line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, no usage dump
        print(f"error: {message} (Hilfe: python -m analyzer --help)", file=sys.stderr)
        raise SystemExit(2)


def read_input(path: str, max_chars: int | None = None) -> str:
    """Read UTF-8 text from a file or ``-`` (stdin); clear errors for binary or missing input."""
    if path == "-":
        try:
            data = sys.stdin.buffer.read()
        except OSError as exc:
            raise CliError(f"stdin kann nicht gelesen werden ({exc.strerror or exc})") from None
    else:
        data = read_user_file(path, CliError, "Datei")
    if b"\x00" in data[:8192]:
        raise CliError("Die Eingabe ist keine Textdatei (Binärdaten) – bitte UTF-8-Text übergeben.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(f"Die Eingabe ist kein gültiges UTF-8 (Byte {exc.start}) – bitte als "
                       "UTF-8 speichern.") from None
    return text


def add_engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lexicon", action="append", default=[], metavar="PATH",
                   help="additional lexicon file (JSONL); may be repeated")
    p.add_argument("--disable", action="append", default=[], metavar="ID_OR_CATEGORY",
                   help="disable a lexicon entry id or a whole category; may be repeated")
    p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, metavar="N",
                   help=f"refuse longer input (default {DEFAULT_MAX_CHARS:,})")


def add_classifier_option(p: argparse.ArgumentParser, default: str = "default") -> None:
    p.add_argument("--classifier", choices=("default", "fast", "none"), default=default,
                   help=f"sentence subjectivity model (default: {default}; none: lexicon and "
                        "rules only)")


def _configure_analyze(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", nargs="?", default="-", help="text file, or - for stdin (default)")
    p.add_argument("--format", choices=("json", "text"), default="json")
    add_engine_options(p)
    add_classifier_option(p)


def _cmd_analyze(args: argparse.Namespace) -> int:
    from .render import render_text

    if args.max_chars <= 0:
        raise CliError("--max-chars muss eine positive Zahl sein.")
    text = read_input(args.path)
    engine = get_analyzer(tuple(args.lexicon), tuple(sorted(set(args.disable))), args.max_chars,
                          args.classifier)
    result = engine.analyze(text)
    for w in result.warnings:
        print(f"warning: {w}", file=sys.stderr)
    if args.format == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(result, color=sys.stdout.isatty()))
    return 0


@dataclass(frozen=True)
class Command:
    """A subcommand: its help line, how to declare its options, and how to run it."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def _commands() -> list[Command]:
    """All subcommands; feature modules contribute theirs through a ``COMMANDS`` list."""
    commands = [Command("analyze", "analyze one text", _configure_analyze, _cmd_analyze)]
    for module in _FEATURE_MODULES:
        commands.extend(importlib.import_module(module).COMMANDS)
    return commands


# Modules that define a ``COMMANDS: list[Command]`` (imported lazily, so startup stays fast).
_FEATURE_MODULES: tuple[str, ...] = ("analyzer.compare_cli", "analyzer.classifier_cli")


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Command]]:
    parser = _Parser(prog="analyzer", description="Deutsche Texte auf wertende Sprache prüfen.")
    parser.add_argument("--version", action="version", version=f"analyzer {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    commands = {c.name: c for c in _commands()}
    for c in commands.values():
        c.configure(sub.add_parser(c.name, help=c.help))
    return parser, commands


def main(argv: Sequence[str] | None = None) -> int:
    parser, commands = build_parser()
    args = parser.parse_args(argv)
    try:
        return commands[args.command].run(args)
    except (CliError, InputError, LexiconError, ClassifierError) as exc:
        message = str(exc).replace("\n", " ")
        print(f"error: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: abgebrochen", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
