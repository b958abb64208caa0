"""The session state machine, driven by a fake clock."""

import pytest

from quiz.banks.model import Question, QuestionType
from quiz.play.clock import FakeClock
from quiz.play.model import SessionSettings
from quiz.play.session import QuizSession, SessionStateError
from quiz.results import Mode, Verdict


def fill_in(qid, answer, **fields):
    return Question(
        id=qid, type=QuestionType.FILL_IN, prompt=f"{qid}?", answer=answer, bank="bank", **fields
    )


def choice(qid, answer, choices, **fields):
    return Question(
        id=qid,
        type=QuestionType.MULTIPLE_CHOICE,
        prompt=f"{qid}?",
        answer=answer,
        choices=choices,
        bank="bank",
        **fields,
    )


QUESTIONS = [
    fill_in("q1", "Bibliothek", tags=("staffel-1",), difficulty=1),
    fill_in("q2", "15", tags=("staffel-1",), difficulty=2),
    choice("q3", "Rot", ("Rot", "Grün", "Blau", "Gelb"), tags=("staffel-2",), difficulty=2),
    fill_in("q4", "Hafen", time_limit=10, tags=("staffel-2",)),
    fill_in("q5", "Brücke", difficulty=3),
    fill_in("q6", "Tunnel"),
    fill_in("q7", "Kirche"),
]
ANSWERS = {q.id: q.answer for q in QUESTIONS}


IN_ORDER_ALL = SessionSettings(in_order=True, count=None)


def start(settings=IN_ORDER_ALL, questions=QUESTIONS, **kwargs):
    clock = FakeClock()
    return QuizSession(questions, settings, clock, **kwargs), clock


def test_a_right_answer_scores_by_time_and_a_streak_adds_its_bonus():
    session, clock = start()
    session.next_question()
    clock.advance(15)  # fill-in: 30 s
    first = session.answer("Bibliothek")
    assert (first.verdict, first.points, first.streak_bonus) == (Verdict.CORRECT, 750, 0)
    session.next_question()
    clock.advance(0.2)
    second = session.answer("fünfzehn")
    assert (second.verdict, second.points, second.streak_bonus, second.streak) == (
        Verdict.CORRECT,
        1100,
        100,
        2,
    )
    assert session.score == 1850
    assert session.streak == 2


def test_a_typo_counts_as_right_and_says_what_it_was_taken_for():
    session, _ = start()
    session.next_question()
    outcome = session.answer("Biblotek")
    assert outcome.verdict is Verdict.TYPO
    assert outcome.matched == "Bibliothek"
    assert outcome.points == 1000


def test_wrong_skip_and_timeout_earn_nothing_and_reset_the_streak():
    session, clock = start()
    session.next_question()
    session.answer("Bibliothek")
    session.next_question()
    wrong = session.answer("16")
    assert (wrong.verdict, wrong.points, session.streak) == (Verdict.WRONG, 0, 0)
    session.next_question()
    session.answer("1")
    session.next_question()
    skipped = session.answer("  ")
    assert (skipped.verdict, skipped.points, session.streak) == (Verdict.SKIPPED, 0, 0)
    session.next_question()
    session.answer("Brücke")
    session.next_question()
    clock.advance(30.5)
    late = session.answer("Tunnel")
    assert (late.verdict, late.points, late.given, session.streak) == (
        Verdict.TIMEOUT,
        0,
        "Tunnel",
        0,
    )
    assert session.longest_streak == 1


def test_an_answer_exactly_at_the_limit_still_counts_for_half():
    session, clock = start()
    session.next_question()
    clock.advance(30)
    assert session.answer("Bibliothek").points == 500


def test_expire_is_a_timeout_without_an_answer():
    session, clock = start()
    session.next_question()
    clock.advance(30)
    assert session.remaining() == 0
    outcome = session.expire()
    assert (outcome.verdict, outcome.given, outcome.points) == (Verdict.TIMEOUT, "", 0)


def test_streak_bonus_stops_at_500():
    session, _ = start()
    bonuses = []
    while (asked := session.next_question()) is not None:
        bonuses.append(session.answer(ANSWERS[asked.question.id]).streak_bonus)
    assert bonuses == [0, 100, 200, 300, 400, 500, 500]
    assert session.score == 7 * 1000 + 2000
    assert session.longest_streak == 7


def test_time_limits_default_by_type_and_are_overridden():
    session, _ = start()
    limits = []
    while (asked := session.next_question()) is not None:
        limits.append((asked.question.id, asked.time_limit))
        session.answer("")
    assert limits[:4] == [("q1", 30.0), ("q2", 30.0), ("q3", 20.0), ("q4", 10)]
    everywhere, _ = start(SessionSettings(in_order=True, time_limit=7))
    assert everywhere.next_question().time_limit == 7
    practice, clock = start(SessionSettings(in_order=True, mode=Mode.PRACTICE))
    assert practice.next_question().time_limit is None
    clock.advance(3600)
    assert practice.remaining() is None
    assert practice.answer("Bibliothek").points == 1000


def test_remaining_counts_down_with_the_clock():
    session, clock = start()
    session.next_question()
    assert session.remaining() == 30
    clock.advance(12.5)
    assert session.remaining() == 17.5
    assert session.session_remaining() is None


def test_count_tags_and_difficulty_choose_the_questions():
    session, _ = start(SessionSettings(in_order=True, count=2))
    assert session.planned == 2
    tagged, _ = start(SessionSettings(in_order=True, count=None, tags=("staffel-2",)))
    assert _ids(tagged) == ["q3", "q4"]
    hard, _ = start(SessionSettings(in_order=True, count=None, difficulty=(2, 3)))
    assert _ids(hard) == ["q2", "q3", "q5"]


