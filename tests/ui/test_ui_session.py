"""A classic session played to the end with the real session, loader and store."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Static

from quiz.play.clock import FakeClock
from quiz.results import Mode
from quiz.scores.store import ScoreStore
from quiz.ui.app import QuizApp
from quiz.ui.screens.question import PAUSE_AFTER_ANSWER, QuestionScreen
from quiz.ui.screens.results import ResultsScreen
from quiz.ui.widgets.choice_list import ChoiceList
from quiz.ui.widgets.countdown import CountdownBar


def shown(app: QuizApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_classic_session_right_wrong_typo_timeout_is_saved(
    build_app, clock: FakeClock, db: Path
):
    app = build_app(count=4)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert "Frage 1 von 4" in shown(app, "#status")
        assert shown(app, "#source") == "Staffel 1 · Folge 1"

        clock.advance(1.0)
        await pilot.press("1")  # choices as written: 1 is Tim McManus
        assert "Richtig!" in shown(app, "#feedback")

        await pilot.press("enter")
        await pilot.press(*"16", "enter")
        feedback = shown(app, "#feedback")
        assert "Leider falsch" in feedback and "Richtig wäre: 15" in feedback

        await pilot.press("enter")
        await pilot.press(*"Vernon Schilinger", "enter")
        feedback = shown(app, "#feedback")
        assert "Trotz Tippfehler als richtig gewertet" in feedback
        assert "Vernon Schillinger" in feedback

        await pilot.press("enter")
        screen = app.screen
        clock.advance(21.0)  # past the 20 s of a choice question
        screen.tick()
        await pilot.pause()
        assert "Zeit abgelaufen" in shown(app, "#feedback")
        assert "Augustus Hill" in shown(app, "#feedback")

        await pilot.press("enter")
        assert isinstance(app.screen, ResultsScreen)
        result = app.screen.result
        assert [outcome.verdict.value for outcome in result.outcomes] == [
            "correct",
            "wrong",
            "typo",
            "timeout",
        ]
        summary = shown(app, "#summary")
        assert f"{result.score} Punkte" in summary and "2 von 4 richtig" in summary
        assert "Platz 1 in der Bestenliste" in summary

    entries = ScoreStore(db).top()
    assert [(entry.player, entry.score, entry.correct, entry.total) for entry in entries] == [
        ("Tester", result.score, 2, 4)
    ]


async def test_next_question_comes_by_itself_after_a_pause(build_app, clock: FakeClock):
    app = build_app(count=2)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("2")
        screen = app.screen
        clock.advance(PAUSE_AFTER_ANSWER - 0.5)
        screen.tick()
        assert "Frage 1 von 2" in shown(app, "#status")
        clock.advance(1.0)
        screen.tick()
        await pilot.pause()
        assert "Frage 2 von 2" in shown(app, "#status")
        assert app.screen.query_one("#answer", Input).has_focus


async def test_countdown_turns_to_danger_in_the_last_five_seconds(build_app, clock: FakeClock):
    app = build_app(count=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(CountdownBar)
        clock.advance(14.0)
        app.screen.tick()
        assert not bar.has_class("danger")
        clock.advance(2.0)  # 4 s of 20 left
        app.screen.tick()
        assert bar.has_class("danger")
        assert "4 s" in str(bar.render())


async def test_choices_answer_to_letters_arrows_and_the_mouse(build_app, clock: FakeClock):
    app = build_app(count=4)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("a")  # A is the first choice, Tim McManus
        assert "Richtig!" in shown(app, "#feedback")
        await pilot.press("enter")
        await pilot.press("enter")  # an empty fill-in answer skips
        assert "Übersprungen" in shown(app, "#feedback")
        await pilot.press("enter", *"Schillinger", "enter", "enter")
        # The choices of the fourth question as written: Augustus Hill is the second.
        await pilot.press("down", "enter")
        assert "Richtig!" in shown(app, "#feedback")
        assert app.screen.session.outcomes[-1].given == "2"


async def test_a_click_on_a_choice_answers(build_app):
    app = build_app(count=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        choices = app.screen.query_one(ChoiceList)
        # The list draws a one-line border when focused; the second row is choice B.
        await pilot.click(ChoiceList, offset=(6, 2))
        assert choices.highlighted == 1
        assert "Leider falsch" in shown(app, "#feedback")


async def test_escape_abandons_after_asking_and_nothing_is_saved(
    build_app, clock: FakeClock, db: Path
):
    app = build_app(count=4)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("1")
        await pilot.press("escape")
        await pilot.press("n")  # no: play on
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("escape")
        await pilot.press("j")  # yes (German "ja")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert app.screen.result.abandoned
        assert "Abgebrochen" in shown(app, "#summary")
        await pilot.press("q")
    assert app.return_code == 0
    assert ScoreStore(db).top() == []


async def test_ctrl_q_mid_game_asks_before_quitting(build_app, db: Path):
    app = build_app(count=4)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.press("n")  # no: play on
        assert isinstance(app.screen, QuestionScreen)
        assert app.is_running
        await pilot.press("ctrl+q")
        await pilot.press("j")
        await pilot.pause()
    assert app.return_code == 0
    assert ScoreStore(db).top() == []


async def test_practice_has_no_timer_and_is_not_ranked(build_app, clock: FakeClock, db: Path):
    app = build_app(count=1, mode=Mode.PRACTICE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "ohne Zeitlimit" in str(app.screen.query_one(CountdownBar).render())
        clock.advance(600.0)
        app.screen.tick()
        await pilot.press("1")
        assert "Richtig!" in shown(app, "#feedback")
        await pilot.press("enter")
        assert "Übungsrunde" in shown(app, "#summary")
    assert ScoreStore(db).top() == []
