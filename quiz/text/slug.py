"""Ids from text: generated question ids and the validator's suggestions are made alike."""

from __future__ import annotations

import re

from quiz.text.normalize import fold

_APOSTROPHES = re.compile("['’]")
_NOT_ID = re.compile(r"[^a-z0-9]+")


def slug(text: str, empty: str = "x") -> str:
    """Text as an id part: lower-case ASCII words joined by hyphens ("Jürgen O’Neil" ->
    "juergen-oneil"); ``empty`` when nothing of it is left."""
    ascii_only = fold(_APOSTROPHES.sub("", text)).encode("ascii", "ignore").decode()
    return _NOT_ID.sub("-", ascii_only).strip("-") or empty
