"""What every front end decides before and after a game, decided once.

The Textual app, plain mode and the live room all choose the language, the question
count and the player's name alike, and end a game with the same results line. (Which
banks are offered, and the notices for those that failed, come from the bank index:
``quiz.play.game.default_banks`` and ``quiz.banks.summary.failed_bank_notices``.)
"""

from __future__ import annotations

import getpass
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from quiz.banks.model import Bank, BankSummary
from quiz.errors import QuizError
from quiz.i18n import language_asked_for, t
from quiz.play.model import DEFAULT_COUNT
from quiz.preferences import Preferences
from quiz.results import Mode, QuizResult
from quiz.scores.model import SavedScore


def question_count(mode: Mode, asked: int | None) -> int | None:
    """The number of questions to draw: what was asked for, else the default; a blitz
    without a number asks until its time is up."""
    if asked is not None:
        return asked
    return None if mode is Mode.BLITZ else DEFAULT_COUNT


def interface_language(chosen: str | None, banks: Sequence[Bank | BankSummary]) -> str | None:
    """``--lang``, else ``QUIZ_LANG``, else the (first) bank's language; None leaves it to the
    locale."""
    return chosen or language_asked_for() or next((bank.language for bank in banks), None)


@dataclass(frozen=True, slots=True)
class PlayerName:
    name: str
    notice: str | None = None  # why it could not be remembered, when it could not


def player_name(chosen: str | None) -> PlayerName:
    """The name given (remembered for next time), else the remembered one, else the login."""
    remembered = Preferences.load()
    if chosen and chosen.strip():
        if chosen != remembered.player:
            try:
                Preferences(player=chosen, banks=remembered.banks).save()
            except QuizError as error:
                # Not remembering a name is no reason to refuse a game.
                return PlayerName(chosen, str(error))
        return PlayerName(chosen)
    if remembered.player:
        return PlayerName(remembered.player)
    try:
        return PlayerName(getpass.getuser())
    except Exception:  # noqa: BLE001 -- getuser raises various errors where no login name exists
        return PlayerName(t("play.default_player"))


class Standing(StrEnum):
    """Where a finished game stands in the table: the last line of every results view."""

    RANKED = "ranked"
    PRACTICE = "practice"
    ABANDONED = "abandoned"
    INTERRUPTED = "interrupted"  # ended by a signal or an error of ours: saved, not ranked
    NOTHING_ANSWERED = "nothing_answered"
    NOT_SAVED = "not_saved"  # saving failed; the error said why


def standing(result: QuizResult, saved: SavedScore | None) -> Standing:
    if not result.outcomes:
        return Standing.NOTHING_ANSWERED
    if result.abandoned:
        return Standing.ABANDONED
    if saved is None:
        return Standing.NOT_SAVED
    if result.interrupted:
        return Standing.INTERRUPTED
    if not result.ranked or saved.rank is None:
        return Standing.PRACTICE
    return Standing.RANKED


def standing_text(result: QuizResult, saved: SavedScore | None) -> str:
    kind = standing(result, saved)
    rank = saved.rank if saved is not None else None
    return t(f"play.standing.{kind.value}", rank=rank)
