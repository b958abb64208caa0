"""Question types: true/false and number tolerances, through the one extension point."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from quiz.banks.loader import load_bank_file
from quiz.banks.model import Question, QuestionType
from quiz.banks.types import KINDS, kind_of
from quiz.i18n import set_language
from quiz.play.clock import FakeClock
from quiz.play.matching import AnswerChecker
from quiz.play.model import SessionSettings
from quiz.play.session import QuizSession
from quiz.results import Mode, Verdict


def load(tmp_path: Path, questions: str):
    path = tmp_path / "arten.yaml"
    body = textwrap.indent(textwrap.dedent(questions), "  ")
    path.write_text(f"title: Arten\nlanguage: de\nquestions:\n{body}", encoding="utf-8")
    return load_bank_file(path)


def keys_of(problems):
    return [(p.line, p.severity.value, p.message) for p in problems]


def test_every_question_type_has_one_kind():
    assert set(KINDS) == set(QuestionType)
    assert all(kind.type is value for value, kind in KINDS.items())


# -- true/false in the bank ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"), [("true", "true"), ("false", "false"), ("False", "false")]
)
def test_true_false_is_recognised_by_the_words_true_and_false(tmp_path, written, expected):
    bank, problems = load(
        tmp_path, f"- id: tf\n  prompt: Die Erde ist rund.\n  answer: {written}\n"
    )
    assert problems == []
    (question,) = bank.questions
    assert (question.type, question.answer) == (QuestionType.TRUE_FALSE, expected)


def test_yes_and_no_without_type_stay_a_forgotten_pair_of_quotes(tmp_path):
    bank, problems = load(tmp_path, "- id: tf\n  prompt: Ja?\n  answer: no\n")
    assert bank is None
    assert "as true/false. Put the text in quotes" in problems[0].message


def test_an_explicit_true_false_type_takes_any_truth_value(tmp_path):
    bank, problems = load(tmp_path, "- id: tf\n  type: true_false\n  prompt: Ja?\n  answer: yes\n")
    assert problems == []
    assert bank.questions[0].answer == "true"


def test_a_true_false_answer_in_quotes_is_an_error_saying_what_to_write(tmp_path):
    bank, problems = load(
        tmp_path, '- id: tf\n  type: true_false\n  prompt: Ja?\n  answer: "wahr"\n'
    )
    assert bank is None
    (problem,) = problems
    assert problem.line == 7 and "is true or false (without quotes), not wahr" in problem.message


def test_true_false_ignores_choices_and_says_so(tmp_path):
    bank, problems = load(
        tmp_path, "- id: tf\n  prompt: Ja?\n  answer: true\n  choices: [ja, nein]\n"
    )
    assert bank.questions[0].choices == ()
    assert [p.severity.value for p in problems] == ["warning"]
    assert "“choices” is ignored for true/false questions" in problems[0].message


# -- tolerance -------------------------------------------------------------------------------


def test_tolerance_reaches_the_question(tmp_path):
    bank, problems = load(tmp_path, "- id: n\n  prompt: Wie viele?\n  answer: 15\n  tolerance: 2\n")
    assert problems == []
    assert bank.questions[0].tolerance == 2.0


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("tolerance: -1", "“tolerance” is -1; a number from 0 up is allowed"),
        ("tolerance: viel", "“tolerance” is viel; a number from 0 up is allowed"),
    ],
)
def test_a_bad_tolerance_is_an_error(tmp_path, field, message):
    bank, problems = load(tmp_path, f"- id: n\n  prompt: Wie viele?\n  answer: 15\n  {field}\n")
    assert bank is None and message in problems[0].message


def test_tolerance_on_a_text_answer_is_an_error(tmp_path):
    bank, problems = load(tmp_path, "- id: n\n  prompt: Wer?\n  answer: Ada\n  tolerance: 1\n")
    assert bank is None
    assert "“tolerance” is for numbers only, and the answer “Ada” is none" in problems[0].message


# -- checking answers ------------------------------------------------------------------------


def true_false(answer: str) -> Question:
    return Question(id="tf", type=QuestionType.TRUE_FALSE, prompt="?", answer=answer)


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [
        ("1", Verdict.CORRECT),
        ("w", Verdict.CORRECT),
        ("Wahr", Verdict.CORRECT),
        ("true", Verdict.CORRECT),
        ("ja", Verdict.CORRECT),
        ("2", Verdict.WRONG),
        ("F", Verdict.WRONG),
        ("falsch", Verdict.WRONG),
        ("no", Verdict.WRONG),
        ("wahrscheinlich", Verdict.WRONG),
        ("", Verdict.SKIPPED),
    ],
)
def test_true_false_answers_by_key_and_word_in_both_languages(typed, verdict):
    question = true_false("true")
    assert AnswerChecker([question]).check(question, typed).verdict is verdict


def test_a_false_statement_is_judged_false():
    question = true_false("false")
    checker = AnswerChecker([question])
    assert checker.check(question, "falsch").verdict is Verdict.CORRECT
    assert checker.check(question, "1").verdict is Verdict.WRONG


def numeric(answer: str, tolerance: float | None, accept=()) -> Question:
    return Question(
        id="n",
        type=QuestionType.FILL_IN,
        prompt="?",
        answer=answer,
        tolerance=tolerance,
        accept=accept,
    )


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [
        ("13", Verdict.CORRECT),
        ("17", Verdict.CORRECT),
        ("15,5", Verdict.CORRECT),
        ("siebzehn", Verdict.CORRECT),
        ("12", Verdict.WRONG),
        ("17.01", Verdict.WRONG),
        ("achtzehn", Verdict.WRONG),
    ],
)
def test_tolerance_accepts_the_numbers_around_the_answer(typed, verdict):
    question = numeric("15", 2)
    assert AnswerChecker([question]).check(question, typed).verdict is verdict


def test_decimal_tolerance_and_numbers_without_one():
    pi = numeric("3.14", 0.01)
    checker = AnswerChecker([pi])
    assert checker.check(pi, "3,15").verdict is Verdict.CORRECT
    assert checker.check(pi, "3.16").verdict is Verdict.WRONG
    exact = numeric("15", None)
    assert AnswerChecker([exact]).check(exact, "16").verdict is Verdict.WRONG


def test_an_accepted_text_still_counts_beside_a_tolerance():
    question = numeric("12", 1, accept=("ein Dutzend",))
    assert AnswerChecker([question]).check(question, "ein Dutzend").verdict is Verdict.CORRECT


def test_a_number_too_long_for_a_tolerance_is_judged_as_text():
    question = numeric("15", 2)
    assert AnswerChecker([question]).check(question, "1" * 40).verdict is Verdict.WRONG


# -- the session and what players see -------------------------------------------------------


def test_the_session_asks_true_false_in_fixed_order_with_its_own_time():
    questions = [true_false("false")]
    session = QuizSession(
        questions, SessionSettings(mode=Mode.CLASSIC, seed=3, count=None), FakeClock()
    )
    asked = session.next_question()
    assert asked.choices == ("true", "false")
    assert asked.time_limit == KINDS[QuestionType.TRUE_FALSE].default_time_limit
    assert session.answer("2").verdict is Verdict.CORRECT


@pytest.mark.parametrize(
    ("language", "labels", "shown_keys"),
    [("de", ("Wahr", "Falsch"), "wf"), ("en", ("True", "False"), "tf")],
)
def test_true_false_is_shown_and_keyed_in_the_players_language(language, labels, shown_keys):
    set_language(language)
    kind = kind_of(true_false("true"))
    assert tuple(kind.label(value) for value in ("true", "false")) == labels
    keys = kind.choice_keys(2)
    assert (keys[0][:2], keys[1][:2]) == (("1", shown_keys[0]), ("2", shown_keys[1]))
    assert "1" in kind.hint(2)
