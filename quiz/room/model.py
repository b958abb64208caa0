"""What a room is made of and what it shows: phases, limits, refusals and views.

Views are what leaves the room for players and screens. ``QuestionView`` has no field for
the answer at all: what a client may see while a question is open is fixed by its type,
not by care at each place that sends it. The answer comes only in a ``RevealView``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from quiz.results import Verdict


class Phase(StrEnum):
    LOBBY = "lobby"  # players join; the host starts
    QUESTION = "question"  # a question is open for answers
    REVEAL = "reveal"  # the answer, the spread and the leaderboard are on screen
    OVER = "over"  # the podium; results are final


@dataclass(frozen=True, slots=True)
class RoomLimits:
    max_players: int = 50
    name_max: int = 40  # as in the Home screen
    answer_max: int = 200
    reveal_seconds: float = 5.0
    # An away player's seat in the lobby is kept this long; in a game it is kept to the end.
    seat_keep_seconds: float = 60.0


class RoomError(Exception):
    """A request the room refuses; ``key`` names the catalogue text that says why.

    Only the request fails: the room, and the player's connection, go on.
    """

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass(frozen=True, slots=True)
class PlayerView:
    seat: int
    name: str
    score: int
    present: bool  # connected now
    answered: bool  # has answered the open question


@dataclass(frozen=True, slots=True)
class QuestionView:
    """An open question as every player sees it. No answer, no accepted forms, no source."""

    number: int
    total: int | None  # None in blitz
    prompt: str
    choices: tuple[str, ...]
    kind: str  # the question type's value: fill_in, multiple_choice, ...
    time_limit: float
    remaining: float  # seconds left when the view was made
    answered: int  # how many have answered
    players: int


@dataclass(frozen=True, slots=True)
class LeaderRow:
    place: int  # equal scores share a place
    seat: int
    name: str
    score: int
    gained: int  # points of the question just closed
    moved: int  # places gained (+) or lost (-) by it
    present: bool


@dataclass(frozen=True, slots=True)
class SpreadRow:
    label: str  # a choice's text; else a verdict's value, or "other" (no choice picked)
    count: int
    right: bool
    is_choice: bool


@dataclass(frozen=True, slots=True)
class RevealView:
    """A closed question: now the answer may be shown."""

    number: int
    total: int | None
    prompt: str
    answer: str
    accepted: tuple[str, ...]
    explanation: str
    spread: tuple[SpreadRow, ...]
    leaderboard: tuple[LeaderRow, ...]
    last: bool  # no question follows


@dataclass(frozen=True, slots=True)
class PlayerResult:
    """One player's own view of the question just closed."""

    verdict: Verdict
    given: str
    points: int
    score: int
    place: int
    matched: str | None = None


@dataclass(frozen=True, slots=True)
class RoomSummary:
    """Everything a screen or a returning player needs to draw the room as it is now."""

    phase: Phase
    code: str
    banks: tuple[str, ...]
    mode: str
    players: tuple[PlayerView, ...]
    question: QuestionView | None = None
    reveal: RevealView | None = None
    podium: tuple[LeaderRow, ...] = field(default_factory=tuple)
