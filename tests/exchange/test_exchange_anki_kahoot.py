"""Anki packages opened by Anki's own library; Kahoot sheets read back with openpyxl."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import openpyxl
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from quiz.banks.model import Bank, Question, QuestionType
from quiz.exchange.anki import AnkiPackage
from quiz.exchange.kahoot import HEADER_ROW, HEADERS, TIME_LIMITS, KahootSheet
from tests.exchange.helpers import OZ_BANKS, QUESTIONS, loaded, run


def oz_banks() -> list[Bank]:
    """In the order `quiz export` writes them: by name."""
    return [loaded(QUESTIONS / f"{name}.yaml") for name in sorted((*OZ_BANKS, "beispiel"))]


def fresh_collection(folder: Path) -> Collection:
    (folder / "anki").mkdir()
    return Collection(str(folder / "anki" / "collection.anki2"))


def import_into(collection: Collection, package: Path):
    request = ImportAnkiPackageRequest(
        package_path=str(package), options=ImportAnkiPackageOptions()
    )
    return collection.import_anki_package(request).log


def notes_by_prompt(collection: Collection) -> dict[str, dict[str, str]]:
    notes = (collection.get_note(note_id) for note_id in collection.find_notes(""))
    return {
        note["Prompt"]: {**dict(note.items()), "_type": note.note_type()["name"]} for note in notes
    }


def test_anki_imports_our_package_and_a_second_export_updates_it(tmp_path, capsys):
    package = tmp_path / "oz.apkg"
    code, out, _ = run(
        capsys, "export", *OZ_BANKS, "beispiel", "--format", "anki", "-o", str(package)
    )
    assert code == 0, out
    banks = oz_banks()
    questions = [question for bank in banks for question in bank.questions]
    collection = fresh_collection(tmp_path)
    try:
        log = import_into(collection, package)
        assert len(log.new) == len(questions) == collection.note_count()
        notes = notes_by_prompt(collection)
        planet = notes["Welcher Planet ist für seine auffälligen Ringe am bekanntesten?"]
        assert planet["_type"] == "quiz: choose the answer"
        assert planet["Answer"] == "Saturn"
        assert "<li>Saturn</li>" in planet["Choices"] and "<li>Merkur</li>" in planet["Choices"]
        moon = notes["Der Mond leuchtet aus eigener Kraft."]
        assert moon["Answer"] == "Falsch" and "<li>Wahr</li>" in moon["Choices"]
        fill_in = next(q for q in questions if q.type is QuestionType.FILL_IN and q.accept)
        typed = notes[fill_in.prompt]
        assert typed["_type"] == "quiz: type the answer"
        assert typed["Answer"] == fill_in.answer
        names = {deck.name for deck in collection.decks.all_names_and_ids()}
        assert {bank.title for bank in banks} <= names

        # The author improves an explanation and exports again: the note changes, none is added.
        changed = dataclasses.replace(banks[0].questions[0], explanation="Neu & <besser>")
        first_bank = dataclasses.replace(banks[0], questions=(changed, *banks[0].questions[1:]))
        again = tmp_path / "again.apkg"
        later = AnkiPackage(clock=lambda: time.time() + 60)  # exported a minute later
        again.write_bytes(later.write([first_bank, *banks[1:]]).data)
        log = import_into(collection, again)
        assert collection.note_count() == len(questions)
        assert len(log.new) == 0 and len(log.updated) >= 1
        assert (
            notes_by_prompt(collection)[changed.prompt]["Explanation"] == "Neu &amp; &lt;besser&gt;"
        )
    finally:
        collection.close()


def test_anki_fields_are_escaped_text_never_markup(tmp_path):
    question = Question(
        id="x",
        type=QuestionType.FILL_IN,
        prompt="<script>alert(1)</script>",
        answer="<b>",
        tags=("staffel 1", "oz"),
    )
    package = tmp_path / "x.apkg"
    package.write_bytes(
        AnkiPackage().write([Bank(name="x", title="X", language="en", questions=(question,))]).data
    )
    collection = fresh_collection(tmp_path)
    try:
        import_into(collection, package)
        (note,) = notes_by_prompt(collection).values()
        assert note["Prompt"] == "&lt;script&gt;alert(1)&lt;/script&gt;"
        assert note["Answer"] == "&lt;b&gt;"
        (note_id,) = collection.find_notes("")
        assert collection.get_note(note_id).tags == ["oz", "staffel_1"]
    finally:
        collection.close()


# -- Kahoot ------------------------------------------------------------------------------------


def test_the_kahoot_sheet_has_the_templates_header_and_rows(tmp_path, capsys):
    sheet_path = tmp_path / "oz.xlsx"
    code, out, _ = run(
        capsys, "export", *OZ_BANKS, "beispiel", "--format", "kahoot", "-o", str(sheet_path)
    )
    assert code == 0
    sheet = openpyxl.load_workbook(sheet_path).worksheets[0]
    header = [cell.value for cell in sheet[HEADER_ROW]]
    assert header[1:8] == list(HEADERS[1:])
    assert header[1] == "Question - max 120 characters"
    rows = [
        [cell.value for cell in row] for row in sheet.iter_rows(min_row=HEADER_ROW + 1, max_col=8)
    ]
    banks = oz_banks()
    fitting = [
        q
        for bank in banks
        for q in bank.questions
        if q.type is not QuestionType.FILL_IN
        and len(q.choices) <= 4
        and len(q.prompt) <= 120
        and all(len(choice) <= 75 for choice in q.choices)
    ]
    assert len(rows) == len(fitting)
    for number, (row, question) in enumerate(zip(rows, fitting), start=1):
        assert row[0] == number and row[1] == question.prompt
        assert row[6] in TIME_LIMITS
        answers = [answer for answer in row[2:6] if answer is not None]
        assert 2 <= len(answers) <= 4 and all(len(a) <= 75 for a in answers)
        right = answers[row[7] - 1]
        if question.type is QuestionType.TRUE_FALSE:
            assert answers == ["Wahr", "Falsch"] and right == (
                "Wahr" if question.answer == "true" else "Falsch"
            )
        else:
            assert right == question.answer
    left_out = sum(len(bank.questions) for bank in banks) - len(fitting)
    assert out.count("left out.") == left_out
    assert f"{len(fitting)} questions written, {left_out} left out" in out


def test_kahoots_limits_are_kept_and_each_misfit_reported():
    def choice(qid, prompt, choices, **fields):
        return Question(
            id=qid,
            type=QuestionType.MULTIPLE_CHOICE,
            prompt=prompt,
            answer=choices[0],
            choices=choices,
            **fields,
        )

    questions = (
        choice("long", "?" * 121, ("a", "b")),
        choice("five", "Five?", ("a", "b", "c", "d", "e")),
        choice("wide", "Wide?", ("a" * 76, "b")),
        choice("formula", "=1+1", ("=A1", "b"), time_limit=45),
        Question(id="typed", type=QuestionType.FILL_IN, prompt="Typed?", answer="x"),
    )
    exported = KahootSheet().write([Bank(name="k", title="K", language="en", questions=questions)])
    reasons = {n.question_id: n.key.rsplit(".", 1)[1] for n in exported.notices}
    assert reasons == {
        "long": "question_too_long",
        "five": "too_many_answers",
        "wide": "answer_too_long",
        "typed": "fill_in",
    }
    assert exported.written == 1
    from io import BytesIO

    sheet = openpyxl.load_workbook(BytesIO(exported.data)).worksheets[0]
    row = [cell.value for cell in sheet[HEADER_ROW + 1]][:8]
    # Text stays text (no formula), and 45 s becomes Kahoot's next allowed limit.
    assert row == [1, "=1+1", "=A1", "b", None, None, 60, 1]
    assert sheet.cell(row=HEADER_ROW + 1, column=2).data_type == "s"


def test_an_anki_export_leaves_no_temporary_file_behind(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    AnkiPackage().write(oz_banks())
    assert list(tmp_path.iterdir()) == []


def test_what_kahoot_cannot_hold_is_said_once_for_the_questions_written():
    def choice(qid, **fields):
        return Question(
            id=qid,
            type=QuestionType.MULTIPLE_CHOICE,
            prompt="Which?",
            answer="a",
            choices=("a", "b"),
            **fields,
        )

    questions = (
        choice("tagged", tags=("s1",), explanation="Because."),
        choice("plain"),
        # left out (fill-in): its tags are not counted as lost, it has its own notice
        Question(id="typed", type=QuestionType.FILL_IN, prompt="?", answer="x", tags=("s1",)),
    )
    exported = KahootSheet().write([Bank(name="k", title="K", language="en", questions=questions)])
    assert {n.key: n.values["count"] for n in exported.losses} == {
        "exchange.export.lost.tags": 1,
        "exchange.export.lost.explanation": 1,
    }
