"""`quiz scores`: a plain table that fits 80 columns, shows names literally, filters by bank."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from quiz.cli import main
from quiz.scores.store import ScoreStore
from quiz.scores.table import display_width, fit
from tests.scores.results import result

LONG_NAME = "Agamemnon Busmalis-Schillinger von und zu Emerald City"
MOMENT = datetime(2026, 3, 1, 20, 15, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path, monkeypatch, utc) -> Path:
    """The store ``quiz scores`` reads, with local time = UTC so that dates are known."""
    path = tmp_path / "scores.json"
    monkeypatch.setenv("QUIZ_DB", str(path))
    return path


def run_scores(capsys, *options: str) -> tuple[int, list[str], str]:
    code = main(["scores", "--lang", "en", *options])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def cut_text(line: str, text: str) -> bool:
    """Whether ``line`` shows the start of ``text`` (at least 5 characters) cut with "…"."""
    return any(text[:length] + "…" in line for length in range(5, len(text)))


def test_the_table_fits_80_columns_and_cuts_long_text(db, capsys):
    store = ScoreStore(db)
    store.save(
        result(123456789, player=LONG_NAME, banks=["oz-staffel-1", "oz-staffel-2", "oz-staffel-3"]),
        finished_at=MOMENT,
    )
    store.save(result(700, player="Ada", banks=["oz-staffel-1"]), finished_at=MOMENT)
    code, lines, err = run_scores(capsys)
    assert code == 0 and err == ""
    assert max(display_width(line) for line in lines) <= 80
    header, first, second = lines
    assert header.split() == ["#", "Player", "Score", "Right", "Banks", "Date"]
    assert first.split()[0] == "1"
    assert cut_text(first, LONG_NAME) and LONG_NAME not in first
    assert cut_text(first, "oz-staffel-1, oz-staffel-2, oz-staffel-3")
    assert "123456789" in first and "0/0" in first
    assert second.split() == ["2", "Ada", "700", "0/0", "oz-staffel-1", "2026-03-01", "20:15"]


def test_german_headings_and_date(db, capsys):
    ScoreStore(db).save(result(700, player="Jürgen"), finished_at=MOMENT)
    assert main(["scores", "--lang", "de"]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.split() == ["Pl.", "Name", "Punkte", "Richtig", "Kataloge", "Datum"]
    assert row.endswith("01.03.2026 20:15")


def test_bank_filter_and_limit(db, capsys):
    store = ScoreStore(db)
    for score in range(1, 6):
        store.save(result(score * 100, banks=["oz"] if score % 2 else ["lost"]))
    _, lines, _ = run_scores(capsys, "--bank", "oz", "--limit", "2")
    assert [line.split()[2] for line in lines[1:]] == ["500", "300"]
    _, lines, _ = run_scores(capsys, "--limit", "4")
    assert len(lines) == 5


def test_an_empty_table_gets_a_friendly_line(db, capsys):
    assert run_scores(capsys) == (0, ["No scores yet. Play a round with: quiz play"], "")
    ScoreStore(db).save(result(100, banks=["oz"]))
    assert run_scores(capsys, "--bank", "lost") == (
        0,
        ["No scores yet with the question bank lost."],
        "",
    )


@pytest.mark.parametrize(
    ("limit", "complaint"),
    [
        ("0", "is not a number greater than zero"),
        ("-3", "is not a number greater than zero"),
        ("many", "is not a whole number"),
    ],
)
def test_a_bad_limit_is_a_usage_error(db, capsys, limit, complaint):
    with pytest.raises(SystemExit) as stopped:
        main(["scores", "--lang", "en", "--limit", limit])
    assert stopped.value.code == 2
    assert f"argument --limit: “{limit}” {complaint}" in capsys.readouterr().err


def test_hostile_names_are_shown_literally_without_moving_the_cursor(db, capsys):
    names = ["\x1b[2J\x1b[31mBoom", "[bold]markup[/]", "\u202eevil", "漢字漢字漢字漢字漢字漢字"]
    store = ScoreStore(db)
    for score, name in enumerate(names):
        store.save(result(1000 - score, player=name))
    _, lines, _ = run_scores(capsys)
    text = "\n".join(lines)
    assert "\x1b" not in text and "\u202e" not in text
    assert cut_text(lines[1], "\\u001b[2J\\u001b[31mBoom")
    assert "[bold]markup[/]" in lines[2]
    assert "\\u202eevil" in lines[3]
    assert cut_text(lines[4], "漢字漢字漢字漢字漢字漢字")
    assert max(display_width(line) for line in lines) <= 80


def test_fit_pads_and_cuts_by_terminal_cells():
    assert fit("abc", 5) == "abc  "
    assert fit("abc", 5, ">") == "  abc"
    assert fit("abcdef", 5) == "abcd…"
    assert fit("漢字漢字", 5) == "漢字…"
    assert display_width(fit("漢字漢字漢", 6)) == 6
    assert fit("e\u0301te", 3) == "e\u0301te"
