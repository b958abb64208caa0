"""Headless Chromium driven over its DevTools protocol (a WebSocket, spoken with aiohttp).

Started on loopback only, with a fresh profile and everything that would reach out to the
network switched off. Every wait has a deadline.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import aiohttp

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DEADLINE_S = 20.0
PHONE = {"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True}


class Browser:
    def __init__(
        self,
        process: subprocess.Popen[bytes],
        socket: aiohttp.ClientWebSocketResponse,
        http: aiohttp.ClientSession,
    ) -> None:
        self._process, self._socket, self._http = process, socket, http
        self._ids = itertools.count(1)
        self._session: str | None = None

    @classmethod
    async def start(cls, profile: Path) -> Browser:
        assert CHROMIUM is not None
        process = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-extensions",
                "--disable-default-apps",
                f"--user-data-dir={profile}",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        url = await asyncio.wait_for(_devtools_url(process), DEADLINE_S)
        http = aiohttp.ClientSession()
        socket = await http.ws_connect(url, max_msg_size=64 * 1024 * 1024)
        return cls(process, socket, http)

    async def command(self, method: str, **params: Any) -> dict[str, Any]:
        number = next(self._ids)
        message: dict[str, Any] = {"id": number, "method": method, "params": params}
        if self._session is not None and not method.startswith("Target."):
            message["sessionId"] = self._session
        await self._socket.send_json(message)
        while True:
            reply = await self._socket.receive_json(timeout=DEADLINE_S)
            if reply.get("id") == number:
                if "error" in reply:
                    raise AssertionError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    async def open(self, url: str) -> None:
        target = await self.command("Target.createTarget", url="about:blank")
        attached = await self.command(
            "Target.attachToTarget", targetId=target["targetId"], flatten=True
        )
        self._session = attached["sessionId"]
        await self.command("Emulation.setDeviceMetricsOverride", **PHONE)
        await self.command("Page.enable")
        await self.command("Page.navigate", url=url)

    async def evaluate(self, expression: str) -> Any:
        result = await self.command("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise AssertionError(result["exceptionDetails"])
        return result["result"].get("value")

    async def until(self, expression: str) -> Any:
        """Poll a JavaScript expression until it is truthy (at most DEADLINE_S)."""
        loop = asyncio.get_running_loop()
        end = loop.time() + DEADLINE_S
        guarded = f"(() => {{ try {{ return {expression}; }} catch {{ return false; }} }})()"
        while loop.time() < end:
            value = await self.evaluate(guarded)
            if value:
                return value
            await asyncio.sleep(0.05)
        raise AssertionError(f"never true: {expression}")

    async def screenshot(self, path: Path) -> None:
        shot = await self.command("Page.captureScreenshot", format="png")
        path.write_bytes(base64.b64decode(shot["data"]))

    async def close(self) -> None:
        await self._socket.close()
        await self._http.close()
        self._process.kill()
        self._process.wait(timeout=DEADLINE_S)
        if self._process.stderr is not None:
            self._process.stderr.close()


async def _devtools_url(process: subprocess.Popen[bytes]) -> str:
    assert process.stderr is not None
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, process.stderr.readline)
        if not line:
            raise AssertionError("chromium ended before it listened")
        found = re.search(rb"DevTools listening on (ws://\S+)", line)
        if found:
            return found.group(1).decode()
