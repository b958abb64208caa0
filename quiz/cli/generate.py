"""`quiz generate [SOURCE...] [-o DIR] [--force]`: synopses in, question banks out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quiz.cli.arguments import Subparsers
from quiz.i18n import t

DEFAULT_SOURCE = "seeds"
DEFAULT_OUTPUT = "questions"


def register(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "generate",
        parents=[common],
        help=t("generator.help"),
        description=t("generator.description"),
    )
    parser.add_argument("sources", nargs="*", metavar="SOURCE", help=t("generator.option.sources"))
    parser.add_argument(
        "-o", "--output", metavar="DIR", default=DEFAULT_OUTPUT, help=t("generator.option.output")
    )
    parser.add_argument("--force", action="store_true", help=t("generator.option.force"))


def run(args: argparse.Namespace) -> int:
    from quiz.generator.command import generate_banks

    sources = [Path(source) for source in args.sources] or [Path(DEFAULT_SOURCE)]
    show_progress = sys.stderr.isatty()
    summary = generate_banks(sources, Path(args.output), force=args.force, progress=show_progress)
    print(summary)
    return 0
