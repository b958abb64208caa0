"""Fill-in: the player types the answer; numbers may have a tolerance."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quiz.banks.model import Question, QuestionType
from quiz.banks.types.base import Decision, Draft, FieldReader, QuestionKind
from quiz.i18n import t
from quiz.results import Verdict
from quiz.text.normalize import normalize
from quiz.text.numbers import parse_number

if TYPE_CHECKING:  # the YAML reader is loaded only when a bank file is parsed
    from quiz.banks.yamlread import MarkedMap

# A decimal as players and GIFT write it: "15", "-2.5", "3,14"; bounded, so a hostile
# answer of a million digits is not a number.
_DECIMAL = re.compile(r"[+-]?\d{1,15}(?:[.,]\d{1,15})?")


class FillIn(QuestionKind):
    type = QuestionType.FILL_IN
    default_time_limit = 30.0
    name_key = "banks.type.fill_in"
    short_name_key = "banks.type.fill_in.short"

    def written_as(self, item: MarkedMap) -> bool:
        return True  # the last resort: a question without choices

    def check(self, reader: FieldReader, item: MarkedMap, qid: str | None, draft: Draft) -> None:
        if draft.choices:
            reader.warn("banks.question.choices_ignored", reader.spot(item, "choices"), qid)
        draft.choices = ()
        if draft.tolerance is not None and (
            draft.answer is None or number_value(draft.answer) is None
        ):
            reader.error(
                "banks.question.tolerance_needs_number",
                reader.spot(item, "tolerance"),
                qid,
                answer=draft.answer or "",
            )

    def hint(self, count: int) -> str:
        return t("ui.question.hint_fill_in")

    def decide(self, question: Question, typed: str, shown: Sequence[str]) -> Decision | None:
        if question.tolerance is None:
            return None
        given = number_value(typed)
        right = number_value(question.answer)
        if given is None or right is None:
            return None  # not a number: the accepted forms may still match
        # A little slack for binary fractions: 0.1 + 0.2 is 0.30000000000000004.
        inside = abs(given - right) <= question.tolerance + 1e-9 * max(1.0, abs(right))
        return (Verdict.CORRECT, question.answer) if inside and math.isfinite(given) else None


def number_value(text: str) -> float | None:
    """The number a text is, as digits (with a decimal point or comma) or as number words
    ("fünfzehn"); None when it is not one number."""
    stripped = text.strip()
    if _DECIMAL.fullmatch(stripped):
        return float(stripped.replace(",", "."))
    whole = parse_number(normalize(stripped)) if len(stripped) <= 100 else None
    return float(whole) if whole is not None else None
