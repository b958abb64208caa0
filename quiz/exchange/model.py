"""What importers and exporters hand back: questions or bytes, and one notice per case that
could not be carried over. No Textual, no network, no files: the CLI reads and writes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from quiz.banks.model import Bank, Question
from quiz.errors import QuizError
from quiz.i18n import t


@dataclass(frozen=True, slots=True)
class Notice:
    """One question (or one line) that was skipped or changed, and why."""

    key: str  # catalogue key of the reason
    values: dict[str, str | int] = field(default_factory=dict)
    line: int | None = None  # importing: the line of the input
    question_id: str | None = None  # exporting: the question of the bank

    def shown(self, file: str) -> str:
        """``file:line: message`` or ``file [id]: message``, as ``quiz validate`` writes."""
        where = f"{file}:{self.line}" if self.line is not None else file
        if self.question_id:
            where += f" [{self.question_id}]"
        return f"{where}: {t(self.key, **self.values)}"


@dataclass(slots=True)
class Imported:
    """Questions read from a foreign file; ids, type and fields as in our bank format."""

    questions: list[Question]
    notices: list[Notice]
    title: str = ""
    language: str | None = None  # None: the format does not say


@dataclass(slots=True)
class Exported:
    data: bytes
    notices: list[Notice]  # one a question left out
    written: int  # questions in the file
    # What the format cannot hold, for questions that were written all the same: one line
    # for the whole export ("12 questions lost their tags"), not one a question.
    losses: list[Notice] = field(default_factory=list)


def lost_fields(questions: Iterable[Question], fields: Sequence[str]) -> list[Notice]:
    """One notice per field of ``fields`` (tags, difficulty, explanation) that some of the
    written ``questions`` have and the format drops, with how many had it."""
    questions, notices = list(questions), []  # counted once per field
    for name in fields:
        count = sum(1 for question in questions if getattr(question, name))
        if count:
            notices.append(Notice(f"exchange.export.lost.{name}", {"count": count}))
    return notices


class InputError(QuizError):
    """The whole file cannot be read (too large, binary, wrong encoding, broken syntax)."""


class Importer(Protocol):
    name: str
    suffixes: tuple[str, ...]  # recognised file endings, lower case, with the dot

    def looks_like(self, text: str) -> bool:
        """For an ending two formats share (.txt): does the text look like this format?"""
        ...

    def read(self, text: str, stem: str) -> Imported:
        """``stem`` names the bank the questions go to (ids without a title start with it)."""
        ...


class Exporter(Protocol):
    name: str
    suffix: str

    def write(self, banks: list[Bank]) -> Exported: ...
