"""The ``quiz`` command: shared options, subcommands, one-line errors.

Each subcommand lives in its own module with ``register(subparsers, common)`` and
``run(args) -> int``. A command line that names its command builds (and imports) that
command alone, so that ``quiz play --plain`` does not pay for ``quiz host``'s network stack
or ``quiz export``'s formats; only ``quiz --help`` and an unknown command build them all.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import Any, Protocol

from quiz import __version__
from quiz.cli.arguments import Subparsers
from quiz.errors import INTERNAL_ERROR_EXIT, QuizError
from quiz.i18n import set_language, t
from quiz.signals import EndedBySignal
from quiz.text.terminal import literal

# command name -> module under quiz.cli ("import" is a Python keyword)
COMMANDS = {
    "play": "play",
    "host": "host",
    "join": "join",
    "validate": "validate",
    "scores": "scores",
    "generate": "generate",
    "import": "importing",
    "export": "exporting",
}


class Command(Protocol):
    """What each module in COMMANDS provides."""

    def register(self, subparsers: Subparsers, common: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def command(name: str) -> Command:
    module: Command = importlib.import_module(f"quiz.cli.{name}")
    return module


# The options every command accepts, and the keywords they are built with: one table, so the
# lazy parser below knows which of them take a value.
_COMMON_OPTIONS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("--questions", {"metavar": "DIR", "help": "cli.option.questions"}),
    ("--db", {"metavar": "PATH", "help": "cli.option.db"}),
    ("--lang", {"choices": ("de", "en"), "help": "cli.option.lang"}),
)


def common_options(*, for_subcommand: bool) -> argparse.ArgumentParser:
    """Options every command accepts (before or after the command name)."""
    common = argparse.ArgumentParser(add_help=False)
    # A subcommand must not overwrite a value given before the command name with None.
    default = argparse.SUPPRESS if for_subcommand else None
    for name, keywords in _COMMON_OPTIONS:
        options = {**keywords, "help": t(str(keywords["help"]))}
        common.add_argument(name, default=default, **options)
    return common


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    set_language(_early_language(sys.argv[1:] if argv is None else argv))
    parser = argparse.ArgumentParser(
        prog="quiz",
        description=t("cli.description"),
        parents=[common_options(for_subcommand=False)],
    )
    common = common_options(for_subcommand=True)
    parser.add_argument("--version", action="version", version=f"quiz {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Without the command line (tests, tools) any command may follow: build them all.
    named = None if argv is None else _named_command(argv)
    for name in [COMMANDS[named]] if named else COMMANDS.values():
        command(name).register(subparsers, common)
    return parser


# The options before the command name that take a value (the value is not a command).
# A flag (an "action" such as store_true) takes none.
_VALUED_OPTIONS = tuple(name for name, keywords in _COMMON_OPTIONS if "action" not in keywords)


def _named_command(argv: list[str]) -> str | None:
    """The command the line names ("play" when it names none: `quiz` alone opens the game),
    or None for an unknown command or help before it, which need every command."""
    words = iter(argv)
    for word in words:
        if word in _VALUED_OPTIONS:
            next(words, None)
        elif word in ("-h", "--help"):
            return None  # the overview lists every command
        elif not word.startswith("-"):
            return word if word in COMMANDS else None
    return "play"


def _early_language(argv: list[str]) -> str | None:
    """--lang must be known before the help texts are built."""
    for index, word in enumerate(argv):
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    set_language(args.lang)
    if args.command is None:
        # `quiz` alone opens the game on its home screen.
        args = parser.parse_args([*argv, "play", "--home"])
    try:
        return command(COMMANDS[args.command]).run(args)
    except QuizError as error:
        # Messages carry paths and bank text: escaped, so they cannot steer the terminal.
        print(literal(t("cli.error", message=error)), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(t("cli.interrupted"), file=sys.stderr)
        return 130
    except EndedBySignal as ending:
        return ending.exit_code  # asked to stop: no message for a program that asked
    except Exception as error:
        if os.environ.get("QUIZ_DEBUG"):
            raise
        # A bug of ours: one line for the player (QUIZ_DEBUG=1 shows the traceback).
        detail = literal(f"{type(error).__name__}: {error}", single_line=True)
        print(t("cli.internal_error_no_game", detail=detail), file=sys.stderr)
        return INTERNAL_ERROR_EXIT
