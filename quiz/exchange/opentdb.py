"""OpenTDB (the Open Trivia Database): its API's JSON response, both ways.

Read in every encoding the API offers (HTML entities, URL encoding legacy and RFC 3986,
base64), found from the response itself: ``type`` is always "multiple" or "boolean".
Category becomes a tag, difficulty our 1-3; boolean questions become true/false.
Written: the same response layout, HTML-entity encoded as the API's default.
"""

from __future__ import annotations

import base64
import binascii
import html
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote_plus

from quiz.banks import format as bank_format
from quiz.banks.model import Bank, Question, QuestionType
from quiz.banks.types.multiple_choice import normalised_choice
from quiz.banks.types.true_false import FALSE, TRUE
from quiz.exchange.ids import IdMaker, bank_title
from quiz.exchange.model import Exported, Imported, InputError, Notice
from quiz.i18n import t
from quiz.text.slug import slug

_DIFFICULTIES = {"easy": 1, "medium": 2, "hard": 3}
_NAMES = {number: name for name, number in _DIFFICULTIES.items()}
_TYPES = ("multiple", "boolean")


def _base64(text: str) -> str:
    return base64.b64decode(text, validate=True).decode("utf-8")


# In the order tried: the first whose decoding of every ``type`` is a known type wins.
# URL encoding leaves "multiple" as it is, so it is told from HTML by the question text:
# an encoded question has no plain spaces.
_DECODERS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("base64", _base64),
    ("url", unquote_plus),
    ("html", html.unescape),
)


class OpenTdb:
    name = "opentdb"
    suffixes = (".json",)
    suffix = ".json"

    def looks_like(self, text: str) -> bool:
        return text.lstrip().startswith("{")

    def read(self, text: str, stem: str) -> Imported:
        try:
            response = json.loads(text)
        except RecursionError:
            raise InputError(t("exchange.input.too_deep"))
        except ValueError as failure:
            line = getattr(failure, "lineno", None)
            raise InputError(t("exchange.opentdb.not_json", line=line or 1))
        results = response.get("results") if isinstance(response, dict) else None
        if not isinstance(results, list):
            raise InputError(t("exchange.opentdb.no_results"))
        decode = _decoder(results)
        ids = IdMaker(stem)
        questions: list[Question] = []
        notices: list[Notice] = []
        for number, item in enumerate(results, start=1):
            question = _question(item, number, decode, ids, notices)
            if question is not None:
                questions.append(question)
        return Imported(questions, notices, title=bank_title(stem), language="en")

    def write(self, banks: list[Bank]) -> Exported:
        results: list[dict[str, Any]] = []
        notices: list[Notice] = []
        for bank in banks:
            for question in bank.questions:
                item = _result(bank, question)
                if item is None:
                    notices.append(Notice("exchange.opentdb.no_fill_in", question_id=question.id))
                else:
                    results.append(item)
        body = {"response_code": 0, "results": results}
        data = json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
        return Exported(data, notices, len(results))


def _decoder(results: list[Any]) -> Callable[[str], str]:
    samples = [item for item in results[:50] if isinstance(item, dict)]
    for name, decode in _DECODERS:
        try:
            if all(decode(str(item.get("type", ""))) in _TYPES for item in samples):
                if name == "url" and any(" " in str(item.get("question", "")) for item in samples):
                    continue
                return decode
        except (ValueError, binascii.Error, UnicodeDecodeError):
            continue
    return html.unescape


def _question(
    item: object,
    number: int,
    decode: Callable[[str], str],
    ids: IdMaker,
    notices: list[Notice],
) -> Question | None:
    def skip(key: str, **values: str | int) -> None:
        notices.append(Notice(key, {"number": number, **values}))

    if not isinstance(item, dict):
        skip("exchange.opentdb.not_a_question")
        return None
    try:
        fields = {
            name: _text(decode, item.get(name))
            for name in ("type", "difficulty", "category", "question", "correct_answer")
        }
        wrong_raw = item.get("incorrect_answers", [])
        if not isinstance(wrong_raw, list):
            raise ValueError("incorrect_answers")
        wrong = tuple(_text(decode, answer) for answer in wrong_raw)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        skip("exchange.opentdb.not_a_question")
        return None
    prompt, answer = fields["question"], fields["correct_answer"]
    if not prompt or not answer:
        skip("exchange.opentdb.not_a_question")
        return None
    tags = (slug(fields["category"]),) if fields["category"] else ()
    difficulty = _DIFFICULTIES.get(fields["difficulty"].lower())
    choices: tuple[str, ...] = ()
    if fields["type"] == "boolean":
        if answer.lower() not in (TRUE, FALSE):
            skip("exchange.opentdb.bad_boolean", value=answer[:40])
            return None
        kind, answer = QuestionType.TRUE_FALSE, answer.lower()
    elif fields["type"] == "multiple":
        # Sorted: the response lists the right answer apart, and file order must not tell it.
        choices = tuple(sorted({answer, *wrong}, key=str.casefold))
        if not bank_format.MIN_CHOICES <= len(choices) <= bank_format.MAX_CHOICES:
            skip("exchange.opentdb.choice_count", count=len(choices))
            return None
        if len({normalised_choice(choice) for choice in choices}) != len(choices):
            skip("exchange.opentdb.duplicate_choices")
            return None
        kind = QuestionType.MULTIPLE_CHOICE
    else:
        skip("exchange.opentdb.unknown_type", value=fields["type"][:40])
        return None
    return Question(
        id=ids.make(None, prompt),
        type=kind,
        prompt=prompt,
        answer=answer,
        choices=choices,
        tags=tags,
        difficulty=difficulty,
    )


def _text(decode: Callable[[str], str], value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise ValueError("not text")
    return " ".join(decode(str(value)).split())


def _result(bank: Bank, question: Question) -> dict[str, Any] | None:
    escape = html.escape
    if question.type is QuestionType.TRUE_FALSE:
        right = "True" if question.answer == TRUE else "False"
        kind, wrong = "boolean", ["False" if right == "True" else "True"]
    elif question.type is QuestionType.MULTIPLE_CHOICE:
        right = question.answer
        kind, wrong = "multiple", [c for c in question.choices if c != question.answer]
    else:
        return None  # OpenTDB has no typed answers
    return {
        "type": kind,
        "difficulty": _NAMES.get(question.difficulty or 2, "medium"),
        "category": escape(bank.title or bank.name),
        "question": escape(question.prompt),
        "correct_answer": escape(right),
        "incorrect_answers": [escape(answer) for answer in wrong],
    }


IMPORTER = EXPORTER = OpenTdb()
