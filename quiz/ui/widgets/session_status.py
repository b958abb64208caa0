"""One line above the question: progress, score, streak (and the blitz time left)."""

from __future__ import annotations

import math

from rich.text import Text
from textual.widgets import Static

from quiz.i18n import t
from quiz.play.model import AskedQuestion


class SessionStatus(Static):
    DEFAULT_CSS = """
    SessionStatus {
        height: 1;
        padding: 0 1;
        background: $boost;
        text-style: bold;
    }
    """

    def show_status(
        self, asked: AskedQuestion, score: int, streak: int, session_left: float | None
    ) -> None:
        if asked.total is None:
            progress = t("ui.status.progress_open", number=asked.number)
        else:
            progress = t("ui.status.progress", number=asked.number, total=asked.total)
        parts = [progress, t("ui.status.score", score=score), t("ui.status.streak", streak=streak)]
        if session_left is not None:
            parts.append(t("ui.status.blitz_left", seconds=max(0, math.ceil(session_left))))
        self.update(Text("  ·  ".join(parts)))
