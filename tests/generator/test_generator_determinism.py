"""Same input, same bytes: the committed banks are exactly what the generator writes today."""

from __future__ import annotations

from quiz.generator.command import generate_banks
from tests.generator.quality import PROJECT


def test_regenerating_the_seeds_gives_the_committed_banks_byte_for_byte(tmp_path, monkeypatch):
    monkeypatch.chdir(PROJECT)
    generate_banks([PROJECT / "seeds"], tmp_path)
    written = sorted(path.name for path in tmp_path.glob("*.yaml"))
    assert written == ["oz-staffel-1.yaml", "oz-staffel-2.yaml", "oz-staffel-3.yaml"]
    for name in written:
        assert (tmp_path / name).read_bytes() == (PROJECT / "questions" / name).read_bytes(), name


def test_two_runs_write_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.chdir(PROJECT)
    first, second = tmp_path / "a", tmp_path / "b"
    generate_banks([PROJECT / "tests" / "fixtures" / "synopses"], first)
    generate_banks([PROJECT / "tests" / "fixtures" / "synopses"], second)
    for path in sorted(first.glob("*.yaml")):
        assert path.read_bytes() == (second / path.name).read_bytes()


def test_the_generator_knows_no_seed_character_place_or_sentence():
    forbidden = ("Beecher", "Schillinger", "Adebisi", "McManus", "Emerald City")
    for path in sorted((PROJECT / "quiz").rglob("*")):
        if path.is_file() and path.suffix in (".py", ".json", ".tcss", ".txt", ".md"):
            text = path.read_text(encoding="utf-8")
            assert not [name for name in forbidden if name in text], path
