"""The choices of a question that offers them: multiple choice (1-6, A-F), true/false.

A choice is taken by one of its keys (the question's kind says which), by arrows + Enter,
or by a mouse click; whichever way, the list posts one ``ChoiceList.Chosen`` with the
choice's position.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from quiz.banks.format import MAX_CHOICES
from quiz.banks.types import KINDS
from quiz.ui.text import literal


def _key_bindings() -> list[BindingType]:
    """One binding per key any question type uses; which choice it picks is looked up in
    the keys of the question shown."""
    keys = {
        key
        for kind in KINDS.values()
        for choice_keys in kind.choice_keys(MAX_CHOICES)
        for key in choice_keys
    }
    return [Binding(key, f"press({key!r})", show=False) for key in sorted(keys)]


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

    BINDINGS = _key_bindings()

    class Chosen(Message):
        """The player took the choice at ``index`` (0-based, in the order shown)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._choices: tuple[str, ...] = ()
        self._keys: tuple[tuple[str, ...], ...] = ()

    def show_choices(self, choices: Sequence[str], keys: Sequence[Sequence[str]]) -> None:
        """``keys[i]`` are the keys that pick choice ``i``; the first is shown beside it."""
        self._choices = tuple(choices)
        self._keys = tuple(tuple(each) for each in keys)
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
                    (f"{self._shown_keys(index)}  ", "bold"),
                    literal(choice),
                    _mark(choice, right, picked),
                )
            )
            for index, choice in enumerate(self._choices)
        )
        self.highlighted = highlighted

    def _shown_keys(self, index: int) -> str:
        keys = self._keys[index] if index < len(self._keys) else ()
        return " ".join(key.upper() for key in keys[:2])

    def action_press(self, key: str) -> None:
        for index, keys in enumerate(self._keys):
            if key in keys:
                self.action_pick(index)
                return

    def action_pick(self, index: int) -> None:
        if index < len(self._choices):
            self.highlighted = index
            self.post_message(self.Chosen(index))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(event.option_index))
