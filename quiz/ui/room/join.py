"""A player's terminal in a room: the question, one line to answer (a number, a letter or
the text, as in a game alone), the verdict and place after each question, the podium."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Input, Static

from quiz.errors import QuizError
from quiz.i18n import t
from quiz.net.client import RoomClient
from quiz.room.model import Phase
from quiz.ui.bindings import translate_bindings
from quiz.ui.room.views import leaderboard_text, question_text
from quiz.ui.text import literal

ANSWER_MAX = 200


class RoomJoinApp(App[int]):
    TITLE = "quiz join"
    CSS = """
    #body { padding: 1 2; }
    #answer { margin: 0 2; }
    """
    BINDINGS = [Binding("ctrl+q", "quit", "ui.key.quit")]

    def __init__(self, client: RoomClient) -> None:
        super().__init__()
        translate_bindings(self)
        self.client = client
        self.error: str | None = None
        self._state: dict[str, Any] | None = None
        self._sent_for = 0

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="body"):
            yield Static(t("join.screen.connecting"), id="main")
        yield Input(placeholder=t("join.screen.placeholder"), id="answer", max_length=ANSWER_MAX)
        yield Footer()

    def on_mount(self) -> None:
        self.run_worker(self._play(), exclusive=True)

    async def _play(self) -> None:
        try:
            await self.client.join()
        except QuizError as error:
            self.error = str(error)
            self.exit(1)
            return
        async for message in self.client.messages():
            if message.get("type") == "state":
                self._show(message)
            elif message.get("type") == "refused":
                self.notify(str(message.get("message", "")), severity="warning", markup=False)
        await self.client.close()

    async def on_unmount(self) -> None:
        await self.client.close()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        state = self._state
        if state is None or state["room"]["phase"] != Phase.QUESTION:
            return
        number = state["room"]["question"]["number"]
        if number == self._sent_for:
            return
        self._sent_for = number
        event.input.value = ""
        event.input.disabled = True
        self.run_worker(self.client.answer(number, event.value))

    def _show(self, state: dict[str, Any]) -> None:
        self._state = state
        room, you = state["room"], state["you"]
        main = self.query_one("#main", Static)
        field = self.query_one("#answer", Input)
        phase = room["phase"]
        if phase == Phase.LOBBY:
            main.update(t("join.plain.joined", name=you["name"], seat=you["seat"]))
        elif phase == Phase.QUESTION:
            question = room["question"]
            text = question_text(question, lambda index: f"{index + 1}) ")
            done = you["answered"] or self._sent_for == question["number"]
            if done:
                text.append("\n" + t("web.received"), style="italic")
            main.update(text)
            field.disabled = done
            if not done:
                field.focus()
        else:
            field.disabled = True
            main.update(self._after(room, you))

    def _after(self, room: dict[str, Any], you: dict[str, Any]) -> Text:
        text = Text()
        result, reveal = you["result"], room["reveal"]
        players = len(room["players"])
        if reveal is not None:
            verdict = result["verdict"] if result else "timeout"
            matched = (result or {}).get("matched") or reveal["answer"]
            points = result["points"] if result else 0
            line = t(
                f"play.verdict.{verdict}", answer=reveal["answer"], points=points, matched=matched
            )
            text.append(literal(line, "bold"))
            text.append("\n")
        if result:
            text.append(
                t("join.plain.rank", place=result["place"], players=players, score=result["score"])
                + "\n\n"
            )
        if room["phase"] == Phase.OVER:
            place = result["place"] if result else players
            text.append(t("join.plain.final", place=place, players=players) + "\n\n", style="bold")
            text.append(leaderboard_text(room["podium"], me=you["seat"]))
        elif reveal is not None:
            text.append(leaderboard_text(reveal["leaderboard"], me=you["seat"]))
        return text
