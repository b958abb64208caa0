"""Bytes from the terminal that are not UTF-8 become U+FFFD instead of killing the game.

Textual's Linux driver decodes its input with a strict UTF-8 decoder, in its own thread:
one 0xFF byte (a binary paste, a Latin-1 terminal, a Meta key that sets the 8th bit) raises
UnicodeDecodeError there, the input thread dies and the app ends without saving
(Textualize/textual#6456, open for textual 8). Plain mode replaces such bytes, and so must
the UI: the driver looks its decoder factory up by the module-level name
``getincrementaldecoder`` each time its input thread starts, so that name is given a
factory whose decoders replace what they cannot decode.
"""

from __future__ import annotations

import codecs
from functools import partial
from types import ModuleType


def tolerant_incremental_decoder(encoding: str) -> partial[codecs.IncrementalDecoder]:
    """Like ``codecs.getincrementaldecoder``, but its decoders never raise on bad bytes."""
    return partial(codecs.getincrementaldecoder(encoding), errors="replace")


def make_input_tolerant() -> list[ModuleType]:
    """Give Textual's terminal drivers the tolerant decoder; returns the modules changed.

    Idempotent. A driver module that no longer has the name is left alone (a Textual that
    chose its own decoding); ``tests/ui/test_ui_input_bytes.py`` notices that change."""
    changed = []
    for name in ("linux_driver", "linux_inline_driver"):
        try:
            module = __import__(f"textual.drivers.{name}", fromlist=["getincrementaldecoder"])
        except ImportError:  # not on this platform
            continue
        if getattr(module, "getincrementaldecoder", None) in (
            codecs.getincrementaldecoder,
            tolerant_incremental_decoder,
        ):
            module.getincrementaldecoder = tolerant_incremental_decoder  # type: ignore[attr-defined]
            changed.append(module)
    return changed
