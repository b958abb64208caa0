"""`quiz scores [--bank NAME] [--limit N]`: the high-score table as plain text."""

from __future__ import annotations

import argparse
import sys

from quiz.cli.arguments import Subparsers, positive_whole_number
from quiz.i18n import t
from quiz.text.terminal import literal

DEFAULT_LIMIT = 10


def register(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "scores",
        parents=[common],
        help=t("scores.command.help"),
        description=t("scores.command.description"),
    )
    parser.add_argument("--bank", metavar="NAME", help=t("scores.option.bank"))
    parser.add_argument(
        "--limit",
        metavar="N",
        type=positive_whole_number,
        default=DEFAULT_LIMIT,
        help=t("scores.option.limit"),
    )


def run(args: argparse.Namespace) -> int:
    from quiz.locations import db_path
    from quiz.scores.store import ScoreStore
    from quiz.scores.table import render_table

    store = ScoreStore(db_path(args.db))
    try:
        entries = store.top(args.bank, args.limit)
    finally:
        store.close()
    for notice in store.notices:
        print(literal(notice), file=sys.stderr)
    if not entries:
        print(t("scores.empty_for_bank", bank=args.bank) if args.bank else t("scores.empty"))
        return 0
    print("\n".join(render_table(entries)))
    return 0
