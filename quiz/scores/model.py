"""What the score store hands back. Plain data: no TinyDB, no I/O."""

from __future__ import annotations

from dataclasses import dataclass

# Written into every session record; raise it when the record layout changes.
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class SavedScore:
    id: int
    rank: int | None  # None: the session is not ranked (practice, abandoned)


@dataclass(frozen=True, slots=True)
class ScoreEntry:
    """One line of the high-score table."""

    id: int
    rank: int
    player: str
    score: int
    correct: int
    total: int
    banks: tuple[str, ...]
    mode: str
    duration_s: float
    finished_at: str  # ISO 8601, UTC
    longest_streak: int
