"""A bank index damaged, deleted or changed DURING a game: the game goes on from the bank
files, the player hears why, and the score is saved."""

from __future__ import annotations

import io
import os

from quiz import locations
from quiz.banks.index import INDEX_NAME, BankIndex, IndexDamaged
from quiz.banks.loader import index_banks
from quiz.i18n import set_language
from quiz.plain import run_plain
from quiz.play.clock import FakeClock
from quiz.play.game import finish, open_session
from quiz.play.model import SessionSettings
from quiz.play.pool import IndexPool
from quiz.results import Verdict

THREE = SessionSettings(count=3, in_order=True, player="Ada")


def index_file():
    return locations.cache_dir() / INDEX_NAME


def damage_index():
    """Garbage over the index and its journal, as a disk fault or a stray tool would leave."""
    for path in index_file().parent.glob(INDEX_NAME + "*"):
        with open(path, "r+b") as handle:
            handle.write(b"\xde\xad" * (os.path.getsize(path) // 2))


def answer_all(session):
    asked_ids = []
    while (asked := session.next_question()) is not None:
        asked_ids.append(asked.question.id)
        session.answer(asked.question.answer)
    return asked_ids


def test_an_index_damaged_after_the_first_question_is_rebuilt_and_the_game_goes_on(
    banks_dir, store
):
    session, catalogue = open_session([banks_dir], ["kino"], THREE, store, FakeClock())
    try:
        first = session.next_question()
        assert first is not None
        session.answer(first.question.answer)
        damage_index()
        rest = answer_all(session)
        notices = session.take_notices()
    finally:
        catalogue.close()
    assert [first.question.id, *rest] == ["kino-library", "kino-colour", "kino-years"]
    assert len(notices) == 1 and str(index_file()) in notices[0]
    result = session.result()
    assert [o.verdict for o in result.outcomes] == [Verdict.CORRECT] * 3
    assert finish(result, store) is not None
    assert [entry.score for entry in store.top(limit=5)] == [result.score]


def test_a_read_that_fails_rebuilds_the_index_once_and_says_so(banks_dir, store, monkeypatch):
    set_language("en")
    session, catalogue = open_session([banks_dir], ["kino"], THREE, store, FakeClock())
    damaged = catalogue.index
    real_question = BankIndex.question

    def failing_on_the_old_index(index, *args):
        if index is damaged:
            raise IndexDamaged("planted")
        return real_question(index, *args)

    monkeypatch.setattr(BankIndex, "question", failing_on_the_old_index)
    try:
        asked = answer_all(session)
        notices = session.take_notices()
    finally:
        catalogue.close()
    assert asked == ["kino-library", "kino-colour", "kino-years"]
    assert catalogue.index is not damaged  # the catalogue closes the new index, too
    assert notices and "bank index" in notices[0]
    assert session.take_notices() == []  # told once


def test_a_bank_emptied_meanwhile_ends_the_game_early_with_the_score_saved(
    banks_dir, store, monkeypatch
):
    session, catalogue = open_session([banks_dir], ["kino"], THREE, store, FakeClock())
    try:
        first = session.next_question()
        session.answer(first.question.answer)
        # The bank loses two questions, then the index is lost: only the first stays.
        text = (banks_dir / "kino.yaml").read_text(encoding="utf-8")
        (banks_dir / "kino.yaml").write_text(text.split("  - id: kino-colour")[0], "utf-8")
        catalogue.index.close()
        index_file().unlink()
        damage_index()
        monkeypatch.setattr(
            BankIndex, "question", _fails_once(BankIndex.question, IndexDamaged("gone"))
        )
        assert session.next_question() is None
    finally:
        catalogue.close()
    result = session.result()
    assert len(result.outcomes) == 1 and result.outcomes[0].verdict is Verdict.CORRECT
    assert finish(result, store) is not None


def test_plain_mode_tells_the_player_and_finishes(banks_dir, store, monkeypatch):
    set_language("en")
    monkeypatch.setattr(
        BankIndex, "question", _fails_once(BankIndex.question, IndexDamaged("planted"))
    )
    session, catalogue = open_session([banks_dir], ["kino"], THREE, store, FakeClock())
    out = io.StringIO()
    try:
        code = run_plain(session, store, stdin=io.StringIO("Bibliothek\nRot\n15\n"), stdout=out)
    finally:
        catalogue.close()
    shown = out.getvalue()
    assert code == 0
    assert "Traceback" not in shown and "internal error" not in shown.lower()
    assert "quiz: note:" in shown and "bank index" in shown
    assert "Right: 3 of 3" in shown
    assert [entry.score for entry in store.top(limit=5)] == [3300]


def _fails_once(real, error):
    calls = {"failed": False}

    def question(index, *args):
        if not calls["failed"]:
            calls["failed"] = True
            raise error
        return real(index, *args)

    return question


def test_rivals_names_damaged_again_right_after_the_rebuild_leave_them_out(
    banks_dir, store, monkeypatch
):
    # The rivals' names only sharpen answer checking: losing them must never end the game.
    def always_damaged(index, *args):
        raise IndexDamaged("planted")

    catalogue = index_banks([banks_dir], only=["kino"])
    pool = IndexPool(
        catalogue.index,
        [catalogue.contents["kino"]],
        THREE,
        reopen=catalogue.reopened,
    )
    monkeypatch.setattr(BankIndex, "persons", always_damaged)
    try:
        assert pool.persons() == []
        assert pool.notices  # the rebuild was told
    finally:
        catalogue.close()
