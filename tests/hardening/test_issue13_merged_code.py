"""Issue 13's rules applied to code that arrived after the fix (question types, import):
numbers from players and files go through the bounded parser there too."""

from __future__ import annotations

from quiz.banks.types.multiple_choice import picked_by_position
from quiz.cli import main
from quiz.generator.text import split_sentences

ETHIOPIC_ONE = "\u1369"


def test_a_unicode_digit_int_cannot_read_picks_no_choice():
    assert picked_by_position(ETHIOPIC_ONE, ["a", "b"]) is None
    assert picked_by_position("1" * 5000, ["a", "b"]) is None
    assert picked_by_position("2", ["a", "b"]) == "b"


def test_an_ethiopic_digit_before_a_full_stop_is_no_ordinal_and_no_crash():
    sentences = split_sentences(f"Am {ETHIOPIC_ONE}. Tag kommt Tobias Beecher.", 1)
    assert sentences  # it used to raise ValueError from int()


def test_a_gift_number_too_large_for_a_float_is_reported_not_a_traceback(tmp_path, capsys):
    source = tmp_path / "big.gift"
    source.write_text("::Q1:: Wie viele Beine? {#" + "9" * 400 + "}\n", encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "big.yaml")]) == 1
    captured = capsys.readouterr()
    assert "is no number" in captured.out + captured.err
    assert "internal error" not in captured.err


def test_a_401_digit_tolerance_is_one_error_with_its_line(tmp_path):
    from quiz.banks.loader import load_bank_file

    path = tmp_path / "t.yaml"
    path.write_text(
        "title: T\nlanguage: de\nquestions:\n  - id: t-1\n    type: fill_in\n"
        f"    prompt: Wie viele?\n    answer: '8'\n    tolerance: {'9' * 401}\n",
        encoding="utf-8",
    )
    bank, problems = load_bank_file(path)
    assert bank is None
    [problem] = problems
    assert problem.line == 8 and "report a bug" not in problem.message
