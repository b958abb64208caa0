"""Plain mode: the same session, line by line on stdin/stdout, without Textual.

For screen readers, slow links and scripts. A line is read per question (a number, a
letter or the answer; empty skips). Input cannot be interrupted, so the timer is
checked when the line arrives: a late answer is a timeout. End of input ends the
session: with at least one answer it is saved like a finished game, before any answer
it is abandoned and nothing is saved. Ended by a signal or an error of ours, the answers
so far are saved as a session that did not finish (see ``run_plain``).
"""

from __future__ import annotations

import signal
from typing import TYPE_CHECKING, TextIO

from quiz.banks.labels import source_tag
from quiz.banks.types import kind_of
from quiz.errors import INTERNAL_ERROR_EXIT, QuizError
from quiz.i18n import t
from quiz.play.choices import Standing, standing, standing_text
from quiz.play.durations import clock_text
from quiz.play.game import finish
from quiz.play.model import AskedQuestion
from quiz.play.session import QuizSession
from quiz.results import Mode, Outcome, QuizResult
from quiz.scores.model import SavedScore
from quiz.signals import EndedBySignal, ending_signals_held, ending_signals_raise
from quiz.text.terminal import literal

if TYPE_CHECKING:
    from quiz.scores.store import ScoreStore


def seconds_text(seconds: float) -> str:
    return f"{seconds:.0f}" if seconds >= 10 else f"{seconds:.1f}".rstrip("0").rstrip(".")


class _Screen:
    def __init__(self, stdout: TextIO) -> None:
        self._out = stdout

    def line(self, text: str = "") -> None:
        """Every line goes out through ``literal``: bank and player text, but also paths in
        error messages, can never act on the terminal."""
        self._out.write(literal(text) + "\n")

    def prompt(self) -> None:
        self._out.write("> ")
        self._out.flush()


def run_plain(session: QuizSession, store: ScoreStore, *, stdin: TextIO, stdout: TextIO) -> int:
    """Play ``session`` on the given streams, save it and print the results.

    Returns 0, or 1 when the score could not be saved. Ended from outside (SIGTERM, SIGHUP,
    Ctrl+C) or by an error of ours, the answers so far are saved as a session that did not
    finish (never ranked), and the exit code tells why: 128 + the signal, or
    ``INTERNAL_ERROR_EXIT``.
    """
    screen = _Screen(stdout)
    ending: BaseException | None = None
    with ending_signals_raise():
        try:
            _intro(screen, session)
            _play(screen, session, stdin)
        except (EndedBySignal, KeyboardInterrupt) as signal_ending:
            ending = signal_ending
        except Exception as error:  # noqa: BLE001 -- an error of ours must not cost the answers
            ending = error
    if ending is None:
        result = session.stop() if session.outcomes else session.abandon()
    else:
        result = session.interrupt()
    save_error: QuizError | None = None
    with ending_signals_held():
        try:
            saved = finish(result, store)
        except QuizError as error:
            saved, save_error = None, error
    try:
        _report(screen, store, result, saved, save_error, ending)
    except OSError:
        pass  # the terminal is gone (a hangup): the score is saved, nobody reads the rest
    if ending is not None:
        return _exit_code(ending)
    return 0 if saved is not None or not result.outcomes else 1


def _play(screen: _Screen, session: QuizSession, stdin: TextIO) -> None:
    echo = not stdin.isatty()  # piped answers are not echoed by a terminal: show them
    while (asked := session.next_question()) is not None:
        _tell_notices(screen, session)
        _show_question(screen, session, asked)
        screen.prompt()
        line = stdin.readline()
        if not line:
            screen.line()
            return
        typed = line.rstrip("\r\n")
        if echo:
            screen.line(typed)
        _show_outcome(screen, session, session.answer(typed))
    _tell_notices(screen, session)


def _tell_notices(screen: _Screen, session: QuizSession) -> None:
    for notice in session.take_notices():
        screen.line(t("play.note", note=notice))


def _report(
    screen: _Screen,
    store: ScoreStore,
    result: QuizResult,
    saved: SavedScore | None,
    save_error: QuizError | None,
    ending: BaseException | None,
) -> None:
    if isinstance(ending, Exception):
        screen.line()
        screen.line(t("cli.internal_error", detail=f"{type(ending).__name__}: {ending}"))
    if save_error is not None:
        # The game is over either way: show it, and say why its score could not be kept.
        screen.line(t("cli.error", message=save_error))
    for notice in store.notices:
        screen.line(notice)
    _show_result(screen, result, saved)


def _exit_code(ending: BaseException) -> int:
    if isinstance(ending, EndedBySignal):
        return ending.exit_code
    if isinstance(ending, KeyboardInterrupt):
        return 128 + signal.SIGINT
    return INTERNAL_ERROR_EXIT  # EX_SOFTWARE, as the command's own catch-all


def _intro(screen: _Screen, session: QuizSession) -> None:
    settings = session.settings
    mode = t(f"play.mode.{settings.mode.value}")
    screen.line(t("play.plain.intro", player=settings.player, mode=mode))
    if settings.mode is Mode.BLITZ:
        screen.line(t("play.plain.blitz_rules", seconds=seconds_text(settings.blitz_seconds)))
    screen.line(t("play.plain.how_to_answer"))


def _show_question(screen: _Screen, session: QuizSession, asked: AskedQuestion) -> None:
    if asked.total is None:
        heading = [
            t(
                "play.plain.question_blitz",
                number=asked.number,
                left=seconds_text(session.session_remaining() or 0),
            )
        ]
    else:
        heading = [t("play.plain.question", number=asked.number, total=asked.total)]
    if asked.question.tags or asked.question.source:
        heading.append(source_tag(asked.question))
    if asked.time_limit is not None:
        heading.append(t("play.plain.time_limit", seconds=seconds_text(asked.time_limit)))
    screen.line()
    screen.line(" · ".join(heading))
    screen.line(asked.question.prompt)
    kind = kind_of(asked.question)
    keys = kind.choice_keys(len(asked.choices))
    for index, choice in enumerate(asked.choices):
        screen.line(f"  {keys[index][0]}) {kind.label(choice)}")


def _show_outcome(screen: _Screen, session: QuizSession, outcome: Outcome) -> None:
    question = outcome.question
    label = kind_of(question).label
    screen.line(
        t(
            f"play.verdict.{outcome.verdict.value}",
            answer=label(question.answer),
            points=outcome.points,
            matched=label(outcome.matched or question.answer),
        )
    )
    if outcome.streak_bonus:
        screen.line(t("play.plain.streak_bonus", bonus=outcome.streak_bonus, streak=outcome.streak))
    if question.explanation:
        screen.line(question.explanation)
    screen.line(t("play.plain.standing", score=session.score, streak=session.streak))


def _show_result(screen: _Screen, result: QuizResult, saved: SavedScore | None) -> None:
    screen.line()
    screen.line(t("play.results.title"))
    screen.line(t("play.results.score", score=result.score))
    screen.line(t("play.results.correct", correct=result.correct, total=result.total))
    screen.line(t("play.results.longest_streak", streak=result.longest_streak))
    screen.line(t("play.results.time", time=clock_text(result.duration_s)))
    if standing(result, saved) is not Standing.NOT_SAVED:  # a failed save said why
        screen.line(standing_text(result, saved))
