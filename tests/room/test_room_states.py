"""The room's state machine on a fake clock: join, start, answer, close, reveal, end."""

from __future__ import annotations

import pytest

from quiz.play.clock import FakeClock
from quiz.play.model import SessionSettings
from quiz.play.session import QuizSession
from quiz.results import Mode, Verdict
from quiz.room.model import Phase, RoomError
from quiz.room.room import Room
from tests.room.conftest import LIMIT, QUESTIONS, make_room


def refusal(call, *args) -> str:
    with pytest.raises(RoomError) as caught:
        call(*args)
    return caught.value.key


def three(room: Room) -> list[str]:
    return [room.join("abc234", name).token for name in ("Ada", "Bo", "Cy")]


def test_join_needs_the_code_a_name_and_room(clock):
    room = make_room(clock, max_players=2)
    assert refusal(room.join, "WRONG1", "Ada") == "room.error.wrong_code"
    assert refusal(room.join, "ABC234", "   ") == "room.error.name_empty"
    assert refusal(room.join, "ABC234", "x" * 41) == "room.error.name_too_long"
    ada = room.join(" abc234 ", "  Ada   Lovelace ")
    assert (ada.number, ada.name, ada.token) == (1, "Ada Lovelace", "token-1")
    assert refusal(room.join, "ABC234", "ada lovelace") == "room.error.name_taken"
    room.join("ABC234", "Bo")
    assert refusal(room.join, "ABC234", "Cy") == "room.error.full"
    assert [p.name for p in room.summary().players] == ["Ada Lovelace", "Bo"]


def test_start_needs_a_player_and_opens_the_first_question_for_all(room, clock):
    assert refusal(room.start) == "room.error.nobody"
    three(room)
    room.start()
    view = room.question_view()
    assert room.phase is Phase.QUESTION
    assert (view.number, view.total, view.prompt) == (1, 3, "Welche Farbe hat der Mantel?")
    assert view.choices == ("Rot", "Grün", "Blau")
    assert (view.time_limit, view.remaining, view.answered, view.players) == (LIMIT, LIMIT, 0, 3)
    assert refusal(room.join, "ABC234", "Late") == "room.error.started"
    assert refusal(room.start) == "room.error.started"


def test_points_are_those_of_a_game_alone(room, clock):
    ada, bo, cy = three(room)
    room.start()
    clock.advance(2.0)
    room.answer(ada, 1, "1")
    clock.advance(8.0)
    room.answer(bo, 1, "rot")
    room.answer(cy, 1, "Blau")

    own_clock = FakeClock()
    alone = QuizSession(
        QUESTIONS, SessionSettings(count=3, time_limit=LIMIT, seed=7, in_order=True), own_clock
    )
    alone.next_question()
    own_clock.advance(2.0)
    expected = alone.answer("1").points
    assert room.player_result(ada).points == expected
    assert room.player_result(bo).verdict is Verdict.CORRECT
    assert room.player_result(cy).verdict is Verdict.WRONG
    assert room.player_result(cy).points == 0


def test_nothing_of_the_answer_is_known_before_the_close(room, clock):
    ada, *_ = three(room)
    room.start()
    room.answer(ada, 1, "Rot")
    assert room.player_result(ada) is None  # judged, but not told yet
    assert room.summary().reveal is None
    assert room.question_view().answered == 1
    assert [p.answered for p in room.summary().players] == [True, False, False]
    # Scores move at the close only: a score that jumped would tell the answer was right.
    assert [p.score for p in room.summary().players] == [0, 0, 0]
    assert [row.score for row in room.leaderboard()] == [0, 0, 0]


def test_everyone_answering_closes_the_question_at_once(room, clock):
    tokens = three(room)
    room.start()
    for token in tokens:
        room.answer(token, 1, "Rot")
    assert room.phase is Phase.REVEAL
    reveal = room.summary().reveal
    assert reveal.answer == "Rot"
    spread = {row.label: row.count for row in reveal.spread}
    assert spread == {"Rot": 3, "Grün": 0, "Blau": 0, "other": 0}
    assert [row.place for row in reveal.leaderboard] == [1, 1, 1]


def test_time_up_closes_with_timeouts_and_the_reveal_leads_on(room, clock):
    ada, bo, _ = three(room)
    room.start()
    room.answer(ada, 1, "Rot")
    clock.advance(LIMIT - 0.01)
    room.tick()
    assert room.phase is Phase.QUESTION
    clock.advance(0.01)
    room.tick()
    assert room.phase is Phase.REVEAL
    assert room.player_result(bo).verdict is Verdict.TIMEOUT
    assert room.leaderboard()[0].name == "Ada"
    assert room.leaderboard()[0].gained > 0
    assert room.next_deadline() == clock.now() + 3.0
    clock.advance(3.0)
    room.tick()
    assert room.phase is Phase.QUESTION
    assert room.question_view().number == 2
    assert room.player_result(ada) is None


def test_an_answer_after_the_limit_but_before_the_tick_is_a_timeout(room, clock):
    ada, *_ = three(room)
    room.start()
    clock.advance(LIMIT + 0.5)
    room.answer(ada, 1, "Rot")  # arrives late; the server had not ticked yet
    clock.advance(0)
    room.tick()
    assert room.player_result(ada).verdict is Verdict.TIMEOUT


