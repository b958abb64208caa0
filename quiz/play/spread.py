"""Which questions should not meet in one game: two from one source sentence, two with one
answer about the same episode (the second feels like the first asked again), or one whose
prompt prints the answer of another question about the same episode.

The source sentence of a question is its explanation (the generator writes the sentence
there; a hand-written bank that gives two questions the same explanation and source means the
same). The rule holds as long as the drawn pool allows: questions that clash with those
already drawn go to the back, in their order, and are asked only when nothing else is left.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from quiz.banks.model import Question
from quiz.text.normalize import normalize


def spread(questions: Iterable[Question]) -> list[Question]:
    """The questions in their order, those clashing with an earlier one moved to the back."""
    return list(spread_lazily(questions))


def spread_lazily(
    questions: Iterable[Question], asked_first: Sequence[Question] = ()
) -> Iterator[Question]:
    """``spread`` one question at a time, so that a game drawing ten of half a million looks
    at little more than ten: a question clashing with one given before (or with one of
    ``asked_first``) waits, and comes only when the others have run out."""
    kept = list(asked_first)
    later: list[Question] = []
    for question in questions:
        if any(clash(question, other) for other in kept):
            later.append(question)
        else:
            kept.append(question)
            yield question
    yield from later


def clash(one: Question, other: Question) -> bool:
    if one.source is None or other.source is None or one.bank != other.bank:
        return False
    if (one.source.file, one.source.line) != (other.source.file, other.source.line):
        return False
    if one.explanation is not None and one.explanation == other.explanation:
        return True
    if normalize(one.answer) == normalize(other.answer):
        return True
    return _prints_answer(one, other) or _prints_answer(other, one)


def _prints_answer(asked: Question, shown: Question) -> bool:
    """Whether ``shown``'s prompt or choices hold the answer (or an accepted form) of ``asked``."""
    text = f" {normalize(shown.prompt)} "
    return any(
        f" {normalize(answer)} " in text for answer in (asked.answer, *asked.accept) if answer
    )
