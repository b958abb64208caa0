"""The home screen: banks and their problems, remembered choices, starting a game."""

from __future__ import annotations

import pytest
from textual.widgets import Input, SelectionList, Static

from quiz.banks.index import BankIndex
from quiz.preferences import Preferences
from quiz.ui.screens.home import HomeScreen
from quiz.ui.screens.question import QuestionScreen


def notices(app) -> list[str]:
    return [str(notice.render()) for notice in app.screen.query(".notice").results(Static)]


def bank_lines(app) -> list[str]:
    """The bank list as text, colours dropped: what a monochrome terminal shows."""
    banks = app.screen.query_one("#banks", SelectionList)
    return [banks.render_line(y).text.rstrip() for y in range(banks.option_count)]


async def test_a_first_game_offers_the_generated_banks_marked_in_plain_text(build_app, add_bank):
    add_bank("markup")  # first in alphabetical order, hand-written
    add_bank("notizen")  # written by the generator
    app = build_app(home=True)  # no remembered choice: a fresh machine
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        banks = app.screen.query_one("#banks", SelectionList)
        assert banks.selected == ["notizen"]
        lines = bank_lines(app)
        assert [line[:4] for line in lines] == ["▐ ▌ ", "▐X▌ ", "▐ ▌ "]
        assert "Markup" in lines[0] and "Aus Notizen" in lines[1] and "Testkatalog" in lines[2]

        assert app.focused is banks
        await pilot.press("space", "down", "space")  # take markup, drop notizen
        await pilot.pause()
        assert banks.selected == ["markup"]
        assert [line[:4] for line in bank_lines(app)] == ["▐X▌ ", "▐ ▌ ", "▐ ▌ "]


async def test_home_prefills_the_remembered_player_and_starts_a_game(build_app, add_bank):
    add_bank("markup")
    Preferences(player="Anna", banks=("quiz-test",)).save()
    app = build_app(home=True, player="")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.screen.query_one("#player", Input).value == "Anna"
        assert app.screen.query_one("#banks", SelectionList).selected == ["quiz-test"]

        app.screen.query_one("#player", Input).value = "Berta"
        app.screen.query_one("#count", Input).value = "2"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert "Frage 1 von 2" in str(app.screen.query_one("#status", Static).render())
    assert Preferences.load() == Preferences(player="Berta", banks=("quiz-test",))


async def test_banks_are_chosen_by_keyboard_one_shift_tab_from_the_name(build_app, add_bank):
    add_bank("markup")
    app = build_app(home=True, player="")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.focused is app.screen.query_one("#player", Input)
        await pilot.press(*"Cleo", "shift+tab")
        banks = app.screen.query_one("#banks", SelectionList)
        assert app.focused is banks
        # Neither bank is generated, so both are chosen: drop the first, start.
        assert banks.selected == ["markup", "quiz-test"]
        await pilot.press("space", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.session.current.question.bank == "quiz-test"


async def test_home_refuses_to_start_without_a_bank(build_app):
    app = build_app(home=True)
    told: list[str] = []
    app.notify = lambda message, **options: told.append(message)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#banks", SelectionList).deselect_all()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert told == ["Bitte wähle mindestens einen Fragenkatalog (Leertaste)."]


async def test_a_bank_that_fails_to_load_is_named_with_its_line(build_app, add_bank):
    add_bank("broken")
    app = build_app(home=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = notices(app)
        assert len(shown) == 1
        assert "broken.yaml:4" in shown[0] and "kaputt-1" in shown[0]
        # The good bank is still there to play.
        assert app.screen.query_one("#banks", SelectionList).option_count == 1


async def test_the_bank_list_and_its_counts_come_from_the_index(build_app, monkeypatch):
    app = build_app(home=True, player="Ana")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
    monkeypatch.setattr(BankIndex, "bank", lambda *args: pytest.fail("a whole bank was read"))
    monkeypatch.setattr(BankIndex, "question", lambda *args: pytest.fail("a question was read"))
    app = build_app(home=True, player="Ana")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        banks = app.screen.query_one("#banks", SelectionList)
        label = str(banks.get_option_at_index(0).prompt)
        assert label.startswith("Testkatalog Oz") and "4" in label
