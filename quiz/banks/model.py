"""The question-bank data model shared by loader, generator, session and UI.

Plain frozen dataclasses: no YAML, no Textual. Field names follow the bank format
(see ``schema.json``), because other tools read the same names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class QuestionType(StrEnum):
    FILL_IN = "fill_in"
    MULTIPLE_CHOICE = "multiple_choice"
    TRUE_FALSE = "true_false"


@dataclass(frozen=True, slots=True)
class Source:
    """Where a generated question comes from: a synopsis file and its line (1-based)."""

    file: str
    line: int


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    type: QuestionType
    prompt: str
    answer: str
    accept: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    difficulty: int | None = None
    time_limit: float | None = None
    # Numbers: a typed number this far from the answer still counts (fill-in only).
    tolerance: float | None = None
    explanation: str | None = None
    source: Source | None = None
    # The bank (file stem) the question was loaded from; set by the loader.
    bank: str = ""


@dataclass(frozen=True, slots=True)
class Bank:
    """One ``.yaml`` file of questions. ``name`` is the file stem."""

    name: str
    title: str
    language: str
    questions: tuple[Question, ...]
    path: str = ""

    @property
    def generated(self) -> bool:
        """Written by ``quiz generate``: every question names the synopsis line it came from."""
        return bool(self.questions) and all(q.source is not None for q in self.questions)

    def count_by_type(self) -> dict[QuestionType, int]:
        counts = dict.fromkeys(QuestionType, 0)
        for question in self.questions:
            counts[question.type] += 1
        return counts


@dataclass(frozen=True, slots=True)
class BankSummary:
    """What menus and ``quiz validate`` show of a bank, without its questions."""

    name: str
    title: str
    language: str
    counts: dict[QuestionType, int]
    path: str = ""
    generated: bool = False  # see Bank.generated

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count_by_type(self) -> dict[QuestionType, int]:
        return {kind: self.counts.get(kind, 0) for kind in QuestionType}


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding of the validator, ready to print on one line.

    ``message`` is already translated and says what to do.
    """

    severity: Severity
    file: str
    message: str
    line: int | None = None
    column: int | None = None
    question_id: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        qid = f" [{self.question_id}]" if self.question_id else ""
        # The compiler format (file:line:col: error: ...) stays English in every language:
        # editors and CI tools parse exactly these words; the message itself is translated.
        return f"{where}: {self.severity.value}{qid}: {self.message}"


class ProblemsByKind:
    """``errors`` and ``warnings`` of whatever lists ``problems``."""

    __slots__ = ()
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]


@dataclass(slots=True)
class LoadReport(ProblemsByKind):
    """What loading a folder of banks gave: the good banks and every problem found."""

    banks: list[Bank] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Said once, not tied to a bank (e.g. a damaged bank index that was rebuilt).
    notices: list[str] = field(default_factory=list)
