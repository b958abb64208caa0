"""True/false in both front ends: its own keys, its answers in the player's language."""

from __future__ import annotations

import io
from pathlib import Path

from textual.widgets import Static

from quiz.i18n import set_language
from quiz.plain import run_plain
from quiz.play.clock import FakeClock
from quiz.play.game import open_session
from quiz.play.model import SessionSettings
from quiz.scores.store import ScoreStore
from quiz.ui.screens.question import QuestionScreen

BANK = """\
title: Wahr oder falsch
language: de
questions:
  - id: wf-mond
    prompt: Der Mond leuchtet selbst.
    answer: false
  - id: wf-erde
    prompt: Die Erde ist rund.
    answer: true
"""


def write_bank(folder: Path) -> None:
    (folder / "wahr-falsch.yaml").write_text(BANK, encoding="utf-8")


async def test_the_keys_w_and_f_answer_true_false_questions(build_app, bank_dir: Path):
    write_bank(bank_dir)
    app = build_app(banks=("wahr-falsch",), count=2)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        hint = str(app.screen.query_one("#hint", Static).render())
        assert "W: wahr" in hint and "F: falsch" in hint
        await pilot.press("f")
        feedback = str(app.screen.query_one("#feedback", Static).render())
        assert "Richtig!" in feedback
        await pilot.press("enter")
        await pilot.press("f")
        feedback = str(app.screen.query_one("#feedback", Static).render())
        assert "Leider falsch" in feedback and "Wahr" in feedback


def test_plain_mode_shows_and_takes_true_and_false_in_english(tmp_path: Path):
    set_language("en")
    write_bank(tmp_path)
    store = ScoreStore(tmp_path / "scores.json")
    clock = FakeClock()
    settings = SessionSettings(in_order=True, player="Ana", count=None)
    session, _ = open_session([tmp_path], ["wahr-falsch"], settings, store, clock)
    out = io.StringIO()
    assert run_plain(session, store, stdin=io.StringIO("false\nt\n"), stdout=out) == 0
    text = out.getvalue()
    assert "  1) True\n  2) False\n" in text
    assert text.count("Right! +") == 2 and "Right: 2 of 2" in text
