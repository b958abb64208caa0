"""CSV or tab-separated text, as Quizlet and spreadsheets write it.

One question a row: the question, the answer, and optionally wrong answers (then it is
multiple choice, the answer among the choices; else fill-in). Tabs are taken when the first
row has one (Quizlet's export), else semicolons or commas, whichever the first row has more
of. A first row that names its columns ("question", "Frage" …) is a header. A ``.txt`` file
is taken for this format when it has tabs and no GIFT braces.
"""

from __future__ import annotations

import csv
from io import StringIO

from quiz.banks import format as bank_format
from quiz.banks.model import Question, QuestionType
from quiz.banks.types.multiple_choice import normalised_choice
from quiz.exchange.ids import IdMaker, bank_title
from quiz.exchange.model import Imported, InputError, Notice
from quiz.i18n import t

_HEADER_WORDS = frozenset({"question", "questions", "frage", "fragen", "term", "begriff", "prompt"})
# Longest field we take: a question longer than this is not one (and csv's own limit is 128 KB).
_FIELD_LIMIT = 10_000


class Delimited:
    name = "csv"
    suffixes = (".csv", ".tsv", ".tab", ".txt")

    def looks_like(self, text: str) -> bool:
        return "\t" in text  # Quizlet's export: a tab between question and answer

    def read(self, text: str, stem: str) -> Imported:
        ids = IdMaker(stem)
        questions: list[Question] = []
        notices: list[Notice] = []
        reader = csv.reader(StringIO(text), delimiter=_delimiter(text), strict=True)
        try:
            for row in reader:
                line = reader.line_num
                cells = [" ".join(cell.split()) for cell in row]
                while cells and not cells[-1]:
                    cells.pop()
                if not cells:
                    continue
                if not questions and not notices and cells[0].casefold() in _HEADER_WORDS:
                    continue
                question = _question(cells, line, ids, notices)
                if question is not None:
                    questions.append(question)
        except csv.Error as failure:
            raise InputError(t("exchange.csv.broken", line=reader.line_num, reason=str(failure)))
        return Imported(questions, notices, title=bank_title(stem))


def _delimiter(text: str) -> str:
    first = next((line for line in text.split("\n") if line.strip()), "")
    if "\t" in first:
        return "\t"
    return ";" if first.count(";") > first.count(",") else ","


def _question(cells: list[str], line: int, ids: IdMaker, notices: list[Notice]) -> Question | None:
    def skip(key: str, **values: str | int) -> None:
        notices.append(Notice(f"exchange.csv.{key}", dict(values), line=line))

    if any(len(cell) > _FIELD_LIMIT for cell in cells):
        skip("too_long", limit=_FIELD_LIMIT)
        return None
    if len(cells) < 2 or not cells[0] or not cells[1]:
        skip("no_answer")
        return None
    prompt, answer, *wrong = cells
    wrong = [cell for cell in wrong if cell]
    if not wrong:
        return Question(
            id=ids.make(None, prompt), type=QuestionType.FILL_IN, prompt=prompt, answer=answer
        )
    choices = (answer, *wrong)
    if len(choices) > bank_format.MAX_CHOICES:
        skip("choice_count", count=len(choices), max=bank_format.MAX_CHOICES)
        return None
    if len({normalised_choice(choice) for choice in choices}) != len(choices):
        skip("duplicate_choices")
        return None
    return Question(
        id=ids.make(None, prompt),
        type=QuestionType.MULTIPLE_CHOICE,
        prompt=prompt,
        answer=answer,
        # Sorted: the answer always comes first in the file, and file order must not tell it.
        choices=tuple(sorted(choices, key=str.casefold)),
    )


IMPORTER = Delimited()
