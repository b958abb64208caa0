"""The rules of the bank format: marked data in, a Bank (or None) and findings out.

Every finding names the line and column of the value it is about (or of the question when
the value is missing) and the question's id when it is known.
"""

from __future__ import annotations

import difflib
import re
import sys
from dataclasses import dataclass, field
from typing import Any

from quiz.banks import format as bank_format
from quiz.banks.findings import Finding, error, warning
from quiz.banks.model import Bank, Question, QuestionType, Severity, Source
from quiz.banks.types import KINDS, Draft, QuestionKind, inferred_kind
from quiz.banks.yamlread import MarkedList, MarkedMap, Spot
from quiz.text.numbers import bounded_number
from quiz.text.slug import slug

# Ids end up in score files and on command lines: letters, digits, "-", "_" and ".".
_ID_PATTERN = re.compile(r"[\w.-]+")
_QUESTION_TYPES = tuple(kind.value for kind in QuestionType)
_NO_SPOT: tuple[None, None] = (None, None)


@dataclass(slots=True)
class CheckedBank:
    bank: Bank | None
    findings: list[Finding]
    # id -> line of each question: duplicates across banks name both places.
    question_lines: dict[str, int] = field(default_factory=dict)


def check_bank(root: object, name: str, shown_path: str) -> CheckedBank:
    """Validate one parsed bank; ``shown_path`` is how other findings name this file."""
    checker = _BankChecker(name, shown_path)
    bank = checker.check(root)
    return CheckedBank(bank, checker.findings, checker.question_lines)


