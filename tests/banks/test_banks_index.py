"""The bank index: served only for the same bytes, parsed once per content, rebuilt when damaged."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from dataclasses import fields
from pathlib import Path

import pytest

from quiz import locations
from quiz.banks import index as bank_index
from quiz.banks import loader, stored, yamlread
from quiz.banks.loader import index_bank_files, index_banks, load_banks
from quiz.banks.model import Question
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


@pytest.fixture
def parses(monkeypatch) -> list[str]:
    """The names of the banks parsed from now on."""
    parsed: list[str] = []
    real = loader._parse_and_check

    def counting(data: bytes, name: str, shown: str):
        parsed.append(name)
        return real(data, name, shown)

    monkeypatch.setattr(loader, "_parse_and_check", counting)
    return parsed


def index_file() -> Path:
    return locations.cache_dir() / bank_index.INDEX_NAME


def query(sql: str, *values) -> list[tuple]:
    with sqlite3.connect(index_file()) as connection:
        return connection.execute(sql, values).fetchall()


def test_the_second_load_is_served_from_the_index(bank_dir, parses):
    first = load_banks([bank_dir])
    assert parses == ["cache"]
    second = load_banks([bank_dir])
    assert parses == ["cache"]
    assert second.banks == first.banks
    assert second.problems == first.problems
    assert not second.notices


def test_the_index_is_sqlite_with_a_format_version(bank_dir):
    load_banks([bank_dir])
    assert dict(query("SELECT key, value FROM meta"))["format"] == str(bank_index.INDEX_FORMAT)
    assert query("SELECT count(*) FROM questions") == [(2,)]


def test_every_field_of_a_question_is_kept_in_the_index():
    # A field added to the model must be added to the index too, or it is lost on a warm start.
    assert {field.name for field in fields(Question)} == set(stored.STORED_FIELDS)


def test_warnings_come_from_the_index_in_the_language_asked_for_later(bank_dir, parses):
    set_language("en")
    [warning] = load_banks([bank_dir]).warnings
    assert "Unknown field" in warning.message
    set_language("de")
    [warning] = load_banks([bank_dir]).warnings
    assert "Unbekanntes Feld" in warning.message
    assert (warning.line, warning.question_id) == (8, "c-1")
    assert parses == ["cache"]


def test_an_edit_of_the_same_size_and_mtime_is_never_served_stale(bank_dir):
    path = bank_dir / "cache.yaml"
    load_banks([bank_dir])
    before = path.stat()
    path.write_text(BANK.replace("Blau", "Gelb"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    [bank] = load_banks([bank_dir]).banks
    assert bank.questions[1].answer == "Gelb"


def test_a_file_unchanged_since_long_before_it_was_read_is_not_read_again(
    bank_dir, monkeypatch, parses
):
    # As if the file had been written long before the first start (no racy window left).
    monkeypatch.setattr(bank_index, "RACY_SLACK_NS", -(10**12))
    load_banks([bank_dir])
    monkeypatch.setattr(yamlread, "read_bank_bytes", lambda path: pytest.fail("read again"))
    [bank] = index_banks([bank_dir]).banks
    assert bank.total == 2


def test_an_edit_is_seen_at_once_even_when_stat_is_trusted(bank_dir, monkeypatch):
    monkeypatch.setattr(bank_index, "RACY_SLACK_NS", -(10**12))
    path = bank_dir / "cache.yaml"
    load_banks([bank_dir])
    before = path.stat()
    path.write_text(BANK.replace("Blau", "Gelb"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # mtime set back: ctime moves
    [bank] = load_banks([bank_dir]).banks
    assert bank.questions[1].answer == "Gelb"


def test_a_changed_bank_is_parsed_alone_and_an_old_state_needs_no_parse(bank_dir, parses):
    (bank_dir / "andere.yaml").write_text(
        BANK.replace("c-", "a-").replace("Zwischenspeicher", "Andere"), encoding="utf-8"
    )
    load_banks([bank_dir])
    assert sorted(parses) == ["andere", "cache"]
    path = bank_dir / "cache.yaml"
    path.write_text(BANK.replace("c-2", "c-zwei"), encoding="utf-8")
    report = load_banks([bank_dir])
    assert [q.id for q in report.banks[1].questions] == ["c-1", "c-zwei"]
    assert sorted(parses) == ["andere", "cache", "cache"]
    path.write_text(BANK, encoding="utf-8")  # undone: these bytes were seen before
    report = load_banks([bank_dir])
    assert [q.id for q in report.banks[1].questions] == ["c-1", "c-2"]
    assert sorted(parses) == ["andere", "cache", "cache"]


def test_a_bank_with_errors_is_parsed_once_and_its_errors_told_every_time(tmp_path, parses):
    (tmp_path / "kaputt.yaml").write_text(
        "title: x\nlanguage: xx\nquestions: []\n", encoding="utf-8"
    )
    first = load_banks([tmp_path])
    second = load_banks([tmp_path])
    assert first.errors and second.errors == first.errors
    assert not second.banks
    assert parses == ["kaputt"]


def test_a_deleted_index_is_rebuilt_silently(bank_dir):
    good = load_banks([bank_dir])
    index_file().unlink()
    again = load_banks([bank_dir])
    assert again.banks == good.banks
    assert not again.notices
    assert index_file().exists()


def _overwrite(how):
    def damage() -> None:
        path = index_file()
        for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        path.write_bytes(how(path.read_bytes()))

    return damage


def _update(sql: str):
    def damage() -> None:
        with sqlite3.connect(index_file()) as connection:
            connection.execute(sql)

    return damage


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(_overwrite(lambda data: b"\x00\xff garbage" * 100), id="garbage"),
        pytest.param(_overwrite(lambda data: data[:100] + b"\xff" * (len(data) - 100)), id="pages"),
        pytest.param(_overwrite(lambda data: data[: len(data) // 2]), id="truncated"),
        pytest.param(_update("UPDATE questions SET data = x'00ff'"), id="question-not-json"),
        pytest.param(_update("UPDATE questions SET data = '[1]'"), id="question-short"),
        pytest.param(_update("UPDATE questions SET type = 'essay'"), id="unknown-type"),
        pytest.param(_update("UPDATE contents SET findings = '[{}]'"), id="finding-empty"),
        pytest.param(
            _update("UPDATE contents SET findings = replace(findings, 'banks.', 'nope.')"),
            id="unknown-message",
        ),
        pytest.param(_update("UPDATE contents SET counts = '[1]'"), id="counts"),
        pytest.param(_update("DELETE FROM contents"), id="content-missing"),
    ],
)
def test_a_damaged_index_is_rebuilt_with_a_notice(bank_dir, damage, parses):
    good = load_banks([bank_dir])
    damage()
    again = load_banks([bank_dir])
    assert again.banks == good.banks
    assert again.problems == good.problems
    [notice] = again.notices
    assert str(index_file()) in notice
    # rebuilt: the next start is served from it, without a notice
    parsed = len(parses)
    third = load_banks([bank_dir])
    assert third.banks == good.banks and not third.notices
    assert len(parses) == parsed


def test_an_unwritable_cache_folder_just_means_an_index_in_memory(bank_dir, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("QUIZ_CACHE_DIR", str(blocker / "cache"))
    report = load_banks([bank_dir])
    assert [bank.name for bank in report.banks] == ["cache"]
    assert not report.errors and not report.notices


def test_a_locked_index_gives_way_to_one_in_memory(bank_dir, monkeypatch):
    load_banks([bank_dir])
    monkeypatch.setattr(bank_index, "BUSY_TIMEOUT_S", 0.0)
    (bank_dir / "neu.yaml").write_text(BANK.replace("c-", "n-"), encoding="utf-8")
    with sqlite3.connect(index_file(), isolation_level=None) as holder:
        holder.execute("BEGIN EXCLUSIVE")  # another process writing, for longer than we wait
        report = load_banks([bank_dir])
        holder.execute("ROLLBACK")
    assert [bank.name for bank in report.banks] == ["cache", "neu"]


def test_load_bank_file_validates_fully_without_the_index(bank_dir, parses):
    load_banks([bank_dir])
    bank, problems = loader.load_bank_file(bank_dir / "cache.yaml")
    assert parses == ["cache", "cache"]
    assert bank is not None and len(problems) == 1


def test_clashing_ids_are_found_from_the_index_and_the_finding_kept(bank_dir, parses):
    (bank_dir / "zweite.yaml").write_text(BANK, encoding="utf-8")  # same ids, later name
    first = index_bank_files(sorted(bank_dir.iterdir()))
    first.close()
    assert [bank.name for bank in first.banks] == ["cache"]
    [clash, *_] = [p for p in first.errors if p.file.endswith("zweite.yaml")]
    assert "cache.yaml:4" in clash.message and clash.question_id == "c-1"
    second = index_bank_files(sorted(bank_dir.iterdir()))
    second.close()
    assert second.problems == first.problems
    assert parses == ["cache"]  # the second file has the same bytes: never parsed


def _start_a_game(folder: str, cache: str, results) -> None:
    os.environ["QUIZ_CACHE_DIR"] = cache
    catalogue = index_banks([Path(folder)])
    results.put(sorted((bank.name, bank.total) for bank in catalogue.banks))
    catalogue.close()


def test_two_games_starting_at_once_never_corrupt_the_index(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(6):
        text = BANK.replace("c-", f"b{number}-")
        (folder / f"bank{number}.yaml").write_text(text, encoding="utf-8")
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    cache = str(locations.cache_dir())
    games = [
        context.Process(target=_start_a_game, args=(str(folder), cache, results)) for _ in range(2)
    ]
    for game in games:
        game.start()
    for game in games:
        game.join(timeout=60)
        assert game.exitcode == 0
    expected = [(f"bank{number}", 2) for number in range(6)]
    assert [results.get(timeout=5), results.get(timeout=5)] == [expected, expected]
    assert query("PRAGMA integrity_check") == [("ok",)]
    assert query("SELECT count(*) FROM contents") == [(6,)]
