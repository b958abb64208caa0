"""True/false: a statement the player judges; the answer is written ``answer: true``.

The answer is kept as "true" or "false" and shown in the player's language. Keys: 1 or
W/T/J/Y for true, 2 or F/N for false (both languages' keys work in both).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quiz.banks.model import Question, QuestionType
from quiz.banks.types.base import Decision, Draft, FieldReader, QuestionKind
from quiz.i18n import t
from quiz.results import Verdict
from quiz.text.normalize import normalize

if TYPE_CHECKING:  # the YAML reader is loaded only when a bank file is parsed
    from quiz.banks.yamlread import MarkedMap

TRUE = "true"
FALSE = "false"
VALUES = (TRUE, FALSE)

# Words and keys a player may type, German and English, already normalised.
_SAYS = {
    TRUE: frozenset({"1", "w", "t", "j", "y", "r", "wahr", "true", "ja", "yes", "richtig"}),
    FALSE: frozenset({"2", "f", "n", "falsch", "false", "nein", "no"}),
}
_KEYS = (("1", "w", "t", "j", "y"), ("2", "f", "n"))


def truth_text(value: bool) -> str:
    return TRUE if value else FALSE


class TrueFalse(QuestionKind):
    type = QuestionType.TRUE_FALSE
    default_time_limit = 15.0
    shows_choices = True
    shuffles_choices = False  # "true" first, always: players learn where it is
    name_key = "banks.type.true_false"
    short_name_key = "banks.type.true_false.short"

    def written_as(self, item: MarkedMap) -> bool:
        # Only the words true and false: "answer: no" is more often a forgotten pair of
        # quotes than a statement judged false, and is reported as such.
        written = item.raw.get("answer", "")
        return isinstance(item.get("answer"), bool) and written.lower() in VALUES

    def read_answer(self, reader: FieldReader, item: MarkedMap, qid: str | None) -> str | None:
        value = item.get("answer")
        if isinstance(value, bool):
            return truth_text(value)
        if value is not None:
            reader.error(
                "banks.question.true_false_answer",
                reader.spot(item, "answer"),
                qid,
                value=str(value)[:40],
            )
        return None

    def check(self, reader: FieldReader, item: MarkedMap, qid: str | None, draft: Draft) -> None:
        for name, value in (("choices", draft.choices), ("accept", draft.accept)):
            if value:
                reader.warn(
                    "banks.question.true_false_ignores", reader.spot(item, name), qid, field=name
                )
        if draft.tolerance is not None:
            reader.warn("banks.question.tolerance_ignored", reader.spot(item, "tolerance"), qid)
        draft.choices, draft.accept, draft.tolerance = (), (), None

    def choices(self, question: Question) -> tuple[str, ...]:
        return VALUES

    def label(self, value: str, language: str | None = None) -> str:
        return t(f"play.true_false.{value}", language) if value in VALUES else value

    def choice_keys(self, count: int) -> tuple[tuple[str, ...], ...]:
        shown = (t("play.true_false.true_key"), t("play.true_false.false_key"))
        return tuple(
            tuple(dict.fromkeys((keys[0], key, *keys[1:]))) for keys, key in zip(_KEYS, shown)
        )

    def hint(self, count: int) -> str:
        return t("ui.question.hint_true_false")

    def decide(self, question: Question, typed: str, shown: Sequence[str]) -> Decision | None:
        said = normalize(typed)
        for value in VALUES:
            if said in _SAYS[value]:
                return (Verdict.CORRECT if value == question.answer else Verdict.WRONG), value
        return None

    def takes_typed_text(self, question: Question) -> bool:
        return False  # "wahrscheinlich" is neither true nor false
