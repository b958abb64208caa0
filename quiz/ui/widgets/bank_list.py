"""The home screen's list of banks: a chosen bank's box holds an X, the others stay empty.

Textual's ``SelectionList`` draws the same X in every box and tells chosen from not chosen
by colour alone, which a monochrome terminal, a screen reader's text or ``tmux
capture-pane`` cannot see. Everything else (keys, mouse, messages) is the SelectionList's.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList

# SelectionList draws the box as its first segments: left side, inside, right side.
_BOX_SEGMENTS = 3


class BankList(SelectionList[str]):
    def render_line(self, y: int) -> Strip:
        line = super().render_line(y)
        index = self.scroll_offset.y + y  # the option on this line, counted as SelectionList does
        if index >= self.option_count or self.get_option_at_index(index).value in self.selected:
            return line
        segments = list(line)
        for position, segment in enumerate(segments[:_BOX_SEGMENTS]):
            if segment.text == Checkbox.BUTTON_INNER:  # the ToggleButton box SelectionList draws
                segments[position] = Segment(
                    " " * len(segment.text), segment.style, segment.control
                )
                return Strip(segments, line.cell_length)
        return line
