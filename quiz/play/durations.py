"""How long a session took, written the same way by both front ends."""

from __future__ import annotations


def clock_text(seconds: float) -> str:
    """Whole seconds as minutes and seconds: 83.4 -> "1:23"."""
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}:{rest:02d}"
