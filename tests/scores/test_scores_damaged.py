"""Damaged files are moved aside byte for byte, reported, and the store carries on."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quiz.i18n import set_language
from quiz.results import Verdict
from quiz.scores.details import details_path
from quiz.scores.store import ScoreStore
from tests.scores.results import outcome, result

DAMAGED = {
    "garbage": b"\x00\x01 this is no JSON \xff",
    "not UTF-8": '{"sessions": {"1": {"player": "Jürgen"}}}'.encode("latin-1"),
    "a list": b"[1, 2, 3]",
    "a table that is a list": b'{"sessions": [1, 2]}',
    "a document that is a number": b'{"sessions": {"1": 5}}',
    "a document id that is no number": b'{"sessions": {"1": {}, "first": {"score": 1}}}',
    "an empty document id": b'{"sessions": {"": {"score": 1}}}',
}


def moved_aside(db: Path) -> list[Path]:
    return sorted(db.parent.glob(f"{db.name}.damaged-*"))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "scores.json"


def test_a_truncated_file_is_moved_aside_unchanged_and_reported(db):
    ScoreStore(db).save(result(700))
    ScoreStore(db).save(result(800))
    truncated = db.read_bytes()[:-25]
    db.write_bytes(truncated)
    set_language("de")

    store = ScoreStore(db)
    assert store.top() == []
    (aside,) = moved_aside(db)
    assert aside.read_bytes() == truncated
    assert re.fullmatch(r"scores\.json\.damaged-\d{8}-\d{6}", aside.name)
    assert store.notices == [
        f"Die Bestenliste war beschädigt und wurde nach {aside} verschoben; "
        "es geht mit einer neuen weiter."
    ]
    assert store.save(result(900)).rank == 1
    assert [entry.score for entry in ScoreStore(db).top()] == [900]


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_damaged_content_is_moved_aside_when_saving(db, content):
    db.write_bytes(content)
    store = ScoreStore(db)
    saved = store.save(result(500))
    (aside,) = moved_aside(db)
    assert aside.read_bytes() == content
    assert saved.id == 1
    assert len(store.notices) == 1 and str(aside) in store.notices[0]


def test_an_empty_table_is_no_damage(db):
    db.write_bytes(b'{"sessions": {}, "other": {}}')
    store = ScoreStore(db)
    assert store.save(result(5)).id == 1
    assert store.notices == [] and moved_aside(db) == []


def test_a_second_damaged_file_never_replaces_the_first(db, monkeypatch):
    monkeypatch.setattr("quiz.scores.store._utc_stamp", lambda: "20260301-120000")
    for content in (b"first garbage", b"second garbage"):
        db.write_bytes(content)
        ScoreStore(db).top()
    assert [path.read_bytes() for path in moved_aside(db)] == [b"first garbage", b"second garbage"]
    assert [path.name for path in moved_aside(db)] == [
        "scores.json.damaged-20260301-120000",
        "scores.json.damaged-20260301-120000-2",
    ]


def test_a_torn_outcome_line_is_skipped_and_the_next_save_starts_a_fresh_line(db):
    store = ScoreStore(db)
    first = store.save(result(outcomes=[outcome("q1", Verdict.WRONG)]))
    log = details_path(db)
    with log.open("ab") as handle:
        handle.write(b'{"session":2,"player":"Ada","outc')  # a writer killed mid-line
    third = store.save(result(outcomes=[outcome("q3", Verdict.WRONG)]))
    assert store.outcomes(first.id)[0]["question_id"] == "q1"
    assert store.outcomes(third.id)[0]["question_id"] == "q3"
    assert store.missed_question_ids("Ada") == ["q3", "q1"]


def test_outcomes_of_a_reused_id_are_not_mixed_up(db):
    """After a damaged file was moved aside, ids start again at 1: old outcomes stay old."""
    ScoreStore(db).save(
        result(outcomes=[outcome("old", Verdict.WRONG)]),
        finished_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    db.write_bytes(b"garbage")
    store = ScoreStore(db)
    again = store.save(result())  # id 1 again, saved without outcomes
    assert again.id == 1
    assert store.outcomes(1) == []
    assert store.missed_question_ids("Ada") == ["old"]


def test_asking_for_notices_first_finds_a_damaged_file(db):
    db.write_bytes(b"{garbage")
    store = ScoreStore(db)
    (notice,) = store.notices
    (aside,) = moved_aside(db)
    assert str(aside) in notice
    assert store.notices == [notice]  # reported once, not looked at again


def test_an_unreadable_store_becomes_a_notice_not_a_crash(db):
    db.mkdir()  # a folder where the file should be
    store = ScoreStore(db)
    (notice,) = store.notices
    assert str(db) in notice and "--db" in notice
