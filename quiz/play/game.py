"""Glue shared by the Textual UI and plain mode: load what a session needs, save what it gave.

No front end decides a game rule; both call ``open_session`` and ``finish``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.banks.loader import Catalogue, find_bank_files, index_banks, load_banks
from quiz.banks.model import BankSummary, LoadReport, Question
from quiz.errors import QuizError
from quiz.i18n import t
from quiz.play.clock import Clock
from quiz.play.matching import AnswerChecker
from quiz.play.model import SessionSettings
from quiz.play.pool import IndexPool
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


def default_banks(banks: Sequence[BankSummary], language: str | None = None) -> list[BankSummary]:
    """What to play when nobody chose: a first game on the home screen, ``quiz play``
    without ``--bank``.

    The banks written from synopses, because making questions from them is what quiz is
    for (the hand-written example is there for authors to copy); of those, the ones in
    ``language`` when it was asked for and there are such. Every bank when none was
    generated: a folder of one's own hand-written banks is all meant to be played.
    """
    generated = [bank for bank in banks if bank.generated]
    in_language = [bank for bank in generated if bank.language == language]
    return in_language or generated or list(banks)


def open_session(
    question_dirs: Sequence[Path],
    bank_names: Sequence[str],
    settings: SessionSettings,
    store: ScoreStore,
    clock: Clock,
    *,
    language: str | None = None,
) -> tuple[QuizSession, Catalogue]:
    """Start a session on the named banks (``default_banks`` when none are named,
    ``language`` being the one asked for, if any), drawing from the bank index: only the
    questions asked are read. The catalogue says what loaded and what not.

    Practice puts the player's earlier misses first. Raises QuizError when nothing is
    left to ask (unknown bank, banks that failed to load, filters that keep nothing).
    """
    check_bank_names(question_dirs, bank_names)
    catalogue = index_banks(question_dirs, only=list(bank_names) or None)
    try:
        if not bank_names:
            catalogue.banks = default_banks(catalogue.banks, language)
        if not any(bank.total for bank in catalogue.banks):
            if catalogue.errors:
                raise QuizError(t("play.error.banks_failed", problem=str(catalogue.errors[0])))
            raise QuizError(t("play.error.no_questions"))
        pool = IndexPool(
            catalogue.index,
            [catalogue.contents[bank.name] for bank in catalogue.banks],
            settings,
            reopen=catalogue.reopened,
        )
        practice = settings.mode is Mode.PRACTICE
        session = QuizSession(
            pool,
            settings,
            clock,
            # The persons of the chosen banks, not just of the drawn questions: they are the
            # rivals a typo must not be mistaken for.
            checker=AnswerChecker(persons=pool.persons),
            first_ids=store.missed_question_ids(settings.player) if practice else (),
            banks=[bank.name for bank in catalogue.banks],
        )
        if session.planned == 0:
            raise QuizError(t("play.error.no_matching_questions"))
    except BaseException:
        catalogue.close()
        raise
    return session, catalogue


def finish(result: QuizResult, store: ScoreStore) -> SavedScore | None:
    """Save a session that was played (ranked, or practice for its misses, or interrupted).

    Returns the store's ``SavedScore``, or None when nothing was saved (abandoned,
    or not a single answer given).
    """
    if result.abandoned or not result.outcomes:
        return None
    return store.save(result)


def save_interrupted(session: QuizSession, store: ScoreStore) -> SavedScore | None:
    """The program is being ended while ``session`` runs: save what was answered, marked as
    not finished (never ranked). Raises QuizError, as ``finish`` does."""
    return finish(session.interrupt(), store)
