"""`quiz join HOST:PORT --code CODE --player NAME`: play in someone's live room."""

from __future__ import annotations

import argparse
import asyncio
import io
import sys
from typing import Any

from quiz.i18n import current_language, language_asked_for, t


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "join", parents=[common], help=t("join.help"), description=t("join.description")
    )
    parser.add_argument("address", metavar="HOST:PORT", help=t("join.option.address"))
    parser.add_argument("--code", required=True, metavar="CODE", help=t("join.option.code"))
    parser.add_argument("--player", metavar="NAME", help=t("play.option.player"))
    parser.add_argument("--plain", action="store_true", help=t("join.option.plain"))


def run(args: argparse.Namespace) -> int:
    from quiz.cli.play import chosen_player
    from quiz.net.client import RoomClient

    chosen = args.lang or language_asked_for()  # --lang, else QUIZ_LANG
    client = RoomClient(
        args.address,
        code=args.code,
        name=chosen_player(args.player),
        lang=chosen or current_language(),
        # No choice made: the room's language, as a bank's in `quiz play`, over the locale.
        follow_room_language=chosen is None,
    )
    if args.plain:
        from quiz.room_plain import join_plain

        if isinstance(sys.stdin, io.TextIOWrapper):
            sys.stdin.reconfigure(errors="replace")  # as in quiz play --plain
        return asyncio.run(join_plain(client, stdin=sys.stdin, stdout=sys.stdout))
    from quiz.ui.room import launch_join

    return launch_join(client)
