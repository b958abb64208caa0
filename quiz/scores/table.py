"""The high-score table as plain text lines that fit 80 terminal columns.

Player names and bank names are data: they are shown literally, except that control and
formatting characters (escape sequences, bidi overrides) are written as visible escapes,
so a hostile name cannot move the cursor, recolour the terminal or reverse the line.
Widths count terminal cells: wide (CJK) characters take two, combining marks none.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import datetime
from typing import Literal

from quiz.i18n import t
from quiz.scores.model import ScoreEntry
from quiz.text.terminal import literal

ELLIPSIS = "…"
SEPARATOR = "  "
LINE_WIDTH = 79  # an 80-column terminal; some wrap when the last cell is written
HEADINGS = (
    "scores.column.rank",
    "scores.column.player",
    "scores.column.score",
    "scores.column.right",
    "scores.column.banks",
    "scores.column.date",
)
ALIGN: tuple[Literal["<", ">"], ...] = (">", "<", ">", ">", "<", "<")
NUMBER_COLUMNS = (0, 2, 3)  # never cut: as wide as their widest cell
DATE_WIDTH = 16
MINIMUM_TEXT_WIDTH = 6


def render_table(entries: Sequence[ScoreEntry]) -> list[str]:
    rows = [[t(key) for key in HEADINGS], *(entry_cells(entry) for entry in entries)]
    widths = _widths(rows)
    return [
        SEPARATOR.join(
            fit(cell, width, align) for cell, width, align in zip(row, widths, ALIGN)
        ).rstrip()
        for row in rows
    ]


def _widths(rows: list[list[str]]) -> list[int]:
    """Numbers and the date get what they need; the player and the banks share the rest."""
    numbers = {column: max(display_width(row[column]) for row in rows) for column in NUMBER_COLUMNS}
    rest = LINE_WIDTH - len(SEPARATOR) * (len(HEADINGS) - 1) - DATE_WIDTH - sum(numbers.values())
    player = max(MINIMUM_TEXT_WIDTH, rest * 4 // 9)
    banks = max(MINIMUM_TEXT_WIDTH, rest - player)
    return [numbers[0], player, numbers[2], numbers[3], banks, DATE_WIDTH]


def entry_cells(entry: ScoreEntry) -> list[str]:
    """One row of the high-score table as text: the CLI and the UI show the same cells."""
    return [
        str(entry.rank),
        entry.player,
        str(entry.score),
        f"{entry.correct}/{entry.total}",
        ", ".join(entry.banks),
        local_time(entry.finished_at),
    ]


def local_time(iso: str) -> str:
    """The stored UTC time as the player's local date and time, short.

    Total: a time that is no date is shown as stored, and one whose local time would fall
    outside the calendar (9999-12-31 east of UTC, year 1 west of it) is shown in UTC."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    try:
        moment = moment.astimezone()
    except (OverflowError, ValueError, OSError):
        pass  # astimezone() overflows at the ends of the calendar; keep the stored zone
    return moment.strftime(t("scores.date_format"))


def fit(text: str, width: int, align: Literal["<", ">"] = "<") -> str:
    """``text`` shown safely in exactly ``width`` cells: cut with "…" or padded."""
    text = literal(text, single_line=True)
    if display_width(text) > width:
        kept: list[str] = []
        used = 0
        for char in text:
            cells = _char_width(char)
            if used + cells > width - 1:
                break
            kept.append(char)
            used += cells
        text = "".join(kept) + ELLIPSIS
    padding = " " * (width - display_width(text))
    return padding + text if align == ">" else text + padding


def display_width(text: str) -> int:
    return sum(_char_width(char) for char in text)


def _char_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
