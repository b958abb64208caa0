"""Plain mode: answers piped in, the transcript and the saved score checked."""

import io
import os
import subprocess
import sys

from quiz.i18n import set_language
from quiz.plain import run_plain
from quiz.play.clock import FakeClock
from quiz.play.game import open_session
from quiz.play.model import SessionSettings
from quiz.results import Mode
from quiz.scores.store import ScoreStore
from quiz.text.terminal import literal


class TypedAnswers(io.StringIO):
    """A player who needs ``seconds`` to type each line (the fake clock moves per read)."""

    def __init__(self, lines, clock, seconds):
        super().__init__("".join(line + "\n" for line in lines))
        self._clock = clock
        self._seconds = iter(seconds)

    def readline(self, *args):
        self._clock.advance(next(self._seconds, 1.0))
        return super().readline(*args)


def play(banks_dir, store, lines, seconds=(), banks=("kino",), **settings):
    clock = FakeClock()
    settings = SessionSettings(**{"in_order": True, "player": "Ana", **settings})
    session, _ = open_session([banks_dir], list(banks), settings, store, clock)
    out = io.StringIO()
    code = run_plain(session, store, stdin=TypedAnswers(lines, clock, seconds), stdout=out)
    return code, out.getvalue()


def test_a_whole_game_in_german(banks_dir, store):
    set_language("de")
    code, text = play(banks_dir, store, ["Biblotek", "1", "16"], seconds=[0.2, 5, 1])
    assert code == 0
    assert "Frage 1 von 3 · Staffel 1 · Folge 3 · 30 s Zeit" in text
    assert "Wo arbeitet die Heldin?" in text
    assert "  1) Rot\n  2) Grün\n  3) Blau\n" in text
    assert (
        "> Biblotek\nRichtig – trotz Tippfehler gewertet (gemeint: Bibliothek). +1000 Punkte\nSie liebt Bücher.\n"
        in text
    )
    assert "Richtig! +975 Punkte" in text  # 875 for 5 s of 20, +100 streak
    assert "Serie 2: +100 Bonus" in text
    assert "Falsch. Richtig ist: 15" in text
    assert (
        "Punkte: 1975\nRichtig: 2 von 3\nLängste Serie: 2\nZeit: 0:06\nPlatz 1 in der Bestenliste"
        in text
    )
    [entry] = store.top()
    assert (entry.player, entry.score, entry.correct, entry.total) == ("Ana", 1975, 2, 3)


def test_a_late_answer_is_a_timeout(banks_dir, store):
    set_language("de")
    _, text = play(banks_dir, store, ["Bibliothek", "", "15"], seconds=[31, 1, 1])
    assert "Zeit abgelaufen – die Antwort kam zu spät. Richtig ist: Bibliothek" in text
    assert "Übersprungen. Richtig ist: Rot" in text
    assert store.top()[0].correct == 1


def test_end_of_input_after_an_answer_ends_and_saves_the_game(banks_dir, store):
    set_language("en")
    _, text = play(banks_dir, store, ["Bibliothek"])
    assert "Question 2 of 3" in text
    assert "Right: 1 of 1" in text
    assert store.top()[0].total == 1


def test_end_of_input_before_any_answer_saves_nothing(banks_dir, store):
    set_language("en")
    _, text = play(banks_dir, store, [])
    assert "No answer given – nothing saved." in text
    assert store.top() == []


def test_practice_is_untimed_and_unranked(banks_dir, store):
    set_language("en")
    _, text = play(
        banks_dir,
        store,
        ["Bibliothek", "a", "fifteen"],
        seconds=[500, 500, 500],
        mode=Mode.PRACTICE,
    )
    assert "s to answer" not in text
    assert text.count("Right! +1") == 3
    assert "Practice round saved" in text
    assert store.top() == []


def test_blitz_shows_the_time_left(banks_dir, store):
    set_language("en")
    _, text = play(
        banks_dir, store, ["Bibliothek", "Rot"], seconds=[10, 55], mode=Mode.BLITZ, count=None
    )
    assert "Question 1 · 60 s left" in text
    assert "Question 2 · 50 s left" in text
    assert "Time is up" in text
    assert "Question 3" not in text


def test_bank_text_is_printed_literally(banks_dir, store):
    set_language("en")
    _, text = play(banks_dir, store, ["Moon", "[B]"], banks=("space",))
    assert "[bold]Loud[/] \\u001b[31mred\\u001b[0m {braces} and {0}?" in text
    assert "\x1b" not in text
    assert "Right: 2 of 2" in text


