"""Small choices remembered between games: the player's name and the banks chosen last.

Kept as JSON at ``quiz.locations.settings_path()``. Nothing here is worth an error: a
missing, damaged or strange file just means the defaults (and is replaced on the next save).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TypeGuard

import orjson

from quiz.atomic import write_bytes_atomic
from quiz.errors import QuizError
from quiz.i18n import t
from quiz.locations import settings_path
from quiz.text.unicode import storable


@dataclass(frozen=True, slots=True)
class Preferences:
    player: str = ""
    banks: tuple[str, ...] = ()

    @classmethod
    def load(cls, path: Path | None = None) -> Preferences:
        try:
            stored = orjson.loads((path or settings_path()).read_bytes())
        except (OSError, orjson.JSONDecodeError):
            return cls()
        if type(stored) is not dict:
            return cls()
        player = stored.get("player")
        banks = stored.get("banks")
        return cls(
            player=player if isinstance(player, str) else "",
            banks=tuple(banks) if _is_list_of_text(banks) else (),
        )

    def save(self, path: Path | None = None) -> None:
        """Write atomically; a folder that cannot be written is a ``QuizError``."""
        target = path or settings_path()
        stored = {"player": storable(self.player), "banks": [storable(bank) for bank in self.banks]}
        data = orjson.dumps(stored, option=orjson.OPT_INDENT_2)
        try:
            write_bytes_atomic(target, data)
        except OSError as error:
            where = error.filename or target
            reason = error.strerror or str(error)
            raise QuizError(
                t("scores.preferences_not_writable", path=where, reason=reason)
            ) from error


def _is_list_of_text(value: object) -> TypeGuard[list[str]]:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)
