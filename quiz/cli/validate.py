"""`quiz validate [PATH...]`: check banks and print every problem with its line."""

from __future__ import annotations

import argparse
from pathlib import Path

from quiz.cli.arguments import Subparsers
from quiz.errors import QuizError
from quiz.i18n import t
from quiz.text.terminal import literal


class PathNotFound(QuizError):
    exit_code = 2


def register(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "validate",
        parents=[common],
        help=t("banks.validate.help"),
        description=t("banks.validate.description"),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help=t("banks.validate.paths"))


def run(args: argparse.Namespace) -> int:
    from quiz import locations
    from quiz.banks.loader import find_bank_files, index_bank_files
    from quiz.banks.summary import summarise

    given = [Path(p) for p in args.paths]
    for path in given:
        if not path.exists():
            raise PathNotFound(t("banks.validate.not_found", path=path))
    # The default folders may be missing (no own banks yet): that is simply no banks.
    paths = given or locations.question_dirs(args.questions)
    folders = [path for path in paths if path.is_dir()]
    files, problems = find_bank_files(folders)
    files += [path for path in paths if not path.is_dir()]
    # Through the bank index: a file unchanged since it was last checked is not parsed again.
    report = index_bank_files(files)
    report.close()
    report.problems[:0] = problems
    for notice in report.notices:
        print(literal(notice))
    for problem in report.problems:
        # A problem quotes what the bank says, which must not act on the terminal.
        print(literal(str(problem)))
    print(summarise(report))
    return 1 if report.errors else 0
