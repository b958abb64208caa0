"""The choices of a multiple-choice question: numbered 1-6 and lettered A-F.

A choice is taken by its number or letter key, by arrows + Enter, or by a mouse click;
whichever way, the list posts one ``ChoiceList.Chosen`` with the choice's position.
"""

from __future__ import annotations

import string
from collections.abc import Sequence

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from quiz.banks.format import MAX_CHOICES
from quiz.ui.text import literal

LETTERS = string.ascii_uppercase[:MAX_CHOICES]


def _pick_bindings() -> list[BindingType]:
    return [
        Binding(f"{index + 1},{letter.lower()}", f"pick({index})", show=False)
        for index, letter in enumerate(LETTERS)
    ]


def _mark(choice: str, right: str | None, picked: str | None) -> Text:
    if choice == right:
        return Text("  ✓", style="bold green")
    if choice == picked:
        return Text("  ✗", style="bold red")
    return Text()


class ChoiceList(OptionList):
    DEFAULT_CSS = """
    ChoiceList {
        height: auto;
        max-height: 10;
        border: none;
        padding: 0 1;
    }
    """

    BINDINGS = _pick_bindings()

    class Chosen(Message):
        """The player took the choice at ``index`` (0-based, in the order shown)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._choices: tuple[str, ...] = ()

    def show_choices(self, choices: Sequence[str]) -> None:
        self._choices = tuple(choices)
        self._draw()
        self.highlighted = 0 if self._choices else None

    def reveal(self, right: str, picked: str | None) -> None:
        """After the answer: tick the right choice, cross the one picked if it was wrong."""
        self._draw(right, picked)

    def _draw(self, right: str | None = None, picked: str | None = None) -> None:
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(
            Option(
                Text.assemble(
                    (f"{index + 1} {LETTERS[index]}  ", "bold"),
                    literal(choice),
                    _mark(choice, right, picked),
                )
            )
            for index, choice in enumerate(self._choices)
        )
        self.highlighted = highlighted

    def action_pick(self, index: int) -> None:
        if index < len(self._choices):
            self.highlighted = index
            self.post_message(self.Chosen(index))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(event.option_index))
