"""Moodle GIFT: the text format teachers write quizzes in, both ways.

Read: multiple choice, short answer (several right answers), true/false, numeric answers
(``{#15:2}``, ``{#13..17}``), missing word (``Moodle costs {~lots =nothing} money``),
feedback as the explanation, ``::title::`` as the id and ``$CATEGORY`` as tags. Matching,
essay, description and several-right-answers questions cannot be played here: each is one
notice with its line. Written: every type of ours, with ``$CATEGORY`` the bank's name.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from quiz.banks import format as bank_format
from quiz.banks.model import Bank, Question, QuestionType
from quiz.banks.types.fill_in import number_value
from quiz.banks.types.multiple_choice import normalised_choice
from quiz.banks.types.true_false import FALSE, TRUE
from quiz.exchange.ids import IdMaker, bank_title
from quiz.exchange.model import Exported, Imported, Notice, lost_fields
from quiz.text.slug import slug

_SPECIAL = "~=#{}:"
_CLOSING = ".,;:!?)"
_TRUTHS = {"T": TRUE, "TRUE": TRUE, "F": FALSE, "FALSE": FALSE}
_FORMAT_MARK = re.compile(r"^\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^>]*>")
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_NUMBER = r"-?\d+(?:[.,]\d+)?"
_NUMERIC_TOLERANCE = re.compile(rf"^({_NUMBER})(?::({_NUMBER}))?$")
_NUMERIC_RANGE = re.compile(rf"^({_NUMBER})\.\.({_NUMBER})$")


@dataclass(slots=True)
class _Block:
    line: int
    text: str
    category: tuple[str, ...]


@dataclass(slots=True)
class _Answer:
    right: bool  # "=" or a positive weight
    weight: float | None
    text: str
    feedback: str


class Gift:
    name = "gift"
    suffixes = (".gift", ".txt")
    suffix = ".gift"

    # -- reading ----------------------------------------------------------------------------

    def looks_like(self, text: str) -> bool:
        return "{" in text  # every GIFT question has its answers in braces

    def read(self, text: str, stem: str) -> Imported:
        ids = IdMaker(stem)
        questions: list[Question] = []
        notices: list[Notice] = []
        for block in _blocks(text):
            question = _question(block, ids, notices)
            if question is not None:
                questions.append(question)
        return Imported(questions, notices, title=bank_title(stem))

    # -- writing ----------------------------------------------------------------------------

    def write(self, banks: list[Bank]) -> Exported:
        out = [f"// {', '.join(bank.title or bank.name for bank in banks)}: quiz export", ""]
        written = 0
        notices: list[Notice] = []
        for bank in banks:
            out += [f"$CATEGORY: {bank.name}", ""]
            for question in bank.questions:
                # Moodle reads "->" in an answer as a matching pair, and GIFT has no escape
                # for it: such a question cannot be written so that it reads back the same.
                if any("->" in text for text in _answer_texts(question)):
                    notices.append(Notice("exchange.gift.arrow_in_answer", question_id=question.id))
                    continue
                out += [_gift_question(question), ""]
                written += 1
        # The explanation goes along as general feedback; tags and difficulty have no place.
        losses = lost_fields((q for bank in banks for q in bank.questions), ("tags", "difficulty"))
        return Exported("\n".join(out).encode("utf-8"), notices, written, losses)


# -- reading: blocks ---------------------------------------------------------------------------


def _blocks(text: str) -> list[_Block]:
    """Questions are separated by blank lines; ``//`` lines are comments."""
    blocks: list[_Block] = []
    category: tuple[str, ...] = ()
    lines: list[str] = []
    start = 0

    def close() -> None:
        if lines:
            blocks.append(_Block(start, "\n".join(lines), category))
            lines.clear()

    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if not stripped:
            close()
            continue
        if not lines and stripped.startswith("$CATEGORY:"):
            category = tuple(
                slug(part)
                for part in stripped.removeprefix("$CATEGORY:").split("/")
                if part.strip() and not part.strip().startswith("$") and part.strip() != "top"
            )
            continue
        if not lines:
            start = number
        lines.append(line)
    close()
    return blocks


