"""A cache of parsed, validated banks, so that a game starts without parsing YAML again.

Rule: an entry is served only when the bank's bytes hash (BLAKE2b) to the digest stored in
it. Size and modification time are not trusted on their own: a same-size edit within the
file system's timestamp granularity, or a copy that keeps the old mtime, would serve a stale
bank. Hashing 4 MB costs a few milliseconds, far less than parsing it.

Entries are plain JSON (orjson), never pickle: anyone who can write the cache folder must
not be able to run code. An entry that is damaged, of another format version or of another
file is ignored and rewritten; every value read back is type-checked. Writing is atomic, and
a cache folder that cannot be written just means no cache. Only banks without errors are
stored, with their warnings (as message keys, translated when shown).
"""

from __future__ import annotations

import hashlib
import string
from pathlib import Path
from typing import TypeVar

import orjson

from quiz import __version__, atomic, locations
from quiz.banks.findings import Finding
from quiz.banks.model import Bank, Question, QuestionType, Severity, Source
from quiz.banks.validation import CheckedBank
from quiz.i18n import catalogue

# Bump when the entry layout or the validation rules change: old entries are then rebuilt.
CACHE_FORMAT = 2  # 2: true/false questions and number tolerances

# A JSON object as written, or as read back before its values are checked.
Plain = dict[str, object]
_T = TypeVar("_T")


def content_digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=32).hexdigest()


def entry_path(resolved: Path) -> Path:
    name = hashlib.blake2b(str(resolved).encode("utf-8", "surrogateescape"), digest_size=16)
    return locations.cache_dir() / "banks" / f"{name.hexdigest()}.json"


def cached_bank(resolved: Path, digest: str, name: str) -> CheckedBank | None:
    """The cached result for exactly these bytes, or None (missing, stale or damaged)."""
    try:
        plain = _object(orjson.loads(entry_path(resolved).read_bytes()))
        if (
            plain["format"] != CACHE_FORMAT
            or plain["quiz"] != __version__
            or plain["path"] != str(resolved)
            or plain["digest"] != digest
        ):
            return None
        return _checked_from_plain(plain, name)
    except (OSError, ValueError, TypeError, LookupError, AttributeError):
        return None


def store_bank(resolved: Path, digest: str, checked: CheckedBank) -> None:
    if checked.bank is None or any(f.severity is Severity.ERROR for f in checked.findings):
        return
    bank = checked.bank
    plain: Plain = {
        "format": CACHE_FORMAT,
        "quiz": __version__,
        "path": str(resolved),
        "digest": digest,
        "title": bank.title,
        "language": bank.language,
        "questions": [_question_to_plain(q) for q in bank.questions],
        "question_lines": [checked.question_lines[q.id] for q in bank.questions],
        "warnings": [_finding_to_plain(finding) for finding in checked.findings],
    }
    try:
        atomic.write_bytes_atomic(entry_path(resolved), orjson.dumps(plain))
    except OSError:
        pass  # read-only or full cache folder: the game works without a cache


def _question_to_plain(question: Question) -> Plain:
    source = question.source
    return {
        "id": question.id,
        "type": question.type.value,
        "prompt": question.prompt,
        "answer": question.answer,
        "accept": question.accept,
        "choices": question.choices,
        "tags": question.tags,
        "difficulty": question.difficulty,
        "time_limit": question.time_limit,
        "tolerance": question.tolerance,
        "explanation": question.explanation,
        "source": [source.file, source.line] if source else None,
    }


def _checked_from_plain(plain: Plain, name: str) -> CheckedBank:
    questions = tuple(_question_from_plain(_object(q), name) for q in _list(plain["questions"]))
    lines = [_typed(line, int) for line in _list(plain["question_lines"])]
    if len(lines) != len(questions):
        raise ValueError("question lines do not match the questions")
    bank = Bank(
        name=name,
        title=_typed(plain["title"], str),
        language=_typed(plain["language"], str),
        questions=questions,
    )
    findings = [_finding_from_plain(_object(f)) for f in _list(plain["warnings"])]
    if any(f.severity is not Severity.WARNING for f in findings):
        raise ValueError("only warnings are cached")
    return CheckedBank(bank, findings, {q.id: line for q, line in zip(questions, lines)})


def _question_from_plain(plain: Plain, bank: str) -> Question:
    return Question(
        id=_typed(plain["id"], str),
        type=QuestionType(_typed(plain["type"], str)),
        prompt=_typed(plain["prompt"], str),
        answer=_typed(plain["answer"], str),
        accept=_texts(plain["accept"]),
        choices=_texts(plain["choices"]),
        tags=_texts(plain["tags"]),
        difficulty=_optional(plain["difficulty"], int),
        time_limit=_optional_number(plain["time_limit"]),
        tolerance=_optional_number(plain["tolerance"]),
        explanation=_optional(plain["explanation"], str),
        source=_source_from_plain(plain["source"]),
        bank=bank,
    )


def _source_from_plain(plain: object) -> Source | None:
    if plain is None:
        return None
    file, line = _list(plain)
    return Source(_typed(file, str), _typed(line, int))


def _finding_to_plain(finding: Finding) -> Plain:
    return {
        "severity": finding.severity.value,
        "key": finding.key,
        "values": finding.values,
        "line": finding.line,
        "column": finding.column,
        "question_id": finding.question_id,
    }


def _finding_from_plain(plain: Plain) -> Finding:
    key = _typed(plain["key"], str)
    values = {name: _text_or_number(value) for name, value in _object(plain["values"]).items()}
    # An entry written by another version may name a message that no longer exists.
    if key not in catalogue():
        raise ValueError(f"unknown message key {key!r}")
    if set(values) != _placeholders(catalogue()[key]["en"]):
        raise ValueError(f"message values do not fit {key!r}")
    return Finding(
        severity=Severity(_typed(plain["severity"], str)),
        key=key,
        values=values,
        line=_optional(plain["line"], int),
        column=_optional(plain["column"], int),
        question_id=_optional(plain["question_id"], str),
    )


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# Checks of values read back: each returns the value as its type or raises ValueError.
# type() rather than isinstance(), so that true is no number and a subclass is refused.


def _typed(value: object, kind: type[_T]) -> _T:
    if type(value) is kind:
        return value
    raise ValueError(f"expected {kind.__name__}, got {type(value).__name__}")


def _optional(value: object, kind: type[_T]) -> _T | None:
    return None if value is None else _typed(value, kind)


def _optional_number(value: object) -> float | None:
    if value is None:
        return None
    if type(value) is int or type(value) is float:
        return float(value)
    raise ValueError("time_limit must be a number")


def _text_or_number(value: object) -> str | int:
    if type(value) is str or type(value) is int:
        return value
    raise ValueError("message values must be text or numbers")


def _texts(values: object) -> tuple[str, ...]:
    return tuple(_typed(value, str) for value in _list(values))


def _list(value: object) -> list[object]:
    if type(value) is list:
        return value
    raise ValueError(f"expected a list, got {type(value).__name__}")


def _object(value: object) -> Plain:
    if type(value) is dict:  # JSON object keys are always text
        return value
    raise ValueError(f"expected an object, got {type(value).__name__}")
