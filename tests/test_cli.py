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
