"""Command line: ``python -m analyzer analyze [PATH|-] ...`` (also the ``analyzer`` script).

Every user error ends with exit status 2 and one line on stderr starting with ``error:``.
Language: help texts are English (like the option names); messages about the user's input and
the analysis itself (errors, warnings, explanations) are German, like the rest of the output.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NoReturn

from .errors import InputError
from .files import read_user_file
from .version import __version__

# The engine modules (pipeline, lexicon, classifier: numpy, simplemma, spaCy) are imported by
# the commands that need them, so --version answers at once and --help does not load them.


class CliError(Exception):
    """A user error: printed as one ``error:`` line, exit status 2."""


class HelpFormatter(argparse.HelpFormatter):
    """Appends ``(default: …)`` to every option's help unless the help already names it."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        default = action.default
        if ("default" in text.lower() or default is False or default is argparse.SUPPRESS
                or action.nargs == 0  # flags are off unless given
                or (not action.option_strings and action.nargs not in ("?", "*"))):
            return text
        if default is None or default == []:
            return text + " (default: none)"
        return text + " (default: %(default)s)"


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:  # one line, no usage dump
        print(f"error: {message} (Hilfe: python -m analyzer --help)", file=sys.stderr)
        raise SystemExit(2)


NO_INPUT_HINT = ("keine Eingabe – bitte eine Datei angeben (analyzer analyze entwurf.txt) oder "
                 "Text über stdin leiten (cat entwurf.txt | analyzer analyze -).")


def resolve_input_path(path: str | None) -> str:
    """``None`` (no argument): stdin when something is piped in, else a one-line hint instead
    of waiting silently for input on a terminal."""
    if path is not None:
        return path
    try:
        interactive = sys.stdin is None or sys.stdin.isatty()
    except (AttributeError, ValueError):
        interactive = True
    if interactive:
        raise CliError(NO_INPUT_HINT)
    return "-"


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
    from .pipeline import DEFAULT_MAX_CHARS

    p.add_argument("--lexicon", action="append", default=[], metavar="PATH",
                   help="additional lexicon file (JSONL); may be repeated (default: none)")
    p.add_argument("--disable", action="append", default=[], metavar="ID_OR_CATEGORY",
                   help="disable a lexicon entry id or a whole category; may be repeated "
                        "(default: none)")
    p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, metavar="N",
                   help=f"refuse longer input (default {DEFAULT_MAX_CHARS:,})")


def add_classifier_option(p: argparse.ArgumentParser, default: str = "default") -> None:
    p.add_argument("--classifier", choices=("default", "fast", "none"), default=default,
                   help=f"sentence subjectivity model (default: {default}; none: lexicon and "
                        "rules only)")


def _configure_analyze(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", nargs="?", default=None,
                   help="text file, or - for stdin (default: stdin when text is piped in)")
    p.add_argument("--format", choices=("json", "text"), default="json",
                   help="json (the documented schema) or text (marked sentences, explained)")
    add_engine_options(p)
    add_classifier_option(p)
    p.add_argument("--no-word-model", dest="word_model", action="store_false",
                   help="turn off the learned evaluative-word model (findings 'model.*')")
    p.add_argument("--all-findings", action="store_true",
                   help="also report author-voice findings weighted under the display floor "
                        "(0.3; mostly wrong on unseen copy)")


def _cmd_analyze(args: argparse.Namespace) -> int:
    from .calibration import SHOWN_FLOOR
    from .pipeline import get_analyzer

    if args.max_chars <= 0:
        raise CliError("--max-chars muss eine positive Zahl sein.")
    text = read_input(resolve_input_path(args.path))
    engine = get_analyzer(tuple(args.lexicon), tuple(sorted(set(args.disable))), args.max_chars,
                          args.classifier, args.word_model, 0.0 if args.all_findings else SHOWN_FLOOR)
    result = engine.analyze(text)
    for w in result.warnings:
        print(f"warning: {w}", file=sys.stderr)
    if args.format == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from .render import render_text

        sys.stdout.write(render_text(result, color=sys.stdout.isatty()))
    return 0


