"""Small builders of finished sessions for the score-store tests."""

from __future__ import annotations

from collections.abc import Sequence

from quiz.banks.model import Question, QuestionType
from quiz.results import Mode, Outcome, QuizResult, Verdict


def outcome(question_id: str, verdict: Verdict, *, bank: str = "oz", given: str = "15") -> Outcome:
    question = Question(
        id=question_id, type=QuestionType.FILL_IN, prompt="?", answer="15", bank=bank
    )
    points = 900 if verdict.is_right else 0
    return Outcome(
        question=question,
        verdict=verdict,
        given=given,
        points=points,
        streak_bonus=0,
        seconds=4.25,
        streak=1 if verdict.is_right else 0,
    )


def result(
    score: int = 1000,
    *,
    player: str = "Ada",
    banks: Sequence[str] = ("oz",),
    mode: Mode = Mode.CLASSIC,
    outcomes: Sequence[Outcome] = (),
    abandoned: bool = False,
) -> QuizResult:
    correct = sum(1 for item in outcomes if item.verdict.is_right)
    return QuizResult(
        player=player,
        banks=tuple(banks),
        mode=mode,
        score=score,
        correct=correct,
        total=len(outcomes),
        longest_streak=correct,
        duration_s=42.123456,
        outcomes=tuple(outcomes),
        abandoned=abandoned,
    )
