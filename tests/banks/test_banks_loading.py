"""Loading banks: the example bank, folders, names, values as written, clashes between banks."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

from quiz.banks.loader import find_bank_files, load_bank_file, load_banks
from quiz.banks.model import QuestionType, Source

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "questions" / "beispiel.yaml"


def write_bank(
    folder: Path, name: str, questions: str, *, title: str = "Test", language: str = "de"
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(
        f"title: {title}\nlanguage: {language}\nquestions:\n" + dedent(questions),
        encoding="utf-8",
    )
    return path


def one_question(folder: Path, body: str, name: str = "eins.yaml"):
    path = write_bank(folder, name, body)
    return load_bank_file(path)


# -- the example bank ------------------------------------------------------------------------


def test_the_example_bank_loads_without_any_problem():
    bank, problems = load_bank_file(EXAMPLE)
    assert problems == []
    assert bank is not None
    assert bank.name == "beispiel"
    assert bank.language == "de"
    assert 5 <= len(bank.questions) <= 8


def test_the_example_bank_shows_every_feature():
    bank, _ = load_bank_file(EXAMPLE)
    questions = bank.questions
    assert all(q.id.startswith("beispiel-") for q in questions)
    assert len({q.id for q in questions}) == len(questions)
    assert {q.type for q in questions} == set(QuestionType)
    assert any(q.type is QuestionType.FILL_IN and q.accept for q in questions)
    assert any(q.tags for q in questions)
    assert {q.difficulty for q in questions} >= {1, 2, 3}
    assert any(q.time_limit for q in questions)
    assert any(q.explanation for q in questions)
    assert any(q.source for q in questions)
    text = EXAMPLE.read_text(encoding="utf-8")
    assert "answer: 8\n" in text  # a number answer, written as a YAML number
    spider = next(q for q in questions if q.id == "beispiel-beine-spinne")
    assert spider.answer == "8"
    # a multiple-choice question with its type left out
    planet = next(q for q in questions if q.id == "beispiel-planet-ringe")
    assert "type:" not in text.split("id: beispiel-planet-ringe")[1].split("- id:")[0]
    assert planet.type is QuestionType.MULTIPLE_CHOICE


# -- values as the author wrote them -----------------------------------------------------------


def test_numbers_where_text_is_due_keep_the_text_as_written(tmp_path):
    bank, problems = one_question(
        tmp_path,
        """\
        - id: zahl
          prompt: "Pi auf zwei Stellen?"
          answer: 3.10
          choices: [3.10, 2.70, 1_000]
          tags: [2024, mathe]
        - id: zahlwort
          prompt: "Wie viele?"
          answer: 15
          accept: [0x0F, fünfzehn]
        - id: datum
          prompt: "Kein echtes Datum?"
          answer: 2024-02-30
          accept: [2024-02-03]
    """,
    )
    assert problems == []
    choice, fill_in, date = bank.questions
    assert (date.answer, date.accept) == ("2024-02-30", ("2024-02-03",))
    assert choice.answer == "3.10"
    assert choice.choices == ("3.10", "2.70", "1_000")
    assert choice.tags == ("2024", "mathe")
    assert (fill_in.answer, fill_in.accept) == ("15", ("0x0F", "fünfzehn"))


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("choices: [a, b]", QuestionType.MULTIPLE_CHOICE),
        ("", QuestionType.FILL_IN),
        ("type: multiple_choice\n  choices: [a, b]", QuestionType.MULTIPLE_CHOICE),
        ("type: fill_in", QuestionType.FILL_IN),
    ],
)
def test_the_type_follows_choices_when_left_out(tmp_path, body, kind):
    bank, problems = one_question(tmp_path, f"- id: t\n  prompt: p\n  answer: a\n  {body}\n")
    assert problems == []
    assert bank.questions[0].type is kind


def test_every_field_reaches_the_question(tmp_path):
    bank, problems = one_question(
        tmp_path,
        """\
        - id: voll
          type: fill_in
          prompt: "  Hauptstadt?  "
          answer: " Canberra "
          accept: [canberra city]
          tags: [geo]
          difficulty: 3
          time_limit: 12.5
          explanation: Weil.
          source: {file: seeds/x.txt, line: 7}
    """,
    )
    assert problems == []
    question = bank.questions[0]
    assert (question.prompt, question.answer, question.accept) == (
        "Hauptstadt?",
        "Canberra",
        ("canberra city",),
    )
    assert (question.tags, question.difficulty, question.time_limit) == (("geo",), 3, 12.5)
    assert question.explanation == "Weil."
    assert question.source == Source("seeds/x.txt", 7)
    assert question.bank == "eins"
    assert bank.path == str(tmp_path / "eins.yaml")


def test_anchors_and_merge_keys_work_as_in_yaml(tmp_path):
    bank, problems = one_question(
        tmp_path,
        """\
        - &erste
          id: m-1
          prompt: p
          answer: a
          choices: &wahl [a, b, c]
          difficulty: 2
        - <<: *erste
          id: m-2
          answer: b
    """,
    )
    assert problems == []
    second = bank.questions[1]
    assert (second.id, second.answer, second.choices, second.difficulty) == (
        "m-2",
        "b",
        ("a", "b", "c"),
        2,
    )


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        ("difficulty: 2.0", "difficulty"),
        ("difficulty: true", "difficulty"),
        ("time_limit: true", "time limit"),
        ("time_limit: .inf", "time limit"),
        ("choices: [a, yes]", "true/false"),
        ("tags: [a, null]", "empty entry"),
        ("accept: {a: b}", "must be a list"),
    ],
)
def test_wrong_types_are_errors(tmp_path, line, needle):
    bank, problems = one_question(tmp_path, f"- id: w\n  prompt: p\n  answer: a\n  {line}\n")
    assert bank is None
    assert [p.line for p in problems] == [7]
    assert needle in problems[0].message
    assert problems[0].question_id == "w"


def test_a_time_limit_may_be_a_fraction(tmp_path):
    bank, problems = one_question(
        tmp_path, "- id: z\n  prompt: p\n  answer: a\n  time_limit: 7.5\n"
    )
    assert problems == [] and bank.questions[0].time_limit == 7.5


def test_warnings_alone_keep_the_bank(tmp_path):
    bank, problems = one_question(tmp_path, "- id: w\n  prompt: p\n  answer: a\n  hint: x\n")
    assert bank is not None
    assert [p.severity for p in problems] == ["warning"]


# -- folders -----------------------------------------------------------------------------------


def test_folders_give_every_bank_sorted_by_name(tmp_path):
    write_bank(tmp_path, "zebra.yaml", "- {id: z-1, prompt: p, answer: a}\n")
    write_bank(tmp_path, "alpha.yml", "- {id: a-1, prompt: p, answer: a}\n")
    write_bank(tmp_path, ".versteckt.yaml", "- {id: h-1, prompt: p, answer: a}\n")
    (tmp_path / "notizen.txt").write_text("kein Katalog", encoding="utf-8")
    (tmp_path / "ordner.yaml").mkdir()
    report = load_banks([tmp_path, tmp_path / "gibt-es-nicht"])
    assert [bank.name for bank in report.banks] == ["alpha", "zebra"]
    assert report.problems == []


def test_one_bad_bank_does_not_stop_the_others(tmp_path):
    write_bank(tmp_path, "gut.yaml", "- {id: g-1, prompt: p, answer: a}\n")
    (tmp_path / "kaputt.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    report = load_banks([tmp_path])
    assert [bank.name for bank in report.banks] == ["gut"]
    assert [p.file for p in report.errors] == [str(tmp_path / "kaputt.yaml")]


def test_only_loads_just_the_named_banks(tmp_path, monkeypatch):
    write_bank(tmp_path, "eins.yaml", "- {id: e-1, prompt: p, answer: a}\n")
    (tmp_path / "kaputt.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    report = load_banks([tmp_path], only=["eins"])
    assert [bank.name for bank in report.banks] == ["eins"]
    assert report.problems == []


def test_an_id_used_in_two_banks_names_both_places(tmp_path):
    first = write_bank(tmp_path, "a.yaml", "- {id: x-1, prompt: p, answer: a}\n")
    second = write_bank(
        tmp_path, "b.yaml", "- {id: b-1, prompt: p, answer: a}\n- {id: x-1, prompt: q, answer: b}\n"
    )
    report = load_banks([tmp_path])
    assert [bank.name for bank in report.banks] == ["a"]
    [problem] = report.errors
    assert (problem.file, problem.line, problem.question_id) == (str(second), 5, "x-1")
    assert f"{first}:4" in problem.message


def test_a_bank_copied_under_another_name_gives_one_error_with_the_count(tmp_path):
    questions = "".join(f"- {{id: q-{n}, prompt: p{n}, answer: a}}\n" for n in range(500))
    original = write_bank(tmp_path, "a.yaml", questions)
    copy = tmp_path / "b.yaml"
    copy.write_bytes(original.read_bytes())
    report = load_banks([tmp_path])
    assert [bank.name for bank in report.banks] == ["a"]
    [problem] = report.errors  # not one per question
    assert (problem.file, problem.line, problem.question_id) == (str(copy), 4, "q-0")
    assert problem.message.startswith("500 ids ")  # the count, in either language
    assert f"{original}:4" in problem.message


def test_two_banks_with_one_name_in_two_folders(tmp_path):
    mine = write_bank(tmp_path / "mine", "quiz.yaml", "- {id: m-1, prompt: p, answer: a}\n")
    other = write_bank(tmp_path / "other", "quiz.yaml", "- {id: o-1, prompt: p, answer: a}\n")
    report = load_banks([tmp_path / "mine", tmp_path / "other"])
    assert [bank.path for bank in report.banks] == [str(mine)]
    [problem] = report.errors
    assert problem.file == str(other) and str(mine) in problem.message


def test_find_bank_files_lists_what_load_banks_reads(tmp_path):
    write_bank(tmp_path, "b.yaml", "[]\n")
    write_bank(tmp_path, "a.YML", "[]\n")
    files, problems = find_bank_files([tmp_path])
    assert [path.name for path in files] == ["a.YML", "b.yaml"]
    assert problems == []
