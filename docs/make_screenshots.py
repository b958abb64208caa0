"""Draw the README's screenshots: ``.venv/bin/python docs/make_screenshots.py``.

The app is built by the same factory as in the game and the tests, on the bundled banks,
with a fixed seed, a clock that stands still and a throw-away score file filled with a
few invented games, so that the pictures only change when the screens do.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

DOCS = Path(__file__).resolve().parent
SIZE = (80, 24)
SECONDS_INTO_QUESTION = 6.5
PREFERRED_BANKS = ("oz-staffel-1", "beispiel")
SAMPLE_GAMES = [  # player, score, right, total, day of November 2026
    ("Ryan", 8420, 9, 10, 3),
    ("Augustus", 7310, 8, 10, 5),
    ("Diane", 9050, 10, 10, 9),
    ("Tobias", 4980, 6, 10, 11),
    ("Miguel", 6125, 7, 10, 12),
]


async def main() -> None:
    with tempfile.TemporaryDirectory(prefix="quiz-screenshots-") as folder:
        await draw(Path(folder))


async def draw(scratch: Path) -> None:
    # Nothing of a real home is read or written; dates are drawn in UTC.
    os.environ.update(
        QUIZ_DATA_DIR=str(scratch / "data"), QUIZ_CACHE_DIR=str(scratch / "cache"), TZ="UTC"
    )
    time.tzset()

    from quiz.banks.loader import load_banks
    from quiz.locations import bundled_banks_dir
    from quiz.play.clock import FakeClock
    from quiz.play.model import Mode, QuizResult, SessionSettings
    from quiz.scores.store import ScoreStore
    from quiz.ui.app import make_app

    questions = bundled_banks_dir()
    available = {bank.name for bank in load_banks([questions]).banks}
    bank = next((name for name in PREFERRED_BANKS if name in available), None)
    if bank is None:
        sys.exit(f"none of {', '.join(PREFERRED_BANKS)} in {questions}")

    db = scratch / "scores.json"
    store = ScoreStore(db)
    for player, score, right, total, day in SAMPLE_GAMES:
        result = QuizResult(
            player=player,
            banks=(bank,),
            mode=Mode.CLASSIC,
            score=score,
            correct=right,
            total=total,
            longest_streak=right // 2,
            duration_s=95.0,
        )
        store.save(result, finished_at=datetime(2026, 11, day, 20, 15, tzinfo=UTC))
    store.close()

    clock = FakeClock()

    def build(home: bool):
        settings = SessionSettings(mode=Mode.CLASSIC, count=10, seed=26, player="Diane")
        return make_app(
            question_dirs=[questions],
            db_path=db,
            clock=clock,
            settings=settings,
            banks=(bank,),
            home=home,
        )

    async def a_few_seconds_into_the_question(pilot) -> None:
        clock.advance(SECONDS_INTO_QUESTION)
        pilot.app.screen.tick()

    async def open_high_scores(pilot) -> None:
        await pilot.press("f2")

    await capture(build(home=False), DOCS / "question.svg", a_few_seconds_into_the_question)
    await capture(build(home=True), DOCS / "highscores.svg", open_high_scores)


async def capture(app, target: Path, prepare) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await prepare(pilot)
        await pilot.pause()
        app.save_screenshot(filename=target.name, path=str(target.parent))
    print(target)


if __name__ == "__main__":
    asyncio.run(main())
