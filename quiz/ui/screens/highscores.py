"""The high-score table, filterable by bank, with the newest entry highlighted."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Select, Static

from quiz.errors import QuizError
from quiz.i18n import t
from quiz.scores.model import ScoreEntry
from quiz.scores.store import ScoreStore
from quiz.scores.table import entry_cells
from quiz.ui.bindings import translate_bindings
from quiz.ui.text import literal

ROWS_SHOWN = 50
ALL_BANKS = ""
NEWEST_STYLE = "bold reverse"


def newest(entries: Sequence[ScoreEntry]) -> ScoreEntry | None:
    # ISO 8601 UTC timestamps sort like the moments they name; the id breaks ties.
    return max(entries, key=lambda entry: (entry.finished_at, entry.id), default=None)


class HighScoresScreen(Screen[None]):
    DEFAULT_CSS = """
    HighScoresScreen #filter-row { height: auto; }
    HighScoresScreen DataTable { height: 1fr; }
    HighScoresScreen #empty { padding: 1 2; color: $text-muted; }
    """

    BINDINGS = [
        Binding("escape,q", "dismiss", "ui.key.back"),
        Binding("f", "focus_filter", "ui.key.filter"),
    ]

    def __init__(
        self, store: ScoreStore, bank_names: Sequence[str], bank: str | None = None
    ) -> None:
        super().__init__()
        translate_bindings(self)
        self._store = store
        self._bank_names = bank_names
        self._bank = bank

    def compose(self) -> ComposeResult:
        yield Static(t("ui.scores.title"), id="title", classes="screen-title")
        # Banks found now, and banks of stored games whose file may since have gone.
        stored = {name for entry in self._top(None) for name in entry.banks}
        options = [(Text(t("ui.scores.all_banks")), ALL_BANKS)]
        options += [(literal(name), name) for name in sorted({*self._bank_names, *stored})]
        yield Select(options, value=self._bank or ALL_BANKS, allow_blank=False, id="bank-filter")
        yield DataTable(id="table", cursor_type="row", zebra_stripes=True)
        yield Static(t("ui.scores.empty"), id="empty")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key in ("rank", "player", "score", "right", "banks", "date"):
            table.add_column(Text(t(f"ui.scores.column.{key}")), key=key)
        self.show_bank(self._bank)
        table.focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        # "" (ALL_BANKS) is every bank; the filter has no blank entry
        self.show_bank(event.value if isinstance(event.value, str) and event.value else None)

    def show_bank(self, bank: str | None) -> None:
        self._bank = bank
        entries = self._top(bank)
        highlighted = newest(entries)
        table = self.query_one(DataTable)
        table.clear()
        for entry in entries:
            style = NEWEST_STYLE if entry is highlighted else ""
            cells = entry_cells(entry)
            table.add_row(*(literal(cell, style) for cell in cells), key=str(entry.id))
        if highlighted is not None:
            table.move_cursor(row=entries.index(highlighted))
        table.display = bool(entries)
        self.query_one("#empty", Static).display = not entries

    def _top(self, bank: str | None) -> list[ScoreEntry]:
        try:
            return self._store.top(bank, limit=ROWS_SHOWN)
        except QuizError as error:
            # An unreadable score file: say so and show an empty table rather than crash.
            self.notify(str(error), severity="error", markup=False)
            return []

    def action_focus_filter(self) -> None:
        self.query_one(Select).focus()
