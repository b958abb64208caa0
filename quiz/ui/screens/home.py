"""Choosing what to play: banks, number of questions, mode and the player's name."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, Select, SelectionList, Static
from textual.widgets.selection_list import Selection

from quiz.banks.model import BankSummary
from quiz.banks.summary import counts_text
from quiz.i18n import counted, t
from quiz.play.model import SessionSettings
from quiz.results import Mode
from quiz.text.numbers import whole_number
from quiz.ui.bindings import translate_bindings
from quiz.ui.text import literal
from quiz.ui.widgets.bank_list import BankList

PLAYER_NAME_MAX = 40


@dataclass(frozen=True, slots=True)
class GameChoice:
    banks: tuple[str, ...]
    mode: Mode
    count: int | None  # None: the form's number does not apply (blitz plays until time is up)
    player: str


def bank_label(bank: BankSummary) -> Text:
    counts = bank.count_by_type()
    label = literal(bank.title or bank.name, "bold")
    label.append(
        "  "
        + t(
            "ui.home.bank_counts",
            questions=counted("questions", bank.total),
            by_type=counts_text(counts, short=True),
            language=bank.language,
        ),
        style="dim",
    )
    return label


class HomeScreen(Screen[GameChoice]):
    BINDINGS = [
        Binding("ctrl+s", "start", "ui.key.start"),
        Binding("f2", "app.high_scores", "ui.key.high_scores"),
    ]

    def __init__(
        self,
        banks: Sequence[BankSummary],
        notices: Sequence[str],
        *,
        chosen_banks: Collection[str],
        player: str,
        count: int,
        mode: Mode,
    ) -> None:
        super().__init__()
        translate_bindings(self)
        self._banks = tuple(banks)
        self._notices = tuple(notices)
        self._chosen = set(chosen_banks)
        self._player = player
        self._count = count
        self._mode = mode

    def compose(self) -> ComposeResult:
        yield Static(t("ui.home.title"), classes="screen-title")
        yield Label(t("ui.home.banks"), classes="field-label")
        yield BankList(
            *(
                Selection(bank_label(bank), bank.name, bank.name in self._chosen)
                for bank in self._banks
            ),
            id="banks",
        )
        # Scrollable only to read long notices: no stop in the Tab order when there are none.
        with VerticalScroll(id="notices") as notices:
            notices.can_focus = bool(self._notices) or not self._banks
            if not self._banks:
                yield Static(t("ui.home.no_banks"), classes="notice")
            for notice in self._notices:
                yield Static(literal("⚠ " + notice), classes="notice")
        with Horizontal(id="form"):
            with Vertical(classes="field"):
                yield Label(t("ui.home.player"), classes="field-label")
                yield Input(self._player, id="player", max_length=PLAYER_NAME_MAX)
            with Vertical(classes="field narrow"):
                yield Label(t("ui.home.count"), classes="field-label")
                yield Input(str(self._count), id="count", type="integer", max_length=4)
            with Vertical(classes="field"):
                yield Label(t("ui.home.mode"), classes="field-label")
                yield Select(
                    [(_mode_label(mode), mode) for mode in Mode],
                    value=self._mode,
                    allow_blank=False,
                    id="mode",
                )
            yield Button(t("ui.home.start"), id="start", variant="success")
        yield Footer()

    def on_mount(self) -> None:
        # A first-time player starts with their name; everyone else with the banks.
        first = "#player" if not self._player else "#banks"
        self.query_one(first).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_start()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_start()

    def action_start(self) -> None:
        banks = tuple(self.query_one("#banks", SelectionList).selected)
        player = self.query_one("#player", Input).value.strip()
        count_text = self.query_one("#count", Input).value.strip()
        count = whole_number(count_text) or 0
        problem = _form_problem(banks, player, count)
        if problem is not None:
            self.notify(t(problem), severity="warning", markup=False)
            return
        mode = self.query_one("#mode", Select).value
        if not isinstance(mode, Mode):  # cannot be: the select has no blank entry
            return
        # The form's number is "questions per game"; a blitz is bounded by its time instead.
        asked = None if mode is Mode.BLITZ else count
        self.dismiss(GameChoice(banks=banks, mode=mode, count=asked, player=player))


def _form_problem(banks: tuple[str, ...], player: str, count: int) -> str | None:
    """The catalogue key of what is missing before a game can start, if anything."""
    if not banks:
        return "ui.home.choose_bank"
    if not player:
        return "ui.home.enter_player"
    if count < 1:
        return "ui.home.enter_count"
    return None


def _mode_label(mode: Mode) -> str:
    """The mode's name as plain mode prints it; blitz with its time budget."""
    label = t(f"play.mode.{mode.value}")
    if mode is Mode.BLITZ:
        label += f" ({SessionSettings().blitz_seconds:g} s)"
    return label
