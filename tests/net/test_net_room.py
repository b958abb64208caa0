"""The room over real WebSockets on loopback: a game, rejoin, and what clients may see."""

from __future__ import annotations

import aiohttp
import orjson

from quiz.room.model import Phase
from tests.room.conftest import QUESTIONS


async def test_three_players_play_a_whole_game(served, connect):
    players = [await connect.join(name) for name in ("Ada", "Bo", "Cy")]
    lobby = await players[0].until(
        lambda m: m["type"] == "state" and len(m["room"]["players"]) == 3
    )
    assert [p["name"] for p in lobby["room"]["players"]] == ["Ada", "Bo", "Cy"]
    served.start()
    answers = [["Rot", "15", "Bibliothek"], ["Blau", "fünfzehn", ""], ["1", "16", "Bibliotek"]]
    for number in (1, 2, 3):
        for player, given in zip(players, answers):
            question = await player.state("question", number)
            assert question["you"]["result"] is None
            await player.send({"type": "answer", "number": number, "text": given[number - 1]})
            assert (await player.until(lambda m: m["type"] == "received"))["number"] == number
        for player in players:
            reveal = await player.state("reveal", number)
            assert reveal["you"]["result"] is not None
        served.next()
    final = await players[0].state("over")
    assert [row["name"] for row in final["room"]["podium"]] == ["Ada", "Cy", "Bo"]
    assert final["you"]["result"]["place"] == 1
    assert served.room.phase is Phase.OVER


async def test_no_frame_tells_an_answer_before_its_question_closes(served, connect):
    players = [await connect.join(name) for name in ("Ada", "Bo")]
    served.start()
    for number in (1, 2, 3):
        for player, given in zip(players, (QUESTIONS[number - 1].answer, "nope")):
            await player.state("question", number)
            await player.send({"type": "answer", "number": number, "text": given})
        for player in players:
            await player.state("reveal", number)
        served.next()
    await players[0].state("over")

    open_question = None
    checked = 0
    revealed: dict[int, int] = {}  # seat -> score as of the last reveal
    for _, frame in served.sent:
        message = orjson.loads(frame)
        if message["type"] == "state":
            room = message["room"]
            open_question = room["question"]["number"] if room["phase"] == "question" else None
            if room["reveal"] is not None:
                revealed = {row["seat"]: row["score"] for row in room["reveal"]["leaderboard"]}
        if open_question is None:
            continue
        checked += 1
        question = QUESTIONS[open_question - 1]
        assert _keys(message).isdisjoint({"answer", "accepted", "right", "verdict", "points"})
        if message["type"] == "state":
            assert message["you"]["result"] is None
            # Scores stand still while a question is open: a jump would tell it was right.
            scores = {p["seat"]: p["score"] for p in message["room"]["players"]}
            assert scores == {seat: revealed.get(seat, 0) for seat in scores}
        secrets = [question.answer, *question.accept]
        if not question.choices:  # a choice's text is on screen, but not which one is right
            assert not any(orjson.dumps(secret).decode() in frame for secret in secrets), frame
    assert checked >= 6


def _keys(value: object) -> set[str]:
    if isinstance(value, dict):
        return set(value) | set().union(*(_keys(item) for item in value.values()))
    if isinstance(value, list):
        return set().union(*(_keys(item) for item in value)) if value else set()
    return set()


async def test_a_player_who_drops_comes_back_to_the_same_seat_and_can_answer(served, connect):
    ada = await connect.join("Ada")
    bo = await connect.join("Bo")
    cy = await connect.join("Cy")  # still thinking: the question stays open
    served.start()
    await ada.state("question", 1)
    await ada.send({"type": "answer", "number": 1, "text": "Rot"})
    await bo.socket.close()
    again = await connect()
    await again.send({"type": "rejoin", "token": bo.token, "lang": "de"})
    welcome = await again.receive()
    assert (welcome["type"], welcome["seat"], welcome["name"]) == ("welcome", 2, "Bo")
    snapshot = await again.state("question", 1)  # a full snapshot on return
    assert snapshot["you"]["seat"] == 2
    await again.send({"type": "answer", "number": 1, "text": "Rot"})
    await cy.send({"type": "answer", "number": 1, "text": "Blau"})
    reveal = await again.state("reveal", 1)
    assert reveal["you"]["result"]["verdict"] == "correct"


async def test_a_second_connection_for_a_seat_replaces_the_first(served, connect):
    ada = await connect.join("Ada")
    twin = await connect()
    await twin.send({"type": "rejoin", "token": ada.token})
    assert (await twin.receive())["type"] == "welcome"
    assert await ada.closed() == aiohttp.WSCloseCode.GOING_AWAY


async def test_the_page_and_its_texts_are_served_with_a_strict_policy(served):
    async with aiohttp.ClientSession() as http:
        async with http.get(served.url + "/") as page:
            assert page.status == 200
            assert "default-src 'self'" in page.headers["Content-Security-Policy"]
            assert "room.js" in await page.text()
        async with http.get(served.url + "/texts.json") as texts:
            both = await texts.json()
            assert set(both) == {"de", "en"} and both["de"]["join"] != both["en"]["join"]
        async with http.get(served.url + "/static/..%2fserver.py") as sneaky:
            assert sneaky.status == 404
