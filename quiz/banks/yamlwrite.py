"""Text as YAML scalars that read back exactly: for every writer of banks (generator, import)."""

from __future__ import annotations

import json
import re

# Characters YAML may not carry raw inside a quoted scalar (or would read as line breaks).
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def quoted(text: str) -> str:
    """A double-quoted YAML scalar (JSON string syntax is a subset of it)."""
    text_json = json.dumps(text, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text_json)


def flow(items: tuple[str, ...]) -> str:
    """A flow list of quoted scalars: ``["a", "b"]``."""
    return "[" + ", ".join(quoted(item) for item in items) + "]"
