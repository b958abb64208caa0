"""The bank index: the parsed, validated content of every bank file in one SQLite file, so
that a game reads only the questions it asks and its start does not grow with the banks.

Why SQLite (standard library): one question is read by its key without reading the rest;
filters (type, difficulty, tags) are answered by the database; several processes may use
one file at once (WAL journal, busy timeout, atomic transactions) and a crash leaves the
last committed state. The per-bank JSON files of the cache before it had to be read whole.

Rules:
- Content is keyed by the BLAKE2b digest of the file's bytes: what is stored serves exactly
  those bytes, and a file whose content goes back to a state seen before needs no new parse
  (contents no file uses any more are kept, the newest ``KEPT_CONTENTS`` of them).
- A file is read and hashed again unless its stat (device, inode, size, mtime, ctime) is
  the one recorded and its ctime lay well before the moment it was read (git's rule for
  "racy" files): an edit after the read gives a new ctime, which no user tool can set back
  (copying with the old mtime, ``touch -d``, a same-size edit all change it), and an edit
  in the same clock tick as the read cannot hide, because such a file is always re-hashed.
- The index is a cache: deleting it loses nothing. A damaged one (not a database, a row
  that does not decode) is deleted and built anew, with a notice. One that cannot be opened
  or written (read-only folder, locked too long) gives way to an index in memory.
- Two processes at once: every content is stored in one transaction, and a content another
  process stored meanwhile is used, not stored twice.
- Values are plain JSON (orjson), never pickle, and type-checked when read back (``stored``):
  anyone who can write the cache folder must not be able to run code or crash the game.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from quiz import __version__, locations
from quiz.banks.findings import Finding
from quiz.banks.model import Bank, BankSummary, Question, QuestionType, Severity
from quiz.banks.stored import (
    finding_from_plain,
    finding_to_plain,
    integers,
    persons_of,
    question_data,
    question_from_row,
    typed,
)
from quiz.i18n import t

if TYPE_CHECKING:
    from quiz.banks.validation import CheckedBank

# Bump when the layout or the validation rules change: the index is then built anew.
INDEX_FORMAT = 3  # 2: number tolerances, generated banks; 3: bounded time limits and tolerances
INDEX_NAME = "banks.sqlite3"
# A file changed less than this before it was read is hashed again at every start: coarse
# timestamps (FAT: 2 s) cannot tell an edit in the same tick from the state that was read.
RACY_SLACK_NS = 2_000_000_000
KEPT_CONTENTS = 32
# Storing the largest bank (20 MB) takes about a second; a second game waits for it.
BUSY_TIMEOUT_S = 30.0

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE contents (
    id INTEGER PRIMARY KEY, digest TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
    language TEXT NOT NULL, counts BLOB NOT NULL, findings BLOB NOT NULL,
    loadable INTEGER NOT NULL, generated INTEGER NOT NULL, used_ns INTEGER NOT NULL);
CREATE TABLE questions (
    content INTEGER NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL,
    difficulty INTEGER, line INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (content, position));
CREATE INDEX questions_by_id ON questions (id, content);
CREATE TABLE tags (
    content INTEGER NOT NULL, tag TEXT NOT NULL, position INTEGER NOT NULL,
    PRIMARY KEY (content, tag, position)) WITHOUT ROWID;
CREATE TABLE persons (
    content INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (content, name)) WITHOUT ROWID;
CREATE TABLE files (
    path TEXT PRIMARY KEY, device INTEGER NOT NULL, inode INTEGER NOT NULL,
    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, ctime_ns INTEGER NOT NULL,
    read_ns INTEGER NOT NULL, content INTEGER NOT NULL);
CREATE TABLE clashes (key TEXT PRIMARY KEY, found BLOB NOT NULL);
"""
_TABLES = ("meta", "contents", "questions", "tags", "persons", "files", "clashes")


class IndexDamaged(Exception):
    """The index file holds something it cannot have written: build it anew."""


def content_digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=32).hexdigest()


