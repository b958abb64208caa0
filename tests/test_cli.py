import pytest

from quiz.cli import build_parser


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "de", "--db", "x.json", "--questions", "q", "scores"],
        ["scores", "--lang", "de", "--db", "x.json", "--questions", "q"],
    ],
)
def test_shared_options_count_before_and_after_the_command(argv):
    args = build_parser().parse_args(argv)
    assert (args.lang, args.db, args.questions) == ("de", "x.json", "q")


def test_shared_options_default_to_none():
    args = build_parser().parse_args(["scores"])
    assert (args.lang, args.db, args.questions) == (None, None, None)


def test_an_error_line_cannot_steer_the_terminal(capsys, tmp_path):
    from quiz.cli import main

    missing = str(tmp_path / "gone\x1b[2J")
    code = main(["play", "--plain", "--questions", missing, "--bank", "x"])
    err = capsys.readouterr().err
    assert code == 1
    assert "\x1b" not in err and "\\u001b[2J" in err
    assert len(err.strip().splitlines()) == 1


def test_help_texts_follow_the_lang_given_to_main(capsys):
    from quiz.cli import main

    with pytest.raises(SystemExit):
        main(["--lang", "de", "--help"])
    assert "Sprache der Oberfläche" in capsys.readouterr().out


def test_a_command_line_builds_only_the_command_it_names():
    parser = build_parser(["--db", "play", "scores"])  # "play" is the --db value here
    args = parser.parse_args(["--db", "play", "scores"])
    assert (args.command, args.db) == ("scores", "play")
    with pytest.raises(SystemExit):
        parser.parse_args(["--db", "play", "host"])  # not built: this line named scores


def test_the_overview_and_an_unknown_command_still_know_every_command(capsys):
    from quiz.cli import main

    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    overview = capsys.readouterr().out
    assert all(name in overview for name in ("play", "host", "join", "import", "export"))
    with pytest.raises(SystemExit):
        main(["--lang", "en", "hots"])
    assert "'host'" in capsys.readouterr().err
