"""Issue 13, items 5 to 10: banks and score files that once broke the program, and files
left in a bad state by a save."""

from __future__ import annotations

import fcntl
import os
import signal
import stat
import threading
import time
from pathlib import Path

import orjson
import pytest

from quiz import atomic
from quiz.banks.loader import load_bank_file
from quiz.cli import main
from quiz.scores.store import ScoreStore
from quiz.scores.table import local_time
from tests.scores.results import result
from tests.scores.savers import release_together, start_saver

BANK_HEAD = "title: T\nlanguage: de\nquestions:\n"


def one_question(extra: str) -> str:
    return BANK_HEAD + (
        "  - id: t-1\n    type: fill_in\n    prompt: Wer?\n    answer: Ada\n" + extra
    )


# -- item 5: a 401-digit time limit --------------------------------------------------------


@pytest.mark.parametrize("limit", ["9" * 401, "1e400", "86401", "-3", ".nan"])
def test_item5_an_impossible_time_limit_is_one_error_with_its_line(tmp_path, limit):
    path = tmp_path / "t.yaml"
    path.write_text(one_question(f"    time_limit: {limit}\n"), encoding="utf-8")
    bank, problems = load_bank_file(path)
    assert bank is None
    [problem] = problems
    assert problem.line == 8 and "time limit" in problem.message
    assert "report a bug" not in problem.message