def test_in_order_keeps_file_order_and_choices_as_written():
    session, _ = start(SessionSettings(in_order=True, count=None))
    asked = []
    while (question := session.next_question()) is not None:
        asked.append(question)
        session.answer("x")
    assert [a.question.id for a in asked] == [q.id for q in QUESTIONS]
    assert asked[2].choices == ("Rot", "Grün", "Blau", "Gelb")
    assert [a.number for a in asked] == list(range(1, 8))
    assert {a.total for a in asked} == {7}


def test_the_same_seed_gives_the_same_questions_and_choices():
    def play(seed):
        session, _ = start(SessionSettings(seed=seed, count=None))
        seen = []
        while (asked := session.next_question()) is not None:
            seen.append((asked.question.id, asked.choices))
            session.answer("x")
        return seen

    assert play(7) == play(7)
    orders = {tuple(qid for qid, _ in play(seed)) for seed in range(10)}
    assert len(orders) > 1
    shuffled_choices = {choices for seed in range(20) for qid, choices in play(seed) if qid == "q3"}
    assert len(shuffled_choices) > 1
    assert all(sorted(c) == sorted(("Rot", "Grün", "Blau", "Gelb")) for c in shuffled_choices)


def test_practice_asks_earlier_misses_first_in_their_order():
    session, _ = start(
        SessionSettings(mode=Mode.PRACTICE, seed=3, count=4), first_ids=["q6", "gone", "q2", "q6"]
    )
    assert _ids(session)[:2] == ["q6", "q2"]
    assert session.planned == 4


def test_blitz_keeps_asking_until_the_budget_is_spent():
    session, clock = start(
        SessionSettings(mode=Mode.BLITZ, in_order=True, count=None, blitz_seconds=60)
    )
    asked = session.next_question()
    assert asked.total is None
    assert session.session_remaining() == 60
    clock.advance(25)
    session.answer("Bibliothek")
    session.next_question()
    clock.advance(25)
    session.answer("15")
    session.next_question()
    clock.advance(8)
    assert session.remaining() == 2  # the session's 2 s, not the question's 12 s
    assert session.session_remaining() == 2
    clock.advance(3)
    late = session.answer("Rot")
    assert late.verdict is Verdict.TIMEOUT
    assert session.finished
    assert session.next_question() is None
    result = session.result()
    assert (result.correct, result.total, result.duration_s) == (2, 3, 60)


def test_a_blitz_noticed_late_between_questions_still_lasts_its_budget():
    session, clock = start(
        SessionSettings(mode=Mode.BLITZ, in_order=True, count=None, blitz_seconds=60)
    )
    session.next_question()
    clock.advance(29)
    session.answer("Bibliothek")
    session.next_question()
    clock.advance(29)
    session.answer("15")
    assert not session.finished
    clock.advance(5)  # the feedback pause ran past the budget
    assert session.session_remaining() == 0
    assert session.next_question() is None
    assert session.finished
    assert session.result().duration_s == 60


def test_blitz_ends_when_the_questions_run_out():
    session, _ = start(
        SessionSettings(mode=Mode.BLITZ, in_order=True, count=None), questions=QUESTIONS[:2]
    )
    assert _ids(session) == ["q1", "q2"]
    assert session.finished


def test_a_session_finishes_after_its_last_answer_with_a_result():
    session, clock = start(SessionSettings(in_order=True, count=2, player="Ana"))
    session.next_question()
    clock.advance(2)
    session.answer("Bibliothek")
    assert not session.finished
    session.next_question()
    clock.advance(3)
    session.answer("14")
    assert session.finished
    assert session.next_question() is None
    result = session.result()
    assert result.player == "Ana"
    assert result.banks == ("bank",)
    assert (result.score, result.correct, result.total, result.longest_streak) == (
        session.score,
        1,
        2,
        1,
    )
    assert result.duration_s == 5
    assert [o.verdict for o in result.outcomes] == [Verdict.CORRECT, Verdict.WRONG]
    assert result.ranked


def test_abandon_keeps_the_answers_but_is_not_ranked():
    session, clock = start(banks=["a", "b"])
    session.next_question()
    session.answer("Bibliothek")
    session.next_question()
    clock.advance(4)
    result = session.abandon()
    assert result.abandoned and not result.ranked
    assert result.total == 1
    assert result.banks == ("a", "b")
    assert result.duration_s == 4
    assert session.finished
    assert session.next_question() is None


def test_stop_ends_early_and_stays_ranked():
    session, _ = start()
    session.next_question()
    session.answer("Bibliothek")
    session.next_question()
    result = session.stop()
    assert result.ranked and result.total == 1
    assert session.current is None


def test_the_state_machine_refuses_calls_out_of_turn():
    session, _ = start()
    with pytest.raises(SessionStateError):
        session.answer("x")
    with pytest.raises(SessionStateError):
        session.expire()
    session.next_question()
    with pytest.raises(SessionStateError):
        session.next_question()


def test_an_empty_selection_plans_nothing():
    session, _ = start(SessionSettings(tags=("nowhere",)))
    assert session.planned == 0
    assert session.next_question() is None
    assert session.finished


def _ids(session):
    ids = []
    while (asked := session.next_question()) is not None:
        ids.append(asked.question.id)
        session.answer("")
    return ids
