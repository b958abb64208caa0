"""What a session record in the score file may hold, written once for every reader.

The file is data that anyone can edit, so every record is checked before it is used:
- its id is a whole number of at most ``MAX_ID_DIGITS`` digits (a 5,000-digit id is not
  something ``int()`` reads, and the next id is counted from the ids);
- it enters the ranking when it is marked ``ranked`` and its score is a whole number
  within ``MAX_SCORE`` (banks that are not a list count as none);
- the other fields are shown only when they have the type the store writes, otherwise as
  empty or zero (orjson already turns huge integers into floats and refuses infinities).

A record that breaks the rule is not ranked and not shown, but it stays in the file as it
is: the store never drops what it was given, and a later version may read it.
"""

from __future__ import annotations

from typing import Any

from quiz.text.numbers import MAX_DIGITS, whole_number

Record = dict[str, Any]

MAX_ID_DIGITS = MAX_DIGITS
# Far above any score a game can reach, far below where a number stops printing.
MAX_SCORE = 10**15


def id_of(key: str) -> int | None:
    """The session id stored as ``key``, or None when it is not one."""
    return whole_number(key, max_digits=MAX_ID_DIGITS)


def is_rankable(key: str, record: Record) -> bool:
    """Whether the record takes part in the high-score table (see the module's rule).

    Written as one expression: the table sweeps 100,000 records with it."""
    score = record.get("score")
    return (
        record.get("ranked") is True
        and type(score) is int
        and -MAX_SCORE <= score <= MAX_SCORE
        and len(key) <= MAX_ID_DIGITS
        and key.isdecimal()
    )


def text_field(record: Record, name: str) -> str:
    value = record.get(name)
    return value if type(value) is str else ""


def count_field(record: Record, name: str) -> int:
    value = record.get(name)
    return value if type(value) is int and 0 <= value <= MAX_SCORE else 0


def seconds_field(record: Record, name: str) -> float:
    value = record.get(name)
    if isinstance(value, (int, float)) and type(value) is not bool and 0 <= value <= MAX_SCORE:
        return float(value)
    return 0.0
