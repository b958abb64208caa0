"""``ScoreStore``: the high-score table of every finished session, shared by processes.

The main file (TinyDB, table ``sessions``) holds one lean record per session; the outcomes
of each question go to ``<name>.details.jsonl`` beside it (see ``details``).

Saving takes a file lock (``<file>.lock``) and, under it, re-reads the file, inserts and
writes it atomically, so two games finishing at the same moment both keep their score.
Reading takes no lock: files are only ever replaced by a rename, so a reader sees the old
file or the new one.

What is stored: every session handed to ``save``, with ``ranked`` telling whether it enters
the table. Practice sessions are not ranked but their outcomes feed practice mode. Abandoned
sessions are kept as not ranked too, rather than thrown away: what a player answered before
giving up is still a record of what they got wrong, and the store never loses what it was
given. Whether to save an abandoned session at all is the caller's choice. A session
ended by a signal or an error of ours is kept with ``finished`` false, not ranked.

A damaged file is never deleted or overwritten: it is renamed to
``<name>.damaged-<UTC time>``, a notice says where it went, and a fresh table starts.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import TinyDB

from quiz.collector import collector_paused
from quiz.errors import QuizError
from quiz.i18n import t
from quiz.results import QuizResult
from quiz.scores.details import OutcomeLog, details_path
from quiz.scores.model import FORMAT_VERSION, SavedScore, ScoreEntry
from quiz.scores.ranking import Ranking
from quiz.scores.records import Record, count_field, id_of, seconds_field, text_field
from quiz.scores.storage import (
    DamagedStoreError,
    OrjsonStorage,
    ScoreDatabase,
    SessionTable,
)
from quiz.text.unicode import storable

TABLE = "sessions"
# Long enough for any honest save (a 100,000-session file takes well under a second);
# short enough that a hung process does not leave the player waiting without a word.
LOCK_TIMEOUT_S = 15.0

if TYPE_CHECKING:
    from filelock import BaseFileLock


class ScoreStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._notices: list[str] = []
        self._looked_at_file = False
        self._details = OutcomeLog(details_path(self.path))
        self._lock: BaseFileLock | None = None  # made on the first write (see _locked)
        self._database: TinyDB | None = None  # opened on first use: opening the store is free
        self._ranked: Ranking | None = None

    # -- writing -----------------------------------------------------------------------

    def save(self, result: QuizResult, finished_at: datetime | None = None) -> SavedScore:
        return self.save_all([result], finished_at)[0]

    def save_all(
        self, results: Sequence[QuizResult], finished_at: datetime | None = None
    ) -> list[SavedScore]:
        """Save several sessions (the players of one room) in one locked, atomic write:
        all of them are in the table afterwards, or none."""
        when = finished_at or datetime.now(UTC)
        records = [session_record(result, when) for result in results]
        saved = []
        with self._locked(), collector_paused():
            self._refuse_read_only_file()
            before = self._ranking()
            first_id = _free_id(before.records)
            for offset, (result, record) in enumerate(zip(results, records)):
                # The rank among the scores saved before (equal ones stay ahead) and the
                # better ones of this same save.
                table = _table_bank(record["banks"])
                rank = (
                    before.rank_for(record["score"], table) + _ahead_in_batch(offset, records)
                    if result.ranked
                    else None
                )
                if result.outcomes:
                    # Outcomes first: the main file is the commit point. A crash in between
                    # leaves outcomes of an unsaved session, which still count as answers given.
                    self._details.append(
                        first_id + offset, record["player"], record["finished_at"], result.outcomes
                    )
                saved.append(SavedScore(id=first_id + offset, rank=rank))
            ids = [entry.id for entry in saved]
            self._sessions().append_all(dict(zip(ids, records)))
            ranking = before
            for session_id in ids:
                ranking = ranking.with_session(self._records(), session_id)
            self._ranked = ranking
        return saved

    # -- reading -----------------------------------------------------------------------

    def top(self, bank: str | None = None, limit: int = 10) -> list[ScoreEntry]:
        """The best ranked sessions (those that included ``bank``), best first."""
        with collector_paused():
            ranking = self._ranking()
            places = ranking.top(bank, limit)
        return [
            _entry(rank, key, ranking.records[key])
            for rank, (_, _, key, _) in enumerate(places, start=1)
        ]

    def rank_for(self, score: int, bank: str | None = None) -> int:
        """The place ``score`` would take in the table (after the equal scores already there)."""
        with collector_paused():
            return self._ranking().rank_for(score, bank)

    def outcomes(self, session_id: int) -> list[dict[str, Any]]:
        """Per question: question_id, bank, verdict, given, points, seconds."""
        record = self._records().get(str(session_id))
        finished_at = None if record is None else record.get("finished_at")
        if not isinstance(finished_at, str):
            return []
        return self._details.outcomes(session_id, finished_at)

    def missed_question_ids(self, player: str) -> list[str]:
        """Questions the player's latest answer to was not right, most recent first."""
        return self._details.missed_question_ids(storable(player))

    @property
    def notices(self) -> list[str]:
        """Translated one-liners about the file (moved aside, unreadable) for the player.

        Asking reads the file if nothing has yet, so that a home screen can report a
        damaged file before the first game; a file that cannot be read becomes a notice.
        """
        if not self._looked_at_file:
            try:
                with collector_paused():
                    self._records()
            except QuizError as error:
                self._notices.append(str(error))
        return self._notices

    def close(self) -> None:
        self._ranked = None
        if self._database is not None:
            self._database.close()
            self._database = None

    # -- the file ----------------------------------------------------------------------

    def _tinydb(self) -> TinyDB:
        if self._database is None:
            self._database = ScoreDatabase(self.path, storage=OrjsonStorage)
        return self._database

    def _sessions(self) -> SessionTable:
        table = self._tinydb().table(TABLE)
        assert isinstance(table, SessionTable)  # ScoreDatabase.table_class; TinyDB says Table
        return table

    def _records(self) -> dict[str, Record]:
        """The session records by id as stored (plain dicts: fast to filter and sort)."""
        self._looked_at_file = True
        try:
            tables = self._tinydb().storage.read()
        except DamagedStoreError:
            self._move_aside_if_damaged()
            return self._records()
        except OSError as error:
            raise QuizError(
                t("scores.not_readable", path=self.path, reason=_reason(error))
            ) from error
        return (tables or {}).get(TABLE, {})

    def _ranking(self) -> Ranking:
        """The ranking of the file as it is now: built again only when the file changed
        (the storage hands out the same records until then)."""
        records = self._records()
        if self._ranked is None or self._ranked.records is not records:
            self._ranked = Ranking.of(records)
        return self._ranked

    def _move_aside_if_damaged(self) -> None:
        with self._locked():
            try:
                # Another process may have moved it aside (and saved) while we waited.
                self._tinydb().storage.read()
                return
            except DamagedStoreError:
                pass
            target = _free_name(self.path.with_name(f"{self.path.name}.damaged-{_utc_stamp()}"))
            os.rename(self.path, target)
        self._notices.append(t("scores.moved_aside", path=target))

    def _refuse_read_only_file(self) -> None:
        """A file its owner made read-only is a wish: the atomic rename would ignore it."""
        try:
            mode = os.stat(self.path).st_mode
        except FileNotFoundError:
            return
        if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise QuizError(
                t("scores.not_writable", path=self.path, reason=t("scores.reason.read_only_file"))
            )

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the lock; any failure to write under it becomes one clear line."""
        # Imported here: filelock brings asyncio and logging, which a game's start-up need not
        # pay for before anything is written.
        from filelock import FileLock, Timeout

        if self._lock is None:
            self._lock = FileLock(f"{self.path}.lock", timeout=LOCK_TIMEOUT_S)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._lock:
                yield
        except Timeout as error:
            raise QuizError(
                t("scores.busy", path=self.path, seconds=int(LOCK_TIMEOUT_S))
            ) from error
        except OSError as error:
            where = error.filename or self.path
            raise QuizError(t("scores.not_writable", path=where, reason=_reason(error))) from error


def session_record(result: QuizResult, finished_at: datetime) -> Record:
    """The lean record of the main file (no outcomes: they live in the details file)."""
    record: Record = {
        "player": storable(result.player),
        "banks": [storable(bank) for bank in result.banks],
        "score": result.score,
        "correct": result.correct,
        "total": result.total,
        "mode": result.recorded_mode,
        "duration_s": round(result.duration_s, 3),
        # Microseconds (when there are any) tell sessions apart that got the same id (see details).
        "finished_at": finished_at.astimezone(UTC).isoformat(),
        "longest_streak": result.longest_streak,
        "ranked": result.ranked,
        "v": FORMAT_VERSION,
    }
    if not result.finished:
        # Only then: ended by a signal or an error of ours before its last question
        # (never ranked). Left out, the record is finished, as every record before it.
        record["finished"] = False
    return record


def _ahead_in_batch(index: int, records: Sequence[Record]) -> int:
    """Ranked sessions of the same save that place before ``records[index]``: better ones,
    and equal ones listed before it."""
    mine = records[index]
    table = _table_bank(mine["banks"])
    return sum(
        1
        for other, record in enumerate(records)
        if other != index
        and record["ranked"]
        and (table is None or table in record["banks"])
        and (
            record["score"] > mine["score"] or (record["score"] == mine["score"] and other < index)
        )
    )


def _free_id(records: dict[str, Record]) -> int:
    """One more than the last id: sessions are appended with growing ids. (A file put in
    another order by hand costs a sweep over every id instead.)"""
    last = id_of(next(reversed(records))) if records else 0
    following = (last or 0) + 1
    if str(following) not in records and last is not None:
        return following
    return 1 + max((id_of(key) or 0 for key in records), default=0)


def _table_bank(banks: list[str]) -> str | None:
    """The table a new score is ranked in: the one ``quiz scores`` shows for that choice of
    banks (``--bank NAME`` for a single bank, the whole table for several)."""
    return banks[0] if len(banks) == 1 else None


def _entry(rank: int, key: str, record: Record) -> ScoreEntry:
    """A ranked record (``is_rankable``) as a row; fields of the wrong type show as empty."""
    banks = record.get("banks")
    return ScoreEntry(
        id=int(key),
        rank=rank,
        player=text_field(record, "player"),
        score=record["score"],
        correct=count_field(record, "correct"),
        total=count_field(record, "total"),
        banks=tuple(bank for bank in banks if type(bank) is str) if type(banks) is list else (),
        mode=text_field(record, "mode"),
        duration_s=seconds_field(record, "duration_s"),
        finished_at=text_field(record, "finished_at"),
        longest_streak=count_field(record, "longest_streak"),
    )


def _utc_stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def _free_name(path: Path) -> Path:
    """``path``, or ``path-2``, ``path-3``...: never rename over an earlier damaged file."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}-{number}")
    return candidate


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