def _question(block: _Block, ids: IdMaker, notices: list[Notice]) -> Question | None:
    def note(key: str, **values: str | int) -> None:
        notices.append(Notice(f"exchange.gift.{key}", dict(values), line=block.line))

    text = block.text.strip()
    title = None
    if text.startswith("::"):
        end = _find(text, "::", 2)
        if end < 0:
            note("unclosed_title")
            return None
        title, text = _unescape(text[2:end]).strip(), text[end + 2 :].strip()
    opening = _find(text, "{")
    if opening < 0:
        note("description")
        return None
    closing = _find(text, "}", opening + 1)
    if closing < 0:
        note("unclosed_answers")
        return None
    before, inner, after = text[:opening], text[opening + 1 : closing], text[closing + 1 :]
    is_html = bool(_FORMAT_MARK.match(before.strip())) and before.strip()[1:5].lower() == "html"
    before = _FORMAT_MARK.sub("", before.strip())
    prompt = _plain(before, is_html)
    rest = _plain(after, is_html)
    if rest:  # a missing-word question: the answers stand where the gap is
        prompt = f"{prompt} ____{'' if rest[0] in _CLOSING else ' '}{rest}".strip()
    if not prompt:
        note("no_prompt")
        return None
    fields = _answers(inner.strip(), note)
    if fields is None:
        return None
    kind, answer, accept, choices, tolerance, explanation = fields
    return Question(
        id=ids.make(title, prompt),
        type=kind,
        prompt=prompt,
        answer=answer,
        accept=accept,
        choices=choices,
        tolerance=tolerance,
        tags=block.category,
        explanation=_plain(explanation, is_html) or None,
    )


_Fields = tuple[QuestionType, str, tuple[str, ...], tuple[str, ...], float | None, str]
_Note = Callable[..., None]  # records a notice for the block: note(key, **values)


def _answers(inner: str, note: _Note) -> _Fields | None:
    general = ""
    split = _find(inner, "####")
    if split >= 0:
        inner, general = inner[:split].strip(), inner[split + 4 :].strip()
    if not inner:
        note("essay")
        return None
    if inner.startswith("#"):
        return _numeric(inner[1:].strip(), general, note)
    head, *feedback = _split(inner, "#")
    if head.strip().upper() in _TRUTHS:
        # {T#feedback when wrong#feedback when right}
        when_right = feedback[1].strip() if len(feedback) > 1 else ""
        return (
            QuestionType.TRUE_FALSE,
            _TRUTHS[head.strip().upper()],
            (),
            (),
            None,
            general or when_right,
        )
    answers = [_answer(part) for part in _items(inner)]
    if not answers:
        note("no_answers")
        return None
    if any(_find(a.text, "->") >= 0 for a in answers):
        note("matching")
        return None
    right = [a for a in answers if a.right and not _partial(a)]
    partial = [a for a in answers if _partial(a)]
    wrong = [a for a in answers if not a.right]
    explanation = general or (right[0].feedback if right else "")
    if not wrong:  # short answer: every listed answer is right
        texts = tuple(dict.fromkeys(a.text for a in right if a.text))
        if not texts:
            note("no_right_answer")
            return None
        if partial:
            note("partial_dropped", count=len(partial))
        return QuestionType.FILL_IN, texts[0], texts[1:], (), None, explanation
    if partial:
        note("partial_credit")
        return None
    if len(right) != 1:
        note("several_right" if right else "no_right_answer")
        return None
    choices = tuple(a.text for a in answers)
    if not bank_format.MIN_CHOICES <= len(choices) <= bank_format.MAX_CHOICES:
        note("choice_count", count=len(choices), max=bank_format.MAX_CHOICES)
        return None
    if len({normalised_choice(c) for c in choices}) != len(choices):
        note("duplicate_choices")
        return None
    return QuestionType.MULTIPLE_CHOICE, right[0].text, (), choices, None, explanation


def _numeric(inner: str, general: str, note: _Note) -> _Fields | None:
    listed = inner[:1] in ("=", "~")
    answers = [_answer(part) for part in _items(inner)] if listed else [_plain_answer(inner)]
    full = [a for a in answers if a.right and not _partial(a)]
    if len(answers) > len(full) and full:
        note("partial_dropped", count=len(answers) - len(full))
    if not full:
        note("no_right_answer")
        return None
    answer = full[0]
    value = _numeric_value(answer.text.replace(" ", ""))
    # 400 digits are a float of infinity, which no bank holds (issue 13: numbers are bounded)
    if value is None or not all(math.isfinite(part) for part in value if part is not None):
        note("bad_number", value=answer.text[:40])
        return None
    number, tolerance = value
    return (
        QuestionType.FILL_IN,
        _number_text(number),
        (),
        (),
        tolerance,
        general or answer.feedback,
    )


