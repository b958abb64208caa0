"""Multiple choice: 2 to 6 options, the answer among them, picked by number or letter."""

from __future__ import annotations

import string
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quiz.banks import format as bank_format
from quiz.banks.model import Question, QuestionType
from quiz.banks.types.base import Decision, Draft, FieldReader, QuestionKind
from quiz.i18n import t
from quiz.results import Verdict
from quiz.text.normalize import normalize
from quiz.text.numbers import whole_number

if TYPE_CHECKING:  # the YAML reader is loaded only when a bank file is parsed
    from quiz.banks.yamlread import MarkedMap

LETTERS = string.ascii_lowercase[: bank_format.MAX_CHOICES]


def normalised_choice(text: str) -> str:
    """Two choices the answer checker could not tell apart are the same choice: a player
    typing one would be judged as having typed the other."""
    return normalize(text)


def picked_by_position(typed: str, shown: Sequence[str]) -> str | None:
    """The choice a typed "2" or "b" points at, if it points at one."""
    key = normalize(typed)
    position = whole_number(key)  # bounded and total: "፩" is a digit to isdigit(), not to int()
    if position is not None and 1 <= position <= len(shown):
        return shown[position - 1]
    if len(key) == 1 and key in LETTERS[: len(shown)]:
        return shown[LETTERS.index(key)]
    return None


class MultipleChoice(QuestionKind):
    type = QuestionType.MULTIPLE_CHOICE
    default_time_limit = 20.0
    shows_choices = True
    name_key = "banks.type.multiple_choice"
    short_name_key = "banks.type.multiple_choice.short"

    def written_as(self, item: MarkedMap) -> bool:
        return item.get("choices") is not None

    def check(self, reader: FieldReader, item: MarkedMap, qid: str | None, draft: Draft) -> None:
        _check_choices(reader, item, qid, draft.answer, draft.choices)
        if draft.accept:
            reader.warn("banks.question.accept_ignored", reader.spot(item, "accept"), qid)
        draft.accept = ()
        _no_tolerance(reader, item, qid, draft)

    def choice_keys(self, count: int) -> tuple[tuple[str, ...], ...]:
        return tuple((str(index + 1), LETTERS[index]) for index in range(count))

    def hint(self, count: int) -> str:
        return t("ui.question.hint_choice", last=count, last_letter=LETTERS[count - 1].upper())

    def decide(self, question: Question, typed: str, shown: Sequence[str]) -> Decision | None:
        picked = picked_by_position(typed, shown)
        if picked is None:
            return None
        return (Verdict.CORRECT if picked == question.answer else Verdict.WRONG), picked


def _no_tolerance(reader: FieldReader, item: MarkedMap, qid: str | None, draft: Draft) -> None:
    if draft.tolerance is not None:
        reader.warn("banks.question.tolerance_ignored", reader.spot(item, "tolerance"), qid)
    draft.tolerance = None


def _check_choices(
    reader: FieldReader,
    item: MarkedMap,
    qid: str | None,
    answer: str | None,
    choices: tuple[str, ...] | None,
) -> None:
    spot = reader.spot(item, "choices")
    if choices is None:
        if "choices" not in item or item["choices"] is None:
            reader.error("banks.question.missing_choices", spot, qid)
        return
    from quiz.banks.yamlread import MarkedList  # loaded already: a bank is being parsed

    listed = item["choices"]  # count what was written, also entries already reported
    if not isinstance(listed, MarkedList):  # cannot be: choices were read from a list
        return
    if not bank_format.MIN_CHOICES <= len(listed) <= bank_format.MAX_CHOICES:
        reader.error(
            "banks.question.choice_count",
            spot,
            qid,
            count=len(listed),
            min=bank_format.MIN_CHOICES,
            max=bank_format.MAX_CHOICES,
        )
    first_line: dict[str, int] = {}
    for choice, choice_spot in zip(choices, listed.item_spots):
        normal = normalised_choice(choice)
        if normal in first_line:
            reader.error(
                "banks.question.duplicate_choice",
                choice_spot,
                qid,
                choice=choice,
                first_line=first_line[normal],
            )
        first_line.setdefault(normal, choice_spot[0])
    if answer is None or answer in choices:
        return
    close = [c for c in choices if normalised_choice(c) == normalised_choice(answer)]
    if close:
        reader.error(
            "banks.question.answer_not_exactly_choice",
            reader.spot(item, "answer"),
            qid,
            answer=answer,
            choice=close[0],
        )
    else:
        reader.error(
            "banks.question.answer_not_in_choices", reader.spot(item, "answer"), qid, answer=answer
        )
