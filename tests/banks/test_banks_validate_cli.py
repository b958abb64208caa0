"""`quiz validate`: one line per problem, a summary, exit codes 0 / 1 / 2."""

from __future__ import annotations

from pathlib import Path

from quiz.cli import main

GOOD = """\
title: Gut
language: en
questions:
  - {id: g-1, prompt: "Two plus two?", answer: 4}
  - {id: g-2, prompt: "Red or blue?", answer: blue, choices: [red, blue]}
  - {id: g-3, prompt: "Sky?", answer: blue, choices: [green, blue]}
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_clean_folder_exits_0_with_a_summary_by_type(tmp_path, capsys):
    write(tmp_path, "gut.yaml", GOOD)
    assert main(["validate", str(tmp_path)]) == 0
    output = capsys.readouterr().out.splitlines()
    assert output == [
        "Banks: 1 of 1 without errors · Questions: 3 (fill-in: 1, multiple choice: 2) "
        "· Errors: 0 · Warnings: 0"
    ]


def test_warnings_alone_exit_0(tmp_path, capsys):
    path = write(tmp_path, "gut.yaml", GOOD.replace("answer: 4}", "answer: 4, hint: x}"))
    assert main(["validate", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{path}:4:")
    assert "warning [g-1]" in lines[0] and "hint" in lines[0]
    assert "Warnings: 1" in lines[-1]


def test_errors_exit_1_and_each_is_one_line_with_file_line_and_id(tmp_path, capsys):
    write(tmp_path, "gut.yaml", GOOD)
    bad = write(
        tmp_path,
        "schlecht.yaml",
        GOOD.replace("answer: blue, choices: [red", "answer: pink, choices: [red"),
    )
    assert main(["validate", str(tmp_path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{bad}:5:")
    assert "error [g-2]" in lines[0] and "pink" in lines[0]
    assert "Banks: 1 of 2 without errors" in lines[1] and "Errors: 1" in lines[1]


def test_a_missing_path_exits_2_with_one_line_on_stderr(tmp_path, capsys):
    missing = tmp_path / "nirgends.yaml"
    assert main(["validate", str(missing)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert (
        captured.err.strip()
        == f"quiz: error: {missing} does not exist. Give a bank file or a folder."
    )


def test_without_paths_it_checks_the_questions_folder_option(tmp_path, capsys):
    write(tmp_path, "gut.yaml", GOOD)
    assert main(["validate", "--questions", str(tmp_path)]) == 0
    assert "Questions: 3" in capsys.readouterr().out


def test_without_paths_it_follows_quiz_questions(tmp_path, capsys, monkeypatch):
    write(tmp_path, "schlecht.yaml", "- a list\n")
    monkeypatch.setenv("QUIZ_QUESTIONS", str(tmp_path))
    assert main(["validate"]) == 1


def test_messages_follow_the_language(tmp_path, capsys):
    write(tmp_path, "gut.yaml", GOOD)
    assert main(["validate", "--lang", "de", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("Kataloge: 1 von 1 fehlerfrei")


def test_a_file_with_another_suffix_is_checked_when_named(tmp_path, capsys):
    path = write(tmp_path, "bank.txt", GOOD)
    assert main(["validate", str(path)]) == 0
    assert "Questions: 3" in capsys.readouterr().out


def test_a_file_named_twice_is_checked_once(tmp_path, capsys):
    path = write(tmp_path, "gut.yaml", GOOD)
    assert main(["validate", str(tmp_path), str(path)]) == 0
    assert "Banks: 1 of 1" in capsys.readouterr().out


def test_bank_text_quoted_in_a_problem_cannot_act_on_the_terminal(tmp_path, capsys):
    path = write(
        tmp_path, "feindlich.yaml", GOOD.replace("answer: 4}", 'answer: 4, "c\\e[2Jx": 1}')
    )
    assert main(["validate", str(path)]) == 0
    output = capsys.readouterr().out
    assert "c\\u001b[2Jx" in output
    assert "\x1b" not in output


def test_a_copied_bank_is_one_line_not_one_per_question(tmp_path, capsys):
    original = write(tmp_path, "gut.yaml", GOOD)
    write(tmp_path, "kopie.yaml", GOOD)
    assert main(["validate", "--lang", "en", str(tmp_path)]) == 1
    errors = [line for line in capsys.readouterr().out.splitlines() if ": error" in line]
    assert errors == [
        f"{tmp_path / 'kopie.yaml'}:4: error [g-1]: 3 ids of this bank are already used in "
        f"other banks, this one first ({original}:4), so this bank is not loaded. Give its "
        "questions ids of their own (a copy of a bank needs new ones too)."
    ]