def _numeric_value(text: str) -> tuple[float, float | None] | None:
    match = _NUMERIC_RANGE.match(text)
    if match:
        low, high = (float(group.replace(",", ".")) for group in match.groups())
        return (low + high) / 2, abs(high - low) / 2
    match = _NUMERIC_TOLERANCE.match(text)
    if match:
        tolerance = float(match.group(2).replace(",", ".")) if match.group(2) else None
        return float(match.group(1).replace(",", ".")), tolerance or None
    return None


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def _answer(item: str) -> _Answer:
    mark, rest = item[0], item[1:].strip()
    weight = None
    match = _WEIGHT.match(rest)
    if match:
        weight, rest = float(match.group(1)), rest[match.end() :].strip()
    text, feedback = _text_feedback(rest)
    right = mark == "=" or (weight is not None and weight > 0)
    return _Answer(right, weight, text, feedback)


def _plain_answer(item: str) -> _Answer:
    return _Answer(True, None, *_text_feedback(item))


def _partial(answer: _Answer) -> bool:
    return answer.weight is not None and 0 < answer.weight < 100


def _text_feedback(item: str) -> tuple[str, str]:
    """The answer's text (unescaped) and its feedback (still escaped: ``_plain`` does it)."""
    text, *feedback = _split(item, "#")
    return _unescape(text).strip(), "#".join(feedback).strip()


def _items(inner: str) -> list[str]:
    """``=a ~b ~c`` -> ["=a", "~b", "~c"] (escaped marks stay inside)."""
    starts = [i for i in range(len(inner)) if inner[i] in "=~" and not _escaped(inner, i)]
    return [inner[a:b].strip() for a, b in zip(starts, [*starts[1:], len(inner)])]


def _split(text: str, mark: str) -> list[str]:
    parts, start = [], 0
    while (found := _find(text, mark, start)) >= 0:
        parts.append(text[start:found])
        start = found + len(mark)
    parts.append(text[start:])
    return parts


def _find(text: str, mark: str, start: int = 0) -> int:
    """The first ``mark`` at or after ``start`` that no backslash escapes; -1 when none."""
    found = text.find(mark, start)
    while found >= 0 and _escaped(text, found):
        found = text.find(mark, found + 1)
    return found


def _escaped(text: str, at: int) -> bool:
    backslashes = 0
    while at - backslashes - 1 >= 0 and text[at - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text)


def _plain(text: str, is_html: bool) -> str:
    text = _unescape(text)
    if is_html:
        text = html.unescape(_HTML_TAG.sub("", text))
    return " ".join(text.split())


# -- writing -----------------------------------------------------------------------------------


def _escape(text: str) -> str:
    text = text.replace("\\", "\\\\")
    for mark in _SPECIAL:
        text = text.replace(mark, "\\" + mark)
    return text.replace("\n", "\\n")


def _answer_texts(question: Question) -> tuple[str, ...]:
    return (question.answer, *question.accept, *question.choices)


def _gift_question(question: Question) -> str:
    general = f" ####{_escape(question.explanation)}" if question.explanation else ""
    if question.type is QuestionType.TRUE_FALSE:
        answers = "TRUE" if question.answer == TRUE else "FALSE"
    elif question.type is QuestionType.MULTIPLE_CHOICE:
        answers = " ".join(
            ("=" if choice == question.answer else "~") + _escape(choice)
            for choice in question.choices
        )
    elif question.tolerance is not None and (value := number_value(question.answer)) is not None:
        # GIFT numbers are digits with a point: "3,14" and "fünfzehn" are written as numbers.
        answers = f"#{_number_text(value)}:{_number_text(question.tolerance)}"
    else:
        answers = " ".join("=" + _escape(text) for text in (question.answer, *question.accept))
    return f"::{_escape(question.id)}::{_escape(question.prompt)} {{{answers}{general}}}"


IMPORTER = EXPORTER = Gift()
