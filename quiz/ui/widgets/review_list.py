"""Every question of a finished session: the answer given, the right one, the explanation."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from quiz.banks.labels import source_tag
from quiz.banks.types import kind_of
from quiz.i18n import t
from quiz.results import Outcome, Verdict
from quiz.ui.answer_diff import answer_diff
from quiz.ui.text import literal

_MARK = {
    Verdict.CORRECT: ("✓", "green"),
    Verdict.TYPO: ("✓", "green"),
    Verdict.WRONG: ("✗", "red"),
    Verdict.TIMEOUT: ("⏱", "red"),
    Verdict.SKIPPED: ("–", "yellow"),
}


def review_mark(number: int, outcome: Outcome) -> Text:
    mark, colour = _MARK[outcome.verdict]
    return Text(f"{number:>2}. {mark}", style=f"bold {colour}")


def review_text(outcome: Outcome) -> Text:
    question = outcome.question
    kind = kind_of(question)
    text = literal(question.prompt, "bold")
    text.append("\n" + t("ui.review.given"))
    if not outcome.given.strip():
        text.append(t("ui.review.nothing"), style="dim")
    elif kind.shows_choices:
        # A choice taken by its number or letter: show the choice it picked.
        text.append(literal(kind.label(outcome.matched or outcome.given)))
    elif outcome.verdict is Verdict.CORRECT:
        text.append(literal(outcome.given))
    else:
        # Typed answers: show what differs from the form that counted (or the answer).
        text.append(answer_diff(outcome.given, outcome.matched or question.answer))
    text.append("   " + t("ui.review.points", points=outcome.points), style="dim")
    if outcome.verdict is not Verdict.CORRECT:
        text.append("\n" + t("ui.review.right"))
        text.append(literal(kind.label(question.answer), "bold"))
    for note in (question.explanation, source_tag(question)):
        if note:
            text.append("\n")
            text.append(literal(note, "italic dim"))
    return text


class ReviewList(VerticalScroll, can_focus=True):
    DEFAULT_CSS = """
    ReviewList {
        height: 1fr;
        border: round $primary-muted;
        padding: 0 1;
    }
    ReviewList:focus { border: round $primary; }
    ReviewList > .review-entry { height: auto; margin-bottom: 1; }
    ReviewList .review-mark { width: 6; }
    ReviewList .review-text { width: 1fr; }
    """

    def __init__(self, outcomes: Sequence[Outcome], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._outcomes = tuple(outcomes)

    def compose(self) -> ComposeResult:
        if not self._outcomes:
            yield Static(t("ui.review.empty"))
        for number, outcome in enumerate(self._outcomes, start=1):
            with Horizontal(classes="review-entry"):
                yield Static(review_mark(number, outcome), classes="review-mark")
                yield Static(review_text(outcome), classes="review-text")
