"""Glue shared by the Textual UI and plain mode: load what a session needs, save what it gave.

No front end decides a game rule; both call ``open_session`` and ``finish``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.banks.loader import find_bank_files, load_banks
from quiz.banks.model import LoadReport, Question
from quiz.errors import QuizError
from quiz.i18n import t
from quiz.play.clock import Clock
from quiz.play.matching import AnswerChecker
from quiz.play.model import SessionSettings
from quiz.play.session import QuizSession
from quiz.results import Mode, QuizResult
from quiz.scores.model import SavedScore

if TYPE_CHECKING:
    from quiz.scores.store import ScoreStore


def available_banks(question_dirs: Iterable[Path]) -> list[str]:
    """Names of the banks in the folders (file stems), without loading any of them."""
    files, _ = find_bank_files(question_dirs)
    return sorted({path.stem for path in files})


def check_bank_names(question_dirs: Sequence[Path], bank_names: Collection[str]) -> None:
    """Refuse unknown bank names up front, naming the banks there are."""
    known = available_banks(question_dirs)
    unknown = [name for name in bank_names if name not in known]
    if not unknown:
        return
    if not known:
        folders = ", ".join(str(folder) for folder in question_dirs)
        raise QuizError(t("play.error.no_banks", folders=folders))
    raise QuizError(
        t("play.error.unknown_bank", names=", ".join(unknown), available=", ".join(known))
    )


def load_questions(
    question_dirs: Sequence[Path], bank_names: Sequence[str]
) -> tuple[list[Question], LoadReport]:
    """Every question of the named banks (all banks when none are named), in file order.

    Raises QuizError when nothing is left to ask (unknown bank, banks that failed to load).
    """
    check_bank_names(question_dirs, bank_names)
    report = load_banks(question_dirs, only=list(bank_names) or None)
    questions = [question for bank in report.banks for question in bank.questions]
    if not questions:
        if report.errors:
            raise QuizError(t("play.error.banks_failed", problem=str(report.errors[0])))
        raise QuizError(t("play.error.no_questions"))
    return questions, report


def open_session(
    question_dirs: Sequence[Path],
    bank_names: Sequence[str],
    settings: SessionSettings,
    store: ScoreStore,
    clock: Clock,
) -> tuple[QuizSession, LoadReport]:
    """Load only the named banks (all when none are named) and start a session on them.

    Practice puts the player's earlier misses first. Raises QuizError when nothing is
    left to ask (unknown bank, banks that failed to load, filters that keep nothing).
    """
    questions, report = load_questions(question_dirs, bank_names)
    first_ids = store.missed_question_ids(settings.player) if settings.mode is Mode.PRACTICE else ()
    session = QuizSession(
        questions,
        settings,
        clock,
        # Every question of the chosen banks, not just the drawn ones: a bank's persons
        # are the rivals a typo must not be mistaken for.
        checker=AnswerChecker(questions),
        first_ids=first_ids,
        banks=[bank.name for bank in report.banks],
    )
    if session.planned == 0:
        raise QuizError(t("play.error.no_matching_questions"))
    return session, report


def finish(result: QuizResult, store: ScoreStore) -> SavedScore | None:
    """Save a session that was played (ranked, or practice for its misses).

    Returns the store's ``SavedScore``, or None when nothing was saved (abandoned,
    or not a single answer given).
    """
    if result.abandoned or not result.outcomes:
        return None
    return store.save(result)
