"""Blitz, help, the command palette, and a game that cannot start."""

from __future__ import annotations

from textual.widgets import Static

from quiz.errors import QuizError
from quiz.play import game
from quiz.play.clock import FakeClock
from quiz.results import Mode
from quiz.ui.screens.help import HelpScreen
from quiz.ui.screens.highscores import HighScoresScreen
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.screens.results import ResultsScreen


def status(app) -> str:
    return str(app.screen.query_one("#status", Static).render())


async def test_blitz_shows_the_session_time_and_ends_when_it_is_up(build_app, clock: FakeClock):
    app = build_app(mode=Mode.BLITZ, count=None, blitz_seconds=30.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Frage 1  ·" in status(app) and "noch 30 s" in status(app)
        await pilot.press("1", "enter")
        clock.advance(12.0)
        app.screen.tick()
        assert "noch 18 s" in status(app)
        clock.advance(19.0)  # the session's 30 s are over mid-question
        app.screen.tick()
        await pilot.pause()
        assert "Zeit abgelaufen" in str(app.screen.query_one("#feedback", Static).render())
        await pilot.press("enter")
        assert isinstance(app.screen, ResultsScreen)
        assert app.screen.result.total == 2


async def test_help_lists_keys_and_rules_in_the_chosen_language(build_app):
    app = build_app(home=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(part.render()) for part in app.screen.query(Static))
        assert "Serie" in text and "Tippfehler" in text and "1000 Punkte" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_the_command_palette_offers_high_scores_but_not_during_a_question(build_app):
    app = build_app(home=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Bestenliste" in titles and "Hilfe" in titles
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Bestenliste" not in titles
        await pilot.press("f2")
        assert not isinstance(app.screen, HighScoresScreen)


async def test_a_game_that_cannot_start_exits_with_its_reason(build_app, add_bank):
    add_bank("broken")
    app = build_app(banks=("broken",))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
    assert app.return_code == 1
    assert "broken.yaml:4" in app.startup_error


async def test_the_language_follows_the_option_else_the_bank(build_app, monkeypatch):
    # An English locale is the machine's, not a choice: the bank's German wins over it.
    monkeypatch.delenv("QUIZ_LANG", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    app = build_app(lang=None)  # the bank says German
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert status(app).startswith("Frage 1 von")
    # QUIZ_LANG is the player's choice, like --lang (README: "--lang (or QUIZ_LANG)").
    monkeypatch.setenv("QUIZ_LANG", "en")
    app = build_app(lang=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert status(app).startswith("Question 1 of")
    app = build_app(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert status(app).startswith("Question 1 of")
        await pilot.press("2")
        assert "Wrong." in str(app.screen.query_one("#feedback", Static).render())


async def test_a_score_that_cannot_be_saved_is_said_so_and_the_game_still_ends(
    build_app, monkeypatch
):
    def refuse(result, store):
        raise QuizError("Die Bestenliste /x ist schreibgeschützt.")

    monkeypatch.setattr(game, "finish", refuse)
    app = build_app(count=1)
    told: list[str] = []
    app.notify = lambda message, **options: told.append(message)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("1", "enter")
        assert isinstance(app.screen, ResultsScreen)
        assert "konnte nicht gespeichert werden" in str(
            app.screen.query_one("#summary", Static).render()
        )
    assert told == ["Die Bestenliste /x ist schreibgeschützt."]


async def test_a_damaged_score_file_is_told_on_the_home_screen(build_app, db):
    db.write_bytes(b"{not json at all")
    app = build_app(home=True)
    told: list[str] = []
    app.notify = lambda message, **options: told.append(message)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
    assert len(told) == 1 and db.name in told[0]
    assert list(db.parent.glob(f"{db.name}.damaged-*"))
