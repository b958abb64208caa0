"""A player's connection to a room, for terminals and the benchmark.

Joins with the code and a name, then hands out the server's messages as dicts. A lost
connection is taken up again with the rejoin token, a bounded number of times, and the
server answers with a full snapshot, so the caller only ever sees states.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import orjson

from quiz.errors import QuizError
from quiz.i18n import LANGUAGES, set_language, t

REJOIN_TRIES = 60  # a second apart: the server keeps a seat for at least a minute
MESSAGE_MAX = 4 * 1024 * 1024  # states list every player; far above a full room's


# The host ended the room, or this seat is used from elsewhere, or we broke a bound:
# taking the seat up again would not help.
_CLOSED_ON_PURPOSE = (
    aiohttp.WSCloseCode.OK,
    aiohttp.WSCloseCode.GOING_AWAY,
    aiohttp.WSCloseCode.POLICY_VIOLATION,
    aiohttp.WSCloseCode.MESSAGE_TOO_BIG,
)


class RoomClosed(Exception):
    """The server closed this connection on purpose."""


def socket_url(address: str) -> str:
    """``HOST:PORT`` (or a URL the page shows) as the room's WebSocket address."""
    address = address.strip().removesuffix("/")
    for scheme in ("http://", "https://", "ws://", "wss://"):
        if address.startswith(scheme):
            address = address[len(scheme) :]
    return f"ws://{address}/ws"


class RoomClient:
    def __init__(
        self,
        address: str,
        *,
        code: str,
        name: str,
        lang: str | None = None,
        follow_room_language: bool = False,
    ) -> None:
        """``follow_room_language``: the player chose no language, so the room's (the host
        says it on welcome) becomes the interface's, as a bank's does in ``quiz play``."""
        self.url = socket_url(address)
        self._code, self._name, self._lang = code, name, lang
        self._follow_room_language = follow_room_language
        self._http: aiohttp.ClientSession | None = None
        self._socket: aiohttp.ClientWebSocketResponse | None = None
        self.token: str | None = None
        self.seat: int | None = None
        self._closed = False  # by us: no rejoin

    async def join(self) -> dict[str, Any]:
        """Take a seat; the welcome, or QuizError with the room's reason (the connection
        is closed then: nothing is left for aiohttp to warn about on the way out)."""
        try:
            return await self._take_seat()
        except BaseException:
            await self.close()
            raise

    async def _take_seat(self) -> dict[str, Any]:
        await self._open()
        await self._send(
            {"type": "join", "code": self._code, "name": self._name, "lang": self._lang}
        )
        reply = await self._next()
        if reply.get("type") == "refused":
            raise QuizError(str(reply.get("message", "")))
        if reply.get("type") != "welcome":
            raise QuizError(t("join.error.protocol", url=self.url))
        self.token, self.seat = str(reply["token"]), int(reply["seat"])
        if self._follow_room_language and reply.get("lang") in LANGUAGES:
            self._lang = set_language(str(reply["lang"]))
        return reply

    async def messages(self) -> AsyncIterator[dict[str, Any]]:
        """Every message from the room until it closes the connection for good."""
        while True:
            try:
                yield await self._next()
            except RoomClosed:
                return
            except ConnectionError:
                if self._closed or not await self._rejoin():
                    return

    async def answer(self, number: int, text: str) -> None:
        try:
            await self._send({"type": "answer", "number": number, "text": text})
        except ConnectionError:
            pass  # the rejoin in ``messages`` takes over; an answer in flight is lost

    async def close(self) -> None:
        self._closed = True
        if self._socket is not None:
            await self._socket.close()
        if self._http is not None:
            await self._http.close()

    # -- inside -------------------------------------------------------------------------

    async def _open(self) -> None:
        if self._http is None:
            self._http = aiohttp.ClientSession()
        try:
            self._socket = await self._http.ws_connect(
                self.url, max_msg_size=MESSAGE_MAX, heartbeat=10.0
            )
        except (aiohttp.ClientError, OSError) as error:
            raise QuizError(t("join.error.connect", url=self.url, reason=error)) from None

    async def _rejoin(self) -> bool:
        for _ in range(REJOIN_TRIES):
            await asyncio.sleep(1.0)
            if self._closed:
                return False
            try:
                await self._open()
                await self._send({"type": "rejoin", "token": self.token, "lang": self._lang})
                reply = await self._next()
            except (QuizError, ConnectionError, RoomClosed):
                continue
            return reply.get("type") == "welcome"
        return False

    async def _send(self, message: dict[str, Any]) -> None:
        if self._socket is None or self._socket.closed:
            raise ConnectionError("not connected")
        try:
            await self._socket.send_str(orjson.dumps(message).decode())
        except (aiohttp.ClientError, OSError, RuntimeError) as error:
            raise ConnectionError(str(error)) from None

    async def _next(self) -> dict[str, Any]:
        if self._socket is None:
            raise ConnectionError("not connected")
        frame = await self._socket.receive()
        if frame.type is not aiohttp.WSMsgType.TEXT:
            if self._socket.close_code in _CLOSED_ON_PURPOSE:
                raise RoomClosed(self._socket.close_code)
            raise ConnectionError(f"connection lost ({self._socket.close_code})")
        message = orjson.loads(frame.data)
        if type(message) is not dict:
            raise ConnectionError("not a message")
        return message
