"""Draw the README's pictures of a room: ``.venv/bin/python docs/make_room_screenshots.py``.

A room on 127.0.0.1 with a fixed seed and a clock that stands still; four invented players
(two raw sockets, the browser and the host's own view). The host's screen is drawn by
Textual as SVG, the phone page by headless Chromium as PNG (skipped without chromium).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent))  # the test helpers drive the browser


async def draw(scratch: Path) -> None:
    os.environ.update(QUIZ_DATA_DIR=str(scratch / "data"), QUIZ_CACHE_DIR=str(scratch / "cache"))
    import aiohttp
    import orjson

    from quiz.i18n import set_language
    from quiz.net.hosting import HostedRoom
    from quiz.play.clock import FakeClock
    from quiz.scores.store import ScoreStore
    from quiz.ui.room.host import RoomHostApp
    from tests.net.browser import CHROMIUM, Browser
    from tests.room.conftest import make_room

    set_language("de")
    clock = FakeClock()
    room = make_room(clock, reveal_seconds=600.0)
    hosted = HostedRoom(room, ScoreStore(scratch / "scores.json"), bind="127.0.0.1", port=0)
    app = RoomHostApp(hosted)
    async with app.run_test(size=(100, 32)) as pilot, aiohttp.ClientSession() as http:
        while hosted.port == 0:
            await pilot.pause(0.05)
        sockets = []
        for name in ("Vern", "Tobias"):
            socket = await http.ws_connect(f"http://127.0.0.1:{hosted.port}/ws")
            await socket.send_str(
                orjson.dumps({"type": "join", "code": "ABC234", "name": name}).decode()
            )
            sockets.append(socket)
        browser = await Browser.start(scratch / "profile") if CHROMIUM else None
        if browser is not None:
            await browser.open(f"http://127.0.0.1:{hosted.port}/?code=ABC234")
            await browser.until("!document.getElementById('join').hidden")
            await browser.evaluate(
                "document.getElementById('name').value = 'Diane';"
                "document.getElementById('join-form').requestSubmit()"
            )
            await browser.until("!document.getElementById('lobby').hidden")
        await pilot.pause(0.3)
        app.save_screenshot(str(DOCS / "room-lobby.svg"))
        hosted.press_enter()
        await pilot.pause(0.3)
        clock.advance(4.0)
        for socket, answer in zip(sockets, ("Rot", "Blau")):
            await socket.send_str(
                orjson.dumps({"type": "answer", "number": 1, "text": answer}).decode()
            )
        if browser is not None:
            await browser.until("!document.getElementById('question').hidden")
            await browser.evaluate("document.querySelectorAll('#choices button')[0].click()")
            await browser.until("!document.getElementById('reveal').hidden")
            await browser.screenshot(DOCS / "room-phone.png")
            await browser.close()
        await pilot.pause(0.3)
        app.save_screenshot(str(DOCS / "room-reveal.svg"))
        for socket in sockets:
            await socket.close()


async def main() -> None:
    with tempfile.TemporaryDirectory(prefix="quiz-room-screenshots-") as folder:
        await draw(Path(folder))


if __name__ == "__main__":
    asyncio.run(main())
