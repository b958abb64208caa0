"""`quiz export BANK... --format F [-o FILE] [--force]`: banks for Moodle, Anki, Kahoot, OpenTDB."""

from __future__ import annotations

import argparse
from pathlib import Path

from quiz.i18n import counted, t


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    from quiz.exchange import EXPORTERS

    parser = subparsers.add_parser(
        "export",
        parents=[common],
        help=t("exchange.export.help"),
        description=t("exchange.export.description"),
    )
    parser.add_argument("banks", nargs="+", metavar="BANK", help=t("exchange.export.option.banks"))
    parser.add_argument(
        "--format", required=True, choices=tuple(EXPORTERS), help=t("exchange.export.option.format")
    )
    parser.add_argument("-o", "--output", metavar="FILE", help=t("exchange.export.option.output"))
    parser.add_argument("--force", action="store_true", help=t("exchange.option.force"))


def run(args: argparse.Namespace) -> int:
    from quiz import atomic, locations
    from quiz.banks.loader import find_bank_files, load_bank_files
    from quiz.banks.model import Severity
    from quiz.exchange import exporter as exporter_named
    from quiz.exchange.model import InputError
    from quiz.text.terminal import literal

    files, problems = find_bank_files(locations.question_dirs(args.questions))
    by_name = {path.stem: path for path in files}
    chosen = []
    for bank in args.banks:
        path = Path(bank)
        if path.suffix.lower() in (".yaml", ".yml") and path.is_file():
            chosen.append(path)
        elif bank in by_name:
            chosen.append(by_name[bank])
        else:
            raise InputError(t("exchange.export.unknown_bank", bank=bank))
    report = load_bank_files(chosen)
    errors = [p for p in [*problems, *report.problems] if p.severity is Severity.ERROR]
    if errors:
        for problem in errors:
            print(literal(str(problem)))
        raise InputError(t("exchange.export.bad_banks", errors=counted("errors", len(errors))))
    exporter = exporter_named(args.format)
    target = Path(args.output or f"{report.banks[0].name}{exporter.suffix}")
    if target.exists() and not args.force:
        raise InputError(t("exchange.output.exists", path=str(target)))
    exported = exporter.write(report.banks)
    bank_files = {q.id: bank.path for bank in report.banks for q in bank.questions}
    for notice in exported.notices:
        print(literal(notice.shown(bank_files.get(notice.question_id or "", ""))))
    if not exported.written:
        raise InputError(t("exchange.export.nothing", format=args.format))
    for loss in exported.losses:
        print(literal(f"{target}: {t(loss.key, **loss.values, format=args.format)}"))
    try:
        atomic.write_bytes_atomic(target, exported.data)
    except OSError as failure:
        raise InputError(
            t("exchange.output.unwritable", path=str(target), reason=failure.strerror or failure)
        )
    print(
        literal(
            t(
                "exchange.export.done",
                path=str(target),
                questions=counted("questions", exported.written),
                skipped=len(exported.notices),
            )
        )
    )
    return 0
