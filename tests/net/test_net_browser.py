"""A real browser on the room's page: headless Chromium joins, answers and sees its rank."""

from __future__ import annotations

import os

import pytest

from tests.net.browser import CHROMIUM, Browser

# On a developer's machine without Chromium the test is skipped; CI installs it (.ci/run),
# so there a missing browser is a failure, not a silent skip.
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"), reason="chromium is not installed"
)


async def test_a_phone_joins_answers_and_sees_its_place(served, connect, tmp_path):
    assert CHROMIUM is not None, "CI must install Debian's chromium (.ci/run does)"
    bo = await connect.join("Bo")
    browser = await Browser.start(tmp_path / "profile")
    try:
        await browser.open(served.url + "/?code=abc234")
        await browser.until("!document.getElementById('join').hidden")
        assert await browser.evaluate("document.getElementById('code').value") == "abc234"
        await browser.evaluate(
            "document.getElementById('name').value = '<b>Ada</b>';"
            "document.getElementById('join-form').requestSubmit()"
        )
        await browser.until("!document.getElementById('lobby').hidden")
        assert await browser.evaluate("document.getElementById('lobby-title').textContent") == (
            "Hello, <b>Ada</b>!"  # a name is text, never markup
        )
        served.start()
        await browser.until("!document.getElementById('question').hidden")
        prompt = await browser.evaluate("document.getElementById('prompt').textContent")
        assert prompt == "Welche Farbe hat der Mantel?"
        await browser.evaluate("document.querySelectorAll('#choices button')[0].click()")
        await bo.state("question", 1)
        await bo.send({"type": "answer", "number": 1, "text": "Blau"})
        await browser.until("!document.getElementById('reveal').hidden")
        assert await browser.evaluate("document.getElementById('verdict').textContent") == "Right!"
        assert await browser.evaluate("document.getElementById('place').textContent") == (
            "Place 1 of 2"
        )
        await browser.screenshot(tmp_path / "phone.png")
        assert (tmp_path / "phone.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        # The page speaks German too, from the same catalogue.
        await browser.evaluate("document.getElementById('language').click()")
        assert await browser.evaluate("document.getElementById('verdict').textContent") == (
            "Richtig!"
        )
        width = await browser.evaluate("document.documentElement.scrollWidth")
        assert width <= 360  # nothing sticks out sideways on a small phone
    finally:
        await browser.close()
