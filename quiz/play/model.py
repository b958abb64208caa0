"""What a quiz session takes and gives back. No Textual, no I/O."""

from __future__ import annotations

from dataclasses import dataclass

from quiz.banks.model import Question, QuestionType
from quiz.results import Mode

DEFAULT_COUNT = 10  # questions in a classic session unless the player asks for another number


@dataclass(frozen=True, slots=True)
class SessionSettings:
    mode: Mode = Mode.CLASSIC
    count: int | None = DEFAULT_COUNT  # None: every question drawn (blitz: until time is up)
    time_limit: float | None = None  # overrides every question's limit
    blitz_seconds: float = 60.0
    seed: int | None = None  # shuffle seed; None: random
    in_order: bool = False  # file order, choices as written
    tags: tuple[str, ...] = ()  # keep questions with any of these tags
    difficulty: tuple[int, ...] = ()  # keep questions of these difficulties
    types: tuple[QuestionType, ...] = ()  # keep questions of these types
    player: str = ""

    @property
    def timed(self) -> bool:
        return self.mode is not Mode.PRACTICE


@dataclass(frozen=True, slots=True)
class AskedQuestion:
    """A question as the player sees it: choices in the shuffled order, position in the session."""

    question: Question
    choices: tuple[str, ...]
    number: int  # 1-based
    total: int | None  # None in blitz: unknown in advance
    time_limit: float | None  # seconds; None when untimed
