"""A TinyDB storage that is fast at 100,000 sessions and never leaves half a file.

- orjson instead of the standard library's json: faster to parse, much faster to write.
- The cyclic garbage collector is paused while parsing (``collector_paused``; the store
  pauses it for a whole save or table too): a big score file is hundreds of thousands of
  fresh dicts and lists without a single cycle, and the collector would scan them again
  and again for nothing (with it running, parsing takes nearly twice as long). Textual pauses it
  the same way while scrolling.
- Writes go through ``quiz.atomic`` (temporary file, fsync, rename): a reader, or a crash,
  sees the old file or the new one.
- What was parsed is kept while the file on disk is the same one (same inode, size and
  modification time), so a game that shows the table, saves and shows the rank parses the
  file once. Another process's save renames a new file into place, which changes the inode.
- A file that is not what this storage writes raises ``DamagedStoreError``; deciding what to
  do about it (move it aside) is the store's business, under its lock.

``ScoreDatabase`` is TinyDB with this storage's companion table, whose ``append`` adds a
document without TinyDB's per-insert rewrite of every id.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, TypeGuard

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from quiz.atomic import write_bytes_atomic
from quiz.collector import collector_paused

Tables = dict[str, dict[str, dict[str, Any]]]


class DamagedStoreError(Exception):
    """The file is there but is not a TinyDB file: truncated, garbage, not UTF-8, wrong shape."""


class OrjsonStorage(Storage):
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._identity: tuple[int, ...] | None = None
        self._tables: Tables | None = None

    def read(self) -> Tables | None:
        """The file's tables, None when there is no file yet (or an empty one)."""
        try:
            handle = open(self.path, "rb")  # noqa: SIM115 -- closed by the with below
        except FileNotFoundError:
            self._forget()
            return None
        with handle:
            identity = _identity(os.fstat(handle.fileno()))
            if identity != self._identity:
                self._tables = parse(handle.read())
                self._identity = identity
        return self._tables

    def write(self, data: Tables) -> None:
        try:
            write_bytes_atomic(self.path, orjson.dumps(data))
            self._identity = _identity(os.stat(self.path))
        except BaseException:
            # The table changed the cached tables in place before writing: they are not the file's.
            self._forget()
            raise
        self._tables = data

    def close(self) -> None:
        self._forget()

    def _forget(self) -> None:
        self._identity = None
        self._tables = None


class SessionTable(Table):
    """TinyDB's table, plus an insert that costs one read and one write, nothing more.

    ``Table.insert`` turns every stored id into an int and back on each insert (two passes
    over all documents, a third of a save at 100,000 sessions). Session ids are chosen by
    the store under its lock, so the new document is simply added to the stored tables.
    """

    def append(self, doc_id: int, document: dict[str, Any]) -> None:
        self.append_all({doc_id: document})

    def append_all(self, documents: dict[int, dict[str, Any]]) -> None:
        """Add documents under new ids in one write of the file."""
        tables = self.storage.read() or {}
        table = tables.setdefault(self.name, {})
        taken = [doc_id for doc_id in documents if str(doc_id) in table]
        if taken:
            raise ValueError(f"session {taken[0]} is already stored")
        table.update((str(doc_id), document) for doc_id, document in documents.items())
        self.storage.write(tables)
        self.clear_cache()


class ScoreDatabase(TinyDB):
    table_class = SessionTable


def parse(data: bytes) -> Tables | None:
    if not data:
        return None  # an empty file (e.g. made by `touch`) is an empty store
    try:
        with collector_paused():
            tables = orjson.loads(data)
    except orjson.JSONDecodeError as error:  # also raised for bytes that are not UTF-8
        raise DamagedStoreError(str(error)) from error
    if not _is_tinydb_shape(tables):
        raise DamagedStoreError("not a TinyDB file: tables of numbered documents expected")
    return tables


def _is_tinydb_shape(tables: object) -> TypeGuard[Tables]:
    """``{table: {"<number>": {document}}}``, which TinyDB needs to work on the data."""
    if type(tables) is not dict:
        return False
    return all(
        type(table) is dict
        # every id a number: no empty id, and all ids glued together are digits only
        and (not table or ("" not in table and "".join(table).isdecimal()))
        and set(map(type, table.values())) <= {dict}
        for table in tables.values()
    )


def _identity(stat: os.stat_result) -> tuple[int, ...]:
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)
