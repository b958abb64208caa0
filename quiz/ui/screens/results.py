"""The end of a session: the score, the rank it reached, and a review of every question."""

from __future__ import annotations

from enum import StrEnum

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Static

from quiz.i18n import t
from quiz.play.choices import standing_text
from quiz.play.durations import clock_text
from quiz.results import QuizResult
from quiz.scores.model import SavedScore
from quiz.ui.bindings import translate_bindings
from quiz.ui.text import literal
from quiz.ui.widgets.review_list import ReviewList


class AfterResults(StrEnum):
    NEW_GAME = "new_game"
    QUIT = "quit"


def summary_text(result: QuizResult, saved: SavedScore | None) -> Text:
    text = Text(t("ui.results.title"), style="bold")
    if result.player:
        text.append(" – ")
        text.append(literal(result.player))
    text.append("\n")
    text.append(
        t(
            "ui.results.summary",
            score=result.score,
            correct=result.correct,
            total=result.total,
            streak=result.longest_streak,
            time=clock_text(result.duration_s),
        )
    )
    text.append("\n")
    text.append(standing_text(result, saved), style="bold")
    return text


class ResultsScreen(Screen[AfterResults]):
    BINDINGS = [
        Binding("n", "leave('new_game')", "ui.key.new_game"),
        Binding("h", "app.high_scores", "ui.key.high_scores"),
        Binding("q", "leave('quit')", "ui.key.quit"),
    ]

    def __init__(self, result: QuizResult, saved: SavedScore | None) -> None:
        super().__init__()
        translate_bindings(self)
        self.result = result
        self.saved = saved

    def compose(self) -> ComposeResult:
        yield Static(summary_text(self.result, self.saved), id="summary")
        yield ReviewList(self.result.outcomes, id="review")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ReviewList).focus()

    def action_leave(self, choice: str) -> None:
        self.dismiss(AfterResults(choice))
