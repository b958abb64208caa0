"""Issue 13, items 12 to 15: hostile synopses and paths through `quiz generate`."""

from __future__ import annotations

import pytest

from quiz.cli import main
from quiz.generator import tagging
from quiz.generator.text import split_sentences

ESC = "\x1b"


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    return tmp_path


def synopsis(workspace, text: str, name: str = "serie-staffel-1.txt"):
    path = workspace / "seeds" / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("digits", [320, 4400])
def test_item12_a_long_number_in_a_synopsis_is_no_traceback(workspace, capsys, digits):
    synopsis(
        workspace,
        f"Der Häftling Vern Schillinger hat {'7' * digits} Tattoos. Tobias Beecher hat 12 Hunde.\n",
    )
    assert main(["generate"]) == 0
    assert "Banks written: 1" in capsys.readouterr().out
    assert (workspace / "questions" / "serie-staffel-1.yaml").exists()


def test_item13_the_tagger_sees_at_most_a_bounded_word(workspace, monkeypatch):
    """HanTa's analysis is superlinear in word length (2,500 letters took about a minute):
    every word it is given is at most LONGEST_TAGGED_WORD letters."""
    word = "a" * 2500
    synopsis(
        workspace, f"Tobias Beecher sitzt {word} im Gefängnis. Der Wärter Tim McManus hilft.\n"
    )
    tagger = tagging._tagger()
    given: list[str] = []
    for name in ("tag_sent_viterbi", "tag_word", "analyze", "_analyze"):
        real = getattr(tagger, name)

        def spy(first, *args, _real=real, **kwargs):
            given.extend([first] if isinstance(first, str) else first)
            return _real(first, *args, **kwargs)

        monkeypatch.setattr(tagger, name, spy)
    assert main(["generate"]) == 0
    assert given and max(map(len, given)) <= tagging.LONGEST_TAGGED_WORD
    bank = (workspace / "questions" / "serie-staffel-1.yaml").read_text(encoding="utf-8")
    assert f"answer: {word}" not in bank  # a non-word is asked about in no question


def test_item13_an_overlong_token_is_tagged_as_no_word_and_not_analysed():
    [sentence] = split_sentences("Er sah " + "b" * 500 + " gestern.", 1)
    tagging.tag(sentence)
    long_token = next(token for token in sentence.tokens if len(token.text) == 500)
    assert long_token.tag == "XY"
    assert not tagging.could_be_name("C" + "c" * 500)
    assert tagging.noun_parts("X" * 500) == ("x" * 500,)


def test_item14_file_names_in_the_summary_are_escaped(workspace, capsys):
    synopsis(workspace, "Tobias Beecher kommt nach Oz.\n", name=f"bad{ESC}[2Jname.txt")
    assert main(["generate"]) == 0
    out = capsys.readouterr().out
    assert ESC not in out and "\\u001b[2J" in out


def test_item15_an_output_folder_that_is_a_file_is_refused_at_once(workspace, capsys, monkeypatch):
    synopsis(workspace, "Tobias Beecher kommt nach Oz.\n")
    (workspace / "taken").write_text("mine", encoding="utf-8")
    called = []
    monkeypatch.setattr("quiz.generator.command.generate", lambda *a: called.append(a))
    for output in ("taken", "taken/deeper"):
        assert main(["generate", "-o", output]) == 1
        err = capsys.readouterr().err
        assert (
            err.strip()
            == "quiz: error: taken is a file, not a folder: give -o a folder for the banks."
        )
    assert called == []  # no work done before saying so
    assert (workspace / "taken").read_text(encoding="utf-8") == "mine"
