"""Asking the questions of one session, one after the other, until it ends.

No game rule lives here: the session decides what comes next, how long is left, what an
answer is worth. The screen only shows it. One interval timer, created once, drives the
countdown (reading ``session.remaining()``), the time-out and the pause after an answer.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Static

from quiz.banks.labels import source_tag
from quiz.banks.types import kind_of
from quiz.i18n import t
from quiz.play.clock import Clock
from quiz.play.model import AskedQuestion
from quiz.play.session import QuizSession
from quiz.results import Outcome, QuizResult
from quiz.ui.bindings import translate_bindings
from quiz.ui.dialogs.confirm import ConfirmDialog
from quiz.ui.text import literal
from quiz.ui.widgets.choice_list import ChoiceList
from quiz.ui.widgets.countdown import CountdownBar
from quiz.ui.widgets.feedback import AnswerFeedback
from quiz.ui.widgets.session_status import SessionStatus

TICK_SECONDS = 0.1
# How long the verdict stays before the next question comes by itself (timed modes only:
# in practice the player reads at their own pace and presses Enter).
PAUSE_AFTER_ANSWER = 3.0


class QuestionScreen(Screen[QuizResult]):
    BINDINGS = [
        Binding("escape", "abandon", "ui.key.abandon"),
        Binding("enter,space", "next", "ui.key.next"),
    ]

    def __init__(self, session: QuizSession, clock: Clock, *, timed: bool) -> None:
        super().__init__()
        translate_bindings(self)
        self.session = session
        self._clock = clock
        self._timed = timed
        self._asked: AskedQuestion | None = None
        self._outcome: Outcome | None = None
        self._advance_at: float | None = None
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield SessionStatus(id="status")
        with Vertical(id="question-card"):
            yield Static(id="source")
            yield Static(id="prompt")
            yield CountdownBar(id="countdown")
            yield ChoiceList(id="choices")
            yield Input(id="answer", placeholder=t("ui.question.placeholder"))
            yield Static(id="hint")
        yield AnswerFeedback(id="feedback")
        yield Footer()

    def on_mount(self) -> None:
        self._timer = self.set_interval(TICK_SECONDS, self.tick, pause=True)
        self.show_next_question()

    # --- the flow -------------------------------------------------------------------

    def show_next_question(self) -> None:
        asked = self.session.next_question()
        for notice in self.session.take_notices():
            self.notify(notice, severity="warning", timeout=20, markup=False)
        if asked is None:
            self._stop_timer()
            self.dismiss(self.session.result())
            return
        self._asked, self._outcome, self._advance_at = asked, None, None
        question = asked.question
        self.query_one("#source", Static).update(literal(source_tag(question)))
        self.query_one("#prompt", Static).update(literal(question.prompt))
        self.query_one("#feedback", AnswerFeedback).display = False
        choices = self.query_one("#choices", ChoiceList)
        answer = self.query_one("#answer", Input)
        choices.disabled = answer.disabled = False
        kind = kind_of(question)
        choices.display = kind.shows_choices
        answer.display = not kind.shows_choices
        if kind.shows_choices:
            count = len(asked.choices)
            choices.show_choices([kind.label(c) for c in asked.choices], kind.choice_keys(count))
            choices.focus()
        else:
            answer.value = ""
            answer.focus()
        self.query_one("#hint", Static).update(kind.hint(len(asked.choices)))
        self._refresh_time_and_status()
        self._run_timer(self._timed)

    def tick(self) -> None:
        """Called by the interval timer (and by tests after moving a fake clock)."""
        if self._outcome is None:
            remaining = self.session.remaining()
            if remaining is not None and remaining <= 0:
                self._show_outcome(self.session.expire())
                return
        elif self._advance_at is not None and self._clock.now() >= self._advance_at:
            self.show_next_question()
            return
        self._refresh_time_and_status()

    def on_choice_list_chosen(self, event: ChoiceList.Chosen) -> None:
        # The position, not the text: the checker maps "2" to the 2nd choice shown, and a
        # choice whose text is itself a digit would otherwise be misread.
        self._answer(str(event.index + 1))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._answer(event.value)

    def _answer(self, text: str) -> None:
        if self._outcome is None and self._asked is not None:
            self._show_outcome(self.session.answer(text))

    def _show_outcome(self, outcome: Outcome) -> None:
        self._outcome = outcome
        choices = self.query_one("#choices", ChoiceList)
        kind = kind_of(outcome.question)
        if kind.shows_choices:
            picked = kind.label(outcome.matched) if outcome.matched else None
            choices.reveal(kind.label(outcome.question.answer), picked)
        choices.disabled = True
        self.query_one("#answer", Input).disabled = True
        feedback = self.query_one("#feedback", AnswerFeedback)
        feedback.show_outcome(outcome, t("ui.feedback.continue"))
        feedback.display = True
        self._refresh_time_and_status()
        if self._timed:
            self._advance_at = self._clock.now() + PAUSE_AFTER_ANSWER
        self._run_timer(self._timed)
        self.refresh_bindings()

    def _refresh_time_and_status(self) -> None:
        if self._asked is None:
            return
        self.query_one("#status", SessionStatus).show_status(
            self._asked, self.session.score, self.session.streak, self.session.session_remaining()
        )
        limit = self._asked.time_limit
        if self._outcome is None or limit is None:
            remaining = self.session.remaining()
        else:
            # Answered: the bar stands still where the answer came in.
            remaining = max(0.0, limit - self._outcome.seconds)
        self.query_one("#countdown", CountdownBar).show_time(remaining, limit)

    def _run_timer(self, running: bool) -> None:
        if self._timer is not None:
            if running:
                self._timer.resume()
            else:
                self._timer.pause()

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    # --- keys -----------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":
            return self._outcome is not None
        return True

    def action_next(self) -> None:
        if self._outcome is not None:
            self.show_next_question()

    def action_abandon(self) -> None:
        self._confirm_abandon(quit_after=False)

    def confirm_quit(self) -> None:
        """Quitting mid-game abandons the session: ask first, as Escape does."""
        self._confirm_abandon(quit_after=True)

    def _confirm_abandon(self, *, quit_after: bool) -> None:
        self._run_timer(False)

        def answered(abandon: bool | None) -> None:
            if not abandon:
                self._run_timer(self._timed)
                self.tick()
                return
            self._stop_timer()
            result = self.session.abandon()
            if quit_after:
                self.app.exit()
            else:
                self.dismiss(result)

        self.app.push_screen(ConfirmDialog(t("ui.dialog.abandon")), answered)
