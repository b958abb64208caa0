"""`quiz generate`: defaults, summary, refusing to destroy hand work, bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quiz.cli import main
from quiz.generator.writer import MARKER_PREFIX
from tests.generator.quality import PROJECT

EPISODES = (
    "Kommissarin Jana Petersen verhaftet den Reeder Konstantin Albers in Hamburg.\n"
    "Petersen findet 40 Kisten. Detective Sam Miller hilft ihr dabei."
)


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """A project folder with two synopses in seeds/ and no questions/ yet."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "hafen-staffel-1.txt").write_text(EPISODES, encoding="utf-8")
    shutil.copy(
        PROJECT / "tests" / "fixtures" / "synopses" / "klinik-am-see-staffel-1.txt",
        tmp_path / "seeds",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_defaults_read_seeds_and_write_questions_with_a_summary(workspace, capsys):
    assert main(["generate"]) == 0
    written = sorted(path.name for path in (workspace / "questions").iterdir())
    assert written == ["hafen-staffel-1.yaml", "klinik-am-see-staffel-1.yaml"]
    out = capsys.readouterr().out
    assert "questions/hafen-staffel-1.yaml:" in out and "multiple choice" in out
    assert out.strip().splitlines()[-1].startswith("Banks written: 2 · questions: ")
    text = (workspace / "questions" / "hafen-staffel-1.yaml").read_text(encoding="utf-8")
    first, second = text.splitlines()[:2]
    assert first == "# yaml-language-server: $schema=../quiz/banks/schema.json"
    assert second.startswith(f"{MARKER_PREFIX}seeds/hafen-staffel-1.txt — sha256:")
    assert 'source: {file: "seeds/hafen-staffel-1.txt", line: 2}' in text
    assert 'title: "Hafen – Staffel 1"' in text


def test_summary_speaks_german_when_asked(workspace, capsys):
    assert main(["--lang", "de", "generate", "seeds/hafen-staffel-1.txt", "-o", "out"]) == 0
    assert "Kataloge geschrieben: 1 · Fragen: " in capsys.readouterr().out


def test_rewriting_its_own_unchanged_file_is_fine(workspace):
    assert main(["generate"]) == 0
    assert main(["generate"]) == 0


def test_a_file_edited_by_hand_is_refused_unless_forced(workspace, capsys):
    main(["generate"])
    target = workspace / "questions" / "hafen-staffel-1.yaml"
    edited = target.read_text(encoding="utf-8").replace("Kisten", "Koffer")
    target.write_text(edited, encoding="utf-8")
    other = workspace / "questions" / "klinik-am-see-staffel-1.yaml"
    other.unlink()
    capsys.readouterr()
    assert main(["generate"]) == 1
    err = capsys.readouterr().err
    assert "hafen-staffel-1.yaml" in err and "by hand" in err and "--force" in err
    assert len(err.strip().splitlines()) == 1
    assert target.read_text(encoding="utf-8") == edited
    assert not other.exists()  # every target is checked before any is written
    assert main(["generate", "--force"]) == 0
    assert target.read_text(encoding="utf-8") != edited


def test_a_file_not_written_by_the_generator_is_left_alone(workspace, capsys):
    (workspace / "questions").mkdir()
    mine = workspace / "questions" / "hafen-staffel-1.yaml"
    mine.write_text("title: Meins\nlanguage: de\nquestions: []\n", encoding="utf-8")
    assert main(["generate"]) == 1
    assert "not written by quiz generate" in capsys.readouterr().err
    assert mine.read_text(encoding="utf-8").startswith("title: Meins")


def write_bytes(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("leer.txt", b"", "leer.txt: the file is empty"),
        ("leer2.txt", b"\n  \n", "leer2.txt: the file is empty"),
        (
            "latin.txt",
            "Gute Zeile.\nDie Zelle ist groß.".encode("latin-1"),
            "latin.txt:2: not valid UTF-8",
        ),
        ("binaer.txt", b"Gut.\nAB\x00\x01CD", "binaer.txt:2: contains control characters"),
        ("lang.txt", ("Satz. " * 1000).encode(), "lang.txt:1: the line has 6000 characters"),
    ],
)
def test_bad_input_gives_one_line_exit_1_and_writes_nothing(
    workspace, capsys, name, data, expected
):
    bad = write_bytes(workspace / "seeds", name, data)
    assert main(["generate"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and expected in err, err
    assert "Traceback" not in err
    assert not (workspace / "questions").exists()
    bad.unlink()


def test_a_missing_path_and_a_folder_without_synopses(workspace, capsys):
    assert main(["generate", "nirgends"]) == 1
    assert "nirgends: not found" in capsys.readouterr().err
    (workspace / "leer").mkdir()
    assert main(["generate", "leer"]) == 1
    assert "leer: contains no .txt file" in capsys.readouterr().err
    assert not (workspace / "questions").exists()


def test_two_sources_that_would_become_one_bank_are_refused(workspace, capsys):
    (workspace / "other").mkdir()
    shutil.copy(workspace / "seeds" / "hafen-staffel-1.txt", workspace / "other")
    assert main(["generate", "seeds", "other"]) == 1
    assert "would both become the bank hafen-staffel-1" in capsys.readouterr().err


def test_progress_goes_to_stderr_one_line_per_file(workspace, capsys):
    from quiz.generator.command import generate_banks

    summary = generate_banks([workspace / "seeds"], workspace / "out", progress=True)
    err = capsys.readouterr().err.splitlines()
    assert err == ["[1/2] seeds/hafen-staffel-1.txt", "[2/2] seeds/klinik-am-see-staffel-1.txt"]
    assert summary.splitlines()[-1].startswith("Banks written: 2 · questions: ")
