"""Imported questions as a YAML bank: rendered, validated like any bank, then written.

The file is checked by the same validator the game uses before it is written, so an
import never leaves a bank the game would refuse; an existing file is only replaced with
``force`` (it may be a bank someone edited by hand).
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

from quiz.atomic import write_text_atomic
from quiz.banks.format import MAX_FILE_BYTES, SCHEMA_COMMENT
from quiz.banks.model import Question, QuestionType, Severity
from quiz.banks.validation import check_bank
from quiz.banks.yamlread import parse_marked
from quiz.banks.yamlwrite import flow, quoted
from quiz.exchange.model import Imported, InputError
from quiz.i18n import t


def render(imported: Imported, language: str) -> str:
    lines = [
        SCHEMA_COMMENT,
        f"title: {quoted(imported.title)}",
        f"language: {language}",
        "questions:",
    ]
    for question in imported.questions:
        lines.extend(_question_lines(question))
    return "\n".join(lines) + "\n"


def render_parts(imported: Imported, language: str) -> list[str]:
    """The bank as one file, or as several banks when one file would pass the loader's size
    limit (which stays for hand-edited banks): parts of equal size, each under the limit,
    ids unchanged, titled "(1/3)" and so on. A game draws from them all through the index."""
    whole = render(imported, language)
    size = len(whole.encode("utf-8"))
    if size <= MAX_FILE_BYTES:
        return [whole]
    count = math.ceil(size / (MAX_FILE_BYTES * 0.9))
    while True:
        per_part = math.ceil(len(imported.questions) / count)
        parts = [
            render(
                replace(
                    imported,
                    questions=imported.questions[start : start + per_part],
                    title=f"{imported.title} ({number}/{count})",
                ),
                language,
            )
            for number, start in enumerate(range(0, len(imported.questions), per_part), 1)
        ]
        if all(len(part.encode("utf-8")) <= MAX_FILE_BYTES for part in parts) or per_part == 1:
            return parts
        count += 1


def part_targets(target: Path, count: int) -> list[Path]:
    """Where the parts go: ``target`` itself, or ``<stem>-1.yaml``, ``<stem>-2.yaml`` ..."""
    if count == 1:
        return [target]
    return [
        target.with_name(f"{target.stem}-{number}{target.suffix}") for number in range(1, count + 1)
    ]


def _question_lines(question: Question) -> list[str]:
    out = [
        f"  - id: {quoted(question.id)}",
        f"    type: {question.type.value}",
        f"    prompt: {quoted(question.prompt)}",
    ]
    if question.type is QuestionType.TRUE_FALSE:
        out.append(f"    answer: {question.answer}")  # a truth value, not text
    else:
        out.append(f"    answer: {quoted(question.answer)}")
    if question.accept:
        out.append(f"    accept: {flow(question.accept)}")
    if question.choices:
        out.append(f"    choices: {flow(question.choices)}")
    if question.tolerance is not None:
        out.append(f"    tolerance: {_number(question.tolerance)}")
    if question.tags:
        out.append(f"    tags: {flow(question.tags)}")
    if question.difficulty is not None:
        out.append(f"    difficulty: {question.difficulty}")
    if question.time_limit is not None:
        out.append(f"    time_limit: {_number(question.time_limit)}")
    if question.explanation:
        out.append(f"    explanation: {quoted(question.explanation)}")
    return out


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def check_rendered(text: str, target: Path, shown: str) -> None:
    """Refuse to write what the game would not load (a bug of an importer, not of the input)."""
    root, findings = parse_marked(text)
    checked = check_bank(root, target.stem, shown)
    errors = [f for f in [*findings, *checked.findings] if f.severity is Severity.ERROR]
    if errors or checked.bank is None:
        first = errors[0].to_problem(shown) if errors else shown
        raise InputError(t("exchange.import.invalid_result", problem=str(first)))


def write_bank(text: str, target: Path, shown: str, *, force: bool) -> None:
    if target.exists() and not force:
        raise InputError(t("exchange.output.exists", path=shown))
    try:
        write_text_atomic(target, text)
    except OSError as failure:
        raise InputError(
            t("exchange.output.unwritable", path=shown, reason=failure.strerror or failure)
        )
