"""The room line by line, for scripts, tests and screen readers: ``quiz host --plain`` and
``quiz join --plain``. Thin: the room decides, the server carries, these only print.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any, TextIO

from quiz.i18n import counted, t
from quiz.net.client import RoomClient
from quiz.net.hosting import HostedRoom
from quiz.plain import seconds_text
from quiz.room.model import LeaderRow, Phase, RevealView, RoomSummary
from quiz.text.terminal import literal


class _Lines:
    """Standard input as an asyncio queue of lines (None at its end), read by a daemon
    thread so that a game that ends never waits for a line nobody types."""

    def __init__(self, stdin: TextIO) -> None:
        self.queue: asyncio.Queue[str | None] = asyncio.Queue()
        loop = asyncio.get_running_loop()

        def read() -> None:
            while True:
                line = stdin.readline()
                loop.call_soon_threadsafe(
                    self.queue.put_nowait, line.rstrip("\r\n") if line else None
                )
                if not line:
                    return

        threading.Thread(target=read, daemon=True, name="stdin").start()


class _Out:
    def __init__(self, stdout: TextIO) -> None:
        self._out = stdout

    def line(self, text: str = "") -> None:
        self._out.write(literal(text) + "\n")
        self._out.flush()


# -- the host ---------------------------------------------------------------------------


async def host_plain(hosted: HostedRoom, *, stdin: TextIO, stdout: TextIO) -> int:
    out = _Out(stdout)
    shown = _HostLines(out)
    hosted.on_change = shown.show
    await hosted.open()
    out.line(t("host.plain.open", code=hosted.room.code, url=hosted.page_url))
    out.line(t("host.plain.join_with", command=hosted.join_command))
    out.line(
        t("host.plain.start_how")
        if hosted.start_when is None
        else t("host.plain.start_when", players=counted("players", hosted.start_when))
    )
    lines = _Lines(stdin)
    waiting = asyncio.create_task(_enter_presses(lines, hosted, out))
    try:
        await hosted.finished()
    finally:
        waiting.cancel()
        await hosted.close()
    return _report_saved(hosted, out)


async def _enter_presses(lines: _Lines, hosted: HostedRoom, out: _Out) -> None:
    while (line := await lines.queue.get()) is not None:
        del line
        if not hosted.press_enter():
            out.line(t("host.plain.nobody_yet"))


class _HostLines:
    """Prints what changed between two states of the room."""

    def __init__(self, out: _Out) -> None:
        self._out = out
        self._names: dict[int, tuple[str, bool]] = {}
        self._phase: Phase | None = None
        self._number = 0

    def show(self, summary: RoomSummary) -> None:
        out = self._out
        for player in summary.players:
            before = self._names.get(player.seat)
            if before is None or before[0] != player.name:
                out.line(
                    t(
                        "host.plain.joined",
                        name=player.name,
                        players=counted("players", len(summary.players)),
                    )
                )
            elif before[1] != player.present:
                out.line(
                    t("host.plain.back" if player.present else "host.plain.away", name=player.name)
                )
        self._names = {p.seat: (p.name, p.present) for p in summary.players}
        question = summary.question
        if question is not None and (summary.phase, question.number) != (self._phase, self._number):
            self._number = question.number
            out.line()
            heading = (
                t("play.plain.question", number=question.number, total=question.total)
                if question.total is not None
                else t("room.question_blitz", number=question.number)
            )
            out.line(
                heading
                + " · "
                + t("play.plain.time_limit", seconds=seconds_text(question.time_limit))
            )
            out.line(question.prompt)
            for index, choice in enumerate(question.choices):
                out.line(f"  {index + 1}) {choice}")
        if summary.phase is Phase.REVEAL and self._phase is not Phase.REVEAL and summary.reveal:
            _print_reveal(out, summary.reveal)
        if summary.phase is Phase.OVER and self._phase is not Phase.OVER:
            out.line()
            out.line(t("room.podium"))
            for row in summary.podium:
                out.line(_board_line(row))
        self._phase = summary.phase


def _print_reveal(out: _Out, reveal: RevealView) -> None:
    out.line(t("room.answer_was", answer=reveal.answer))
    spread = " · ".join(
        f"{row.label if row.is_choice else t('room.spread.' + row.label)}: {row.count}"
        for row in reveal.spread
    )
    out.line(t("room.spread", spread=spread))
    for row in reveal.leaderboard:
        out.line(_board_line(row))


def _board_line(row: LeaderRow) -> str:
    moved = f" ▲{row.moved}" if row.moved > 0 else (f" ▼{-row.moved}" if row.moved < 0 else "")
    away = " " + t("room.away") if not row.present else ""
    return f"  {row.place}. {row.name} {row.score} (+{row.gained}){moved}{away}"


def _report_saved(hosted: HostedRoom, out: _Out) -> int:
    if hosted.save_error is not None:
        out.line(t("cli.error", message=hosted.save_error))
        return 1
    if hosted.saved is None:
        out.line(t("host.plain.not_played"))
        return 1
    out.line()
    for result, saved in hosted.saved:
        standing = t("play.standing.ranked", rank=saved.rank) if saved.rank else ""
        out.line(
            t(
                "host.plain.saved",
                name=result.player,
                score=result.score,
                correct=result.correct,
                total=result.total,
                standing=standing,
            )
        )
    return 0


# -- a player ---------------------------------------------------------------------------


async def join_plain(client: RoomClient, *, stdin: TextIO, stdout: TextIO) -> int:
    out = _Out(stdout)
    welcome = await client.join()
    out.line(t("join.plain.joined", name=welcome["name"], seat=welcome["seat"]))
    out.line(t("join.plain.how_to_answer"))
    lines = _Lines(stdin)
    player = _PlayerLines(out, client, lines)
    final: dict[str, Any] | None = None
    try:
        async for message in client.messages():
            if message.get("type") == "refused":
                out.line(t("join.plain.refused", message=message.get("message", "")))
            elif message.get("type") == "state":
                player.show(message)
                if message["room"]["phase"] == Phase.OVER:
                    final = message
                    break
    finally:
        player.stop()
        await client.close()
    if final is None:
        out.line(t("join.plain.lost"))
        return 1
    return 0


class _PlayerLines:
    def __init__(self, out: _Out, client: RoomClient, lines: _Lines) -> None:
        self._out, self._client, self._lines = out, client, lines
        self._asked = 0
        self._revealed = 0
        self._answering: asyncio.Task[None] | None = None
        self._no_more_input = False

    def show(self, state: dict[str, Any]) -> None:
        room, you = state["room"], state["you"]
        question = room["question"]
        if room["phase"] == Phase.QUESTION and question["number"] != self._asked:
            self._asked = question["number"]
            self._ask(question, answered=you["answered"])
        reveal = room["reveal"]
        if (
            room["phase"] in (Phase.REVEAL, Phase.OVER)
            and reveal
            and reveal["number"] != self._revealed
        ):
            self._revealed = reveal["number"]
            self._tell(reveal, you["result"], players=len(room["players"]))
        if room["phase"] == Phase.OVER:
            place = you["result"]["place"] if you["result"] else len(room["players"])
            self._out.line()
            self._out.line(t("join.plain.final", place=place, players=len(room["players"])))

    def _ask(self, question: dict[str, Any], *, answered: bool) -> None:
        out = self._out
        out.line()
        if question["total"] is None:
            heading = t("room.question_blitz", number=question["number"])
        else:
            heading = t("play.plain.question", number=question["number"], total=question["total"])
        out.line(
            heading
            + " · "
            + t("play.plain.time_limit", seconds=seconds_text(question["remaining"]))
        )
        out.line(question["prompt"])
        for index, choice in enumerate(question["choices"]):
            out.line(f"  {index + 1}) {choice}")
        if answered or self._no_more_input:
            return
        self.stop()
        self._answering = asyncio.create_task(self._answer(question["number"]))

    async def _answer(self, number: int) -> None:
        line = await self._lines.queue.get()
        if line is None:
            self._no_more_input = True  # the others play on; this seat times out
            return
        self._out.line("> " + line)
        await self._client.answer(number, line)

    def _tell(self, reveal: dict[str, Any], result: dict[str, Any] | None, *, players: int) -> None:
        verdict = result["verdict"] if result else "timeout"
        points = result["points"] if result else 0
        matched = (result or {}).get("matched") or reveal["answer"]
        self._out.line(
            t(f"play.verdict.{verdict}", answer=reveal["answer"], points=points, matched=matched)
        )
        if result:
            self._out.line(
                t("join.plain.rank", place=result["place"], players=players, score=result["score"])
            )

    def stop(self) -> None:
        if self._answering is not None:
            self._answering.cancel()
            self._answering = None
