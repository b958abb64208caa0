"""The room server: one asyncio process owns the room and serves the page and its players.

One port carries both the browser page (plain HTTP) and the players' WebSocket (``/ws``),
so a phone needs one address and the host opens one port. Everything a client sends is
bounded: the size of a frame, frames per second, wrong room codes, connections in all.
A client that breaks a bound or the protocol loses its own connection; the room plays on.

Sending never waits for a slow client: each connection has its own writer, and its newest
state replaces one it has not yet sent (states are full snapshots, so nothing is lost).
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import WSCloseCode, WSMsgType, web

from quiz.i18n import catalogue, t
from quiz.net.protocol import (
    Answer,
    BadMessage,
    ClientMessage,
    Join,
    Rejoin,
    encode,
    parse,
    progress_frame,
    room_json,
    state_frame,
    you_json,
)
from quiz.room.model import Phase, RoomError, RoomSummary
from quiz.room.room import Room

STATIC = Path(__file__).with_name("static")
PAGE_FILES = {"room.css": "text/css", "room.js": "text/javascript"}
SECURITY_HEADERS = {
    # The page loads nothing from elsewhere, and nothing may frame it.
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@dataclass(frozen=True, slots=True)
class NetLimits:
    message_bytes: int = 4096  # a join or an answer is far below
    messages_per_second: float = 5.0
    burst: int = 20
    wrong_codes: int = 5  # then the connection is closed: codes are not for guessing
    queued_messages: int = 64  # replies a client has not read yet
    connections: int = 0  # 0: twice the players, plus room for the curious
    heartbeat_seconds: float = 10.0  # a vanished phone is noticed in this time
    broadcast_every: float = 0.1  # answered counts are sent at most this often


class _Bucket:
    """A token bucket: ``burst`` messages at once, then ``rate`` per second."""

    def __init__(self, rate: float, burst: int, now: Callable[[], float]) -> None:
        self._rate, self._burst, self._now = rate, float(burst), now
        self._tokens, self._at = float(burst), now()

    def take(self) -> bool:
        now = self._now()
        self._tokens = min(self._burst, self._tokens + (now - self._at) * self._rate)
        self._at = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True


@dataclass(eq=False)
class _Connection:
    number: int
    socket: web.WebSocketResponse
    bucket: _Bucket
    token: str | None = None
    lang: str | None = None
    wrong_codes: int = 0
    replies: deque[str] = field(default_factory=deque)
    state: str | None = None
    ready: asyncio.Event = field(default_factory=asyncio.Event)


class RoomServer:
    def __init__(
        self,
        room: Room,
        *,
        limits: NetLimits | None = None,
        on_change: Callable[[RoomSummary], None] | None = None,
        sent: Callable[[int, str], None] | None = None,
        now: Callable[[], float] = time.monotonic,
        language: str | None = None,
    ) -> None:
        """``on_change`` is told every new state (the host's screen); ``sent`` sees every
        frame before it goes out (tests use it to read everything a client could);
        ``language`` (the host's) is told to each player who joins."""
        self.room = room
        self.language = language
        self.limits = limits or NetLimits()
        self._max_connections = self.limits.connections or 2 * room.limits.max_players + 10
        self._on_change = on_change
        self._sent = sent
        self._now = now
        self._connections: dict[int, _Connection] = {}
        self._by_token: dict[str, _Connection] = {}
        self._numbers = itertools.count(1)
        self._wake = asyncio.Event()
        self._over = asyncio.Event()
        self._published_version = -1
        self._published_key: tuple[object, ...] = ()
        self._published_at = 0.0
        self._runner: web.AppRunner | None = None
        self._driver: asyncio.Task[None] | None = None
        self._closing: set[asyncio.Task[bool]] = set()  # ghosts' sockets being closed
        self.addresses: list[tuple[str, int]] = []

    # -- life -------------------------------------------------------------------------------

    def application(self) -> web.Application:
        app = web.Application(middlewares=[_security_headers], client_max_size=16 * 1024)
        app.router.add_get("/", self._page)
        app.router.add_get("/texts.json", self._texts)
        app.router.add_get("/static/{name}", self._static)
        app.router.add_get("/ws", self._socket)
        return app

    async def start(self, host: str, port: int) -> tuple[str, int]:
        """Listen on ``host:port`` (port 0: any free one); returns the address really used."""
        # Handlers still running at the end get a second, not a minute: the game is over.
        self._runner = web.AppRunner(
            self.application(), access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        self.addresses = [(str(a[0]), int(a[1])) for a in self._runner.addresses]
        self._driver = asyncio.create_task(self._drive())
        return self.addresses[0]

    def poke(self) -> None:
        """The room changed from outside (the host started it, a test moved the clock)."""
        self._wake.set()

    async def wait_over(self) -> None:
        await self._over.wait()

    async def stop(self, linger: float = 2.0) -> None:
        """Stop serving; first give every player up to ``linger`` seconds to get the last state."""
        loop = asyncio.get_running_loop()
        end = loop.time() + linger
        while loop.time() < end and any(
            c.replies or c.state is not None for c in self._connections.values()
        ):
            await asyncio.sleep(0.02)
        if self._driver is not None:
            self._driver.cancel()
            try:
                await self._driver
            except asyncio.CancelledError:
                pass
        closing = [
            connection.socket.close(code=WSCloseCode.GOING_AWAY)
            for connection in self._connections.values()
        ]
        await asyncio.gather(*closing, return_exceptions=True)
        if self._runner is not None:
            await self._runner.cleanup()

    # -- the room's pace --------------------------------------------------------------------

    async def _drive(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            self._wake.clear()
            # What an answer changed goes out before time moves the room on: a reveal of
            # no seconds is still seen by everyone.
            self._publish_if_due(loop.time())
            self.room.tick()
            wait = self._publish_if_due(loop.time())
            if self.room.phase is Phase.OVER and self._published_version == self.room.version:
                self._over.set()
            deadline = self.room.next_deadline()
            if deadline is not None:
                # Capped: a fake clock in tests moves without the loop's knowledge.
                wait = min(wait, max(0.0, deadline - self.room.now()), 0.5)
            try:
                # asyncio.timeout, not wait_for: 3.11's wait_for can swallow the cancel
                # that ``stop`` sends, and the loop would never end.
                async with asyncio.timeout(wait):
                    await self._wake.wait()
            except TimeoutError:
                pass

    def _publish_if_due(self, now: float) -> float:
        """Send the new state if there is one; returns how long the loop may sleep."""
        if self._published_version == self.room.version:
            return 1.0
        question = self.room.question_view()
        key = (self.room.phase, question.number if question else None)
        since = now - self._published_at
        if key == self._published_key and since < self.limits.broadcast_every:
            return self.limits.broadcast_every - since  # only counts changed: coalesce
        new_step = key != self._published_key
        self._published_key, self._published_at = key, now
        self._publish(new_step)
        return 1.0

    def _publish(self, new_step: bool) -> None:
        summary = self.room.summary()
        self._published_version = self.room.version
        if new_step or summary.question is None:
            shared = room_json(summary)
            for connection in self._connections.values():
                if connection.token is not None:
                    self._send_state(connection, shared, new_step)
        else:
            # Only answers came in: every player gets the count, not the whole room again.
            progress = progress_frame(summary.question.answered, summary.question.players)
            for connection in self._connections.values():
                if connection.token is not None:
                    connection.state = progress
                    connection.ready.set()
        if self._on_change is not None:
            self._on_change(summary)

    def _send_state(self, connection: _Connection, shared: str, new_step: bool = True) -> None:
        """Queue the connection's state. A new step (question, reveal, podium) is always
        delivered; a state that only updates counts replaces one not yet sent."""
        token = connection.token
        assert token is not None
        try:
            seat = self.room.seat_of(token)
        except RoomError as error:  # a lobby seat freed while away
            connection.token = None
            self._by_token.pop(token, None)
            self._reply(connection, self._refusal(connection, error))
            return
        answered = self.room.phase is Phase.QUESTION and seat.outcome is not None
        you = you_json(seat.number, seat.name, answered, self.room.player_result(token))
        frame = state_frame(shared, you)
        if new_step:
            connection.state = None  # older than this one
            self._reply(connection, frame)
        else:
            connection.state = frame
            connection.ready.set()

    # -- HTTP -------------------------------------------------------------------------------

    async def _page(self, request: web.Request) -> web.StreamResponse:
        return web.FileResponse(STATIC / "index.html", headers={"Content-Type": "text/html"})

    async def _static(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name not in PAGE_FILES:  # a fixed list: no path from a request reaches the disk
            raise web.HTTPNotFound()
        return web.FileResponse(STATIC / name, headers={"Content-Type": PAGE_FILES[name]})

    async def _texts(self, request: web.Request) -> web.Response:
        """The page's texts from the one catalogue, in both languages."""
        texts = {
            lang: {key[4:]: value[lang] for key, value in catalogue().items() if key[:4] == "web."}
            for lang in ("de", "en")
        }
        return web.json_response(texts)

    # -- players ----------------------------------------------------------------------------

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        if len(self._connections) >= self._max_connections:
            raise web.HTTPServiceUnavailable()
        if not _same_origin(request):
            raise web.HTTPForbidden()  # another site's page may not play in this room
        socket = web.WebSocketResponse(
            timeout=2.0,  # for the closing handshake: a gone client does not hold up the end
            max_msg_size=self.limits.message_bytes,
            heartbeat=self.limits.heartbeat_seconds,
            compress=False,
        )
        await socket.prepare(request)
        bucket = _Bucket(self.limits.messages_per_second, self.limits.burst, self._now)
        connection = _Connection(next(self._numbers), socket, bucket)
        self._connections[connection.number] = connection
        writer = asyncio.create_task(self._write(connection))
        try:
            async for frame in socket:
                if frame.type is not WSMsgType.TEXT:
                    break  # binary, or an error such as an oversized frame
                if not bucket.take():
                    await socket.close(code=WSCloseCode.POLICY_VIOLATION, message=b"flood")
                    break
                try:
                    message = parse(frame.data)
                except BadMessage:
                    await socket.close(code=WSCloseCode.POLICY_VIOLATION, message=b"protocol")
                    break
                if not self._handle(connection, message):
                    await socket.close(code=WSCloseCode.POLICY_VIOLATION, message=b"refused")
                    break
                self._wake.set()
        finally:
            await self._forget(connection, writer)
        return socket

    def _handle(self, connection: _Connection, message: ClientMessage) -> bool:
        """Act on one message; False when the connection must go."""
        if len(connection.replies) >= self.limits.queued_messages:
            return False  # it sends and never reads
        try:
            if isinstance(message, Join):
                connection.lang = message.lang
                if connection.token is not None:
                    raise RoomError("room.error.already_seated")
                try:
                    seat = self.room.join(message.code, message.name)
                except RoomError as error:
                    if error.key == "room.error.wrong_code":
                        connection.wrong_codes += 1
                        if connection.wrong_codes >= self.limits.wrong_codes:
                            return False
                    raise
                self._seat_connection(connection, seat.token)
            elif isinstance(message, Rejoin):
                connection.lang = message.lang
                self.room.rejoin(message.token)
                self._seat_connection(connection, message.token)
            elif isinstance(message, Answer):
                if connection.token is None:
                    raise RoomError("room.error.unknown_seat")
                self.room.answer(connection.token, message.number, message.text)
                self._reply(connection, encode({"type": "received", "number": message.number}))
        except RoomError as error:
            self._reply(connection, self._refusal(connection, error))
        return True

    def _seat_connection(self, connection: _Connection, token: str) -> None:
        earlier = self._by_token.get(token)
        if earlier is not None and earlier is not connection:
            # The same seat from a new connection: the old one is a ghost.
            earlier.token = None
            closing = asyncio.create_task(earlier.socket.close(code=WSCloseCode.GOING_AWAY))
            self._closing.add(closing)
            closing.add_done_callback(self._closing.discard)
        connection.token = token
        self._by_token[token] = connection
        seat = self.room.seat_of(token)
        welcome = {"type": "welcome", "seat": seat.number, "name": seat.name, "token": token}
        if self.language is not None:
            welcome["lang"] = self.language
        self._reply(connection, encode(welcome))
        self._send_state(connection, room_json(self.room.summary()))

    def _refusal(self, connection: _Connection, error: RoomError) -> str:
        message = t(error.key, connection.lang, **error.values)
        return encode({"type": "refused", "key": error.key, "message": message})

    def _reply(self, connection: _Connection, frame: str) -> None:
        connection.replies.append(frame)
        connection.ready.set()

    async def _write(self, connection: _Connection) -> None:
        socket = connection.socket
        while not socket.closed:
            await connection.ready.wait()
            connection.ready.clear()
            while connection.replies or connection.state is not None:
                if connection.replies:
                    frame = connection.replies.popleft()
                else:
                    frame, connection.state = connection.state or "", None
                if self._sent is not None:
                    self._sent(connection.number, frame)
                try:
                    await socket.send_str(frame)
                except (ConnectionError, RuntimeError):
                    return  # gone; the reader side tidies up

    async def _forget(self, connection: _Connection, writer: asyncio.Task[None]) -> None:
        self._connections.pop(connection.number, None)
        token = connection.token
        if token is not None and self._by_token.get(token) is connection:
            del self._by_token[token]
            self.room.leave(token)
            self._wake.set()
        writer.cancel()
        try:
            await writer
        except asyncio.CancelledError:
            pass


@web.middleware
async def _security_headers(
    request: web.Request, handler: Callable[..., object]
) -> web.StreamResponse:
    response = await handler(request)  # type: ignore[misc]
    assert isinstance(response, web.StreamResponse)
    if not isinstance(response, web.WebSocketResponse):
        response.headers.update(SECURITY_HEADERS)
    return response


def _same_origin(request: web.Request) -> bool:
    """Browsers name the page that opens a socket; terminals send no Origin."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    return urlsplit(origin).netloc == request.host