def _configure_serve(p: argparse.ArgumentParser) -> None:
    from .server_defaults import (
        DEFAULT_HOST,
        DEFAULT_MAX_BODY,
        DEFAULT_MAX_QUEUE,
        DEFAULT_PORT,
        TOKEN_ENV,
    )
    from .server_defaults import DEFAULT_MAX_CHARS as SERVER_MAX_CHARS

    p.add_argument("--host", default=DEFAULT_HOST,
                   help="address to listen on (0.0.0.0 for all interfaces)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="TCP port")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="server processes (each loads its own engine)")
    p.add_argument("--token", default=None,
                   help=f"require 'Authorization: Bearer TOKEN' (or the apiKey form field on "
                        f"/v2/check) (default: ${TOKEN_ENV}, else no token)")
    p.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                   help="allow browser requests from this origin; may be repeated "
                        "(default: none)")
    p.add_argument("--max-chars", type=int, default=SERVER_MAX_CHARS, metavar="N",
                   help="longest text accepted per request, in characters")
    p.add_argument("--max-body-mb", type=float, default=DEFAULT_MAX_BODY / 1048576, metavar="MB",
                   help="largest request body (413 beyond)")
    p.add_argument("--max-concurrent", type=int, default=None, metavar="N",
                   help="analyses running at once per process (default: number of cores)")
    p.add_argument("--max-queue", type=int, default=DEFAULT_MAX_QUEUE, metavar="N",
                   help="requests waiting beyond that before 503 busy")
    p.add_argument("--lexicon", action="append", default=[], metavar="PATH",
                   help="newsroom lexicon (JSONL) for every request; may be repeated "
                        "(default: none)")
    p.add_argument("--disable", action="append", default=[], metavar="ID_OR_CATEGORY",
                   help="switch off an entry id or category for every request; may be repeated "
                        "(default: none)")
    add_classifier_option(p)
    p.add_argument("--log-level", choices=("debug", "info", "warning", "error"),
                   default="info", help="server log level (requests are logged without text)")


def _cmd_serve(args: argparse.Namespace) -> int:
    import os

    from .server import TOKEN_ENV, ServerConfig, check_config, serve

    for name in ("port", "workers", "max_chars", "max_queue"):
        value = getattr(args, name)
        if value < (0 if name == "max_queue" else 1):
            raise CliError(f"--{name.replace('_', '-')} muss eine positive Zahl sein.")
    if args.port > 65535:
        raise CliError("--port muss zwischen 1 und 65535 liegen.")
    if args.max_body_mb <= 0 or (args.max_concurrent is not None and args.max_concurrent < 1):
        raise CliError("--max-body-mb und --max-concurrent müssen positiv sein.")
    cfg = ServerConfig(lexicons=tuple(args.lexicon), disable=tuple(sorted(set(args.disable))),
                       classifier=args.classifier, max_chars=args.max_chars,
                       max_body=int(args.max_body_mb * 1048576), max_queue=args.max_queue,
                       token=args.token or os.environ.get(TOKEN_ENV) or None,
                       cors_origins=tuple(args.cors_origin))
    if args.max_concurrent is not None:
        cfg = dataclasses.replace(cfg, max_concurrent=args.max_concurrent)
    try:
        check_config(cfg)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    print(f"info: Tonlage-Server auf http://{args.host}:{args.port} (LanguageTool-API: "
          f"http://{args.host}:{args.port}/v2/check)", file=sys.stderr, flush=True)
    try:
        serve(cfg, host=args.host, port=args.port, workers=args.workers,
              log_level=args.log_level)
    except OSError as exc:
        raise CliError(f"Server kann nicht starten: {exc.strerror or exc}") from None
    return 0


@dataclass(frozen=True)
class Command:
    """A subcommand: its help line, how to declare its options, and how to run it."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def _commands(features: bool = True) -> list[Command]:
    """All subcommands; feature modules contribute theirs through a ``COMMANDS`` list
    (``features=False``: only the commands defined here)."""
    commands = [Command("analyze", "analyze one text", _configure_analyze, _cmd_analyze),
                Command("serve", "HTTP server: LanguageTool-compatible /v2/check and JSON API",
                        _configure_serve, _cmd_serve)]
    for module in _FEATURE_MODULES if features else ():
        commands.extend(importlib.import_module(module).COMMANDS)
    return commands


# Modules that define a ``COMMANDS: list[Command]`` (imported lazily, so startup stays fast).
_FEATURE_MODULES: tuple[str, ...] = ("analyzer.compare_cli", "analyzer.classifier_cli",
                                      "analyzer.lexicon_suggest")


_BUILTIN_COMMANDS = frozenset({"analyze", "serve"})


def build_parser(features: bool = True) -> tuple[argparse.ArgumentParser, dict[str, Command]]:
    parser = _Parser(prog="analyzer",
                     description="Find, explain and score evaluative language in German text.")
    parser.add_argument("--version", action="version", version=f"analyzer {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    commands = {c.name: c for c in _commands(features)}
    for c in commands.values():
        c.configure(sub.add_parser(c.name, help=c.help))
    return parser, commands


def _command_word(argv: Sequence[str]) -> str | None:
    """The subcommand named on the command line (the top level has no options with values)."""
    return next((a for a in argv if not a.startswith("-")), None)


def _user_errors() -> tuple[type[Exception], ...]:
    from .classifier import ClassifierError
    from .lexicon import LexiconError

    return (CliError, InputError, LexiconError, ClassifierError)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--version"]:  # what argparse's version action prints, without a parser
        print(f"analyzer {__version__}")
        return 0
    # "analyze"/"serve" need no feature module: skip importing them (compare, corpus, …)
    parser, commands = build_parser(features=_command_word(args_list) not in _BUILTIN_COMMANDS)
    args = parser.parse_args(args_list)
    try:
        return commands[args.command].run(args)
    except KeyboardInterrupt:
        print("error: abgebrochen", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if not isinstance(exc, _user_errors()):
            raise
        message = str(exc).replace("\n", " ")
        print(f"error: {message}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
