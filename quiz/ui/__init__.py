"""The Textual game. Only this package imports Textual.

``launch`` is what ``quiz play`` calls; it imports the app (and so Textual) only when run,
keeping ``import quiz.ui`` cheap.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from quiz.errors import INTERNAL_ERROR_EXIT, QuizError
from quiz.i18n import t
from quiz.play.model import SessionSettings
from quiz.signals import ENDING_SIGNALS, ending_signals_held, ending_signals_noted


def launch(
    *,
    question_dirs: Sequence[Path],
    db_path: Path,
    lang: str | None,
    settings: SessionSettings | None,
    banks: Sequence[str],
    home: bool,
) -> int:
    """Run the game in the terminal until the player quits; returns the exit code.

    Ended by SIGTERM or SIGHUP, or by an error of ours, the terminal is restored and the
    session in play is saved as not finished (never ranked); the exit code is then 128 +
    the signal, or 70 for an error. Bytes from the terminal that are not UTF-8 are read
    as U+FFFD (``input_decoding``).
    """
    from quiz.ui.app import make_app
    from quiz.ui.input_decoding import make_input_tolerant

    make_input_tolerant()

    app = make_app(
        question_dirs=question_dirs,
        db_path=db_path,
        lang=lang,
        settings=settings,
        banks=banks,
        home=home,
    )
    app.handles_ending_signals = True
    # Noted, never raised, while Textual runs (see ending_signals_noted): before its loop
    # runs, the app leaves as soon as it mounts; while it runs, the loop's own handlers end it
    # (App.on_mount); on its way out, the note is all that is needed.
    resume = signal.getsignal(signal.SIGCONT) if hasattr(signal, "SIGCONT") else None
    with ending_signals_noted(app.note_ending_signal, (*ENDING_SIGNALS, signal.SIGINT)):
        app.run()
    if resume is not None:  # Textual's driver and the app replace it (App._take_ending_signals)
        signal.signal(signal.SIGCONT, resume)
    failed = app.ended_by_signal is None and app.return_code not in (None, 0)
    with ending_signals_held():
        saved = app.save_unfinished()
    if saved is not None and failed:
        # Textual has shown what went wrong; say that the answers are not lost.
        print(t("play.results.interrupted_by_error"), file=sys.stderr)
    if app.startup_error is not None:
        raise QuizError(app.startup_error)
    if app.ended_by_signal is not None:
        return 128 + app.ended_by_signal
    return INTERNAL_ERROR_EXIT if failed and saved is not None else app.return_code or 0
