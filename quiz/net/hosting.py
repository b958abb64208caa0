"""Hosting a room: the server, when to start, and the one save at the end.

Shared by the host's two front ends (Textual and plain): they show the room and pass on
the host's key presses; the rules of hosting live here.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from typing import TYPE_CHECKING

from quiz.errors import QuizError
from quiz.i18n import t
from quiz.net.server import NetLimits, RoomServer
from quiz.results import QuizResult
from quiz.room.model import Phase, RoomError, RoomSummary
from quiz.room.room import Room
from quiz.scores.model import SavedScore

if TYPE_CHECKING:
    from quiz.scores.store import ScoreStore

# Only this machine can join unless the host says otherwise (see README, "Play together").
DEFAULT_BIND = "127.0.0.1"
DEFAULT_PORT = 8765
EVERY_ADDRESS = ("0.0.0.0", "::", "")


class HostedRoom:
    def __init__(
        self,
        room: Room,
        store: ScoreStore,
        *,
        bind: str = DEFAULT_BIND,
        port: int = DEFAULT_PORT,
        start_when: int | None = None,
        limits: NetLimits | None = None,
        language: str | None = None,
    ) -> None:
        self.room = room
        self.start_when = start_when
        self.on_change: Callable[[RoomSummary], None] | None = None
        self.saved: list[tuple[QuizResult, SavedScore]] | None = None
        self.save_error: str | None = None
        self._store = store
        self._bind, self._port = bind, port
        self._server = RoomServer(room, limits=limits, on_change=self._changed, language=language)
        self.port = port

    async def open(self) -> None:
        try:
            _, self.port = await self._server.start(self._bind, self._port)
        except OSError as error:
            reason = error.strerror or str(error)
            where = f"{self._bind}:{self._port}"
            raise QuizError(t("host.error.listen", address=where, reason=reason)) from None

    @property
    def shown_host(self) -> str:
        """The address others type: the machine's own when listening on every address."""
        host = _own_address() if self._bind in EVERY_ADDRESS else self._bind
        return f"[{host}]" if ":" in host else host

    @property
    def page_url(self) -> str:
        return f"http://{self.shown_host}:{self.port}/?code={self.room.code}"

    @property
    def join_command(self) -> str:
        return f"quiz join {self.shown_host}:{self.port} --code {self.room.code} --player NAME"

    def press_enter(self) -> bool:
        """Enter on the host: start the game, or cut a reveal short. False: nobody to play."""
        try:
            if self.room.phase is Phase.LOBBY:
                self.room.start()
            else:
                self.room.continue_now()
        except RoomError:
            return False
        self._server.poke()
        return True

    async def finished(self) -> None:
        """Wait for the podium, then save every player in one locked, atomic write."""
        await self._server.wait_over()
        results = [result for result in self.room.results() if result.outcomes]
        try:
            self.saved = list(zip(results, self._store.save_all(results)))
        except QuizError as error:
            self.save_error = str(error)

    async def close(self) -> None:
        await self._server.stop()

    def _changed(self, summary: RoomSummary) -> None:
        if self.on_change is not None:
            self.on_change(summary)
        wanted = self.start_when
        if wanted is not None and summary.phase is Phase.LOBBY and len(summary.players) >= wanted:
            asyncio.get_running_loop().call_soon(self.press_enter)


def _own_address() -> str:
    """This machine's address on its network: the source address of a route outwards.
    Connecting a UDP socket sends nothing; 192.0.2.1 is a documentation address."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))
            return str(probe.getsockname()[0])
    except OSError:
        return socket.gethostname()
