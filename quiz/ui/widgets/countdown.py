"""The time left for a question, as a bar that turns to a warning colour near the end."""

from __future__ import annotations

import math

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from quiz.i18n import t

DANGER_SECONDS = 5.0


class CountdownBar(Widget):
    """Draws ``remaining`` of ``limit`` seconds; the screen feeds it from the session."""

    DEFAULT_CSS = """
    CountdownBar {
        height: 1;
        color: $success;
    }
    CountdownBar.danger {
        color: $error;
        text-style: bold;
    }
    CountdownBar.untimed {
        color: $text-muted;
    }
    """

    remaining: reactive[float | None] = reactive(None)
    limit: reactive[float | None] = reactive(None)

    def show_time(self, remaining: float | None, limit: float | None) -> None:
        self.remaining = remaining
        self.limit = limit
        self.set_class(remaining is None, "untimed")
        self.set_class(remaining is not None and remaining < DANGER_SECONDS, "danger")

    def render(self) -> Text:
        if self.remaining is None or not self.limit:
            return Text(t("ui.question.untimed"))
        # Round up so that "0 s" appears only when the time is really over.
        label = t("ui.question.seconds_left", seconds=max(0, math.ceil(self.remaining)))
        width = max(0, self.size.width - len(label) - 1)
        share = min(1.0, max(0.0, self.remaining / self.limit))
        filled = round(width * share)
        return Text.assemble("█" * filled, ("░" * (width - filled), "dim"), " ", label)
