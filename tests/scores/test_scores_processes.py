"""Two games finishing at the same moment both keep their score."""

from __future__ import annotations

from quiz.scores.store import ScoreStore
from tests.scores.savers import release_together, start_saver


def test_two_processes_saving_at_once_both_keep_their_score(tmp_path):
    db = tmp_path / "scores.json"
    finished = release_together([start_saver(db, "Ada", 1), start_saver(db, "Bob", 1)])
    assert [code for code, _, _ in finished] == [0, 0], finished
    ids = sorted(int(out) for _, out, _ in finished)
    assert ids == [1, 2]
    assert sorted(entry.player for entry in ScoreStore(db).top()) == ["Ada", "Bob"]
