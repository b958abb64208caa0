"""What the player learns right after an answer: verdict, the right answer, the points."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from quiz.banks.types import kind_of
from quiz.i18n import t
from quiz.results import Outcome, Verdict
from quiz.ui.text import literal

_HEADLINE = {
    Verdict.CORRECT: "ui.feedback.correct",
    Verdict.TYPO: "ui.feedback.typo",
    Verdict.WRONG: "ui.feedback.wrong",
    Verdict.TIMEOUT: "ui.feedback.timeout",
    Verdict.SKIPPED: "ui.feedback.skipped",
}


def describe_outcome(outcome: Outcome) -> Text:
    text = Text.assemble((t(_HEADLINE[outcome.verdict]), "bold"))
    if outcome.verdict is Verdict.TYPO:
        text.append("\n")
        text.append(t("ui.feedback.typo_detail"))
        text.append(literal(outcome.matched or outcome.question.answer, "bold"))
    elif not outcome.verdict.is_right:
        text.append("\n")
        text.append(t("ui.feedback.right_answer"))
        answer = kind_of(outcome.question).label(outcome.question.answer)
        text.append(literal(answer, "bold"))
    if outcome.verdict.is_right:
        text.append("\n")
        if outcome.streak_bonus:
            points = t(
                "ui.feedback.points_with_bonus", points=outcome.points, bonus=outcome.streak_bonus
            )
        else:
            points = t("ui.feedback.points", points=outcome.points)
        text.append(points)
    return text


class AnswerFeedback(Static):
    DEFAULT_CSS = """
    AnswerFeedback {
        height: auto;
        padding: 0 1;
        border: round $primary;
    }
    AnswerFeedback.right { border: round $success; color: $text-success; }
    AnswerFeedback.wrong { border: round $error; color: $text-error; }
    """

    def show_outcome(self, outcome: Outcome, hint: str) -> None:
        self.set_class(outcome.verdict.is_right, "right")
        self.set_class(not outcome.verdict.is_right, "wrong")
        shown = describe_outcome(outcome)
        shown.append("\n")
        shown.append(hint, style="dim")
        self.update(shown)
