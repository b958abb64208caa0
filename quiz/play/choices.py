"""What every front end decides before and after a game, decided once.

The Textual app, plain mode and the live room all start a game from the same offer
(banks, remembered choices, language, question count, player name) and end it with the
same results line. None of them repeats these rules.
"""

from __future__ import annotations

import getpass
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from quiz.banks.loader import load_banks
from quiz.banks.model import Bank, LoadReport
from quiz.errors import QuizError
from quiz.i18n import t
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


def interface_language(chosen: str | None, banks: Sequence[Bank]) -> str | None:
    """``--lang``, else the (first) bank's language; None leaves it to the environment."""
    return chosen or next((bank.language for bank in banks), None)


def failed_bank_notices(report: LoadReport) -> list[str]:
    """One line per bank file that did not load: its first error, and how many more."""
    by_file: dict[str, list[str]] = {}
    for problem in report.errors:
        by_file.setdefault(problem.file, []).append(str(problem))
    notices = []
    for lines in by_file.values():
        more = len(lines) - 1
        notices.append(lines[0] + (t("play.more_errors", count=more) if more else ""))
    return notices


@dataclass(frozen=True, slots=True)
class GameOffer:
    """What a player can choose from before a game, with last time's choices."""

    report: LoadReport
    chosen_banks: tuple[str, ...]  # remembered and still there
    player: str  # remembered, or empty

    @property
    def banks(self) -> tuple[Bank, ...]:
        return tuple(self.report.banks)

    @property
    def first_banks(self) -> list[Bank]:
        """The banks the language follows: the chosen ones, else all."""
        chosen = [bank for bank in self.report.banks if bank.name in self.chosen_banks]
        return chosen or list(self.report.banks)

    @property
    def notices(self) -> list[str]:
        return failed_bank_notices(self.report)


def game_offer(question_dirs: Sequence[Path]) -> GameOffer:
    report = load_banks(question_dirs)
    preferences = Preferences.load()
    known = {bank.name for bank in report.banks}
    chosen = tuple(name for name in preferences.banks if name in known)
    return GameOffer(report=report, chosen_banks=chosen, player=preferences.player)


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
    NOTHING_ANSWERED = "nothing_answered"
    NOT_SAVED = "not_saved"  # saving failed; the error said why


def standing(result: QuizResult, saved: SavedScore | None) -> Standing:
    if not result.outcomes:
        return Standing.NOTHING_ANSWERED
    if result.abandoned:
        return Standing.ABANDONED
    if saved is None:
        return Standing.NOT_SAVED
    if not result.ranked or saved.rank is None:
        return Standing.PRACTICE
    return Standing.RANKED


def standing_text(result: QuizResult, saved: SavedScore | None) -> str:
    kind = standing(result, saved)
    rank = saved.rank if saved is not None else None
    return t(f"play.standing.{kind.value}", rank=rank)
