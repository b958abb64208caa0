"""What a question type is: one object that parses, validates, checks and shows its questions.

Every place that used to ask "is this multiple choice?" asks the question's kind instead, so
a new type is one module in this folder and one entry in ``KINDS`` (see ``__init__``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from quiz.banks.model import Question, QuestionType
from quiz.results import Verdict

if TYPE_CHECKING:  # the YAML reader is loaded only when a bank file is parsed
    from quiz.banks.yamlread import MarkedMap, Spot

# What a kind decides about a typed answer on its own: the verdict and the choice it picked
# (or the form it matched); None leaves it to the text comparison of the answer checker.
Decision = tuple[Verdict, str | None]


class FieldReader(Protocol):
    """The validator's view that kinds use to read fields and report findings."""

    def error(self, key: str, spot: Spot | None, qid: str | None = None, **values: Any) -> None: ...

    def warn(self, key: str, spot: Spot | None, qid: str | None = None, **values: Any) -> None: ...

    def text(self, mapping: MarkedMap, name: str, qid: str | None) -> str | None: ...

    def spot(self, mapping: MarkedMap, name: str) -> Spot: ...


@dataclass(slots=True)
class Draft:
    """The kind-specific fields of one question while it is validated."""

    answer: str | None
    accept: tuple[str, ...]
    choices: tuple[str, ...] | None
    tolerance: float | None


class QuestionKind:
    """The defaults are those of a question answered by typing text."""

    type: QuestionType
    default_time_limit: float
    # Front ends show a choice list (True) or a text field (False).
    shows_choices = False
    # Whether the choices are shown in a new order each time (true/false keeps its order).
    shuffles_choices = True
    # Catalogue keys of the type's name in counts: "fill-in: 3", and short: "3 fill-in".
    name_key: str
    short_name_key: str

    def written_as(self, item: MarkedMap) -> bool:
        """Is a question written without ``type:`` of this kind? Asked in ``KINDS`` order."""
        return False

    def read_answer(self, reader: FieldReader, item: MarkedMap, qid: str | None) -> str | None:
        return reader.text(item, "answer", qid)

    def check(self, reader: FieldReader, item: MarkedMap, qid: str | None, draft: Draft) -> None:
        """Report what is wrong with the kind's fields; clear the fields it ignores."""

    def choices(self, question: Question) -> tuple[str, ...]:
        """The options offered to the player, in the bank's order."""
        return question.choices

    def label(self, value: str, language: str | None = None) -> str:
        """How an answer or choice is shown (in ``language``, else the interface's)."""
        return value

    def choice_keys(self, count: int) -> tuple[tuple[str, ...], ...]:
        """For each of ``count`` choices the keys that pick it; the first one is shown."""
        return ()

    def hint(self, count: int) -> str:
        """One line under the question: how to answer it."""
        raise NotImplementedError

    def decide(self, question: Question, typed: str, shown: Sequence[str]) -> Decision | None:
        """A verdict the kind reaches by itself (a picked choice, a number in tolerance)."""
        return None

    def takes_typed_text(self, question: Question) -> bool:
        """Whether text it did not decide on is compared with the answer (typos and all)."""
        return True
