"""A small room on a fake clock: three questions, fixed seed, numbered tokens."""

from __future__ import annotations

import itertools

import pytest

from quiz.banks.model import Question, QuestionType
from quiz.play.clock import FakeClock
from quiz.play.model import SessionSettings
from quiz.room.model import RoomLimits
from quiz.room.room import Room

QUESTIONS = (
    Question(
        id="q-colour",
        type=QuestionType.MULTIPLE_CHOICE,
        prompt="Welche Farbe hat der Mantel?",
        answer="Rot",
        choices=("Rot", "Grün", "Blau"),
        bank="kino",
    ),
    Question(
        id="q-years",
        type=QuestionType.FILL_IN,
        prompt="Wie viele Jahre?",
        answer="15",
        accept=("fünfzehn",),
        bank="kino",
    ),
    Question(
        id="q-place",
        type=QuestionType.FILL_IN,
        prompt="Wo arbeitet sie?",
        answer="Bibliothek",
        bank="kino",
    ),
)

LIMIT = 20.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_room(clock: FakeClock, **limits: object) -> Room:
    tokens = (f"token-{number}" for number in itertools.count(1))
    return Room(
        QUESTIONS,
        SessionSettings(count=3, time_limit=LIMIT, seed=7, in_order=True),
        clock,
        code="ABC234",
        banks=("kino",),
        limits=RoomLimits(**limits),  # type: ignore[arg-type]
        make_token=lambda: next(tokens),
    )


@pytest.fixture
def room(clock: FakeClock) -> Room:
    return make_room(clock, reveal_seconds=3.0)
