"""How the bank index keeps values: plain JSON (orjson) and columns, never pickle, and every
value type-checked when read back, so that a damaged or planted row is found (and the index
rebuilt) instead of reaching the game.

A field added to ``Question`` must be added here (``STORED_FIELDS``; a test compares them),
or a warm start would lose it.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from typing import Any

import orjson

from quiz.banks.findings import Finding
from quiz.banks.model import Question, QuestionType, Severity, Source
from quiz.i18n import catalogue
from quiz.text.names import looks_like_name

STORED_FIELDS = (
    "id",
    "type",
    "prompt",
    "answer",
    "accept",
    "choices",
    "tags",
    "difficulty",
    "time_limit",
    "tolerance",
    "explanation",
    "source",
    "bank",
)


def persons_of(questions: Iterable[Question]) -> dict[str, None]:
    return dict.fromkeys(
        text
        for question in questions
        for text in (question.answer, *question.accept, *question.choices)
        if looks_like_name(text)
    )


def question_data(question: Question) -> bytes:
    source = question.source
    return orjson.dumps(
        [
            question.prompt,
            question.answer,
            question.accept,
            question.choices,
            question.tags,
            question.time_limit,
            question.explanation,
            [source.file, source.line] if source else None,
            question.tolerance,
        ]
    )


def question_from_row(row: tuple[Any, ...], bank: str) -> Question:
    question_id, kind, difficulty, _line, data = row
    prompt, answer, accept, choices, tags, time_limit, explanation, source, tolerance = (
        orjson.loads(data)
    )
    return Question(
        id=typed(question_id, str),
        type=QuestionType(kind),
        prompt=typed(prompt, str),
        answer=typed(answer, str),
        accept=texts(accept),
        choices=texts(choices),
        tags=texts(tags),
        difficulty=typed(difficulty, int, optional=True),
        time_limit=_number(time_limit),
        tolerance=_number(tolerance),
        explanation=typed(explanation, str, optional=True),
        source=Source(typed(source[0], str), typed(source[1], int)) if source else None,
        bank=bank,
    )


def _number(value: object) -> float | None:
    """An optional number: int or float (true is no number), kept as a float."""
    if value is None:
        return None
    if type(value) is int or type(value) is float:
        return float(value)
    raise ValueError(f"expected a number, got {type(value).__name__}")


def finding_to_plain(finding: Finding) -> dict[str, Any]:
    return {
        "severity": finding.severity.value,
        "key": finding.key,
        "values": finding.values,
        "line": finding.line,
        "column": finding.column,
        "question_id": finding.question_id,
    }


def finding_from_plain(plain: dict[str, Any]) -> Finding:
    key, values = plain["key"], plain["values"]
    if key not in catalogue():
        raise ValueError(f"unknown message key {key!r}")
    if not isinstance(values, dict) or not all(type(v) in (str, int) for v in values.values()):
        raise ValueError("message values must be text or numbers")
    if set(values) != _placeholders(catalogue()[key]["en"]):
        raise ValueError(f"message values do not fit {key!r}")
    return Finding(
        severity=Severity(plain["severity"]),
        key=key,
        values=values,
        line=typed(plain["line"], int, optional=True),
        column=typed(plain["column"], int, optional=True),
        question_id=typed(plain["question_id"], str, optional=True),
    )


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def texts(values: object) -> tuple[str, ...]:
    if not isinstance(values, list) or not all(type(v) is str for v in values):
        raise ValueError("expected a list of text")
    return tuple(values)


def integers(values: Iterable[object]) -> tuple[int, ...]:
    return tuple(typed(value, int) for value in values)


def typed(value: Any, kind: type, *, optional: bool = False) -> Any:
    if (optional and value is None) or type(value) is kind:
        return value
    raise ValueError(f"expected {kind.__name__}, got {type(value).__name__}")
