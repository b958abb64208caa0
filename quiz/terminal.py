"""Bank, player and file-system text written to a terminal as plain lines.

Terminal control characters (ESC, BEL, ...) and bidi overrides in such text would act on
the terminal; they are shown as escapes instead. Newlines and tabs stay.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def literal(text: str) -> str:
    """``text`` as it is, with characters that would control the terminal made visible."""
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
