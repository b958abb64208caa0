"""Issue 13, items 1, 2 and 4: no answer, however strange, ends a session or costs its points.

One bounded, total number parser (``quiz.text.numbers``) reads every number a player types
and every number a bank holds; these tests go through the checker, plain mode and the UI.
"""

from __future__ import annotations

import io

import pytest
from textual.widgets import Input

from quiz.banks.loader import load_banks
from quiz.plain import run_plain
from quiz.play.clock import FakeClock
from quiz.play.game import open_session
from quiz.play.matching import AnswerChecker
from quiz.play.model import SessionSettings
from quiz.results import Verdict
from quiz.text.numbers import MAX_DIGITS, bounded_number, parse_number, whole_number
from quiz.ui.app import make_app
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.screens.results import ResultsScreen

from .conftest import LONG_NUMBER

ETHIOPIC_ONE = "\u1369"  # a digit to str.isdigit(), not to int()


def questions(banks_dir):
    report = load_banks([banks_dir])
    assert not report.errors
    return {question.id: question for bank in report.banks for question in bank.questions}


def plain_game(banks_dir, store, lines):
    clock = FakeClock()
    settings = SessionSettings(in_order=True, player="Ada", count=4)
    session, _ = open_session([banks_dir], ["hart"], settings, store, clock)
    out = io.StringIO()
    code = run_plain(
        session, store, stdin=io.StringIO("".join(f"{x}\n" for x in lines)), stdout=out
    )
    return code, out.getvalue()


# -- the parser ---------------------------------------------------------------------------


def test_the_number_parser_is_total_and_bounded():
    assert parse_number("1" * 5000) is None  # int() would raise: over 4,300 digits
    assert parse_number("1" * (MAX_DIGITS + 1)) is None
    assert parse_number("1" * MAX_DIGITS) == int("1" * MAX_DIGITS)
    assert parse_number(ETHIOPIC_ONE) is None  # int("፩") raises ValueError
    assert parse_number("٣") == 3  # Arabic-Indic three: a decimal digit int() reads
    assert parse_number("fünfzehn") == parse_number("15") == 15
    assert whole_number(ETHIOPIC_ONE) is None and whole_number("") is None
    assert bounded_number(10**400, 0, 100) is None  # float() would overflow
    assert bounded_number(True, 0, 100) is None
    assert bounded_number(float("nan"), 0, 100) is None
    assert bounded_number(30, 0, 100) == 30.0


# -- item 1: 5,000 digits typed ------------------------------------------------------------


def test_item1_five_thousand_digits_are_a_wrong_answer_not_a_crash(banks_dir):
    by_id = questions(banks_dir)
    checker = AnswerChecker(by_id.values())
    for question in by_id.values():
        verdict = checker.check(question, "9" * 5000).verdict
        assert verdict is Verdict.WRONG


def test_item1_plain_mode_plays_on_and_saves_the_points_before(banks_dir, store):
    code, text = plain_game(banks_dir, store, ["Paris", "1" * 5000, "8"])
    assert code == 0, text
    assert "Traceback" not in text
    [entry] = store.top()
    assert (entry.correct, entry.total) == (2, 3)  # input ended before the 4th question
    assert entry.score > 0


async def test_item1_the_ui_plays_on_after_five_thousand_digits(banks_dir, db):
    clock = FakeClock()
    settings = SessionSettings(in_order=True, player="Ada", count=1)
    app = make_app(
        question_dirs=[banks_dir],
        db_path=db,
        clock=clock,
        settings=settings,
        banks=["hart"],
        home=False,
        lang="de",
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        app.screen.query_one("#answer", Input).value = "1" * 5000
        await pilot.press("enter")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
    assert app.return_code in (None, 0)


def test_item1_a_pasted_page_is_wrong_without_being_compared_word_by_word(banks_dir, monkeypatch):
    by_id = questions(banks_dir)
    checker = AnswerChecker(by_id.values())
    compared = []
    monkeypatch.setattr("quiz.play.matching._Form.of", lambda text: compared.append(text))
    page = "Paris " + "und so weiter " * 100
    assert checker.check(by_id["h-paris"], page).verdict is Verdict.WRONG
    assert compared == []


def test_item1_a_long_right_answer_is_still_right(tmp_path):
    answer = "Ein sehr langer Satz " * 60  # 1,260 characters, as a bank may hold
    path = tmp_path / "lang.yaml"
    path.write_text(
        "title: L\nlanguage: de\nquestions:\n  - id: l-1\n    type: fill_in\n"
        f"    prompt: Wie?\n    answer: {answer.strip()}\n",
        encoding="utf-8",
    )
    [bank] = load_banks([tmp_path]).banks
    checker = AnswerChecker(bank.questions)
    assert checker.check(bank.questions[0], answer.strip()).verdict is Verdict.CORRECT


# -- item 2: a Unicode digit int() cannot read ---------------------------------------------


def test_item2_an_ethiopic_digit_does_not_pick_a_choice_nor_crash(banks_dir):
    by_id = questions(banks_dir)
    checker = AnswerChecker(by_id.values())
    planet = by_id["h-planet"]
    assert checker.check(planet, ETHIOPIC_ONE, planet.choices).verdict is Verdict.WRONG
    assert checker.check(planet, "2", planet.choices).verdict is Verdict.CORRECT


def test_item2_plain_mode_plays_on(banks_dir, store):
    code, text = plain_game(banks_dir, store, ["Paris", ETHIOPIC_ONE, "8"])
    assert code == 0 and "Traceback" not in text
    assert store.top()[0].correct == 2


# -- item 4: a bank whose answer is a 5,000-digit number --------------------------------------


@pytest.mark.parametrize("typed", [LONG_NUMBER, "7" * 4999 + "8", "8", "acht", "x" * 5000])
def test_item4_any_answer_to_a_5000_digit_answer_is_judged(banks_dir, typed):
    by_id = questions(banks_dir)
    checker = AnswerChecker(by_id.values())
    verdict = checker.check(by_id["h-lang"], typed).verdict
    # Right only when typed exactly; long digits are still never fuzzy.
    assert verdict is (Verdict.CORRECT if typed == LONG_NUMBER else Verdict.WRONG)


def test_item4_plain_play_of_that_question(banks_dir, store):
    code, text = plain_game(banks_dir, store, ["Paris", "2", "8", LONG_NUMBER])
    assert code == 0 and "Traceback" not in text
    assert store.top()[0].correct == 4
