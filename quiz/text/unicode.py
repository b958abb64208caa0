"""Text that can be written as UTF-8 JSON, whatever the player typed or the shell passed.

A name given on the command line as bytes that are not UTF-8 reaches Python with lone
surrogates (``"\\udcff"``, from ``surrogateescape``), which no UTF-8 encoder accepts. They
are stored as U+FFFD (the replacement character); every other character is kept as it is.
"""

from __future__ import annotations


def storable(text: str) -> str:
    if text.isascii():
        return text  # the common case, and certainly free of surrogates
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
