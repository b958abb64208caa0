"""Bank, player and file-system text written to a terminal as plain lines.

Control and format characters (ESC, BEL, bidi overrides ...) in such text would act on the
terminal; they are shown as escapes (``\\u001b``) instead. Newlines and tabs stay, unless
the text must keep to one line (a table cell).
"""

from __future__ import annotations

import unicodedata

_KEPT_IN_TEXT = frozenset("\n\t")


def literal(text: str, *, single_line: bool = False) -> str:
    """``text`` as it is, with characters that would control the terminal made visible."""
    kept = frozenset() if single_line else _KEPT_IN_TEXT
    return "".join(
        f"\\u{ord(char):04x}"
        if unicodedata.category(char) in ("Cc", "Cf") and char not in kept
        else char
        for char in text
    )
