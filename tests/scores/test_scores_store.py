"""The score store: saving, the table, ranks, outcomes, the lean main file."""

from __future__ import annotations

import gc
import json
import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from quiz.errors import QuizError
from quiz.results import Mode, Verdict
from quiz.scores.details import details_path
from quiz.scores.store import ScoreStore
from tests.scores.results import outcome, result

MAIN_RECORD_KEYS = {
    "player",
    "banks",
    "score",
    "correct",
    "total",
    "mode",
    "duration_s",
    "finished_at",
    "longest_streak",
    "ranked",
    "v",
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "scores.json"


@pytest.fixture
def store(db: Path) -> ScoreStore:
    return ScoreStore(db)


def test_opening_touches_no_file(db):
    ScoreStore(db)
    assert not db.parent.exists()


def test_an_empty_store_has_an_empty_table(store, db):
    assert store.top() == []
    assert store.rank_for(500) == 1
    assert store.missed_question_ids("Ada") == []
    assert store.outcomes(1) == []
    assert not db.exists()


def test_top_is_best_first_and_ranks_follow(store):
    for score in (300, 900, 600):
        store.save(result(score))
    assert [(entry.rank, entry.score) for entry in store.top()] == [(1, 900), (2, 600), (3, 300)]


def test_equal_scores_keep_the_earlier_one_ahead(store):
    first = store.save(result(500, player="Ada"))
    second = store.save(result(500, player="Bob"))
    assert (first.rank, second.rank) == (1, 2)
    assert [entry.player for entry in store.top()] == ["Ada", "Bob"]
    assert store.rank_for(500) == 3
    assert store.rank_for(501) == 1


def test_save_returns_increasing_ids_and_the_rank_reached(store):
    saved = [store.save(result(score)) for score in (100, 300, 200)]
    assert [item.id for item in saved] == [1, 2, 3]
    assert [item.rank for item in saved] == [1, 1, 2]


def test_limit_cuts_the_table(store):
    for score in range(15):
        store.save(result(score * 10))
    assert len(store.top()) == 10
    assert [entry.score for entry in store.top(limit=3)] == [140, 130, 120]


def test_bank_filter_keeps_sessions_that_included_the_bank(store):
    store.save(result(100, banks=["oz"]))
    store.save(result(200, banks=["oz", "lost"]))
    store.save(result(300, banks=["lost"]))
    assert [entry.score for entry in store.top("oz")] == [200, 100]
    assert [entry.score for entry in store.top("lost")] == [300, 200]
    assert store.top("nothing") == []
    assert store.rank_for(150, "oz") == 2


def test_rank_of_a_new_score_is_the_one_quiz_scores_shows_for_that_choice(store):
    store.save(result(900, banks=["lost"]))
    store.save(result(800, banks=["oz", "lost"]))
    # One bank: its table (sessions that included it), where 800 is ahead.
    assert store.save(result(700, banks=["oz"])).rank == 2
    # Several banks: the whole table.
    assert store.save(result(850, banks=["oz", "lost"])).rank == 2


def test_practice_and_abandoned_sessions_are_kept_but_not_ranked(store, db):
    practice = store.save(result(5000, mode=Mode.PRACTICE, outcomes=[outcome("q1", Verdict.WRONG)]))
    abandoned = store.save(result(4000, abandoned=True))
    ranked = store.save(result(100))
    assert (practice.rank, abandoned.rank, ranked.rank) == (None, None, 1)
    assert [entry.id for entry in store.top()] == [ranked.id]
    assert store.rank_for(200) == 1
    assert store.missed_question_ids("Ada") == ["q1"]
    assert len(json.loads(db.read_text())["sessions"]) == 3


def test_entry_carries_every_field(store):
    moment = datetime(2026, 3, 1, 20, 15, 7, tzinfo=UTC)
    store.save(
        result(
            1234,
            player="Ada",
            banks=["oz", "lost"],
            mode=Mode.BLITZ,
            outcomes=[outcome("q1", Verdict.CORRECT), outcome("q2", Verdict.WRONG)],
        ),
        finished_at=moment,
    )
    (entry,) = store.top()
    assert entry.id == 1 and entry.rank == 1
    assert (entry.player, entry.score, entry.correct, entry.total) == ("Ada", 1234, 1, 2)
    assert entry.banks == ("oz", "lost")
    assert entry.mode == "blitz"
    assert entry.duration_s == pytest.approx(42.123, abs=1e-9)
    assert entry.finished_at == "2026-03-01T20:15:07+00:00"
    assert entry.longest_streak == 1


def test_finished_at_is_iso_8601_in_utc(store):
    store.save(
        result(1), finished_at=datetime(2026, 3, 1, 22, 0, tzinfo=timezone(timedelta(hours=2)))
    )
    before = datetime.now(UTC)
    store.save(result(2))
    after = datetime.now(UTC)
    stored = [entry.finished_at for entry in store.top()]
    assert stored[1] == "2026-03-01T20:00:00+00:00"
    saved_at = datetime.fromisoformat(stored[0])
    assert saved_at.utcoffset() == timedelta(0)
    # The moment of the save, without trusting the machine to be quick.
    assert before <= saved_at <= after


def test_main_file_holds_lean_records_and_no_outcomes(store, db):
    outcomes = [
        outcome(f"q{number}", Verdict.CORRECT, given="a rather long given answer")
        for number in range(10)
    ]
    store.save(result(900, outcomes=outcomes))
    text = db.read_text()
    (record,) = json.loads(text)["sessions"].values()
    assert set(record) == MAIN_RECORD_KEYS
    assert record["v"] == 1
    assert "q1" not in text and "given" not in text
    assert "a rather long given answer" in details_path(db).read_text()


def test_outcomes_come_back_per_session(store):
    first = store.save(result(outcomes=[outcome("q1", Verdict.CORRECT, given="fünfzehn")]))
    second = store.save(result(outcomes=[outcome("q2", Verdict.TIMEOUT, bank="lost", given="")]))
    assert store.outcomes(first.id) == [
        {
            "question_id": "q1",
            "bank": "oz",
            "verdict": "correct",
            "given": "fünfzehn",
            "points": 900,
            "seconds": 4.25,
        }
    ]
    assert [item["question_id"] for item in store.outcomes(second.id)] == ["q2"]
    assert store.outcomes(99) == []


def test_missed_ids_are_the_players_latest_misses_most_recent_first(store):
    store.save(
        result(
            player="Ada",
            outcomes=[
                outcome("a", Verdict.WRONG),
                outcome("b", Verdict.WRONG),
                outcome("c", Verdict.CORRECT),
            ],
        )
    )
    store.save(result(player="Bob", outcomes=[outcome("x", Verdict.WRONG)]))
    store.save(
        result(
            player="Ada",
            mode=Mode.PRACTICE,
            outcomes=[
                outcome("a", Verdict.TYPO),
                outcome("d", Verdict.SKIPPED),
                outcome("c", Verdict.TIMEOUT),
            ],
        )
    )
    # "a" was answered right since; "c" and "d" are the newest misses, "b" an older one.
    assert store.missed_question_ids("Ada") == ["c", "d", "b"]
    assert store.missed_question_ids("Bob") == ["x"]
    assert store.missed_question_ids("Eve") == []


def test_player_names_that_look_like_json_do_not_confuse_the_outcome_search(store):
    sly = 'Ada","player":"Bob'
    store.save(result(player=sly, outcomes=[outcome("q1", Verdict.WRONG, given='"player":"Bob"')]))
    assert store.missed_question_ids("Bob") == []
    assert store.missed_question_ids(sly) == ["q1"]


def test_a_second_store_sees_what_the_first_saved(db):
    reader, writer = ScoreStore(db), ScoreStore(db)
    assert reader.top() == []
    writer.save(result(700))
    assert [entry.score for entry in reader.top()] == [700]
    reader.save(result(800))
    assert [entry.score for entry in writer.top()] == [800, 700]


def test_an_empty_file_is_an_empty_store(store, db):
    db.parent.mkdir(parents=True)
    db.touch()
    assert store.top() == []
    assert store.save(result(1)).id == 1
    assert store.notices == []


def test_a_read_only_file_is_refused_and_kept(store, db):
    store.save(result(100))
    before = db.read_bytes()
    os.chmod(db, 0o444)
    with pytest.raises(QuizError, match=r"scores\.json") as caught:
        store.save(result(200))
    assert "--db" in str(caught.value)
    assert db.read_bytes() == before
    assert [entry.score for entry in store.top()] == [100]


def test_ids_stay_unique_in_a_file_put_out_of_order_by_hand(store, db):
    db.parent.mkdir(parents=True)
    db.write_text(
        json.dumps(
            {
                "sessions": {
                    "5": {"player": "Eve", "score": 50, "ranked": True, "banks": ["oz"]},
                    "3": {"player": "Bob", "score": 30, "ranked": True, "banks": ["oz"]},
                }
            }
        )
    )
    assert store.save(result(40)).id == 4
    assert store.save(result(45)).id == 6
    assert [entry.id for entry in store.top()] == [5, 6, 4, 3]


def test_the_garbage_collector_is_left_as_it_was_found(store):
    assert gc.isenabled()
    store.save(result(100))
    store.top()
    assert gc.isenabled()
    gc.disable()
    try:
        store.save(result(200))
        assert store.rank_for(150) == 2
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_name_from_undecodable_command_line_bytes_is_saved_with_a_replacement_character(store):
    # `quiz play --player $'\xff'` hands Python the name "Spieler\udcff" (surrogateescape).
    name = "Spieler\udcff"
    saved = store.save(
        result(100, player=name, outcomes=[outcome("q1", Verdict.WRONG, given="\udcfe")])
    )
    (entry,) = store.top()
    assert entry.player == "Spieler\ufffd"
    assert store.outcomes(saved.id)[0]["given"] == "\ufffd"
    assert store.missed_question_ids(name) == ["q1"]
