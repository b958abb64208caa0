"""The Textual room screens with a real server on 127.0.0.1 and a fake clock."""

from __future__ import annotations

import aiohttp
import orjson

from quiz.net.client import RoomClient
from quiz.net.hosting import HostedRoom
from quiz.play.clock import FakeClock
from quiz.room.model import Phase
from quiz.scores.store import ScoreStore
from quiz.ui.room.host import RoomHostApp
from quiz.ui.room.join import RoomJoinApp
from tests.room.conftest import make_room


def _text(app, selector: str) -> str:
    return str(app.query_one(selector).render())


async def _wait(pilot, test, rounds: int = 100) -> None:
    for _ in range(rounds):
        await pilot.pause(0.02)
        if test():
            return
    raise AssertionError("the screen never got there")


def _open_question(room) -> int | None:
    view = room.question_view()
    return view.number if view is not None else None


async def test_the_host_screen_shows_lobby_question_reveal_and_podium(tmp_path):
    clock = FakeClock()
    room = make_room(clock, reveal_seconds=3.0)
    store = ScoreStore(tmp_path / "scores.json")
    hosted = HostedRoom(room, store, bind="127.0.0.1", port=0)
    app = RoomHostApp(hosted)
    async with app.run_test(size=(100, 40)) as pilot, aiohttp.ClientSession() as http:
        await _wait(pilot, lambda: hosted.port != 0)
        assert "ABC234" in _text(app, "#top")
        assert "█" in _text(app, "#qr") or "▀" in _text(app, "#qr")
        await pilot.press("enter")  # nobody yet: nothing happens
        assert room.phase is Phase.LOBBY
        socket = await http.ws_connect(f"http://127.0.0.1:{hosted.port}/ws")
        await socket.send_str(
            orjson.dumps({"type": "join", "code": "ABC234", "name": "[b]Ada"}).decode()
        )
        await _wait(pilot, lambda: "[b]Ada" in _text(app, "#main"))
        await pilot.press("enter")
        await _wait(pilot, lambda: "Welche Farbe" in _text(app, "#main"))
        assert "0 of 1" in _text(app, "#main") or "0 von 1" in _text(app, "#main")
        for number, answer in ((1, "Rot"), (2, "15"), (3, "Bibliothek")):
            await _wait(pilot, lambda n=number: _open_question(room) == n)
            await socket.send_str(
                orjson.dumps({"type": "answer", "number": number, "text": answer}).decode()
            )
            await _wait(pilot, lambda: room.phase is Phase.REVEAL)
            assert room.summary().reveal.answer in _text(app, "#main")
            clock.advance(3.0)
            hosted._server.poke()
        await _wait(pilot, lambda: room.phase is Phase.OVER and hosted.saved is not None)
        await _wait(pilot, lambda: "[b]Ada" in _text(app, "#main"))
        await socket.close()
    assert [entry.player for entry in store.top()] == ["[b]Ada"]


async def test_a_player_terminal_answers_and_sees_its_verdict(tmp_path):
    clock = FakeClock()
    room = make_room(clock, reveal_seconds=3.0)
    store = ScoreStore(tmp_path / "scores.json")
    hosted = HostedRoom(room, store, bind="127.0.0.1", port=0)
    await hosted.open()
    try:
        app = RoomJoinApp(
            RoomClient(f"127.0.0.1:{hosted.port}", code="abc234", name="Bo", lang="en")
        )
        async with app.run_test(size=(80, 30)) as pilot:
            await _wait(pilot, lambda: len(room.summary().players) == 1)
            hosted.press_enter()
            await _wait(pilot, lambda: "Welche Farbe" in _text(app, "#main"))
            await pilot.press("1", "enter")
            await _wait(pilot, lambda: "Right!" in _text(app, "#main"))
            assert "Place 1 of 1" in _text(app, "#main")
    finally:
        await hosted.close()
