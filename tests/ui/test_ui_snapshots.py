"""SVG snapshots of the main screens at fixed sizes (fake clock, fixed seed, fixed dates).

Update after a deliberate change of looks: ``pytest tests/ui --snapshot-update``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from quiz.results import Mode, QuizResult
from quiz.scores.store import ScoreStore

SMALL = (80, 24)
LARGE = (120, 36)


def test_home_first_game_small(snap_compare, build_app, add_bank):
    # A fresh machine: the generated bank is chosen, its box alone holds an X.
    add_bank("markup")
    add_bank("notizen")
    assert snap_compare(build_app(home=True), terminal_size=SMALL)


def test_question_small(snap_compare, build_app):
    assert snap_compare(build_app(count=4), terminal_size=SMALL)


def test_typo_feedback_large(snap_compare, build_app, clock):
    async def answer_with_typos(pilot):
        await pilot.press("1", "enter")
        clock.advance(4.0)
        await pilot.press(*"fuenfzehn", "enter", "enter")
        clock.advance(6.0)
        await pilot.press(*"Vernon Schilinger", "enter")

    assert snap_compare(build_app(count=4), terminal_size=LARGE, run_before=answer_with_typos)


def test_results_small(snap_compare, build_app, clock):
    async def play_through(pilot):
        await pilot.press("1", "enter", *"16", "enter", "enter")
        clock.advance(3.0)
        await pilot.press(*"Schilinger", "enter", "enter", "2", "enter")

    assert snap_compare(build_app(count=4), terminal_size=SMALL, run_before=play_through)


def test_high_scores_large(snap_compare, build_app, db, utc):
    store = ScoreStore(db)
    for day, (player, score, banks) in enumerate(
        [
            ("Anna", 3120, ("quiz-test",)),
            ("Berta", 2480, ("quiz-test",)),
            ("Carl", 4010, ("oz-staffel-1", "quiz-test")),
        ],
        start=1,
    ):
        result = QuizResult(
            player=player,
            banks=banks,
            mode=Mode.CLASSIC,
            score=score,
            correct=3,
            total=4,
            longest_streak=2,
            duration_s=50.0,
        )
        store.save(result, finished_at=datetime(2026, 11, day, 20, 15, tzinfo=UTC))
    store.close()

    assert snap_compare(build_app(home=True), terminal_size=LARGE, press=["f2"])
