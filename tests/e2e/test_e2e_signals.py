"""Issue 13, items 3 and 11, with the installed command in a real pseudo-terminal: a byte
that is not UTF-8 does not end the game, and SIGTERM or SIGHUP during a question restores
the terminal and keeps the answers given (saved as not finished). Plain mode too.

The only waiting is reading the terminal until the text the next step needs appears, with
a deadline; never a fixed sleep.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import orjson
import pytest

pytestmark = pytest.mark.e2e

QUIZ = Path(sys.executable).with_name("quiz")
DEADLINE_S = 20.0
BANK = """\
title: Signale
language: de
questions:
  - id: s-paris
    type: fill_in
    prompt: "Die Hauptstadt von Frankreich heißt ____."
    answer: Paris
  - id: s-beine
    type: fill_in
    prompt: "Wie viele Beine hat eine Spinne?"
    answer: "8"
"""
# What a full-screen app must send on its way out: leave the alternate screen, show the
# cursor, stop mouse reporting.
RESTORED = (b"\x1b[?1049l", b"\x1b[?25h", b"\x1b[?1000l")


class Terminal:
    """The installed `quiz` on the slave side of a pty, 80x24."""

    def __init__(self, tmp_path: Path, *options: str) -> None:
        if not QUIZ.exists():
            pytest.skip("the quiz command is not installed")
        (tmp_path / "questions").mkdir()
        (tmp_path / "questions" / "signale.yaml").write_text(BANK, encoding="utf-8")
        self.db = tmp_path / "scores.json"
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        command = [str(QUIZ), "play", "--questions", str(tmp_path / "questions")]
        command += ["--db", str(self.db), "--in-order", "--player", "Ada", *options]
        self.process = subprocess.Popen(
            command,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env={**os.environ, "TERM": "xterm-256color"},
            start_new_session=True,
        )
        os.close(slave)
        self.output = b""

    def wait_for(self, text: bytes, since: int = 0) -> None:
        deadline = time.monotonic() + DEADLINE_S
        while text not in self.output[since:]:
            if time.monotonic() > deadline or not self._read(0.1):
                if text in self.output[since:]:
                    return
                pytest.fail(
                    f"{text!r} did not appear; the output ended with {self.output[-600:]!r}"
                )

    def _read(self, timeout: float) -> bool:
        """Read what is there; False once the other side has closed and nothing is left."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return self.process.poll() is None
        try:
            chunk = os.read(self.master, 65536)
        except OSError:
            return False
        self.output += chunk
        return bool(chunk)

    def type(self, data: bytes) -> None:
        os.write(self.master, data)

    def end(self, signum: int) -> tuple[int, bytes]:
        """Send ``signum``; the exit code and all that was written after it."""
        mark = len(self.output)
        self.process.send_signal(signum)
        code = self.process.wait(timeout=DEADLINE_S)
        while self._read(0.2):
            pass
        os.close(self.master)
        return code, self.output[mark:]

    def sessions(self) -> list[dict]:
        return list(orjson.loads(self.db.read_bytes())["sessions"].values())


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_item11_a_signal_during_a_question_restores_the_terminal_and_keeps_the_answers(
    tmp_path, signum
):
    terminal = Terminal(tmp_path)
    terminal.wait_for(b"Frankreich")
    terminal.type(b"Paris\r")
    terminal.wait_for(b"Spinne")
    code, after = terminal.end(signum)
    assert code == 128 + signum
    for sequence in RESTORED:
        assert sequence in after, f"{sequence!r} missing from what was sent on the way out"
    [saved] = terminal.sessions()
    assert saved["finished"] is False and saved["ranked"] is False and saved["correct"] == 1


def test_item3_a_byte_that_is_not_utf8_does_not_end_the_game(tmp_path):
    terminal = Terminal(tmp_path)
    terminal.wait_for(b"Frankreich")
    terminal.type(b"\xff\xfe\r")  # a Latin-1 terminal's "ÿþ", or an 8-bit Meta key
    terminal.wait_for(b"Leider falsch")
    terminal.type(b"\r")
    terminal.wait_for(b"Spinne")
    mark = len(terminal.output)
    terminal.type(b"8\r")
    terminal.wait_for(b"Punkte", since=mark)
    terminal.type(b"\r")
    terminal.wait_for(b"Ergebnis", since=mark)
    terminal.type(b"q")
    assert terminal.process.wait(timeout=DEADLINE_S) == 0
    [saved] = terminal.sessions()
    assert (saved["correct"], saved["total"], saved["ranked"]) == (1, 2, True)


def test_plain_mode_ended_by_sigterm_keeps_the_answers(tmp_path):
    terminal = Terminal(tmp_path, "--plain")
    terminal.wait_for(b"Frankreich")
    terminal.type(b"Paris\n")
    terminal.wait_for(b"Spinne")
    code, after = terminal.end(signal.SIGTERM)
    assert code == 143
    assert b"Traceback" not in terminal.output
    assert b"gespeichert" in after
    [saved] = terminal.sessions()
    assert saved["finished"] is False and saved["correct"] == 1