class _BankChecker:
    def __init__(self, name: str, shown_path: str) -> None:
        self.name = name
        self.shown_path = shown_path
        self.findings: list[Finding] = []
        self.question_lines: dict[str, int] = {}
        # Counted as they come: recounting the findings for every question would make a
        # bank with a warning per question quadratic (20,000 questions: 25 s instead of 0.9 s).
        self._errors = 0

    # -- recording -------------------------------------------------------------------------

    def _error(
        self, key: str, spot: Spot | None, qid: str | None = None, **values: str | int
    ) -> None:
        line, column = spot or _NO_SPOT
        self.findings.append(error(key, line, column, question_id=qid, **values))
        self._errors += 1

    def _warn(
        self, key: str, spot: Spot | None, qid: str | None = None, **values: str | int
    ) -> None:
        line, column = spot or _NO_SPOT
        self.findings.append(warning(key, line, column, question_id=qid, **values))

    def _error_count(self) -> int:
        return self._errors

    # The view question kinds get (quiz.banks.types.FieldReader).
    def error(self, key: str, spot: Spot | None, qid: str | None = None, **values: Any) -> None:
        self._error(key, spot, qid, **values)

    def warn(self, key: str, spot: Spot | None, qid: str | None = None, **values: Any) -> None:
        self._warn(key, spot, qid, **values)

    def text(self, mapping: MarkedMap, name: str, qid: str | None) -> str | None:
        return self._text(mapping, name, qid)

    def spot(self, mapping: MarkedMap, name: str) -> Spot:
        return _value_spot(mapping, name)

    # -- the bank --------------------------------------------------------------------------

    def check(self, root: object) -> Bank | None:
        if root is None:
            self._error("banks.bank.empty", (1, 1))
            return None
        if not isinstance(root, MarkedMap):
            self._error("banks.bank.not_mapping", getattr(root, "spot", (1, 1)), found=_kind(root))
            return None
        self._unknown_fields(root, bank_format.BANK_FIELDS, None)
        for required in bank_format.REQUIRED_BANK_FIELDS:
            if _missing(root, required):
                self._error("banks.bank.missing_field", root.spot, field=required)
        title = self._text(root, "title", None)
        language = self._text(root, "language", None)
        if language is not None and language not in bank_format.LANGUAGES:
            self._error(
                "banks.bank.bad_language",
                _value_spot(root, "language"),
                value=language,
                allowed=", ".join(bank_format.LANGUAGES),
            )
        self._text(root, "description", None)
        questions = self._questions(root)
        if self._error_count():
            return None
        return Bank(
            name=self.name,
            title=title or "",
            language=language or "",
            questions=tuple(questions),
            path=self.shown_path,
        )

    def _questions(self, root: MarkedMap) -> list[Question]:
        items = root.get("questions")
        if items is None:
            return []
        if not isinstance(items, MarkedList):
            self._error("banks.bank.questions_not_list", root.key_spots["questions"])
            return []
        if not items:
            self._warn("banks.bank.no_questions", _value_spot(root, "questions"))
        questions = []
        for index, (item, spot) in enumerate(zip(items, items.item_spots)):
            question = self._question(item, spot, index)
            if question is not None:
                questions.append(question)
        return questions

    # -- one question ----------------------------------------------------------------------

    def _question(self, item: object, spot: Spot, index: int) -> Question | None:
        if not isinstance(item, MarkedMap):
            self._error("banks.question.not_mapping", spot, found=_kind(item))
            return None
        errors_before = self._error_count()
        qid = self._id(item, spot, index)
        self._unknown_fields(item, bank_format.QUESTION_FIELDS, qid)
        kind = self._type(item, qid)
        if _missing(item, "prompt"):
            self._error("banks.question.empty_prompt", _value_spot(item, "prompt"), qid)
        if _missing(item, "answer"):
            self._error("banks.question.missing_answer", _value_spot(item, "answer"), qid)
        prompt = self._text(item, "prompt", qid)
        draft = Draft(
            answer=kind.read_answer(self, item, qid) if kind else self._text(item, "answer", qid),
            accept=self._text_list(item, "accept", qid) or (),
            choices=self._text_list(item, "choices", qid),
            tolerance=self._tolerance(item, qid),
        )
        tags = self._text_list(item, "tags", qid)
        difficulty = self._difficulty(item, qid)
        time_limit = self._time_limit(item, qid)
        explanation = self._text(item, "explanation", qid)
        source = self._source(item, qid)
        if kind is not None:
            kind.check(self, item, qid, draft)
        answer = draft.answer
        if qid is None or kind is None or self._error_count() > errors_before:
            return None
        return Question(
            id=qid,
            type=kind.type,
            prompt=prompt or "",
            answer=answer or "",
            accept=tuple(text for text in draft.accept if text != answer),
            choices=draft.choices or (),
            tags=tags or (),
            difficulty=difficulty,
            time_limit=time_limit,
            tolerance=draft.tolerance,
            explanation=explanation or None,
            source=source,
            bank=self.name,
        )

    def _id(self, item: MarkedMap, spot: Spot, index: int) -> str | None:
        """The question's id (also when it is a duplicate: later findings name it)."""
        if _missing(item, "id"):
            self._error(
                "banks.question.missing_id",
                _value_spot(item, "id"),
                suggestion=f"{slug(self.name, empty='frage-1')}-{index + 1}",
            )
            return None
        qid = self._text(item, "id", None)
        if qid is None:
            return None
        id_spot = _value_spot(item, "id")
        if not _ID_PATTERN.fullmatch(qid):
            self._warn(
                "banks.question.id_not_slug", id_spot, qid, suggestion=slug(qid, empty="frage-1")
            )
        if qid in self.question_lines:
            self._error(
                "banks.question.duplicate_id",
                id_spot,
                qid,
                other=f"{self.shown_path}:{self.question_lines[qid]}",
            )
        else:
            self.question_lines[qid] = spot[0]
        return qid

    def _type(self, item: MarkedMap, qid: str | None) -> QuestionKind | None:
        if "type" not in item or item["type"] is None:
            return inferred_kind(item)
        written = self._text(item, "type", qid)
        if written is None:
            return None
        if written in _QUESTION_TYPES:
            return KINDS[QuestionType(written)]
        self._did_you_mean(
            "banks.question.unknown_type",
            _value_spot(item, "type"),
            qid,
            written,
            _QUESTION_TYPES,
            value=written,
        )
        return None

    def _bad_value(self, item: MarkedMap, name: str, qid: str | None) -> None:
        """``name``'s value is of the right field but unusable: "banks.question.bad_<name>",
        at the value, showing it."""
        self._error(
            f"banks.question.bad_{name}", _value_spot(item, name), qid, value=_shown(item, name)
        )

    def _difficulty(self, item: MarkedMap, qid: str | None) -> int | None:
        value = item.get("difficulty")
        if value is None:
            return None
        if type(value) is int and value in bank_format.DIFFICULTIES:
            return value
        self._bad_value(item, "difficulty", qid)
        return None

    def _time_limit(self, item: MarkedMap, qid: str | None) -> float | None:
        value = item.get("time_limit")
        if value is None:
            return None
        # bounded_number takes ints and floats only (true and false are no time limit) and
        # compares huge ints without converting them, where math.isfinite would overflow.
        seconds = bounded_number(value, 0.0, bank_format.MAX_TIME_LIMIT_S)
        if seconds is not None and seconds > 0:
            return seconds
        self._bad_value(item, "time_limit", qid)
        return None

    def _tolerance(self, item: MarkedMap, qid: str | None) -> float | None:
        value = item.get("tolerance")
        if value is None:
            return None
        # bounded_number: true and false are no tolerance, and a 400-digit int is refused
        # where math.isfinite would overflow on it.
        tolerance = bounded_number(value, 0.0, sys.float_info.max)
        if tolerance is not None:
            return tolerance
        self._bad_value(item, "tolerance", qid)
        return None

    def _source(self, item: MarkedMap, qid: str | None) -> Source | None:
        value = item.get("source")
        if value is None:
            return None
        if not isinstance(value, MarkedMap):
            self._error("banks.source.not_mapping", _value_spot(item, "source"), qid)
            return None
        self._unknown_fields(value, bank_format.SOURCE_FIELDS, qid)
        file = value.get("file")
        file_text = file.strip() if isinstance(file, str) else ""
        if not file_text:
            self._error("banks.source.bad_file", _value_spot(value, "file"), qid)
        line = value.get("line")
        # type() rather than isinstance(): true is no line number
        line_number = line if type(line) is int and line >= 1 else None
        if "line" not in value:
            self._error("banks.source.missing_line", _value_spot(item, "source"), qid)
        elif line_number is None:
            self._error(
                "banks.source.bad_line",
                _value_spot(value, "line"),
                qid,
                value=_shown(value, "line"),
            )
        if not file_text or line_number is None:
            return None
        return Source(file=file_text, line=line_number)

    # -- values ----------------------------------------------------------------------------

    def _text(self, mapping: MarkedMap, name: str, qid: str | None) -> str | None:
        """Text, or numbers written where text is due (their text as written); None when
        absent or not text (then reported)."""
        if name not in mapping:
            return None
        return self._as_text(
            mapping[name], mapping.raw.get(name), _value_spot(mapping, name), name, qid
        )

    def _as_text(
        self, value: object, raw: str | None, spot: Spot, name: str, qid: str | None
    ) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            return value.strip()
        if isinstance(value, bool):
            self._error("banks.field.truth_value", spot, qid, field=name, value=raw or str(value))
            return None
        if raw is not None:  # a number or a date: keep it exactly as written
            return raw.strip()
        self._error("banks.field.not_text", spot, qid, field=name, found=_kind(value))
        return None

    def _text_list(self, mapping: MarkedMap, name: str, qid: str | None) -> tuple[str, ...] | None:
        value = mapping.get(name)
        if value is None:
            return None
        spot = _value_spot(mapping, name)
        if not isinstance(value, MarkedList):
            self._error("banks.field.not_a_list", spot, qid, field=name)
            return None
        texts = []
        for index, (entry, entry_spot) in enumerate(zip(value, value.item_spots)):
            text = self._as_text(entry, value.raw.get(index), entry_spot, name, qid)
            if entry is None or text == "":
                self._error("banks.field.empty_entry", entry_spot, qid, field=name)
            elif text is not None:
                texts.append(text)
        return tuple(texts)

    def _unknown_fields(
        self, mapping: MarkedMap, allowed: tuple[str, ...], qid: str | None
    ) -> None:
        for name in mapping:
            if name not in allowed:
                self._did_you_mean(
                    "banks.field.unknown",
                    mapping.key_spots[name],
                    qid,
                    name,
                    allowed,
                    field=name,
                    severity=Severity.WARNING,
                )

    def _did_you_mean(
        self,
        key: str,
        spot: Spot,
        qid: str | None,
        written: str,
        allowed: tuple[str, ...],
        severity: Severity = Severity.ERROR,
        **values: str | int,
    ) -> None:
        record = self._error if severity is Severity.ERROR else self._warn
        close = difflib.get_close_matches(written, allowed, n=1, cutoff=0.6)
        if close:
            record(key + "_suggest", spot, qid, suggestion=close[0], **values)
        else:
            record(key, spot, qid, allowed=", ".join(allowed), **values)


def _missing(mapping: MarkedMap, name: str) -> bool:
    value = mapping.get(name)
    return value is None or (isinstance(value, str) and not value.strip())


def _value_spot(mapping: MarkedMap, name: str) -> Spot:
    return mapping.value_spots.get(name, mapping.spot)


def _shown(mapping: MarkedMap, name: str) -> str:
    text = mapping.raw.get(name)
    if text is None:
        value = mapping[name]
        text = value if isinstance(value, str) else _kind(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _kind(value: object) -> str:
    """What was found instead, in words the catalogue translates the same in both languages."""
    if isinstance(value, MarkedMap):
        return "{…}"
    if isinstance(value, MarkedList):
        return "[…]"
    return repr(value) if not isinstance(value, str) else f'"{value[:40]}"'
