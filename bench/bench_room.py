"""The live room with many players on loopback: from a question's close to the last player
having the result, and the server's CPU, against a server that only broadcasts.

    .venv/bin/python bench/bench_room.py [--players 200] [--questions 10]

The server runs in its own process (so its CPU is its own); the players are WebSocket
clients in this process, all answering within the same second of each question. A
question closes when the last answer arrives; the server prints the close time
(``time.monotonic``, one clock for every process on the machine) and each player notes
when its result arrives. The baseline is a bare aiohttp server that, once every client
has sent its message, sends one frame of the same size (a real reveal of the room run) to
all of them. Everything is bounded: rounds, players, and a deadline for the whole run.
Only 127.0.0.1 is used.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import machine

DEADLINE_S = 300.0
HOST = "127.0.0.1"


# -- the servers (child processes) -------------------------------------------------------


def room_server(players: int, questions: int) -> None:
    from quiz.banks.model import Question, QuestionType
    from quiz.net.hosting import HostedRoom
    from quiz.net.server import NetLimits
    from quiz.play.clock import MonotonicClock
    from quiz.play.model import SessionSettings
    from quiz.room.model import Phase, RoomLimits, RoomSummary
    from quiz.room.room import Room
    from quiz.scores.store import ScoreStore

    bank = [
        Question(
            id=f"bench-{n}",
            type=QuestionType.MULTIPLE_CHOICE,
            prompt=f"Question {n}: which one?",
            answer=f"right {n}",
            choices=(f"right {n}", f"wrong {n}a", f"wrong {n}b", f"wrong {n}c"),
            bank="bench",
        )
        for n in range(questions)
    ]

    class TimedRoom(Room):
        """Notes when a question really closes (in the handler of the last answer)."""

        closed_at = 0.0

        def _close(self) -> None:
            self.closed_at = time.monotonic()
            super()._close()

    room = TimedRoom(
        bank,
        SessionSettings(count=questions, time_limit=30.0, seed=1),
        MonotonicClock(),
        code="BENCH1",
        banks=("bench",),
        limits=RoomLimits(max_players=players, reveal_seconds=0.5),
    )

    async def serve() -> None:
        with tempfile.TemporaryDirectory() as folder:
            store = ScoreStore(Path(folder) / "scores.json")
            hosted = HostedRoom(
                room,
                store,
                bind=HOST,
                port=0,
                start_when=players,
                limits=NetLimits(messages_per_second=50, burst=50),
            )
            seen: set[int] = set()
            started = [0.0]

            def changed(summary: RoomSummary) -> None:
                if summary.phase is Phase.QUESTION and not started[0]:
                    started[0] = time.process_time()
                reveal = summary.reveal
                if summary.phase is Phase.REVEAL and reveal and reveal.number not in seen:
                    seen.add(reveal.number)
                    print(f"CLOSE {reveal.number} {room.closed_at!r}", flush=True)

            hosted.on_change = changed
            await hosted.open()
            print(f"PORT {hosted.port}", flush=True)
            await asyncio.wait_for(hosted.finished(), DEADLINE_S)
            print(f"CPU {time.process_time() - started[0]!r}", flush=True)
            await hosted.close()

    asyncio.run(serve())


def broadcast_server(players: int, rounds: int, payload_file: str) -> None:
    from aiohttp import web

    payload = Path(payload_file).read_text(encoding="utf-8")
    sockets: list[web.WebSocketResponse] = []
    heard = [0]
    started = [0.0]
    done = asyncio.Event()

    async def handler(request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse(max_msg_size=4096, compress=False)
        await socket.prepare(request)
        sockets.append(socket)
        async for _ in socket:
            if not started[0]:
                started[0] = time.process_time()
            heard[0] += 1
            if heard[0] % players == 0:
                number = heard[0] // players
                print(f"CLOSE {number} {time.monotonic()!r}", flush=True)
                for each in sockets:
                    await each.send_str(payload)
                if number == rounds:
                    done.set()
        return socket

    async def serve() -> None:
        app = web.Application()
        app.router.add_get("/ws", handler)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, HOST, 0)
        await site.start()
        print(f"PORT {runner.addresses[0][1]}", flush=True)
        await asyncio.wait_for(done.wait(), DEADLINE_S)
        print(f"CPU {time.process_time() - started[0]!r}", flush=True)
        await asyncio.sleep(0.5)
        await runner.cleanup()

    asyncio.run(serve())


# -- the players (this process) ----------------------------------------------------------


async def room_players(
    port: int, players: int, rng: random.Random
) -> tuple[dict[int, list[float]], str]:
    import aiohttp
    import orjson

    arrivals: dict[int, list[float]] = {}
    reveal_frame = [""]

    async def player(number: int, http: aiohttp.ClientSession) -> None:
        socket = await http.ws_connect(f"ws://{HOST}:{port}/ws", max_msg_size=2**24)
        await socket.send_str(
            orjson.dumps({"type": "join", "code": "BENCH1", "name": f"p{number}"}).decode()
        )
        asked = revealed = 0
        async for frame in socket:
            message = orjson.loads(frame.data)
            if message["type"] != "state":
                continue
            room = message["room"]
            if room["phase"] == "question" and room["question"]["number"] != asked:
                asked = room["question"]["number"]
                asyncio.get_running_loop().call_later(
                    rng.random(),
                    lambda n=asked: asyncio.ensure_future(
                        socket.send_str(
                            orjson.dumps({"type": "answer", "number": n, "text": "1"}).decode()
                        )
                    ),
                )
            reveal = room["reveal"]
            if reveal is not None and reveal["number"] != revealed:
                revealed = reveal["number"]
                arrivals.setdefault(revealed, []).append(time.monotonic())
                reveal_frame[0] = frame.data
            if room["phase"] == "over":
                break
        await socket.close()

    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as http:
        await asyncio.wait_for(
            asyncio.gather(*(player(n, http) for n in range(players))), DEADLINE_S
        )
    return arrivals, reveal_frame[0]


async def broadcast_players(
    port: int, players: int, rounds: int, rng: random.Random
) -> dict[int, list[float]]:
    import aiohttp

    arrivals: dict[int, list[float]] = {}

    async def player(http: aiohttp.ClientSession) -> None:
        socket = await http.ws_connect(f"ws://{HOST}:{port}/ws", max_msg_size=2**24)
        await ready.wait()
        for number in range(1, rounds + 1):
            await asyncio.sleep(rng.random())
            await socket.send_str("x")
            frame = await socket.receive(timeout=DEADLINE_S)
            assert frame.type is aiohttp.WSMsgType.TEXT
            arrivals.setdefault(number, []).append(time.monotonic())
            await asyncio.sleep(0.5)  # the room's reveal: both runs have the same rhythm
        await socket.close()

    ready = asyncio.Event()
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as http:
        tasks = [asyncio.ensure_future(player(http)) for _ in range(players)]
        await asyncio.sleep(1.0)  # every socket open before the first round
        ready.set()
        await asyncio.wait_for(asyncio.gather(*tasks), DEADLINE_S)
    return arrivals


# -- running and reporting ---------------------------------------------------------------


def start_server(argv: list[str]) -> tuple[subprocess.Popen[str], int]:
    process = subprocess.Popen([sys.executable, __file__, *argv], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("PORT "), line
    return process, int(line.split()[1])


def server_report(process: subprocess.Popen[str]) -> tuple[dict[int, float], float]:
    out, _ = process.communicate(timeout=DEADLINE_S)
    closes, cpu = {}, 0.0
    for line in out.splitlines():
        parts = line.split()
        if parts[0] == "CLOSE":
            closes[int(parts[1])] = float(parts[2])
        elif parts[0] == "CPU":
            cpu = float(parts[1])
    return closes, cpu


def latencies(
    closes: dict[int, float], arrivals: dict[int, list[float]]
) -> tuple[list[float], list[float]]:
    each = [t - closes[n] for n, times in arrivals.items() for t in times]
    last = [max(times) - closes[n] for n, times in arrivals.items()]
    return each, last


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--players", type=int, default=200)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--serve", choices=("room", "broadcast"), help=argparse.SUPPRESS)
    parser.add_argument("--payload", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.serve == "room":
        room_server(options.players, options.questions)
        return
    if options.serve == "broadcast":
        broadcast_server(options.players, options.questions, options.payload)
        return

    players, rounds = min(options.players, 500), min(options.questions, 50)
    common = ["--players", str(players), "--questions", str(rounds)]
    server, port = start_server(["--serve", "room", *common])
    arrivals, reveal = asyncio.run(room_players(port, players, random.Random(1)))
    closes, room_cpu = server_report(server)
    room_each, room_last = latencies(closes, arrivals)

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as payload:
        payload.write(reveal)
    server, port = start_server(["--serve", "broadcast", *common, "--payload", payload.name])
    arrivals = asyncio.run(broadcast_players(port, players, rounds, random.Random(1)))
    closes, base_cpu = server_report(server)
    base_each, base_last = latencies(closes, arrivals)
    Path(payload.name).unlink()

    print(f"\n### Room: {players} players, {rounds} questions, answers within one second\n")
    print(f"Machine: {machine()}\n")
    print(f"Reveal frame: {len(reveal.encode()) / 1024:.1f} KiB (the same payload for both)\n")
    print(
        "| | close → a player's result, median | p99 | close → last player, median of questions | server CPU per question |"
    )
    print("| --- | --- | --- | --- | --- |")
    for label, each, last, cpu in (
        ("room (quiz.net.server)", room_each, room_last, room_cpu),
        ("broadcast only (baseline)", base_each, base_last, base_cpu),
    ):
        print(
            f"| {label} | {statistics.median(each) * 1000:.1f} ms | {p99(each) * 1000:.1f} ms | "
            f"{statistics.median(last) * 1000:.1f} ms | {cpu / rounds * 1000:.1f} ms |"
        )


if __name__ == "__main__":
    main()
