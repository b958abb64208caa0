"""Turning bank and player text into something safe to put on screen.

Questions and names are data: they are wrapped in ``rich.text.Text`` (never parsed as
markup), and control characters are swapped for visible stand-ins, so that ``[bold]``,
``[/]`` or an escape sequence in a bank neither styles nor breaks the screen.
"""

from __future__ import annotations

import re

from rich.text import Text

# C0 controls except newline, DEL, the C1 range, and the bidi embeddings, overrides and
# isolates (U+202A-U+202E, U+2066-U+2069): a bidi-aware terminal would reverse the rest
# of the row after them.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x09:
        return " "
    if code < 0x20:
        return chr(0x2400 + code)  # Unicode "control pictures": ␛ for ESC
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"  # C1 controls and bidi controls have no picture of their own


def displayable(text: str) -> str:
    """The text with every control character (but newline) replaced by a visible sign."""
    return _CONTROL.sub(_visible, text)


def literal(text: str, style: str = "") -> Text:
    """Bank or player text as a renderable that is never read as markup."""
    return Text(displayable(text), style=style)
