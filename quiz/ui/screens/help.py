"""Keys and rules of the game, all from the catalogue."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from quiz.i18n import t
from quiz.ui.bindings import translate_bindings

SECTIONS = ("keys", "modes", "points", "answers")


class HelpScreen(Screen[None]):
    DEFAULT_CSS = """
    HelpScreen VerticalScroll { padding: 0 2; }
    HelpScreen .help-heading { text-style: bold; color: $accent; margin-top: 1; }
    """

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "ui.key.back")]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        yield Static(t("ui.help.title"), classes="screen-title")
        with VerticalScroll():
            for section in SECTIONS:
                yield Static(Text(t(f"ui.help.{section}.heading")), classes="help-heading")
                yield Static(Text(t(f"ui.help.{section}.text")))
        yield Footer()
