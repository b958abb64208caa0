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

import orjson

from quiz import __version__, atomic, locations
from quiz.banks.findings import Finding
from quiz.banks.model import Bank, Question, QuestionType, Severity, Source
from quiz.banks.validation import CheckedBank
from quiz.i18n import catalogue

# Bump when the entry layout or the validation rules change: old entries are then rebuilt.
CACHE_FORMAT = 2  # 2: true/false questions and number tolerances


def content_digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=32).hexdigest()


def entry_path(resolved: Path) -> Path:
    name = hashlib.blake2b(str(resolved).encode("utf-8", "surrogateescape"), digest_size=16)
    return locations.cache_dir() / "banks" / f"{name.hexdigest()}.json"


def cached_bank(resolved: Path, digest: str, name: str) -> CheckedBank | None:
    """The cached result for exactly these bytes, or None (missing, stale or damaged)."""
    try:
        plain = orjson.loads(entry_path(resolved).read_bytes())
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
    plain = {
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


def _question_to_plain(question: Question) -> dict:
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


def _checked_from_plain(plain: dict, name: str) -> CheckedBank:
    questions = tuple(_question_from_plain(q, name) for q in plain["questions"])
    lines = plain["question_lines"]
    if len(lines) != len(questions) or not all(type(line) is int for line in lines):
        raise ValueError("question lines do not match the questions")
    bank = Bank(
        name=name,
        title=_typed(plain["title"], str),
        language=_typed(plain["language"], str),
        questions=questions,
    )
    findings = [_finding_from_plain(f) for f in plain["warnings"]]
    if any(f.severity is not Severity.WARNING for f in findings):
        raise ValueError("only warnings are cached")
    return CheckedBank(bank, findings, {q.id: line for q, line in zip(questions, lines)})


def _question_from_plain(plain: dict, bank: str) -> Question:
    source = plain["source"]
    time_limit = _number(plain["time_limit"])
    tolerance = _number(plain["tolerance"])
    return Question(
        id=_typed(plain["id"], str),
        type=QuestionType(plain["type"]),
        prompt=_typed(plain["prompt"], str),
        answer=_typed(plain["answer"], str),
        accept=_texts(plain["accept"]),
        choices=_texts(plain["choices"]),
        tags=_texts(plain["tags"]),
        difficulty=_typed(plain["difficulty"], int, optional=True),
        time_limit=time_limit,
        tolerance=tolerance,
        explanation=_typed(plain["explanation"], str, optional=True),
        source=Source(_typed(source[0], str), _typed(source[1], int)) if source else None,
        bank=bank,
    )


def _number(value: object) -> float | None:
    if value is not None and type(value) not in (int, float):
        raise ValueError("a number was expected")
    return float(value) if value is not None else None  # type: ignore[arg-type]


def _finding_to_plain(finding: Finding) -> dict:
    return {
        "severity": finding.severity.value,
        "key": finding.key,
        "values": finding.values,
        "line": finding.line,
        "column": finding.column,
        "question_id": finding.question_id,
    }


def _finding_from_plain(plain: dict) -> Finding:
    key, values = plain["key"], plain["values"]
    # An entry written by another version may name a message that no longer exists.
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
        line=_typed(plain["line"], int, optional=True),
        column=_typed(plain["column"], int, optional=True),
        question_id=_typed(plain["question_id"], str, optional=True),
    )


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _texts(values: list) -> tuple[str, ...]:
    if not isinstance(values, list) or not all(type(v) is str for v in values):
        raise ValueError("expected a list of text")
    return tuple(values)


def _typed(value, kind: type, *, optional: bool = False):
    if (optional and value is None) or type(value) is kind:
        return value
    raise ValueError(f"expected {kind.__name__}, got {type(value).__name__}")
