"""Points for a right answer and the streak bonus (rules of the README)."""

from __future__ import annotations

FULL_POINTS = 1000
# Answers faster than this earn full points: nobody reads a question quicker.
INSTANT_SECONDS = 0.5
STREAK_STEP = 100
STREAK_CAP = 500


def points_for(seconds: float, time_limit: float | None) -> int:
    """Points for a right answer after ``seconds``: 1000 falling linearly to 500 at the limit.

    Untimed questions earn the full 1000; an answer after the limit earns nothing
    (the session counts it as a timeout).
    """
    if time_limit is None or seconds < INSTANT_SECONDS:
        return FULL_POINTS
    if seconds > time_limit:
        return 0
    return round(FULL_POINTS * (1 - seconds / time_limit / 2))


def streak_bonus(streak: int) -> int:
    """+100 for each right answer in a row after the first, at most +500."""
    return min(max(streak - 1, 0) * STREAK_STEP, STREAK_CAP)
