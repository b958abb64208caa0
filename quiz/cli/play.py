"""`quiz play`: start a game straight away, in the terminal UI or line by line (``--plain``).

`quiz` alone comes here with the hidden ``--home`` flag: the UI opens on its home screen.
Heavy imports (Textual, the loader, the store) happen inside ``run``.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence
from pathlib import Path

from quiz.cli.arguments import Subparsers, positive_seconds, positive_whole_number, whole_number
from quiz.i18n import set_language, t
from quiz.locations import db_path, question_dirs
from quiz.play.model import SessionSettings
from quiz.results import Mode
from quiz.text.terminal import literal


def register(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "play", parents=[common], help=t("play.help"), description=t("play.description")
    )
    add_game_options(parser, modes=list(Mode))
    parser.add_argument("--player", metavar="NAME", help=t("play.option.player"))
    parser.add_argument("--plain", action="store_true", help=t("play.option.plain"))
    parser.add_argument("--home", action="store_true", help=argparse.SUPPRESS)


def add_game_options(parser: argparse.ArgumentParser, *, modes: Sequence[Mode]) -> None:
    """What a game is made of: the options of ``quiz play`` that ``quiz host`` shares."""
    parser.add_argument(
        "--bank",
        dest="banks",
        action="append",
        default=[],
        metavar="NAME",
        help=t("play.option.bank"),
    )
    parser.add_argument(
        "--count", type=positive_whole_number, metavar="N", help=t("play.option.count")
    )
    parser.add_argument(
        "--mode",
        choices=[mode.value for mode in modes],
        default=Mode.CLASSIC.value,
        help=t("play.option.mode"),
    )
    parser.add_argument(
        "--time-limit", type=positive_seconds, metavar="S", help=t("play.option.time_limit")
    )
    parser.add_argument("--seed", type=whole_number, metavar="N", help=t("play.option.seed"))
    parser.add_argument("--in-order", action="store_true", help=t("play.option.in_order"))


def run(args: argparse.Namespace) -> int:
    from quiz.play.game import check_bank_names

    folders = question_dirs(args.questions)
    check_bank_names(folders, args.banks)
    settings = settings_from(args)
    if args.plain:
        return _run_plain(args, folders, settings)
    from quiz.ui import launch

    return launch(
        question_dirs=folders,
        db_path=db_path(args.db),
        lang=args.lang,
        settings=None if args.home else settings,
        banks=args.banks,
        home=args.home,
    )


def settings_from(args: argparse.Namespace) -> SessionSettings:
    from quiz.play.choices import question_count

    mode = Mode(args.mode)
    return SessionSettings(
        mode=mode,
        count=question_count(mode, args.count),
        time_limit=args.time_limit,
        seed=args.seed,
        in_order=args.in_order,
        player=chosen_player(args.player) if "player" in args else "",
    )


def chosen_player(chosen: str | None) -> str:
    from quiz.play.choices import player_name

    named = player_name(_decodable(chosen) if chosen else chosen)
    if named.notice is not None:
        print(literal(t("play.note", note=named.notice)), file=sys.stderr)
    return named.name


def _run_plain(args: argparse.Namespace, folders: list[Path], settings: SessionSettings) -> int:
    from quiz.banks.summary import failed_bank_notices
    from quiz.plain import run_plain
    from quiz.play.choices import interface_language
    from quiz.play.clock import MonotonicClock
    from quiz.play.game import open_session
    from quiz.scores.store import ScoreStore

    store = ScoreStore(db_path(args.db))
    try:
        session, catalogue = open_session(
            folders, args.banks, settings, store, MonotonicClock(), language=args.lang
        )
        try:
            set_language(interface_language(args.lang, catalogue.banks))
            for notice in (*catalogue.notices, *failed_bank_notices(catalogue)):
                print(literal(t("play.note", note=notice)), file=sys.stderr)
            if isinstance(sys.stdin, io.TextIOWrapper):
                # Piped bytes that are not UTF-8 become U+FFFD instead of a crash.
                sys.stdin.reconfigure(errors="replace")
            return run_plain(session, store, stdin=sys.stdin, stdout=sys.stdout)
        finally:
            catalogue.close()
    finally:
        store.close()


def _decodable(text: str) -> str:
    """Command-line bytes that are not UTF-8 arrive as lone surrogates, which no file can
    store: they become U+FFFD, the rest of the name stays as typed."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
