"""The installed `quiz play` in a real terminal: tmux runs it, the test types and reads.

Skipped where tmux or the installed `quiz` command is missing. The only waiting is polling
the screen for the text the next step needs (with a deadline), never a fixed sleep.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from quiz.scores.store import ScoreStore

pytestmark = pytest.mark.e2e

QUIZ = Path(sys.executable).with_name("quiz")
TMUX = shutil.which("tmux")

BANK = """\
title: E2E
language: de
questions:
  - id: e2e-hauptstadt
    type: fill_in
    prompt: "Die Hauptstadt von Frankreich heißt ____."
    answer: Paris
  - id: e2e-beine
    type: fill_in
    prompt: "Wie viele Beine hat eine Spinne?"
    answer: "8"
  - id: e2e-planet
    prompt: "Welcher Planet hat die auffälligsten Ringe?"
    answer: Saturn
    choices: [Mars, Saturn, Venus, Merkur]
"""
# As `quiz generate` writes a bank: every question names its synopsis line.
GENERATED = """\
title: Aus Notizen
language: de
questions:
  - id: notizen-1
    prompt: "Wohin kommt Tobias Beecher?"
    answer: Oz
    source: {file: seeds/notizen.txt, line: 1}
"""
# What to type for each prompt (None: the question is a choice; pick Saturn by its number).
ANSWERS = {"Frankreich": "Paris", "Spinne": "acht", "Ringe": None}
DEADLINE_S = 20.0


class Terminal:
    """One tmux session on a private server, 80x24."""

    def __init__(self, command: str) -> None:
        self.server = f"quiz-e2e-{uuid.uuid4().hex[:8]}"
        self._tmux("new-session", "-d", "-s", "game", "-x", "80", "-y", "24", command)

    def _tmux(self, *words: str) -> str:
        run = subprocess.run(
            [TMUX, "-L", self.server, *words], capture_output=True, text=True, check=True
        )
        return run.stdout

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "game")

    def send(self, *keys: str) -> None:
        self._tmux("send-keys", "-t", "game", *keys)

    def type(self, text: str) -> None:
        self._tmux("send-keys", "-t", "game", "-l", text)

    def wait_for(self, pattern: str) -> str:
        deadline = time.monotonic() + DEADLINE_S
        while True:
            screen = self.screen()
            if re.search(pattern, screen):
                return screen
            if time.monotonic() > deadline:
                pytest.fail(f"{pattern!r} did not appear; the screen was:\n{screen}")
            time.sleep(0.05)

    def close(self) -> None:
        subprocess.run([TMUX, "-L", self.server, "kill-server"], capture_output=True, check=False)
        # tmux leaves the socket file of a killed server behind.
        socket_folder = Path(os.environ.get("TMUX_TMPDIR", "/tmp")) / f"tmux-{os.getuid()}"
        (socket_folder / self.server).unlink(missing_ok=True)


def start(tmp_path: Path, *words: str) -> tuple[Terminal, Path]:
    """``quiz --questions <e2e and a generated bank> WORDS`` in a new terminal, with its
    own data, cache and score file."""
    if TMUX is None or not QUIZ.exists():
        pytest.skip("needs tmux and the installed quiz command")
    questions = tmp_path / "questions"
    questions.mkdir()
    (questions / "e2e.yaml").write_text(BANK, encoding="utf-8")
    (questions / "notizen.yaml").write_text(GENERATED, encoding="utf-8")
    db = tmp_path / "scores.json"
    environment = [
        f"QUIZ_DB={db}",
        f"QUIZ_DATA_DIR={tmp_path / 'data'}",
        f"QUIZ_CACHE_DIR={tmp_path / 'cache'}",
        "LANG=C.UTF-8",
    ]
    quiz = [str(QUIZ), "--questions", str(questions), *words]
    # Keep the pane open after the game so that its exit code can be read.
    command = f"env {shlex.join(environment)} {shlex.join(quiz)}; echo QUIZ-EXIT=$?; sleep 600"
    return Terminal(command), db


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[Terminal, Path]]:
    screen, db = start(
        tmp_path,
        "play",
        "--bank",
        "e2e",
        "--count",
        "3",
        "--seed",
        "1",
        "--player",
        "Tester",
    )
    yield screen, db
    screen.close()


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Terminal]:
    screen, _ = start(tmp_path)
    yield screen
    screen.close()


def test_a_newcomers_first_game_is_on_the_generated_bank_marked_in_plain_text(home):
    # A fresh machine: the generated bank is chosen, the hand-written one is not, and
    # the difference is in the characters, not only in their colour.
    shown = home.wait_for("Aus Notizen")
    assert re.search(r"▐ ▌ E2E ", shown), shown
    assert re.search(r"▐X▌ Aus Notizen ", shown), shown
    # A newcomer types their name and starts: the game asks the generated bank's question.
    home.type("Neu")
    home.wait_for(r"▊  Neu ")
    home.send("C-s")
    home.wait_for("Frage 1 von 1")
    assert "Wohin kommt Tobias Beecher?" in home.screen()
    home.type("Oz")
    home.send("Enter")
    home.wait_for("Richtig!")
    home.send("Enter")
    home.wait_for("Ergebnis")
    home.send("q")
    home.wait_for("QUIZ-EXIT=0")


def test_a_game_played_in_tmux_is_saved(terminal):
    screen, db = terminal
    for number in (1, 2, 3):
        # The heading can be drawn a moment before the prompt and the choices: wait for both.
        shown = screen.wait_for(rf"Frage {number} von 3[\s\S]*(?:{'|'.join(ANSWERS)})")
        prompt = next(key for key in ANSWERS if key in shown)
        answer = ANSWERS[prompt]
        if answer is None:
            shown = screen.wait_for(r"\d [A-F]  Saturn")
            choice = re.search(r"(\d) [A-F]  Saturn", shown)
            assert choice, shown
            screen.send(choice.group(1))
        else:
            screen.type(answer)
            screen.send("Enter")
        screen.wait_for("Richtig!")
        screen.send("Enter")

    results = screen.wait_for("Ergebnis")
    assert "3 von 3 richtig" in results
    assert "Platz 1 in der Bestenliste" in results
    score = int(re.search(r"(\d+) Punkte ·", results).group(1))
    screen.send("q")
    screen.wait_for("QUIZ-EXIT=0")

    entries = ScoreStore(db).top()
    assert [
        (entry.player, entry.score, entry.correct, entry.total, entry.banks) for entry in entries
    ] == [("Tester", score, 3, 3, ("e2e",))]