def test_item5_the_largest_time_limit_is_a_day(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(one_question("    time_limit: 86400\n"), encoding="utf-8")
    bank, problems = load_bank_file(path)
    assert problems == [] and bank.questions[0].time_limit == 86400.0


# -- items 6 and 7: score records that killed `quiz scores` and every save ----------------


def write_records(db: Path, records: dict[str, dict]) -> None:
    db.write_bytes(orjson.dumps({"sessions": records}))


def record(score: int, finished_at: str = "2026-03-01T20:00:00+00:00") -> dict:
    return {
        "player": "Ada",
        "banks": ["oz"],
        "score": score,
        "correct": 1,
        "total": 2,
        "mode": "classic",
        "duration_s": 3.0,
        "finished_at": finished_at,
        "longest_streak": 1,
        "ranked": True,
        "v": 1,
    }


@pytest.mark.parametrize(
    ("zone", "moment"),
    [
        ("Asia/Tokyo", "9999-12-31T23:59:59+00:00"),
        ("America/New_York", "0001-01-01T00:00:00+00:00"),
        ("UTC", "0001-01-01T00:00:00+05:00"),
    ],
)
def test_item6_a_date_at_the_end_of_the_calendar_is_shown(
    tmp_path, monkeypatch, capsys, zone, moment
):
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        db = tmp_path / "scores.json"
        write_records(db, {"1": record(500, moment), "2": record(400)})
        assert main(["scores", "--db", str(db)]) == 0
        out = capsys.readouterr().out
        assert "Ada" in out and out.count("Ada") == 2
        assert local_time(moment)  # total: never raises
    finally:
        monkeypatch.undo()
        time.tzset()


def test_item7_a_5000_digit_session_id_is_left_out_and_saves_go_on(tmp_path, capsys):
    db = tmp_path / "scores.json"
    write_records(db, {"1": record(500), "9" * 5000: record(900)})
    assert main(["scores", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.count("Ada") == 1 and "500" in out
    store = ScoreStore(db)
    saved = store.save(result(700))
    assert saved.id == 2 and saved.rank == 1
    # The record nobody can read stays in the file as it was: nothing is dropped.
    assert "9" * 5000 in orjson.loads(db.read_bytes())["sessions"]


def test_item7_a_score_too_large_to_print_is_not_ranked(tmp_path):
    db = tmp_path / "scores.json"
    write_records(db, {"1": record(500), "2": record(10**18)})
    assert [entry.id for entry in ScoreStore(db).top()] == [1]


# -- item 8: a named pipe called .yaml --------------------------------------------------------


def test_item8_validate_refuses_a_named_pipe_at_once(tmp_path, capsys):
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    done: list[int] = []
    worker = threading.Thread(target=lambda: done.append(main(["validate", str(pipe)])))
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # let the blocked reader go before failing
        with open(pipe, "wb"):
            pass
        worker.join(timeout=10)
        pytest.fail("quiz validate blocked on a named pipe")
    assert done == [1]
    assert "not a regular file" in capsys.readouterr().out


# -- item 9: a save keeps the file's mode and group ---------------------------------------------


@pytest.mark.parametrize("mode", [0o644, 0o664, 0o640, 0o600])
def test_item9_a_shared_score_file_keeps_its_mode_through_a_save(tmp_path, mode):
    db = tmp_path / "scores.json"
    store = ScoreStore(db)
    store.save(result(1))
    os.chmod(db, mode)
    group = os.stat(db).st_gid
    store.save(result(2))
    after = os.stat(db)
    assert stat.S_IMODE(after.st_mode) == mode
    assert after.st_gid == group


def test_item9_a_new_file_gets_the_umask_mode_as_open_would_give(tmp_path):
    path = tmp_path / "new.json"
    atomic.write_bytes_atomic(path, b"{}")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o666 & ~atomic._UMASK


def test_item9_the_group_is_kept_where_the_owner_may_set_it(tmp_path):
    groups = [gid for gid in os.getgroups() if gid != os.getgid()]
    if not groups:
        pytest.skip("this user belongs to one group only")
    path = tmp_path / "shared.json"
    path.write_bytes(b"old")
    os.chown(path, -1, groups[0])
    os.chmod(path, 0o664)
    atomic.write_bytes_atomic(path, b"new")
    assert os.stat(path).st_gid == groups[0]
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o664


# -- item 10: a killed writer's temporary copy is cleaned up by a later save --------------------


def temporary_copies(db: Path) -> list[Path]:
    return sorted(db.parent.glob(f".{db.name}.*.tmp"))


def age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_item10_a_copy_left_by_sigkill_is_removed_by_a_later_save(tmp_path):
    db = tmp_path / "scores.json"
    ScoreStore(db).save(result(1))
    ((code, _, _),) = release_together(
        [start_saver(db, "killed", 1, env={**os.environ, "DIE_AT": "rename"})]
    )
    assert code == -signal.SIGKILL
    [left] = temporary_copies(db)
    ScoreStore(db).save(result(2))
    assert temporary_copies(db) == [left]  # young: it might be a live writer's
    age(left, atomic.STALE_AFTER_S + 60)
    ScoreStore(db).save(result(3))
    assert temporary_copies(db) == []
    assert [entry.score for entry in ScoreStore(db).top()] == [3, 2, 1]


def test_item10_a_copy_a_live_writer_holds_is_never_removed(tmp_path):
    target = tmp_path / "scores.json"
    held = tmp_path / f".{target.name}.abcd1234.tmp"
    held.write_bytes(b"half")
    age(held, atomic.STALE_AFTER_S * 10)
    with open(held, "rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # as a writer holds its copy until the rename
        assert atomic.remove_stale_copies(target, older_than_s=0) == []
    assert held.exists()
    assert atomic.remove_stale_copies(target, older_than_s=0) == [held]


def test_item10_only_our_own_names_are_removed(tmp_path):
    target = tmp_path / "scores.json"
    others = [
        tmp_path / ".scores.json.tmp",  # no random part
        tmp_path / ".scores.jsonx.abcd1234.tmp",  # another file's copy
        tmp_path / ".other.json.abcd1234.tmp",
        tmp_path / "scores.json.abcd1234.tmp",  # not hidden: not ours
        tmp_path / ".scores.json.abcd1234.tmp.keep",
    ]
    for path in others:
        path.write_bytes(b"x")
        age(path, atomic.STALE_AFTER_S * 10)
    link = tmp_path / ".scores.json.linklink.tmp"
    link.symlink_to(others[0])
    age_link = time.time() - atomic.STALE_AFTER_S * 10
    os.utime(link, (age_link, age_link), follow_symlinks=False)
    assert atomic.remove_stale_copies(target, older_than_s=0) == []
    assert all(path.exists() for path in others) and link.is_symlink()


def test_item10_the_generator_and_the_preferences_clean_up_the_same_way(tmp_path):
    """Both write through quiz.atomic, which cleans after every write."""
    import quiz.generator.writer as writer
    import quiz.preferences as preferences

    assert writer.write_text_atomic is atomic.write_text_atomic
    assert preferences.write_bytes_atomic is atomic.write_bytes_atomic
    target = tmp_path / "bank.yaml"
    stale = tmp_path / f".{target.name}.zz99zz99.tmp"
    stale.write_bytes(b"old")
    age(stale, atomic.STALE_AFTER_S + 1)
    atomic.write_text_atomic(target, "text")
    assert not stale.exists() and target.read_text() == "text"
