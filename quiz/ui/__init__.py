"""The Textual game. Only this package imports Textual.

``launch`` is what ``quiz play`` calls; it imports the app (and so Textual) only when run,
keeping ``import quiz.ui`` cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from quiz.errors import QuizError
from quiz.play.model import SessionSettings


def launch(
    *,
    question_dirs: Sequence[Path],
    db_path: Path,
    lang: str | None,
    settings: SessionSettings | None,
    banks: Sequence[str],
    home: bool,
) -> int:
    """Run the game in the terminal until the player quits; returns the exit code."""
    from quiz.ui.app import make_app

    app = make_app(
        question_dirs=question_dirs,
        db_path=db_path,
        lang=lang,
        settings=settings,
        banks=banks,
        home=home,
    )
    app.run()
    if app.startup_error is not None:
        raise QuizError(app.startup_error)
    return app.return_code or 0
