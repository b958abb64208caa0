"""The score store under fire: many writers, a killed writer, broken files, no permission."""

from __future__ import annotations

import os
import random
import shutil
import signal
import tempfile
from collections import Counter
from pathlib import Path

import pytest

from quiz.cli import main
from quiz.scores.store import ScoreStore
from tests.scores.results import result
from tests.scores.savers import release_together, start_saver

NOBODY = 65534


def test_eight_processes_saving_25_sessions_each_keep_all_200(tmp_path):
    db = tmp_path / "scores.json"
    workers = [start_saver(db, f"player-{number}", 25) for number in range(8)]
    finished = release_together(workers)
    assert [code for code, _, _ in finished] == [0] * 8, [err for _, _, err in finished]
    ids = [int(line) for _, out, _ in finished for line in out.split()]
    assert sorted(ids) == list(range(1, 201))
    store = ScoreStore(db)
    entries = store.top(limit=1000)
    assert len(entries) == 200
    assert Counter(entry.player for entry in entries) == {
        f"player-{number}": 25 for number in range(8)
    }
    # Every session's outcomes were appended whole, each to its own line.
    assert all(len(store.outcomes(entry.id)) == 1 for entry in entries)
    assert len(store.missed_question_ids("player-3")) == 25


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_writer_killed_mid_save_leaves_every_earlier_session(tmp_path, seed):
    db = tmp_path / "scores.json"
    earlier = ScoreStore(db)
    for score in range(300):  # a file big enough that a save takes a moment
        earlier.save(result(score, player="earlier"))
    writer = start_saver(db, "killed", 0)
    writer.stdin.write("go\n")
    writer.stdin.flush()
    saves_to_wait_for = random.Random(seed).randint(1, 20)
    confirmed = [int(writer.stdout.readline()) for _ in range(saves_to_wait_for)]
    writer.send_signal(signal.SIGKILL)  # it is in the middle of its next save by now
    writer.wait(timeout=30)

    store = ScoreStore(db)
    entries = store.top(limit=10_000)
    ids = {entry.id for entry in entries}
    assert set(range(1, 301)) <= ids
    assert set(confirmed) <= ids
    assert store.notices == []
    # The lock died with the writer: the next game saves at once.
    assert store.save(result(0, player="next")).id == max(ids) + 1


@pytest.mark.parametrize("point", ["rename", "main-file"])
def test_a_writer_killed_at_each_step_of_a_save_loses_nothing_saved_before(tmp_path, point):
    db = tmp_path / "scores.json"
    earlier = ScoreStore(db)
    for score in range(20):
        earlier.save(result(score, player="earlier"))
    before = db.read_bytes()
    ((code, out, _),) = release_together(
        [start_saver(db, "killed", 1, env={**os.environ, "DIE_AT": point})]
    )
    assert code == -signal.SIGKILL and out == ""
    assert db.read_bytes() == before
    store = ScoreStore(db)
    assert [entry.id for entry in store.top(limit=100)] == list(range(20, 0, -1))
    assert store.notices == []
    assert store.save(result(99, player="next")).id == 21
    # Outcomes a killed writer left behind for id 21 are not taken for the new session's.
    assert store.outcomes(21) == []


@pytest.mark.parametrize(
    "content", [b'{"sessions": {"1": {"player": "Ada", "sco', b"\x89PNG\r\n\x1a\n\x00"]
)
def test_quiz_scores_moves_a_broken_file_aside_and_says_where(tmp_path, capsys, content):
    db = tmp_path / "scores.json"
    db.write_bytes(content)
    assert main(["scores", "--db", str(db), "--lang", "en"]) == 0
    (aside,) = tmp_path.glob("scores.json.damaged-*")
    assert aside.read_bytes() == content
    out, err = capsys.readouterr()
    assert err == (
        f"The high-score file was damaged and has been moved to {aside}; a new one has been started.\n"
    )
    assert out == "No scores yet. Play a round with: quiz play\n"


@pytest.fixture
def folder_for_nobody():
    """A folder another user can reach (pytest's own tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="quiz-read-only-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


def test_a_read_only_folder_gives_one_clear_line(folder_for_nobody):
    read_only = folder_for_nobody / "scores"
    read_only.mkdir()
    db = read_only / "scores.json"
    ScoreStore(db).save(result(700))
    before = db.read_bytes()
    read_only.chmod(0o555)
    # root may write anywhere: run the game as an ordinary user to meet the permission.
    uid = NOBODY if os.geteuid() == 0 else None
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "QUIZ_LANG": "en"}
    finished = release_together([start_saver(db, "Ada", 1, uid=uid, env=env)])
    ((code, out, err),) = finished
    assert code == 1
    assert out == ""
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert str(read_only) in err and "not writable" in err and "--db" in err
    assert db.read_bytes() == before