def test_late_duplicate_and_oversized_answers_are_refused(room, clock):
    ada, bo, cy = three(room)
    room.start()
    assert refusal(room.answer, ada, 2, "15") == "room.error.closed"
    room.answer(ada, 1, "Blau")
    assert refusal(room.answer, ada, 1, "Rot") == "room.error.answered"
    assert refusal(room.answer, bo, 1, "x" * 201) == "room.error.answer_too_long"
    assert refusal(room.answer, "forged", 1, "Rot") == "room.error.unknown_seat"
    room.answer(bo, 1, "Rot")
    room.answer(cy, 1, "Rot")
    assert room.phase is Phase.REVEAL
    assert refusal(room.answer, ada, 1, "Rot") == "room.error.closed"
    assert room.player_result(ada).verdict is Verdict.WRONG  # the first answer counted


def test_an_away_player_keeps_seat_and_score_and_can_still_answer(room, clock):
    ada, bo, _ = three(room)
    room.start()
    room.answer(ada, 1, "Rot")
    room.leave(bo)
    assert [p.present for p in room.summary().players] == [True, False, True]
    assert [row.present for row in room.leaderboard() if row.name == "Bo"] == [False]
    back = room.rejoin(bo)
    assert back.number == 2
    clock.advance(1.0)
    room.answer(bo, 1, "Rot")
    assert room.phase is Phase.QUESTION  # Cy has not answered yet


def test_the_question_closes_when_everyone_present_has_answered(room, clock):
    ada, bo, cy = three(room)
    room.start()
    room.answer(ada, 1, "Rot")
    room.answer(bo, 1, "Rot")
    room.leave(cy)
    assert room.phase is Phase.REVEAL
    assert room.player_result(cy).verdict is Verdict.TIMEOUT
    # Away through the next question too: the seat is kept, the score stays.
    clock.advance(3.0)
    room.tick()
    clock.advance(LIMIT)
    room.tick()
    assert room.seat_of(cy).score == room.leaderboard()[-1].score


def test_lobby_seats_of_players_gone_for_a_minute_are_freed(room, clock):
    ada, *_ = three(room)
    room.leave(ada)
    clock.advance(59.0)
    room.tick()
    assert len(room.summary().players) == 3
    clock.advance(1.0)
    room.tick()
    assert [(p.seat, p.name) for p in room.summary().players] == [(1, "Bo"), (2, "Cy")]
    assert refusal(room.rejoin, ada) == "room.error.unknown_seat"
    room.join("ABC234", "Ada")  # the name is free again


def play_through(room: Room, clock: FakeClock, answers: dict[str, list[str]]) -> None:
    room.start()
    for number in range(1, 4):
        for token, given in answers.items():
            clock.advance(1.0)
            room.answer(token, number, given[number - 1])
        assert room.phase is Phase.REVEAL
        assert room.summary().reveal.last is (number == 3)
        clock.advance(3.0)
        room.tick()


def test_the_game_ends_on_the_podium_with_every_result_marked_as_a_room_game(room, clock):
    ada, bo, cy = three(room)
    assert refusal(room.results) == "room.error.not_over"
    play_through(
        room,
        clock,
        {
            ada: ["Rot", "15", "Bibliothek"],
            bo: ["Rot", "16", ""],
            cy: ["2", "fünfzehn", "Bibliotek"],
        },
    )
    assert room.phase is Phase.OVER
    podium = room.summary().podium
    assert [row.name for row in podium] == ["Ada", "Cy", "Bo"]
    results = room.results()
    assert [r.player for r in results] == ["Ada", "Bo", "Cy"]
    assert all(r.room and r.recorded_mode == "room-classic" for r in results)
    assert [r.correct for r in results] == [3, 1, 2]
    assert [o.verdict for o in results[2].outcomes] == [
        Verdict.WRONG,
        Verdict.CORRECT,
        Verdict.TYPO,
    ]
    assert results[1].outcomes[2].verdict is Verdict.SKIPPED
    assert {r.score for r in results} == {row.score for row in podium}


def test_places_move_with_the_scores(room, clock):
    ada, bo = (room.join("ABC234", name).token for name in ("Ada", "Bo"))
    room.start()
    clock.advance(10.0)
    room.answer(ada, 1, "Rot")  # 750 points
    room.answer(bo, 1, "Blau")
    assert [(r.name, r.place, r.moved) for r in room.leaderboard()] == [("Ada", 1, 0), ("Bo", 2, 0)]
    clock.advance(3.0)
    room.tick()
    room.answer(ada, 2, "14")
    room.answer(bo, 2, "15")  # 1000 points
    rows = room.leaderboard()
    assert [(r.name, r.place, r.moved, r.gained) for r in rows] == [
        ("Bo", 1, 1, 1000),
        ("Ada", 2, -1, 0),
    ]


def test_blitz_rooms_end_when_the_budget_is_spent(clock):
    room = Room(
        QUESTIONS,
        SessionSettings(mode=Mode.BLITZ, count=None, blitz_seconds=30.0, seed=1),
        clock,
        code="ABC234",
    )
    token = room.join("ABC234", "Ada").token
    room.start()
    assert room.question_view().total is None
    clock.advance(30.0)
    room.tick()  # closes: the budget is spent
    clock.advance(5.0)
    room.tick()
    assert room.phase is Phase.OVER
    assert room.results()[0].recorded_mode == "room-blitz"
    assert room.player_result(token).verdict is Verdict.TIMEOUT


def test_practice_has_no_room(clock):
    with pytest.raises(ValueError):
        Room(QUESTIONS, SessionSettings(mode=Mode.PRACTICE), clock, code="ABC234")
