"""The high-score table: reachable from Home and after a game, filterable, newest marked."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from textual.widgets import DataTable, Select

from quiz.results import Mode, QuizResult
from quiz.scores.store import ScoreStore
from quiz.ui.screens.highscores import NEWEST_STYLE, HighScoresScreen
from quiz.ui.screens.results import ResultsScreen


def save(db: Path, player: str, score: int, banks: tuple[str, ...], day: int) -> None:
    result = QuizResult(
        player=player,
        banks=banks,
        mode=Mode.CLASSIC,
        score=score,
        correct=3,
        total=4,
        longest_streak=2,
        duration_s=42.0,
    )
    store = ScoreStore(db)
    store.save(result, finished_at=datetime(2026, 11, day, 12, 0, tzinfo=UTC))
    store.close()


def rows(table: DataTable) -> list[list[str]]:
    return [[str(cell) for cell in table.get_row_at(index)] for index in range(table.row_count)]


async def test_high_scores_from_home_filtered_by_bank_with_the_newest_marked(
    build_app, add_bank, db
):
    add_bank("markup")
    save(db, "Anna", 3000, ("quiz-test",), day=2)
    save(db, "Berta", 2500, ("markup",), day=3)
    save(db, "[b]Carl", 3500, ("quiz-test", "markup"), day=1)
    app = build_app(home=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f2")
        assert isinstance(app.screen, HighScoresScreen)
        table = app.screen.query_one(DataTable)
        assert [row[:3] for row in rows(table)] == [
            ["1", "[b]Carl", "3500"],
            ["2", "Anna", "3000"],
            ["3", "Berta", "2500"],
        ]
        # Berta's game is the newest: the cursor is on it and it stands out.
        assert table.cursor_row == 2
        assert table.get_row_at(2)[1].style == NEWEST_STYLE

        app.screen.query_one(Select).value = "quiz-test"
        await pilot.pause()
        assert [row[1] for row in rows(table)] == ["[b]Carl", "Anna"]
        assert table.cursor_row == 1  # Anna's is the newest of these two

        await pilot.press("escape")
        assert not isinstance(app.screen, HighScoresScreen)


async def test_high_scores_after_a_game_show_the_new_score(build_app, db):
    save(db, "Anna", 100, ("quiz-test",), day=1)
    app = build_app(count=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("1", "enter")
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("h")
        table = app.screen.query_one(DataTable)
        assert [row[1] for row in rows(table)] == ["Tester", "Anna"]
        assert table.cursor_row == 0
        assert app.screen.query_one(Select).value == "quiz-test"


async def test_an_empty_table_says_so(build_app):
    app = build_app(home=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f2")
        assert not app.screen.query_one(DataTable).display
        assert app.screen.query_one("#empty").display
