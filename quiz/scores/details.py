"""Per-question outcomes of every stored session, as JSON lines in a file beside the store.

Why a separate file: outcomes are five times the size of the session records, and the
high-score table must not parse them. Why JSON lines: saving appends one line (cheap at any
size, no rewrite), and a line torn by a crash is simply skipped when reading; the next
append starts on a fresh line, so it cannot glue itself to the torn one.

One line per session, newest last::

    {"session":12,"player":"Ada","finished_at":"2026-11-24T03:31:23+00:00","outcomes":[{"question_id":...}]}

The line starts with the session id and the player, so a reader finds the lines it wants
with a byte search and parses only those.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson

from quiz.results import Outcome, Verdict
from quiz.text.unicode import storable

_RIGHT = frozenset(verdict.value for verdict in Verdict if verdict.is_right)


def details_path(store_path: Path) -> Path:
    return store_path.with_name(f"{store_path.stem}.details.jsonl")


class OutcomeLog:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def append(
        self, session_id: int, player: str, finished_at: str, outcomes: Sequence[Outcome]
    ) -> None:
        """Append one session's outcomes; the caller holds the store's lock."""
        line = orjson.dumps(
            {
                "session": session_id,
                "player": player,
                "finished_at": finished_at,
                "outcomes": [_outcome_record(outcome) for outcome in outcomes],
            }
        )
        descriptor = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o666)
        try:
            size = os.fstat(descriptor).st_size
            if size and os.pread(descriptor, 1, size - 1) != b"\n":
                line = b"\n" + line  # the last append was torn: leave its remains on their own line
            # No fsync: the main file, written after this, is what keeps the score safe;
            # outcomes lost to a power cut cost a review, not a score.
            os.write(descriptor, line + b"\n")
        finally:
            os.close(descriptor)

    def outcomes(self, session_id: int, finished_at: str) -> list[dict[str, Any]]:
        """The outcomes saved with that session (checked by its time, in case ids were reused)."""
        for entry in self._entries(b'{"session":%d,' % session_id):
            if entry.get("session") == session_id and entry.get("finished_at") == finished_at:
                return _outcomes_of(entry)
        return []

    def missed_question_ids(self, player: str) -> list[str]:
        """Questions whose latest answer by ``player`` was not right, most recent first."""
        decided: set[str] = set()
        missed: list[str] = []
        for entry in self._entries(b'"player":' + orjson.dumps(player)):
            if entry.get("player") != player:
                continue
            for outcome in reversed(_outcomes_of(entry)):
                question_id = outcome.get("question_id")
                if not isinstance(question_id, str) or question_id in decided:
                    continue
                decided.add(question_id)
                if outcome.get("verdict") not in _RIGHT:
                    missed.append(question_id)
        return missed

    def _entries(self, marker: bytes) -> Iterator[dict[str, Any]]:
        """Whole lines containing ``marker``, newest first; torn or foreign lines are skipped.

        The marker holds JSON quotes, which cannot occur unescaped inside a string value,
        so it only matches where this module wrote it (the parsed line is checked anyway).
        """
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return
        for line in reversed(data.split(b"\n")):
            if marker not in line:
                continue
            try:
                entry = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if type(entry) is dict:
                yield entry


def _outcome_record(outcome: Outcome) -> dict[str, Any]:
    return {
        "question_id": storable(outcome.question.id),
        "bank": storable(outcome.question.bank),
        "verdict": outcome.verdict.value,
        "given": storable(outcome.given),
        "points": outcome.points,
        "seconds": round(outcome.seconds, 3),
    }


def _outcomes_of(entry: dict[str, Any]) -> list[dict[str, Any]]:
    outcomes = entry.get("outcomes")
    if type(outcomes) is not list:
        return []
    return [outcome for outcome in outcomes if type(outcome) is dict]
