"""`quiz host`: open a live room for the chosen banks; players join by terminal or browser."""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
from typing import Any

from quiz.cli.arguments import positive_whole_number, whole_number
from quiz.cli.play import add_game_options, settings_from
from quiz.i18n import set_language, t
from quiz.locations import db_path, question_dirs
from quiz.text.terminal import literal

CODE_PATTERN = re.compile(r"[A-Za-z0-9]{4,32}")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    from quiz.net.hosting import DEFAULT_BIND, DEFAULT_PORT
    from quiz.room.room import room_modes

    parser = subparsers.add_parser(
        "host", parents=[common], help=t("host.help"), description=t("host.description")
    )
    add_game_options(parser, modes=room_modes())
    parser.add_argument("--bind", default=DEFAULT_BIND, metavar="ADDR", help=t("host.option.bind"))
    parser.add_argument(
        "--port", type=port_number, default=DEFAULT_PORT, metavar="P", help=t("host.option.port")
    )
    parser.add_argument("--code", type=room_code, metavar="CODE", help=t("host.option.code"))
    parser.add_argument(
        "--max-players",
        type=positive_whole_number,
        default=50,
        metavar="N",
        help=t("host.option.max_players"),
    )
    parser.add_argument(
        "--start-when", type=positive_whole_number, metavar="N", help=t("host.option.start_when")
    )
    parser.add_argument(
        "--reveal-seconds",
        type=seconds_or_none,
        default=5.0,
        metavar="S",
        help=t("host.option.reveal_seconds"),
    )
    parser.add_argument("--plain", action="store_true", help=t("host.option.plain"))


def port_number(text: str) -> int:
    value = whole_number(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(t("host.error.port", value=text))
    return value


def room_code(text: str) -> str:
    if not CODE_PATTERN.fullmatch(text):
        raise argparse.ArgumentTypeError(t("host.error.code", value=text))
    return text.upper()


def seconds_or_none(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 600:
        raise argparse.ArgumentTypeError(t("host.error.seconds", value=text))
    return value


def run(args: argparse.Namespace) -> int:
    from quiz.banks.summary import failed_bank_notices
    from quiz.errors import QuizError
    from quiz.net.hosting import HostedRoom
    from quiz.play.choices import interface_language
    from quiz.play.clock import MonotonicClock
    from quiz.play.game import load_questions
    from quiz.play.matching import AnswerChecker
    from quiz.room.codes import new_room_code
    from quiz.room.model import RoomLimits
    from quiz.room.room import Room
    from quiz.scores.store import ScoreStore

    folders = question_dirs(args.questions)
    questions, report = load_questions(folders, args.banks)
    language = set_language(interface_language(args.lang, report.banks))
    for notice in failed_bank_notices(report):
        print(literal(t("play.note", note=notice)), file=sys.stderr)
    room = Room(
        questions,
        settings_from(args),
        MonotonicClock(),
        code=args.code or new_room_code(),
        banks=[bank.name for bank in report.banks],
        checker=AnswerChecker(questions),
        limits=RoomLimits(max_players=args.max_players, reveal_seconds=args.reveal_seconds),
    )
    if room.planned == 0:
        raise QuizError(t("play.error.no_matching_questions"))
    store = ScoreStore(db_path(args.db))
    hosted = HostedRoom(
        room,
        store,
        bind=args.bind,
        port=args.port,
        start_when=args.start_when,
        language=language,
    )
    try:
        if args.plain:
            from quiz.room_plain import host_plain

            return asyncio.run(host_plain(hosted, stdin=sys.stdin, stdout=sys.stdout))
        from quiz.ui.room import launch_host

        return launch_host(hosted)
    finally:
        store.close()
