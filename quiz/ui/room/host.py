"""The host's screen, the one everybody looks at: lobby with address, code and QR code,
each question large with its countdown and answered count, the reveal with the spread and
the leaderboard, the podium at the end. Enter starts the game and cuts a reveal short."""

from __future__ import annotations

import math
import time
from dataclasses import asdict
from typing import Any

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Static

from quiz.i18n import t
from quiz.net.hosting import HostedRoom
from quiz.room.model import Phase, RoomSummary
from quiz.ui.bindings import translate_bindings
from quiz.ui.room.qr import qr_text
from quiz.ui.room.views import leaderboard_text, question_text, reveal_text
from quiz.ui.text import literal


class RoomHostApp(App[int]):
    TITLE = "quiz host"
    CSS = """
    #top { height: auto; padding: 1 2; background: $panel; }
    #body { padding: 1 2; }
    #qr { width: auto; padding: 0 2; }
    #countdown { height: 1; padding: 0 2; color: $success; }
    #countdown.danger { color: $error; text-style: bold; }
    .big { text-style: bold; }
    """
    BINDINGS = [
        Binding("enter", "enter", "room.key.enter"),
        Binding("ctrl+q", "quit", "ui.key.quit"),
    ]

    def __init__(self, hosted: HostedRoom) -> None:
        super().__init__()
        translate_bindings(self)
        self.hosted = hosted
        self.error: str | None = None
        self._summary: RoomSummary | None = None
        self._deadline = 0.0

    def compose(self) -> ComposeResult:
        yield Static(id="top")
        yield Static(id="countdown")
        with Horizontal():
            with VerticalScroll(id="body"):
                yield Static(id="main")
            yield Static(id="qr")
        yield Footer()

    async def on_mount(self) -> None:
        self.hosted.on_change = self._show
        try:
            await self.hosted.open()
        except Exception as error:  # noqa: BLE001 -- told on exit as one line, never a traceback
            self.error = str(error)
            self.exit(1)
            return
        self.query_one("#qr", Static).update(qr_text(self.hosted.page_url))
        self._show(self.hosted.room.summary())
        self._ticker = self.set_interval(0.25, self._tick, pause=True)
        self.run_worker(self._until_over(), exclusive=True)

    async def _until_over(self) -> None:
        await self.hosted.finished()
        if self.hosted.save_error is not None:
            self.notify(self.hosted.save_error, severity="error", timeout=30, markup=False)
        elif self.hosted.saved:
            self.notify(t("host.saved", count=len(self.hosted.saved)), timeout=30, markup=False)

    async def on_unmount(self) -> None:
        await self.hosted.close()

    def action_enter(self) -> None:
        if not self.hosted.press_enter():
            self.notify(t("host.plain.nobody_yet"), markup=False)

    def _show(self, summary: RoomSummary) -> None:
        self._summary = summary
        view: dict[str, Any] = asdict(summary)
        self.query_one("#top", Static).update(self._top(summary))
        self.query_one("#qr", Static).display = summary.phase is Phase.LOBBY
        main = self.query_one("#main", Static)
        if summary.phase is Phase.LOBBY:
            main.update(self._lobby(view))
        elif summary.phase is Phase.QUESTION and summary.question is not None:
            self._deadline = time.monotonic() + summary.question.remaining
            main.update(self._question(view))
        elif summary.phase is Phase.REVEAL and summary.reveal is not None:
            board = leaderboard_text(view["reveal"]["leaderboard"])
            main.update(Text.assemble(reveal_text(view["reveal"]), "\n", board))
        elif summary.phase is Phase.OVER:
            main.update(
                Text.assemble((t("room.podium") + "\n\n", "bold"), leaderboard_text(view["podium"]))
            )
        ticker = getattr(self, "_ticker", None)
        if ticker is not None:
            if summary.phase is Phase.QUESTION:
                ticker.resume()
            else:
                ticker.pause()
                self.query_one("#countdown", Static).update("")
        self._tick()

    def _top(self, summary: RoomSummary) -> Text:
        text = Text()
        text.append(t("host.screen.code"), style="dim")
        text.append(summary.code, style="bold reverse")
        text.append("   ")
        text.append(self.hosted.page_url, style="bold")
        text.append("\n")
        text.append(self.hosted.join_command, style="dim")
        return text

    def _lobby(self, view: dict[str, Any]) -> Text:
        text = Text(t("host.screen.players", count=len(view["players"])) + "\n\n", style="bold")
        for player in view["players"]:
            text.append("  • ")
            text.append(literal(player["name"], "" if player["present"] else "dim"))
            if not player["present"]:
                text.append(" " + t("room.away"), style="dim")
            text.append("\n")
        text.append("\n" + t("host.screen.start"), style="italic")
        return text

    def _question(self, view: dict[str, Any]) -> Text:
        question = view["question"]
        text = question_text(question, lambda index: f"{'ABCDEF'[index]}  ")
        text.append(
            "\n"
            + t("host.screen.answered", answered=question["answered"], players=question["players"])
        )
        away = [p["name"] for p in view["players"] if not p["present"]]
        if away:
            text.append("\n" + t("host.screen.away", names=", ".join(away)), style="dim")
        return text

    def _tick(self) -> None:
        summary = self._summary
        if summary is None or summary.phase is not Phase.QUESTION or summary.question is None:
            return
        left = max(0.0, self._deadline - time.monotonic())
        limit = summary.question.time_limit or 1.0
        bar = self.query_one("#countdown", Static)
        width = max(0, bar.size.width - 10)
        filled = round(width * min(1.0, left / limit))
        bar.update("█" * filled + "░" * (width - filled) + f" {math.ceil(left)} s")
        bar.set_class(left < 5, "danger")