@dataclass(frozen=True, slots=True)
class FileState:
    """What ``stat`` says about a bank file: equal states (read long enough ago) mean equal
    bytes."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    ctime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileState:
        stat = path.stat()
        return cls(stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


@dataclass(frozen=True, slots=True)
class Content:
    """One stored content as a bank file shows it: the summary and what validation said."""

    key: int
    summary: BankSummary
    findings: list[Finding]
    loadable: bool


@dataclass(frozen=True, slots=True)
class Clash:
    """A question id of a later bank that an earlier bank of the same game already has."""

    question_id: str
    line: int
    other: int  # position of the earlier bank in the list given to ``clashes``
    other_line: int


@dataclass(frozen=True, slots=True)
class Filters:
    """Which questions a game keeps; empty means any."""

    types: tuple[str, ...] = ()
    difficulties: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.types or self.difficulties or self.tags)


class BankIndex:
    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        self.path = path  # None: in memory, for this run only
        self.notices: list[str] = []

    # -- opening --------------------------------------------------------------------------

    @classmethod
    def open(cls) -> BankIndex:
        """The index in the cache folder; rebuilt when damaged, in memory when unusable."""
        path = locations.cache_dir() / INDEX_NAME
        try:
            return cls._opened(path)
        except IndexDamaged:
            return cls._rebuilt(path)
        except (OSError, sqlite3.Error):
            return cls.in_memory()

    @classmethod
    def in_memory(cls) -> BankIndex:
        return cls._opened(None)

    def rebuilt(self) -> BankIndex:
        """A new, empty index in place of this damaged one."""
        self.close()
        if self.path is None:
            return BankIndex.in_memory()
        return BankIndex._rebuilt(self.path)

    @classmethod
    def _rebuilt(cls, path: Path) -> BankIndex:
        for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                return cls.in_memory()
        try:
            index = cls._opened(path)
        except (OSError, sqlite3.Error, IndexDamaged):
            index = cls.in_memory()
        index.notices.append(t("banks.index.rebuilt", path=str(path)))
        return index

    @classmethod
    def _opened(cls, path: Path | None) -> BankIndex:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(
            ":memory:" if path is None else path,
            timeout=BUSY_TIMEOUT_S,
            isolation_level=None,  # autocommit: reads hold no transaction; writes say BEGIN
            check_same_thread=False,
        )
        index = cls(connection, path)
        try:
            with _damage_checked():
                connection.execute("PRAGMA journal_mode=WAL")
                # A lost last transaction after a power cut is a re-parse, never damage.
                connection.execute("PRAGMA synchronous=NORMAL")
                index._prepare()
        except BaseException:
            connection.close()
            raise
        return index

    def _prepare(self) -> None:
        wanted = {"format": str(INDEX_FORMAT), "quiz": __version__}
        if self._meta() == wanted:
            return
        with self._writing():
            if self._meta() == wanted:  # another process made it meanwhile
                return
            for table in _TABLES:
                self._db.execute(f"DROP TABLE IF EXISTS {table}")
            for statement in filter(str.strip, _SCHEMA.split(";")):
                self._db.execute(statement)
            self._db.executemany("INSERT INTO meta VALUES (?, ?)", wanted.items())

    def _meta(self) -> dict[str, str]:
        tables = self._db.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone()[0]
        if not tables:
            return {}
        return dict(self._db.execute("SELECT key, value FROM meta").fetchall())

    def close(self) -> None:
        self._db.close()

    # -- files and contents ---------------------------------------------------------------

    def known_content(self, path_key: str, state: FileState) -> int | None:
        """The content recorded for this file, when its stat proves the bytes unchanged."""
        with _damage_checked():
            row = self._db.execute(
                "SELECT device, inode, size, mtime_ns, ctime_ns, read_ns, content FROM files "
                "WHERE path = ?",
                (path_key,),
            ).fetchone()
        if row is None:
            return None
        recorded = FileState(*integers(row[:5]))
        read_ns, content = integers(row[5:])
        if recorded != state or state.ctime_ns >= read_ns - RACY_SLACK_NS:
            return None
        return content

    def content_of(self, digest: str) -> int | None:
        with _damage_checked():
            row = self._db.execute("SELECT id FROM contents WHERE digest = ?", (digest,)).fetchone()
        return None if row is None else integers(row)[0]

    def remember_file(self, path_key: str, state: FileState, read_ns: int, content: int) -> None:
        with _damage_checked(), self._writing():
            self._db.execute(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (path_key, *_state_values(state), read_ns, content),
            )

    def store(self, digest: str, checked: CheckedBank) -> int:
        """Keep what parsing and validating these bytes gave; returns the content's key."""
        bank = checked.bank
        loadable = bank is not None and not any(
            finding.severity is Severity.ERROR for finding in checked.findings
        )
        questions = bank.questions if bank is not None and loadable else ()
        counts = {kind.value: 0 for kind in QuestionType}
        for question in questions:
            counts[question.type.value] += 1
        with _damage_checked(), self._writing():
            known = self._db.execute(
                "SELECT id FROM contents WHERE digest = ?", (digest,)
            ).fetchone()
            if known is not None:  # another process stored the same bytes meanwhile
                return int(known[0])
            content = self._db.execute(
                "INSERT INTO contents (digest, title, language, counts, findings, loadable, "
                "generated, used_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    digest,
                    bank.title if bank is not None else "",
                    bank.language if bank is not None else "",
                    orjson.dumps(counts),
                    orjson.dumps([finding_to_plain(finding) for finding in checked.findings]),
                    int(loadable),
                    int(bank is not None and loadable and bank.generated),
                    time.time_ns(),
                ),
            ).lastrowid
            assert content is not None
            self._db.executemany(
                "INSERT INTO questions VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        content,
                        position,
                        question.id,
                        question.type.value,
                        question.difficulty,
                        checked.question_lines[question.id],
                        question_data(question),
                    )
                    for position, question in enumerate(questions)
                ),
            )
            self._db.executemany(
                "INSERT OR IGNORE INTO tags VALUES (?, ?, ?)",
                (
                    (content, tag, position)
                    for position, question in enumerate(questions)
                    for tag in question.tags
                ),
            )
            self._db.executemany(
                "INSERT OR IGNORE INTO persons VALUES (?, ?)",
                ((content, name) for name in persons_of(questions)),
            )
            self._prune()
        return content

    def _prune(self) -> None:
        """Forget files that are gone, and contents beyond the newest unused ones."""
        paths = [row[0] for row in self._db.execute("SELECT path FROM files").fetchall()]
        gone = [(path,) for path in paths if not os.path.exists(path)]
        self._db.executemany("DELETE FROM files WHERE path = ?", gone)
        unused = self._db.execute(
            "SELECT id FROM contents WHERE id NOT IN (SELECT content FROM files) "
            "ORDER BY used_ns DESC LIMIT -1 OFFSET ?",
            (KEPT_CONTENTS,),
        ).fetchall()
        for table, column in (
            ("questions", "content"),
            ("tags", "content"),
            ("persons", "content"),
            ("contents", "id"),
        ):
            self._db.executemany(f"DELETE FROM {table} WHERE {column} = ?", unused)
        if unused:
            self._db.execute("DELETE FROM clashes")  # their keys name content keys

    # -- reading --------------------------------------------------------------------------

    def content(self, key: int, name: str, path: str) -> Content:
        with _damage_checked():
            row = self._db.execute(
                "SELECT title, language, counts, findings, loadable, generated FROM contents "
                "WHERE id = ?",
                (key,),
            ).fetchone()
            if row is None:
                raise IndexDamaged(f"content {key} is missing")
            title, language = typed(row[0], str), typed(row[1], str)
            counts = orjson.loads(row[2])
            if not isinstance(counts, dict) or not all(type(v) is int for v in counts.values()):
                raise ValueError("counts must be numbers")
            findings = [finding_from_plain(plain) for plain in typed(orjson.loads(row[3]), list)]
            summary = BankSummary(
                name=name,
                title=title,
                language=language,
                counts={QuestionType(kind): count for kind, count in counts.items()},
                path=path,
                generated=bool(row[5]),
            )
            return Content(key, summary, findings, bool(row[4]))

    def bank(self, content: Content) -> tuple[Bank, dict[str, int]]:
        """The whole bank, with each question's line: for callers that need every question."""
        name = content.summary.name
        with _damage_checked():
            rows = self._db.execute(
                "SELECT id, type, difficulty, line, data FROM questions WHERE content = ? "
                "ORDER BY position",
                (content.key,),
            ).fetchall()
            questions = tuple(question_from_row(row, name) for row in rows)
            lines = {question.id: typed(row[3], int) for question, row in zip(questions, rows)}
        summary = content.summary
        bank = Bank(summary.name, summary.title, summary.language, questions, summary.path)
        return bank, lines

    def question(self, content: int, position: int, bank: str) -> Question:
        with _damage_checked():
            row = self._db.execute(
                "SELECT id, type, difficulty, line, data FROM questions "
                "WHERE content = ? AND position = ?",
                (content, position),
            ).fetchone()
            if row is None:
                raise IndexDamaged(f"question {position} of content {content} is missing")
            return question_from_row(row, bank)

    def positions(self, content: int, filters: Filters) -> list[int]:
        """Positions of the content's questions that pass the filters, in file order."""
        where = ["content = ?"]
        values: list[object] = [content]
        for column, wanted in (("type", filters.types), ("difficulty", filters.difficulties)):
            if wanted:
                where.append(f"{column} IN ({', '.join('?' * len(wanted))})")
                values.extend(wanted)
        if filters.tags:
            where.append(
                "position IN (SELECT position FROM tags WHERE content = ? AND tag IN "
                f"({', '.join('?' * len(filters.tags))}))"
            )
            values.extend((content, *filters.tags))
        query = f"SELECT position FROM questions WHERE {' AND '.join(where)} ORDER BY position"
        with _damage_checked():
            return [typed(row[0], int) for row in self._db.execute(query, values).fetchall()]

    def find(
        self, question_ids: Sequence[str], contents: Sequence[int]
    ) -> dict[str, tuple[int, int]]:
        """Where these ids stand among the contents: id -> (content, position)."""
        found: dict[str, tuple[int, int]] = {}
        wanted = list(dict.fromkeys(question_ids))
        in_contents = set(contents)
        with _damage_checked():
            for start in range(0, len(wanted), 500):  # SQLite's limit on parameters
                chunk = wanted[start : start + 500]
                rows = self._db.execute(
                    "SELECT id, content, position FROM questions "
                    f"WHERE id IN ({', '.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
                for question_id, content, position in rows:
                    if content in in_contents:
                        found.setdefault(typed(question_id, str), (content, position))
        return found

    def persons(self, contents: Iterable[int]) -> list[str]:
        """The persons named in the contents' answers, accepted answers and choices."""
        names: dict[str, None] = {}
        with _damage_checked():
            for content in dict.fromkeys(contents):
                rows = self._db.execute(
                    "SELECT name FROM persons WHERE content = ?", (content,)
                ).fetchall()
                names.update((typed(row[0], str), None) for row in rows)
        return list(names)

    def clashes(self, contents: Sequence[int]) -> dict[int, list[Clash]]:
        """For each content (by position in the list) that repeats a question id of one
        before it: the repeated ids. A content that clashes adds none of its own ids, as if
        it were not there; the answer is kept for the same list of contents."""
        if len(contents) < 2:
            return {}
        key = ",".join(map(str, contents))
        with _damage_checked():
            row = self._db.execute("SELECT found FROM clashes WHERE key = ?", (key,)).fetchone()
            if row is not None:
                return _clashes_from_plain(orjson.loads(row[0]), len(contents))
            found = self._find_clashes(contents)
            try:
                with self._writing():
                    self._db.execute(
                        "INSERT OR REPLACE INTO clashes VALUES (?, ?)",
                        (key, orjson.dumps(_clashes_to_plain(found))),
                    )
            except sqlite3.OperationalError:
                pass  # not kept: found again next time
        return found

    def _find_clashes(self, contents: Sequence[int]) -> dict[int, list[Clash]]:
        accepted: list[int] = []  # positions in ``contents``
        found: dict[int, list[Clash]] = {}
        for place, content in enumerate(contents):
            if accepted:
                earlier = {contents[other]: other for other in reversed(accepted)}
                marks = ", ".join("?" * len(earlier))
                rows = self._db.execute(
                    "SELECT q.id, q.line, o.content, o.line FROM questions q "
                    f"JOIN questions o ON o.id = q.id AND o.content IN ({marks}) "
                    "WHERE q.content = ? ORDER BY q.position",
                    (*earlier, content),
                ).fetchall()
                clashes: dict[str, Clash] = {}
                for question_id, line, other, other_line in rows:
                    clashes.setdefault(
                        question_id, Clash(question_id, line, earlier[other], other_line)
                    )
                if clashes:
                    found[place] = list(clashes.values())
                    continue
            accepted.append(place)
        return found

    # -- inside ---------------------------------------------------------------------------

    def _writing(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on failure): one writer at a time, from the start,
    so that a check made inside holds until the commit."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self._outer = False

    def __enter__(self) -> None:
        self._outer = not self._db.in_transaction
        if self._outer:
            self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        if not self._outer:
            return
        if kind is None:
            self._db.execute("COMMIT")
        elif self._db.in_transaction:
            self._db.execute("ROLLBACK")


class _damage_checked:
    """Turns what only a damaged file can cause into IndexDamaged; a locked or read-only
    file (``OperationalError``) is not damage and passes through."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, value: object, traceback: object) -> None:
        if kind is None or issubclass(kind, (IndexDamaged, sqlite3.OperationalError)):
            return
        if issubclass(kind, (sqlite3.DatabaseError, ValueError, TypeError, LookupError)):
            raise IndexDamaged(f"{kind.__name__}: {value}") from value  # type: ignore[misc]


# -- rows ---------------------------------------------------------------------------------


def _state_values(state: FileState) -> tuple[int, ...]:
    return tuple(getattr(state, field.name) for field in fields(FileState))


def _clashes_to_plain(found: dict[int, list[Clash]]) -> list[Any]:
    return [
        [place, [[c.question_id, c.line, c.other, c.other_line] for c in clashes]]
        for place, clashes in found.items()
    ]


def _clashes_from_plain(plain: object, count: int) -> dict[int, list[Clash]]:
    found: dict[int, list[Clash]] = {}
    for place, clashes in typed(plain, list):
        if not 0 <= typed(place, int) < count:
            raise ValueError("clash of a bank that is not there")
        found[place] = [
            Clash(typed(qid, str), typed(line, int), typed(other, int), typed(other_line, int))
            for qid, line, other, other_line in clashes
        ]
    return found
