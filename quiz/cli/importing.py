"""`quiz import FILE [--format F] [-o OUT.yaml] [--force]`: another tool's questions as a bank.

Registered as the ``import`` command (``import`` itself is a Python keyword).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from quiz.i18n import counted, t


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    from quiz.exchange import IMPORTERS

    parser = subparsers.add_parser(
        "import",
        parents=[common],
        help=t("exchange.import.help"),
        description=t("exchange.import.description"),
    )
    parser.add_argument("file", metavar="FILE", help=t("exchange.import.option.file"))
    parser.add_argument(
        "--format", choices=tuple(IMPORTERS), help=t("exchange.import.option.format")
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT.yaml", help=t("exchange.import.option.output")
    )
    parser.add_argument(
        "--language", choices=("de", "en"), help=t("exchange.import.option.language")
    )
    parser.add_argument("--force", action="store_true", help=t("exchange.option.force"))


def run(args: argparse.Namespace) -> int:
    from quiz import locations
    from quiz.exchange import bankfile, importer_for
    from quiz.exchange.model import InputError
    from quiz.exchange.reading import read_text
    from quiz.i18n import current_language
    from quiz.text.terminal import literal

    source = Path(args.file)
    if args.format is None:
        importer_for(source, None, "")  # an unknown ending fails before the file is read
    if args.output:
        target = Path(args.output)
    else:
        target = locations.question_dirs(args.questions)[-1] / f"{source.stem}.yaml"
    try:
        text = read_text(source, str(source))
        imported = importer_for(source, args.format, text).read(text, target.stem)
    except InputError as error:
        message = str(error)
        raise InputError(message if message.startswith(str(source)) else f"{source}: {message}")
    for notice in imported.notices:
        print(literal(notice.shown(str(source))))
    if not imported.questions:
        raise InputError(t("exchange.import.nothing", path=str(source)))
    language = args.language or imported.language or current_language()
    # An archive over the size limit of one bank file becomes several banks.
    parts = bankfile.render_parts(imported, language)
    targets = bankfile.part_targets(target, len(parts))
    for part_target in targets:
        if part_target.exists() and not args.force:
            raise InputError(t("exchange.output.exists", path=str(part_target)))
        _refuse_a_second_bank_of_that_name(part_target, locations.question_dirs(args.questions))
    for bank_text, part_target in zip(parts, targets):
        bankfile.check_rendered(bank_text, part_target, str(part_target))
    for bank_text, part_target in zip(parts, targets):
        bankfile.write_bank(bank_text, part_target, str(part_target), force=args.force)
    print(
        literal(
            t(
                "exchange.import.done",
                path=", ".join(map(str, targets)),
                questions=counted("questions", len(imported.questions)),
                notices=counted("notices", len(imported.notices)),
            )
        )
    )
    return 0


def _refuse_a_second_bank_of_that_name(target: Path, folders: list[Path]) -> None:
    """Two banks of one name cannot be played together (the game refuses the later one), so
    an import into the game's folders must not add a second."""
    from quiz.banks.loader import find_bank_files
    from quiz.exchange.model import InputError

    if target.parent.resolve() not in {folder.resolve() for folder in folders}:
        return
    files, _ = find_bank_files(folders)
    for other in files:
        if other.stem == target.stem and other.resolve() != target.resolve():
            raise InputError(t("exchange.import.name_taken", name=target.stem, other=str(other)))
