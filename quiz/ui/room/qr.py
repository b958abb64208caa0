"""A QR code drawn with half-block characters: two rows of modules per line of text."""

from __future__ import annotations

import segno
from rich.text import Text

QUIET = 2  # modules of light margin: scanners need it


def qr_text(data: str) -> Text:
    """Light modules are drawn, dark ones left black, so the code reads on any theme."""
    matrix = [list(row) for row in segno.make(data, error="m").matrix]
    size = len(matrix) + 2 * QUIET
    light = [[True] * size for _ in range(QUIET)]
    light += [[True] * QUIET + [not cell for cell in row] + [True] * QUIET for row in matrix]
    light += [[True] * size for _ in range(QUIET)]
    if len(light) % 2:
        light.append([True] * size)
    lines = []
    for top, bottom in zip(light[::2], light[1::2]):
        lines.append("".join(_cell(upper, lower) for upper, lower in zip(top, bottom)))
    return Text("\n".join(lines), style="bright_white on black", no_wrap=True)


def _cell(upper: bool, lower: bool) -> str:
    if upper and lower:
        return "█"
    if upper:
        return "▀"
    return "▄" if lower else " "
