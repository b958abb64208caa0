"""Write files so that a crash leaves either the old file or the new one, never half of either.

The one place that replaces files (the score store, the bank cache and the generator use it):
- the new file keeps the old one's permission bits and, where the owner may set it, its
  group: a table shared as 0644 or 0664 stays readable by the others after a save (a plain
  ``mkstemp`` copy would be 0600). A file that did not exist gets the usual 0666 minus
  the umask, as ``open()`` would have made it;
- a writer holds an advisory lock (``flock``) on its temporary file until the rename, and
  the kernel drops it when the writer dies, even by SIGKILL. After each write, temporary
  files of the same target that nobody holds any more and that are older than
  ``STALE_AFTER_S`` are removed: the remains of killed writers, never a live one's copy,
  never a file of another name.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no flock; stale copies are then judged by age alone
    fcntl = None  # type: ignore[assignment]

# A live writer is done in seconds; an hour-old copy nobody holds is a dead writer's.
STALE_AFTER_S = 3600.0
_SUFFIX = ".tmp"
# Read, write and execute for owner, group and others; never set-id bits on a copy.
_PERMISSIONS = 0o777
# mkstemp's random part: eight characters of letters, digits and underscores.
_RANDOM_PART = r"[A-Za-z0-9_]{8}"


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, flush and fsync it, then rename it over."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=_prefix(path), suffix=_SUFFIX, dir=path.parent)
    try:
        _hold(descriptor)
        _copy_permissions(descriptor, path)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            if fcntl is not None:
                # Renamed while still open: the lock covers the copy until it is the file.
                os.replace(temporary, path)
        if fcntl is None:
            os.replace(temporary, path)  # Windows renames no open file
    except BaseException:
        # The rename did not happen: the old file is untouched; drop the partial copy.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    _fsync_directory(path.parent)
    remove_stale_copies(path)


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def remove_stale_copies(path: Path, *, older_than_s: float = STALE_AFTER_S) -> list[Path]:
    """Remove the temporary copies of ``path`` that dead writers left behind; return them.

    Only names this module makes for ``path`` (``.<name>.<8 random>.tmp``), only regular
    files last changed more than ``older_than_s`` ago, and only those whose lock can be
    taken (a live writer holds its own). Anything that cannot be removed is left alone.
    """
    path = Path(path)
    pattern = re.compile(re.escape(_prefix(path)) + _RANDOM_PART + re.escape(_SUFFIX))
    removed: list[Path] = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    deadline = time.time() - older_than_s
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        with contextlib.suppress(OSError):
            if _remove_if_abandoned(Path(entry.path), deadline):
                removed.append(Path(entry.path))
    return removed


def _remove_if_abandoned(candidate: Path, deadline: float) -> bool:
    # Opened without following a link, so that a planted symlink cannot aim the unlink.
    descriptor = os.open(candidate, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode) or status.st_mtime > deadline:
            return False
        if fcntl is not None:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False  # a live writer holds it
        # Still the file we looked at (not renamed into place and replaced meanwhile)?
        if os.stat(candidate, follow_symlinks=False).st_ino != status.st_ino:
            return False
        os.unlink(candidate)
        return True
    finally:
        os.close(descriptor)


def _prefix(path: Path) -> str:
    return f".{path.name}."


def _hold(descriptor: int) -> None:
    if fcntl is not None:
        with contextlib.suppress(OSError):  # a file system without locks: age still guards
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _copy_permissions(descriptor: int, path: Path) -> None:
    """Give the new copy the mode (and group) of the file it replaces."""
    try:
        old = os.stat(path)
    except FileNotFoundError:
        os.fchmod(descriptor, 0o666 & ~_UMASK)
        return
    except OSError:
        return  # cannot look: mkstemp's private mode is the safe side
    os.fchmod(descriptor, old.st_mode & _PERMISSIONS)
    if hasattr(os, "fchown") and old.st_gid != os.fstat(descriptor).st_gid:
        # Allowed when we are in that group; else the copy keeps our group, which
        # beats failing the save.
        with contextlib.suppress(OSError):
            os.fchown(descriptor, -1, old.st_gid)


def _read_umask() -> int:
    # The only portable way to read it is to set it and set it straight back: done once,
    # at import, before the app starts threads that could create files in between.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where directories cannot be opened."""
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
