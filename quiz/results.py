"""What a finished game is: each question's outcome and the session's result.

The session produces these and the score store keeps them, so they live beside both
rather than inside either. No Textual, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from quiz.banks.model import Question


class Mode(StrEnum):
    CLASSIC = "classic"  # N questions, a timer per question
    BLITZ = "blitz"  # as many questions as fit in one session-wide time budget
    PRACTICE = "practice"  # no timer, earlier misses first, never ranked


class Verdict(StrEnum):
    CORRECT = "correct"
    TYPO = "typo"  # right, but typed with a small typo: counts as right
    WRONG = "wrong"
    TIMEOUT = "timeout"  # answered after the limit, or not at all
    SKIPPED = "skipped"  # the player passed (empty answer)

    @property
    def is_right(self) -> bool:
        return self in (Verdict.CORRECT, Verdict.TYPO)


@dataclass(frozen=True, slots=True)
class Outcome:
    question: Question
    verdict: Verdict
    given: str  # what the player typed or chose, as text
    points: int  # including the streak bonus
    streak_bonus: int
    seconds: float  # time taken
    streak: int  # streak after this answer
    matched: str | None = None  # the accepted form that matched (for "counted despite a typo")


@dataclass(frozen=True, slots=True)
class QuizResult:
    player: str
    banks: tuple[str, ...]
    mode: Mode
    score: int
    correct: int
    total: int
    longest_streak: int
    duration_s: float
    outcomes: tuple[Outcome, ...] = field(default_factory=tuple)
    abandoned: bool = False
    # Ended from outside before its last question: a signal (logout, `kill`) or an error of
    # ours. Kept, so that no answer is lost, but not finished and so never ranked.
    interrupted: bool = False
    room: bool = False  # played in a live room, with others

    @property
    def finished(self) -> bool:
        return not self.interrupted

    @property
    def recorded_mode(self) -> str:
        """The mode as the high-score table keeps it: ``room-classic`` for a room game."""
        return f"room-{self.mode.value}" if self.room else self.mode.value

    @property
    def ranked(self) -> bool:
        """Practice, abandoned and interrupted sessions do not enter the high-score table."""
        return self.mode is not Mode.PRACTICE and not self.abandoned and not self.interrupted
