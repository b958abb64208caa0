"""The question types, one entry each: ``kind_of(question)`` is all the rest asks.

Adding a type: a module with a ``QuestionKind`` subclass (parsing, validation, checking,
display, default time), its value in ``QuestionType``, and its entry in ``KINDS``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quiz.banks.model import Question, QuestionType
from quiz.banks.types.base import Decision, Draft, FieldReader, QuestionKind
from quiz.banks.types.fill_in import FillIn
from quiz.banks.types.multiple_choice import MultipleChoice
from quiz.banks.types.true_false import TrueFalse

if TYPE_CHECKING:  # the YAML reader is loaded only when a bank file is parsed
    from quiz.banks.yamlread import MarkedMap

# In the order a question without ``type:`` is recognised: the last one takes the rest.
KINDS: dict[QuestionType, QuestionKind] = {
    kind.type: kind for kind in (TrueFalse(), MultipleChoice(), FillIn())
}


def kind_of(question: Question) -> QuestionKind:
    return KINDS[question.type]


def inferred_kind(item: MarkedMap) -> QuestionKind:
    """The kind of a question written without ``type:``."""
    return next(kind for kind in KINDS.values() if kind.written_as(item))


__all__ = ["KINDS", "Decision", "Draft", "FieldReader", "QuestionKind", "inferred_kind", "kind_of"]
