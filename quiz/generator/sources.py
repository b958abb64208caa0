"""Read synopsis files: one episode per line, UTF-8. Bad input stops everything with one clear
line (file, line, what to do) before anything is written."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from quiz.errors import QuizError
from quiz.i18n import t

SUFFIX = ".txt"
LONGEST_LINE = 5_000
# C0 controls other than tab, and C1 controls: a sign of a binary file, and text YAML can't carry.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class Synopsis:
    path: Path
    shown: str  # the path as the source field and messages show it (POSIX)
    lines: tuple[str, ...]  # line i is episode i + 1

    @property
    def stem(self) -> str:
        return self.path.stem


def shown_path(path: Path) -> str:
    """Relative to the working folder when inside it, as given otherwise; always POSIX."""
    if path.is_absolute():
        try:
            return path.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return path.as_posix()
    return path.as_posix()


def collect(paths: Iterable[Path]) -> list[Path]:
    """The .txt files named, or inside the folders named, sorted within each folder."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.iterdir()
                if p.suffix == SUFFIX and p.is_file() and not p.name.startswith(".")
            )
            if not found:
                raise QuizError(t("generator.error.no_sources", path=shown_path(path)))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise QuizError(t("generator.error.missing", path=shown_path(path)))
    return list(dict.fromkeys(files))


def read_synopsis(path: Path) -> Synopsis:
    shown = shown_path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise QuizError(
            t("generator.error.unreadable", path=shown, reason=error.strerror or error)
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad_line = data[: error.start].count(b"\n") + 1
        raise QuizError(t("generator.error.encoding", path=shown, line=bad_line)) from None
    lines = text.replace("\r\n", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        raise QuizError(t("generator.error.empty", path=shown))
    for number, line in enumerate(lines, 1):
        if _CONTROL.search(line):
            raise QuizError(t("generator.error.binary", path=shown, line=number))
        if len(line) > LONGEST_LINE:
            raise QuizError(
                t(
                    "generator.error.long_line",
                    path=shown,
                    line=number,
                    length=len(line),
                    limit=LONGEST_LINE,
                )
            )
    return Synopsis(path, shown, tuple(lines))
