"""Kahoot's quiz spreadsheet (``.xlsx``, written with openpyxl) in the layout of its template.

Kahoot imports the first sheet: a few lines of instructions, the header row 8, one question a
row from row 9 (column A numbers them, B is the question, C-F the answers, G the time limit,
H the number of the right answer). Its limits are kept: 120 characters a question, 75 an
answer, at most four answers, time limits of 5, 10, 20, 30, 60, 90, 120 or 240 seconds,
multiple choice and true/false only. A question that does not fit is left out with a notice.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font

from quiz.banks.model import Bank, Question
from quiz.banks.types import kind_of
from quiz.exchange.model import Exported, Notice, lost_fields

MAX_QUESTION = 120
MAX_ANSWER = 75
MAX_ANSWERS = 4
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
HEADER_ROW = 8
# The template's own words, in English as Kahoot ships it: part of the file format, so they
# do not go through the catalogue.
HEADERS = (
    "",
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
_INSTRUCTIONS = (
    "Quiz template",
    "Add questions, at least two answer alternatives, time limit and choose correct answers "
    "(at least one). Have fun creating your awesome quiz!",
    "Remember: questions have a limit of 120 characters and answers can have 75 characters max. "
    "Text will turn red in Excel or Google Docs if you exceed this limit.",
)


class KahootSheet:
    name = "kahoot"
    suffix = ".xlsx"

    def write(self, banks: list[Bank]) -> Exported:
        book = Workbook()
        sheet = book.active
        sheet.title = "Sheet1"
        for row, text in enumerate(_INSTRUCTIONS, start=1):
            sheet.cell(row=row, column=2, value=text)
        for column, text in enumerate(HEADERS, start=1):
            cell = sheet.cell(row=HEADER_ROW, column=column, value=text or None)
            cell.font = Font(bold=True)
        notices: list[Notice] = []
        written: list[Question] = []
        row = HEADER_ROW
        for bank in banks:
            for question in bank.questions:
                values = _row(question, bank.language, notices)
                if values is None:
                    continue
                written.append(question)
                row += 1
                # Text cells stay text: a question "=1+1" must not become a formula.
                for column, value in enumerate([row - HEADER_ROW, *values], start=1):
                    cell = sheet.cell(row=row, column=column, value=value)
                    if isinstance(value, str):
                        cell.data_type = "s"
        out = io.BytesIO()
        book.save(out)
        losses = lost_fields(written, ("tags", "difficulty", "explanation"))
        return Exported(out.getvalue(), notices, row - HEADER_ROW, losses)


def _row(question: Question, language: str, notices: list[Notice]) -> list[str | int | None] | None:
    def skip(key: str, **values: str | int) -> None:
        notices.append(Notice(f"exchange.kahoot.{key}", dict(values), question_id=question.id))

    kind = kind_of(question)
    if not kind.shows_choices:
        skip("fill_in")
        return None
    if len(question.prompt) > MAX_QUESTION:
        skip("question_too_long", length=len(question.prompt), limit=MAX_QUESTION)
        return None
    choices = kind.choices(question)
    if len(choices) > MAX_ANSWERS:
        skip("too_many_answers", count=len(choices), limit=MAX_ANSWERS)
        return None
    answers = [kind.label(choice, language) for choice in choices]
    longest = max(answers, key=len)
    if len(longest) > MAX_ANSWER:
        skip("answer_too_long", length=len(longest), limit=MAX_ANSWER)
        return None
    seconds = question.time_limit or kind.default_time_limit
    # The shortest allowed limit that leaves at least the time the question has here.
    limit = next((allowed for allowed in TIME_LIMITS if allowed >= seconds), TIME_LIMITS[-1])
    padded: list[str | int | None] = [*answers, *([None] * (MAX_ANSWERS - len(answers)))]
    return [question.prompt, *padded, limit, choices.index(question.answer) + 1]


EXPORTER = KahootSheet()
