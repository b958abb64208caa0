"""`quiz play`: options become session settings; without --plain the UI is launched."""

import getpass

import pytest

import quiz.ui
from quiz.cli import build_parser, main
from quiz.cli.play import settings_from
from quiz.preferences import Preferences
from quiz.results import Mode


def parse(*argv):
    return build_parser().parse_args(["play", *argv])


@pytest.fixture
def launched(monkeypatch):
    calls = []

    def fake_launch(**kwargs):
        calls.append(kwargs)
        return 0

    monkeypatch.setattr(quiz.ui, "launch", fake_launch)
    return calls


def test_options_become_settings(monkeypatch):
    monkeypatch.setattr(getpass, "getuser", lambda: "osuser")
    settings = settings_from(
        parse(
            "--count",
            "5",
            "--mode",
            "classic",
            "--time-limit",
            "12.5",
            "--seed",
            "42",
            "--in-order",
        )
    )
    assert (
        settings.count,
        settings.mode,
        settings.time_limit,
        settings.seed,
        settings.in_order,
    ) == (5, Mode.CLASSIC, 12.5, 42, True)
    assert settings.player == "osuser"


def test_default_count_is_ten_except_in_blitz():
    assert settings_from(parse()).count == 10
    assert settings_from(parse("--mode", "practice")).count == 10
    assert settings_from(parse("--mode", "blitz")).count is None
    assert settings_from(parse("--mode", "blitz", "--count", "3")).count == 3


def test_player_name_is_remembered(monkeypatch):
    monkeypatch.setattr(getpass, "getuser", lambda: "osuser")
    Preferences(player="Rita", banks=("kino",)).save()
    assert settings_from(parse()).player == "Rita"
    assert settings_from(parse("--player", "Kim")).player == "Kim"
    assert Preferences.load() == Preferences(player="Kim", banks=("kino",))


@pytest.mark.parametrize(
    "argv",
    [
        ["--count", "0"],
        ["--count", "zwei"],
        ["--time-limit", "-1"],
        ["--time-limit", "nan"],
        ["--seed", "1.5"],
        ["--mode", "turbo"],
    ],
)
def test_bad_option_values_exit_2_with_one_line(argv, capsys):
    with pytest.raises(SystemExit) as caught:
        parse(*argv)
    assert caught.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_without_plain_the_ui_is_launched_straight_into_a_game(banks_dir, launched, tmp_path):
    db = tmp_path / "s.json"
    code = main(
        [
            "play",
            "--questions",
            str(banks_dir),
            "--db",
            str(db),
            "--bank",
            "kino",
            "--count",
            "2",
            "--player",
            "Kim",
        ]
    )
    assert code == 0
    [call] = launched
    assert call["question_dirs"] == [banks_dir]
    assert call["db_path"] == db
    assert call["banks"] == ["kino"]
    assert call["home"] is False
    assert (call["settings"].count, call["settings"].player) == (2, "Kim")


def test_quiz_alone_opens_the_home_screen(banks_dir, launched):
    assert main(["--questions", str(banks_dir)]) == 0
    [call] = launched
    assert call["home"] is True and call["settings"] is None


def test_an_unknown_bank_stops_before_the_ui(banks_dir, launched, capsys):
    assert main(["play", "--lang", "de", "--questions", str(banks_dir), "--bank", "x"]) == 1
    assert launched == []
    assert "unbekannter Katalog: x. Vorhanden: broken, kino, space" in capsys.readouterr().err
