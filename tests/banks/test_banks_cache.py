"""The parsed-bank cache: served only for the same bytes, never trusted when damaged."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from quiz import locations
from quiz.banks import cache, loader
from quiz.banks.loader import load_banks
from quiz.i18n import set_language

BANK = """\
title: Zwischenspeicher
language: de
questions:
  - id: c-1
    prompt: "Wie viele?"
    answer: 15
    accept: [fünfzehn]
    hint: unbekanntes Feld
  - id: c-2
    prompt: "Welche Farbe?"
    answer: Blau
    choices: [Rot, Blau]
    tags: [farben]
    difficulty: 2
    time_limit: 9.5
    explanation: Darum.
    source: {file: seeds/x.txt, line: 3}
"""


@pytest.fixture
def bank_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "questions"
    folder.mkdir()
    (folder / "cache.yaml").write_text(BANK, encoding="utf-8")
    return folder


def cache_entries() -> list[Path]:
    folder = locations.cache_dir() / "banks"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def test_the_second_load_is_served_from_the_cache(bank_dir, monkeypatch):
    first = load_banks([bank_dir])
    assert len(cache_entries()) == 1
    monkeypatch.setattr(loader, "parse_marked", lambda text: pytest.fail("parsed again"))
    second = load_banks([bank_dir])
    assert second.banks == first.banks
    assert second.problems == first.problems


def test_the_cache_holds_plain_json_with_a_version(bank_dir):
    load_banks([bank_dir])
    [entry] = cache_entries()
    plain = orjson.loads(entry.read_bytes())
    assert plain["format"] == cache.CACHE_FORMAT
    assert plain["path"] == str((bank_dir / "cache.yaml").resolve())


def test_warnings_come_from_the_cache_in_the_language_asked_for_later(bank_dir, monkeypatch):
    set_language("en")
    [warning] = load_banks([bank_dir]).warnings
    assert "Unknown field" in warning.message
    monkeypatch.setattr(loader, "parse_marked", lambda text: pytest.fail("parsed again"))
    set_language("de")
    [warning] = load_banks([bank_dir]).warnings
    assert "Unbekanntes Feld" in warning.message
    assert (warning.line, warning.question_id) == (8, "c-1")


def test_an_edit_of_the_same_size_and_mtime_is_never_served_stale(bank_dir):
    path = bank_dir / "cache.yaml"
    load_banks([bank_dir])
    before = path.stat()
    path.write_text(BANK.replace("Blau", "Gelb"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    [bank] = load_banks([bank_dir]).banks
    assert bank.questions[1].answer == "Gelb"


def test_a_changed_bank_is_read_again_and_the_entry_replaced(bank_dir):
    load_banks([bank_dir])
    (bank_dir / "cache.yaml").write_text(BANK.replace("c-2", "c-zwei"), encoding="utf-8")
    [bank] = load_banks([bank_dir]).banks
    assert [q.id for q in bank.questions] == ["c-1", "c-zwei"]
    [entry] = cache_entries()
    assert b"c-zwei" in entry.read_bytes()


def test_banks_with_errors_are_not_cached(tmp_path):
    (tmp_path / "kaputt.yaml").write_text(
        "title: x\nlanguage: xx\nquestions: []\n", encoding="utf-8"
    )
    report = load_banks([tmp_path])
    assert report.errors
    assert cache_entries() == []


def corrupt_entries(how) -> None:
    for entry in cache_entries():
        entry.write_bytes(how(entry.read_bytes()))


def _replace_in_plain(change):
    def apply(data: bytes) -> bytes:
        plain = orjson.loads(data)
        change(plain)
        return orjson.dumps(plain)

    return apply


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: b"\x00\xff garbage", id="garbage"),
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: b"[1, 2, 3]", id="a-list"),
        pytest.param(_replace_in_plain(lambda p: p.update(format=-1)), id="other-version"),
        pytest.param(
            _replace_in_plain(lambda p: p["questions"][0].update(answer=15)), id="answer-not-text"
        ),
        pytest.param(
            _replace_in_plain(lambda p: p["questions"][1].update(type="essay")), id="unknown-type"
        ),
        pytest.param(
            _replace_in_plain(lambda p: p["questions"][1].update(source=["x"])), id="short-source"
        ),
        pytest.param(_replace_in_plain(lambda p: p["question_lines"].pop()), id="lines-missing"),
        pytest.param(
            _replace_in_plain(lambda p: p["warnings"][0].update(key="banks.nope")),
            id="unknown-message",
        ),
        pytest.param(
            _replace_in_plain(lambda p: p["warnings"][0].update(values={})),
            id="message-values-missing",
        ),
        pytest.param(
            _replace_in_plain(lambda p: p["warnings"][0].update(severity="error")),
            id="error-cached",
        ),
    ],
)
def test_a_damaged_entry_is_ignored_and_rebuilt(bank_dir, damage):
    good = load_banks([bank_dir])
    corrupt_entries(damage)
    again = load_banks([bank_dir])
    assert again.banks == good.banks
    assert again.problems == good.problems
    # rebuilt: the entry is valid again and now serves loads
    [entry] = cache_entries()
    assert (
        cache.cached_bank(
            (bank_dir / "cache.yaml").resolve(), orjson.loads(entry.read_bytes())["digest"], "cache"
        )
        is not None
    )


def test_an_unwritable_cache_folder_just_means_no_cache(bank_dir, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("QUIZ_CACHE_DIR", str(blocker / "cache"))
    report = load_banks([bank_dir])
    assert [bank.name for bank in report.banks] == ["cache"]
    assert not report.errors


def test_load_bank_file_validates_fully_without_the_cache(bank_dir, monkeypatch):
    load_banks([bank_dir])
    calls = []
    real = loader.parse_marked
    monkeypatch.setattr(loader, "parse_marked", lambda text: calls.append(1) or real(text))
    bank, problems = loader.load_bank_file(bank_dir / "cache.yaml")
    assert calls == [1]
    assert bank is not None and len(problems) == 1
