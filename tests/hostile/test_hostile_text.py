"""Player names and question text that try to style, move or break the screen.

Markup (``[bold]``, ``[/]``, ``[link=...]``), control and ANSI escape characters, very long
text and right-to-left text are data: the score store gives them back byte for byte, and
``quiz scores``, plain mode and the UI show them literally (control characters as visible
stand-ins, never acting on the terminal) without breaking.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from quiz.banks.model import Question, QuestionType
from quiz.cli import main
from quiz.play.clock import FakeClock
from quiz.play.model import SessionSettings
from quiz.results import Mode, Outcome, QuizResult, Verdict
from quiz.scores.store import ScoreStore

ESC = "\x1b"
RLO = "\u202e"  # right-to-left override: would reverse the rest of a terminal line


@dataclass(frozen=True)
class Hostile:
    text: str
    shown: str  # a part of the text that must appear as it is, wherever the text is shown


HOSTILE = {
    "markup": Hostile(
        "[bold]fett[/bold] [/] [link=https://example.com]klick[/link] [red", "[bold]fett[/bold]"
    ),
    "ansi": Hostile(
        f"Rot{ESC}[31mROT{ESC}[0m Glocke\x07 Titel{ESC}]0;pwned\x07 Null\x00 Rück\x08 C1\x9b",
        "[31mROT",
    ),
    "right-to-left": Hostile(f"מי כתב את זה? ما اسم الكاتب؟ {RLO}evil", "מי כתב את זה?"),
    "very long": Hostile("Sehr lange Frage " * 588 + "Ende?", "Sehr lange Frage Sehr"),
}
CASES = pytest.mark.parametrize("case", HOSTILE.values(), ids=HOSTILE.keys())
# Characters that act on a terminal when printed raw.
TERMINAL_CONTROLS = (ESC, "\x07", "\x00", "\x08", "\x9b", RLO)


def assert_no_raw_controls(output: str) -> None:
    for control in TERMINAL_CONTROLS:
        assert control not in output, f"{control!r} reached the terminal raw"


def question(prompt: str) -> Question:
    return Question(
        id="hostile-1", type=QuestionType.FILL_IN, prompt=prompt, answer="Antwort", bank="hostile"
    )


def result_of(player: str, given: str) -> QuizResult:
    outcome = Outcome(
        question=question(given),
        verdict=Verdict.WRONG,
        given=given,
        points=0,
        streak_bonus=0,
        seconds=1.5,
        streak=0,
    )
    return QuizResult(
        player=player,
        banks=("hostile",),
        mode=Mode.CLASSIC,
        score=700,
        correct=0,
        total=1,
        longest_streak=0,
        duration_s=1.5,
        outcomes=(outcome,),
    )


def write_hostile_bank(folder: Path, prompt: str, title: str = "Feindlich") -> None:
    """A bank whose one question is the hostile text (YAML escapes what YAML must)."""
    folder.mkdir(parents=True, exist_ok=True)
    bank = {
        "title": title,
        "language": "de",
        "questions": [
            {"id": "hostile-1", "type": "fill_in", "prompt": prompt, "answer": "Antwort"}
        ],
    }
    (folder / "hostile.yaml").write_text(yaml.safe_dump(bank, allow_unicode=True), encoding="utf-8")


# --- the score store --------------------------------------------------------------------


@CASES
def test_the_store_gives_names_and_answers_back_byte_for_byte(
    tmp_path: Path, case: Hostile
) -> None:
    path = tmp_path / "scores.json"
    saved = ScoreStore(path).save(result_of(case.text, case.text))

    reopened = ScoreStore(path)  # read from the file, not from memory
    (entry,) = reopened.top()
    assert entry.player.encode("utf-8") == case.text.encode("utf-8")
    (outcome,) = reopened.outcomes(saved.id)
    assert outcome["given"].encode("utf-8") == case.text.encode("utf-8")


def test_a_name_from_undecodable_command_line_bytes_is_saved_readably(tmp_path: Path) -> None:
    # `quiz play --player $'\xff'` hands Python the name "\udcff" (surrogateescape), which
    # no UTF-8 file can hold: the store keeps the score with U+FFFD in its place.
    path = tmp_path / "scores.json"
    ScoreStore(path).save(result_of("Spieler\udcff", "x\udcff"))
    (entry,) = ScoreStore(path).top()
    assert entry.player == "Spieler\ufffd"


def test_quiz_play_takes_an_undecodable_player_name(tmp_path: Path, capsys, monkeypatch) -> None:
    folder = tmp_path / "banks"
    write_hostile_bank(folder, "Frage?")
    database = tmp_path / "scores.json"
    monkeypatch.setattr("sys.stdin", io.StringIO("Antwort\n"))

    code = main(
        [
            "play",
            "--plain",
            "--questions",
            str(folder),
            "--count",
            "1",
            "--player",
            "A\udcffB",
            "--db",
            str(database),
        ]
    )

    assert code == 0
    (entry,) = ScoreStore(database).top()
    assert entry.player == "A\ufffdB"


# --- quiz scores --------------------------------------------------------------------------


@CASES
def test_quiz_scores_prints_the_name_literally_in_80_columns(
    tmp_path: Path, capsys, case: Hostile
) -> None:
    path = tmp_path / "scores.json"
    ScoreStore(path).save(result_of(case.text, "x"))

    assert main(["scores", "--db", str(path)]) == 0
    output = capsys.readouterr().out
    assert case.shown[:12] in output  # the table column is narrower than the name
    assert_no_raw_controls(output)
    assert max(map(terminal_width, output.splitlines())) <= 80


def terminal_width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)


# --- plain mode -----------------------------------------------------------------------------


@CASES
def test_plain_mode_prints_question_and_name_literally(
    tmp_path: Path, capsys, monkeypatch, case: Hostile
) -> None:
    folder = tmp_path / "banks"
    write_hostile_bank(folder, case.text)
    database = tmp_path / "scores.json"
    monkeypatch.setattr("sys.stdin", io.StringIO(case.text + "\n"))

    code = main(
        [
            "play",
            "--plain",
            "--questions",
            str(folder),
            "--bank",
            "hostile",
            "--count",
            "1",
            "--player",
            case.text,
            "--db",
            str(database),
            "--lang",
            "de",
        ]
    )

    output = capsys.readouterr().out
    assert code == 0
    assert case.shown in output
    assert_no_raw_controls(output)
    if case is HOSTILE["very long"]:
        assert case.text in output  # printed whole, not cut
    (entry,) = ScoreStore(database).top()
    assert entry.player == case.text


# --- the Textual UI -------------------------------------------------------------------------


@CASES
async def test_the_ui_shows_the_question_literally_and_keeps_the_name(
    tmp_path: Path, case: Hostile
) -> None:
    from textual.widgets import Input

    from quiz.ui.app import make_app

    folder = tmp_path / "banks"
    write_hostile_bank(folder, case.text)
    database = tmp_path / "scores.json"
    app = make_app(
        question_dirs=[folder],
        db_path=database,
        clock=FakeClock(),
        lang="de",
        settings=SessionSettings(count=1, in_order=True, player=case.text),
        banks=["hostile"],
        home=False,
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = str(app.screen.query_one("#prompt").render())
        assert case.shown in shown
        assert_no_raw_controls(shown)
        assert case.shown.split()[0] in app.export_screenshot()  # the whole screen renders

        app.screen.query_one("#answer", Input).value = case.text
        await pilot.press("enter")  # answer (wrong): the verdict shows
        await pilot.pause()
        app.export_screenshot()
        await pilot.press("enter")  # next: the session is over, results and score saved
        await pilot.pause()
        assert type(app.screen).__name__ == "ResultsScreen"
        app.export_screenshot()
        await pilot.press("f2")  # the high-score table, with the hostile name in it
        await pilot.pause()
        assert type(app.screen).__name__ == "HighScoresScreen"
        table = app.export_screenshot()
        assert case.shown.split()[0][:10] in table
        assert_no_raw_controls(table)

    (entry,) = ScoreStore(database).top()
    assert entry.player == case.text


@CASES
async def test_the_home_screen_shows_bank_titles_literally(tmp_path: Path, case: Hostile) -> None:
    from quiz.ui.app import make_app

    folder = tmp_path / "banks"
    write_hostile_bank(folder, "Frage?", title=case.text)
    app = make_app(
        question_dirs=[folder], db_path=tmp_path / "scores.json", clock=FakeClock(), lang="de"
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.export_screenshot()  # the whole home screen renders
        assert type(app.screen).__name__ == "HomeScreen"
        assert case.shown.split()[0] in screen
        assert_no_raw_controls(screen)