def test_file_names_in_notices_are_printed_literally_too(banks_dir, tmp_path):
    set_language("en")
    folder = tmp_path / "evil\x1b[2J"
    folder.mkdir()
    (folder / "scores.json").write_bytes(b"{not json")
    store = ScoreStore(folder / "scores.json")
    try:
        _, text = play(banks_dir, store, ["Bibliothek", "1", "15"])
    finally:
        store.close()
    assert "evil\\u001b[2J" in text  # the notice that the damaged file was moved aside
    assert "\x1b" not in text


def test_literal_keeps_text_and_newlines_but_shows_control_characters():
    assert literal("a\tb\nc [x] {y}") == "a\tb\nc [x] {y}"
    assert literal("\x1b[2J\x07\u202e") == "\\u001b[2J\\u0007\\u202e"


def quiz_play_plain(banks_dir, tmp_path, player, answers: bytes):
    """Run the installed module as a player would, with stdin piped; the saved entries."""
    db = tmp_path / "cli-scores.json"
    env = {**os.environ, "QUIZ_DB": str(db), "QUIZ_DATA_DIR": str(tmp_path / "data")}
    completed = subprocess.run(
        [
            sys.executable.encode(),
            b"-m",
            b"quiz",
            b"play",
            b"--plain",
            b"--questions",
            bytes(banks_dir),
            b"--bank",
            b"kino",
            b"--in-order",
            b"--player",
            player,
        ],
        input=answers,
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr.decode()
    store = ScoreStore(db)
    entries = store.top()
    store.close()
    return completed.stdout.decode(), entries


def test_quiz_play_plain_from_the_command_line(banks_dir, tmp_path):
    text, [entry] = quiz_play_plain(
        banks_dir, tmp_path, b"Kim", "Bibliothek\n1\nfünfzehn\n".encode()
    )
    assert "Ergebnis" in text  # the bank is German and no --lang was given
    assert "Richtig: 3 von 3" in text
    assert (entry.player, entry.correct, entry.total, entry.banks) == ("Kim", 3, 3, ("kino",))


def test_bytes_that_are_not_utf8_neither_crash_nor_get_lost(banks_dir, tmp_path):
    text, [entry] = quiz_play_plain(banks_dir, tmp_path, b"Kim\xff", b"\xff\xfe\n1\n")
    assert "> \ufffd\ufffd\nFalsch" in text
    assert (entry.player, entry.correct, entry.total) == ("Kim\ufffd", 1, 2)


def test_quiz_play_names_the_banks_when_one_is_unknown(banks_dir, capsys):
    from quiz.cli import main

    code = main(
        ["play", "--plain", "--lang", "en", "--questions", str(banks_dir), "--bank", "kinos"]
    )
    assert code == 1
    assert (
        capsys.readouterr().err
        == "quiz: error: unknown bank: kinos. Available: broken, kino, space\n"
    )


def test_a_score_that_cannot_be_saved_still_shows_the_results(banks_dir, tmp_path):
    from quiz.errors import QuizError

    class FullDisk(ScoreStore):
        def save(self, result, finished_at=None):
            raise QuizError("no space left on device")

    set_language("en")
    store = FullDisk(tmp_path / "full.json")
    code, text = play(banks_dir, store, ["Bibliothek", "Rot", "15"])
    assert code == 1
    assert "quiz: error: no space left on device\n" in text
    assert "Right: 3 of 3" in text


def test_a_refused_bank_is_one_note_however_many_errors_it_has(banks_dir, monkeypatch, capsys):
    from quiz.cli import main

    (banks_dir / "viele.yaml").write_text(
        "title: Viele\nlanguage: de\nquestions:\n"
        + "".join(f"  - {{id: v-{n}, prompt: p}}\n" for n in range(3)),  # no answers
        encoding="utf-8",
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # leaves before the first answer
    code = main(["play", "--plain", "--lang", "en", "--questions", str(banks_dir)])
    notes = capsys.readouterr().err.splitlines()
    assert code == 0
    assert len(notes) == 2, notes  # broken.yaml and viele.yaml, one line each
    assert "broken.yaml:2" in notes[0]
    assert "viele.yaml:4" in notes[1] and "[v-0]" in notes[1] and notes[1].endswith("(and 2 more)")
