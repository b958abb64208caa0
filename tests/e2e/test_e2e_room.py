"""A whole room game of installed commands on loopback: `quiz host --plain` and three
`quiz join --plain`. The only waiting is for output with a deadline, never a fixed sleep."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from quiz.scores.store import ScoreStore

pytestmark = pytest.mark.e2e

QUIZ = Path(sys.executable).with_name("quiz")
DEADLINE_S = 60.0

BANK = """\
title: Raum
language: en
questions:
  - id: room-colour
    prompt: "Which colour is the coat?"
    answer: Red
    choices: [Red, Green, Blue]
  - id: room-years
    prompt: "How many years does he serve?"
    answer: "15"
  - id: room-place
    prompt: "Where does she work?"
    answer: Library
"""

ANSWERS = {
    "Ada": ["1", "fifteen", "Library"],  # 3 right
    "Bo": ["Blue", "15", ""],  # 1 right
    "Cy": ["red", "16", "Librery"],  # 2 right (one with a typo)
}


def _lines_of(process: subprocess.Popen[str]) -> queue.Queue[str | None]:
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    return lines


def _wait_for(lines: queue.Queue[str | None], pattern: str, seen: list[str]) -> re.Match[str]:
    end = time.monotonic() + DEADLINE_S
    while time.monotonic() < end:
        try:
            line = lines.get(timeout=max(0.0, end - time.monotonic()))
        except queue.Empty:
            break
        if line is None:
            break
        seen.append(line)
        if found := re.search(pattern, line):
            return found
    raise AssertionError(f"never printed {pattern!r}:\n" + "\n".join(seen))


@pytest.mark.skipif(not QUIZ.exists(), reason="the quiz command is not installed")
def test_a_host_and_three_players_play_a_whole_game(tmp_path):
    questions = tmp_path / "questions"
    questions.mkdir()
    (questions / "raum.yaml").write_text(BANK, encoding="utf-8")
    db = tmp_path / "scores.json"
    env = {
        **os.environ,
        "QUIZ_DATA_DIR": str(tmp_path / "data"),
        "QUIZ_CACHE_DIR": str(tmp_path / "cache"),
    }
    common = ["--questions", str(questions), "--db", str(db), "--lang", "en"]
    host = subprocess.Popen(
        [
            str(QUIZ),
            "host",
            "--plain",
            *common,
            "--bind",
            "127.0.0.1",
            "--port",
            "0",
            "--start-when",
            "3",
            "--in-order",
            "--reveal-seconds",
            "0",
            "--time-limit",
            "60",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    joiners = {}
    outs = []
    try:
        host_lines, host_seen = _lines_of(host), []
        opened = _wait_for(host_lines, r"Room (\w+) is open: http://127\.0\.0\.1:(\d+)/", host_seen)
        code, port = opened.group(1), opened.group(2)
        for name, answers in ANSWERS.items():
            outs.append((tmp_path / f"{name}.out").open("w"))
            joiner = subprocess.Popen(
                [
                    str(QUIZ),
                    "join",
                    f"127.0.0.1:{port}",
                    "--code",
                    code.lower(),
                    "--player",
                    name,
                    "--plain",
                    *common,
                ],
                stdin=subprocess.PIPE,
                stdout=outs[-1],
                stderr=subprocess.STDOUT,
                text=True,
                env=env,
            )
            assert joiner.stdin is not None
            joiner.stdin.write("".join(answer + "\n" for answer in answers))
            joiner.stdin.close()
            joiners[name] = joiner
        for joiner in joiners.values():
            joiner.wait(timeout=DEADLINE_S)
        outputs = {name: (tmp_path / f"{name}.out").read_text() for name in joiners}
        assert host.wait(timeout=DEADLINE_S) == 0
        while (line := host_lines.get(timeout=DEADLINE_S)) is not None:
            host_seen.append(line)
    finally:
        for process in [host, *joiners.values()]:
            if process.poll() is None:
                process.kill()
        for out in outs:
            out.close()
    for name, joiner in joiners.items():
        assert joiner.returncode == 0, outputs[name]
    assert "Game over: place 1 of 3" in outputs["Ada"]
    assert "Game over: place 2 of 3" in outputs["Cy"]
    assert "Game over: place 3 of 3" in outputs["Bo"]
    assert "Right – counted despite a typo (meant: Library)" in outputs["Cy"]
    saved = {
        found.group(1): int(found.group(2))
        for line in host_seen
        if (found := re.match(r"Saved: (\w+) (\d+) \(\d/3\)", line))
    }
    store = ScoreStore(db)
    table = store.top(limit=10)
    assert [entry.player for entry in table] == ["Ada", "Cy", "Bo"]
    assert {entry.player: entry.score for entry in table} == saved
    assert [(entry.correct, entry.total, entry.mode) for entry in table] == [
        (3, 3, "room-classic"),
        (2, 3, "room-classic"),
        (1, 3, "room-classic"),
    ]
