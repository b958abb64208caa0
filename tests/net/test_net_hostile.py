"""Hostile clients lose their own connection; the room plays on for everyone else."""

from __future__ import annotations

import aiohttp
import orjson
import pytest

from quiz.net.server import NetLimits, RoomServer
from quiz.play.clock import FakeClock
from tests.room.conftest import make_room


async def test_garbage_binary_oversized_and_floods_lose_their_connection(served, connect):
    ada = await connect.join("Ada")

    garbage = await connect()
    await garbage.socket.send_str("{not json")
    assert await garbage.closed() == aiohttp.WSCloseCode.POLICY_VIOLATION

    wrong_shape = await connect()
    await wrong_shape.send({"type": "answer", "number": "1", "text": ["x"]})
    assert await wrong_shape.closed() == aiohttp.WSCloseCode.POLICY_VIOLATION

    binary = await connect()
    await binary.socket.send_bytes(b"\x00\x01")
    assert await binary.closed() is not None

    huge = await connect()
    await huge.socket.send_str(orjson.dumps({"type": "join", "name": "x" * 10_000}).decode())
    assert await huge.closed() == aiohttp.WSCloseCode.MESSAGE_TOO_BIG

    flood = await connect.join("Flood")
    for _ in range(60):
        await flood.send({"type": "answer", "number": 99, "text": "x"})
    assert await flood.closed() == aiohttp.WSCloseCode.POLICY_VIOLATION

    # The room plays on: Ada answers and sees the reveal. (Flood's seat is away: it does
    # not hold up the question.)
    served.start()
    await ada.state("question", 1)
    await ada.send({"type": "answer", "number": 1, "text": "Rot"})
    reveal = await ada.state("reveal", 1)
    assert reveal["you"]["result"]["verdict"] == "correct"


async def test_wrong_codes_are_refused_and_guessing_ends_the_connection(served, connect):
    guesser = await connect()
    for attempt in range(4):
        await guesser.send({"type": "join", "code": f"GUESS{attempt}", "name": "Eve"})
        refused = await guesser.receive()
        assert (refused["type"], refused["key"]) == ("refused", "room.error.wrong_code")
    await guesser.send({"type": "join", "code": "GUESS5", "name": "Eve"})
    assert await guesser.closed() == aiohttp.WSCloseCode.POLICY_VIOLATION
    assert served.room.summary().players == ()


async def test_answers_for_closed_or_other_questions_are_refused_not_counted(served, connect):
    ada = await connect.join("Ada")
    bo = await connect.join("Bo")
    await ada.send({"type": "answer", "number": 1, "text": "Rot"})  # before the start
    assert (await ada.until(lambda m: m["type"] == "refused"))["key"] == "room.error.closed"
    served.start()
    await ada.state("question", 1)
    await ada.send({"type": "answer", "number": 2, "text": "15"})
    assert (await ada.until(lambda m: m["type"] == "refused"))["key"] == "room.error.closed"
    await ada.send({"type": "answer", "number": 1, "text": "Blau"})
    await ada.send({"type": "answer", "number": 1, "text": "Rot"})
    assert (await ada.until(lambda m: m["type"] == "refused"))["key"] == "room.error.answered"
    await bo.send({"type": "answer", "number": 1, "text": "Rot"})
    reveal = await ada.state("reveal", 1)
    assert reveal["you"]["result"]["verdict"] == "wrong"  # the first answer counted
    await bo.send({"type": "answer", "number": 1, "text": "Grün"})
    assert (await bo.until(lambda m: m["type"] == "refused"))["key"] == "room.error.closed"


async def test_names_are_data_shown_as_sent(served, connect):
    name = "[bold]<b>{0}</b>\x1b[31m"
    player = await connect.join(name)
    state = await player.state("lobby")
    assert state["you"]["name"] == name
    assert served.room.summary().players[0].name == name


async def test_a_page_of_another_site_may_not_open_a_socket(served):
    async with aiohttp.ClientSession() as http:
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await http.ws_connect(served.url + "/ws", headers={"Origin": "http://evil.example"})
        assert refused.value.status == 403


async def test_connections_beyond_the_bound_are_turned_away():
    server = RoomServer(make_room(FakeClock(), max_players=2), limits=NetLimits(connections=2))
    _, port = await server.start("127.0.0.1", 0)
    try:
        async with aiohttp.ClientSession() as http:
            kept = [await http.ws_connect(f"http://127.0.0.1:{port}/ws") for _ in range(2)]
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await http.ws_connect(f"http://127.0.0.1:{port}/ws")
            assert refused.value.status == 503
            for socket in kept:
                await socket.close()
    finally:
        await server.stop(linger=0)
