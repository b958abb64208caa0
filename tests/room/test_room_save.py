"""A finished room lands in the high-score table in one locked, atomic save."""

from __future__ import annotations

import pytest

from quiz.room.model import Phase
from quiz.scores.storage import SessionTable
from quiz.scores.store import ScoreStore
from tests.room.test_room_states import play_through, three


def test_every_player_of_a_room_is_saved_with_a_room_mode_in_one_write(
    room, clock, tmp_path, monkeypatch
):
    ada, bo, cy = three(room)
    play_through(
        room, clock, {ada: ["Rot", "15", "Bibliothek"], bo: ["Blau", "", ""], cy: ["Rot", "1", ""]}
    )
    assert room.phase is Phase.OVER
    store = ScoreStore(tmp_path / "scores.json")
    writes = []
    original = SessionTable.append_all
    monkeypatch.setattr(
        SessionTable,
        "append_all",
        lambda table, documents: (writes.append(len(documents)), original(table, documents)),
    )
    saved = store.save_all(room.results())
    assert writes == [3]
    assert [entry.rank for entry in saved] == [1, 3, 2]  # among those before and beside it
    table = store.top(limit=10)
    assert [(entry.player, entry.mode) for entry in table] == [
        ("Ada", "room-classic"),
        ("Cy", "room-classic"),
        ("Bo", "room-classic"),
    ]
    assert [entry.score for entry in table] == [r.score for r in room.leaderboard()]
    assert len(store.outcomes(saved[0].id)) == 3


def test_a_failed_room_save_leaves_the_table_as_it_was(room, clock, tmp_path, monkeypatch):
    ada, bo, cy = three(room)
    play_through(room, clock, {ada: ["Rot", "", ""], bo: ["", "", ""], cy: ["", "", ""]})
    store = ScoreStore(tmp_path / "scores.json")
    store.save_all(room.results()[:1])
    before = (tmp_path / "scores.json").read_bytes()

    def broken_write(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("quiz.scores.storage.write_bytes_atomic", broken_write)
    with pytest.raises(Exception, match="No space left"):
        store.save_all(room.results())
    assert (tmp_path / "scores.json").read_bytes() == before
