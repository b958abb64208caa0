"""Findings: problems as message keys and values, translated only when shown.

Keeping the key instead of the text lets the bank index store findings once and show them in
whatever language the player chose later.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quiz.banks.model import Problem, Severity
from quiz.i18n import t


@dataclass(frozen=True, slots=True)
class Finding:
    severity: Severity
    key: str
    values: dict[str, str | int] = field(default_factory=dict)
    line: int | None = None
    column: int | None = None
    question_id: str | None = None

    def to_problem(self, file: str) -> Problem:
        return Problem(
            severity=self.severity,
            file=file,
            message=t(self.key, **self.values),
            line=self.line,
            column=self.column,
            question_id=self.question_id,
        )


class FindingError(Exception):
    """A problem that stops reading a file (the finding says what and where)."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.key)
        self.finding = finding


def error(
    key: str,
    line: int | None = None,
    column: int | None = None,
    *,
    question_id: str | None = None,
    **values: str | int,
) -> Finding:
    return Finding(Severity.ERROR, key, values, line, column, question_id)


def warning(
    key: str,
    line: int | None = None,
    column: int | None = None,
    *,
    question_id: str | None = None,
    **values: str | int,
) -> Finding:
    return Finding(Severity.WARNING, key, values, line, column, question_id)
