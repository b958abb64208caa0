"""A room server on 127.0.0.1 with a fake clock, and raw WebSocket players."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import orjson
import pytest

from quiz.net.server import NetLimits, RoomServer
from quiz.play.clock import FakeClock
from quiz.room.room import Room
from tests.room.conftest import make_room

REVEAL = 3.0  # tests move the fake clock past it with ``Served.next``
# Every frame of a test waits at most this long: a hung server fails, never hangs.
TIMEOUT = 5.0


@dataclass
class Served:
    server: RoomServer
    room: Room
    clock: FakeClock
    url: str
    sent: list[tuple[int, str]] = field(default_factory=list)

    def start(self) -> None:
        self.room.start()
        self.server.poke()

    def next(self) -> None:
        """End the reveal: the next question opens."""
        self.clock.advance(REVEAL)
        self.server.poke()


@pytest.fixture
async def served() -> AsyncIterator[Served]:
    clock = FakeClock()
    room = make_room(clock, reveal_seconds=REVEAL)
    record: list[tuple[int, str]] = []
    server = RoomServer(
        room,
        limits=NetLimits(broadcast_every=0.0),
        sent=lambda number, frame: record.append((number, frame)),
    )
    host, port = await server.start("127.0.0.1", 0)
    assert host == "127.0.0.1"
    yield Served(server, room, clock, f"http://127.0.0.1:{port}", record)
    await server.stop(linger=0.5)


class Player:
    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self.socket = socket

    async def send(self, message: dict[str, Any]) -> None:
        await self.socket.send_str(orjson.dumps(message).decode())

    async def receive(self) -> dict[str, Any]:
        frame = await self.socket.receive(timeout=TIMEOUT)
        assert frame.type is aiohttp.WSMsgType.TEXT, (frame.type, self.socket.close_code)
        return orjson.loads(frame.data)

    async def until(self, test) -> dict[str, Any]:
        for _ in range(200):
            message = await self.receive()
            if test(message):
                return message
        raise AssertionError("the awaited message never came")

    async def state(self, phase: str, number: int | None = None) -> dict[str, Any]:
        def wanted(message: dict[str, Any]) -> bool:
            if message["type"] != "state" or message["room"]["phase"] != phase:
                return False
            if number is None:
                return True
            view = message["room"]["question"] or message["room"]["reveal"]
            return view is not None and view["number"] == number

        return await self.until(wanted)

    async def closed(self) -> int | None:
        for _ in range(200):
            frame = await self.socket.receive(timeout=TIMEOUT)
            if frame.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
                return self.socket.close_code
        raise AssertionError("the connection stayed open")


@pytest.fixture
async def connect(served: Served):
    sessions: list[aiohttp.ClientSession] = []
    players: list[Player] = []

    async def open_player(**headers: str) -> Player:
        http = aiohttp.ClientSession()
        sessions.append(http)
        socket = await http.ws_connect(
            f"{served.url}/ws", headers=headers, timeout=aiohttp.ClientWSTimeout(ws_close=TIMEOUT)
        )
        players.append(Player(socket))
        return players[-1]

    async def join(name: str) -> Player:
        player = await open_player()
        await player.send({"type": "join", "code": "ABC234", "name": name, "lang": "en"})
        welcome = await player.receive()
        assert welcome["type"] == "welcome", welcome
        player.token = welcome["token"]
        return player

    open_player.join = join  # type: ignore[attr-defined]
    yield open_player
    for player in players:
        await player.socket.close()
    for http in sessions:
        await http.close()
