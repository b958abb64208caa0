"""The room's state machine: lobby -> (question -> reveal)* -> over.

Each seat plays its own ``QuizSession`` of one shared draw (one seed, the same questions,
the same clock), so the order, the choices' order, answer checking, points and streaks are
those of a game alone. The room only decides when a question opens and closes:

- a question opens for every seat at once; its deadline is the sessions' own limit;
- an answer is timed when it reaches the room; a seat's first answer counts;
- it closes when time is up or every present player has answered; seats without an answer
  time out (``QuizSession.expire``);
- the reveal stays for ``reveal_seconds``; then the next question, or the podium.

Time comes from the injected clock only: ``tick()`` is called by whoever runs the room
(the server's loop, a test) and moves the room on when a deadline has passed.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from quiz.banks.model import Question
from quiz.play.clock import Clock
from quiz.play.matching import AnswerChecker
from quiz.play.model import AskedQuestion, SessionSettings
from quiz.play.session import QuizSession
from quiz.results import Mode, Outcome, QuizResult, Verdict
from quiz.room.codes import new_token, same_code
from quiz.room.model import (
    LeaderRow,
    Phase,
    PlayerResult,
    PlayerView,
    QuestionView,
    RevealView,
    RoomError,
    RoomLimits,
    RoomSummary,
    SpreadRow,
)
from quiz.text.normalize import fold

# Verdicts in the order a fill-in question's spread lists them.
_VERDICT_ORDER = (Verdict.CORRECT, Verdict.TYPO, Verdict.WRONG, Verdict.SKIPPED, Verdict.TIMEOUT)


@dataclass(slots=True)
class Seat:
    number: int
    name: str
    token: str
    present: bool = True
    away_since: float | None = None
    session: QuizSession | None = None
    outcome: Outcome | None = None  # of the open (or just closed) question
    # Score and place as of the last closed question: the session's own score moves the
    # moment an answer is judged, and showing that would tell whether it was right.
    score: int = 0
    place: int = 0


class Room:
    def __init__(
        self,
        questions: Sequence[Question],
        settings: SessionSettings,
        clock: Clock,
        *,
        code: str,
        banks: Sequence[str] = (),
        checker: AnswerChecker | None = None,
        limits: RoomLimits | None = None,
        make_token: Callable[[], str] = new_token,
    ) -> None:
        if not settings.timed:
            raise ValueError("a room needs a timed mode: every question must close")
        # One seed for every seat: the same draw and the same order of choices for all.
        seed = settings.seed if settings.seed is not None else random.SystemRandom().getrandbits(32)
        self.settings = replace(settings, seed=seed)
        self.code = code
        self.limits = limits or RoomLimits()
        self._questions = tuple(questions)
        self._banks = tuple(banks)
        self._checker = checker if checker is not None else AnswerChecker(questions)
        # How many questions the game will ask (a session of the same draw counts them).
        self.planned = QuizSession(questions, self.settings, clock, checker=self._checker).planned
        self._clock = clock
        self._make_token = make_token
        self._seats: dict[str, Seat] = {}  # by token
        self.phase = Phase.LOBBY
        self._asked: AskedQuestion | None = None
        self._until: float | None = None  # when the open question or the reveal ends
        self._opened_at = 0.0
        self._reveal: RevealView | None = None
        self._moved: dict[int, int] = {}  # seat -> places gained by the last question
        # Bumped on every change that a screen or a player should see.
        self.version = 0

    # -- joining ----------------------------------------------------------------------------

    def join(self, code: str, name: str) -> Seat:
        if not same_code(code, self.code):
            raise RoomError("room.error.wrong_code")
        if self.phase is not Phase.LOBBY:
            raise RoomError("room.error.started")
        name = self._valid_name(name)
        if len(self._seats) >= self.limits.max_players:
            raise RoomError("room.error.full", max=self.limits.max_players)
        seat = Seat(number=len(self._seats) + 1, name=name, token=self._make_token())
        self._seats[seat.token] = seat
        self._changed()
        return seat

    def rejoin(self, token: str) -> Seat:
        """The same seat and score after a lost connection; the open question still counts."""
        seat = self._seat(token)
        seat.present = True
        seat.away_since = None
        self._changed()
        return seat

    def leave(self, token: str) -> None:
        """The player's connection is gone; the seat waits for a rejoin."""
        seat = self._seats.get(token)
        if seat is None or not seat.present:
            return
        seat.present = False
        seat.away_since = self._clock.now()
        self._changed()
        if self.phase is Phase.QUESTION:
            self._close_if_everyone_answered()

    def _valid_name(self, name: str) -> str:
        name = " ".join(name.split())
        if not name:
            raise RoomError("room.error.name_empty")
        if len(name) > self.limits.name_max:
            raise RoomError("room.error.name_too_long", max=self.limits.name_max)
        if any(fold(seat.name) == fold(name) for seat in self._seats.values()):
            raise RoomError("room.error.name_taken", name=name)
        return name

    # -- playing ----------------------------------------------------------------------------

    def start(self) -> None:
        if self.phase is not Phase.LOBBY:
            raise RoomError("room.error.started")
        if not self._seats:
            raise RoomError("room.error.nobody")
        for seat in self._seats.values():
            seat.session = QuizSession(
                self._questions,
                replace(self.settings, player=seat.name),
                self._clock,
                checker=self._checker,
                banks=self._banks,
            )
        self._open_next()

    def answer(self, token: str, number: int, text: str) -> None:
        """Take a seat's answer to question ``number``, timed now. How it was judged is told
        only when the question closes (``player_result``)."""
        seat = self._seat(token)
        if self.phase is not Phase.QUESTION or self._asked is None or number != self._asked.number:
            raise RoomError("room.error.closed")
        if seat.outcome is not None:
            raise RoomError("room.error.answered")
        if len(text) > self.limits.answer_max:
            raise RoomError("room.error.answer_too_long", max=self.limits.answer_max)
        assert seat.session is not None  # every seat has one from the start on
        seat.outcome = seat.session.answer(text)
        self._changed()
        self._close_if_everyone_answered()

    def tick(self) -> None:
        """Move on if a deadline has passed: close the question, end the reveal, free seats."""
        now = self._clock.now()
        if self.phase is Phase.LOBBY:
            self._free_seats_away_since(now - self.limits.seat_keep_seconds)
        elif self._until is not None and now >= self._until:
            if self.phase is Phase.QUESTION:
                self._close()
            elif self.phase is Phase.REVEAL:
                self._open_next()

    def next_deadline(self) -> float | None:
        """When ``tick`` has something to do next (clock time), if anything is waiting."""
        if self.phase is Phase.LOBBY:
            away = [s.away_since for s in self._seats.values() if s.away_since is not None]
            return min(away) + self.limits.seat_keep_seconds if away else None
        return self._until

    def now(self) -> float:
        """The room's clock, for whoever sleeps until ``next_deadline``."""
        return self._clock.now()

    def continue_now(self) -> None:
        """The host cuts the reveal short."""
        if self.phase is Phase.REVEAL:
            self._open_next()

    # -- what is shown ----------------------------------------------------------------------

    def summary(self) -> RoomSummary:
        return RoomSummary(
            phase=self.phase,
            code=self.code,
            banks=self._banks,
            mode=self.settings.mode.value,
            players=tuple(self._player_view(seat) for seat in self._by_seat()),
            question=self.question_view(),
            reveal=self._reveal if self.phase in (Phase.REVEAL, Phase.OVER) else None,
            podium=self.leaderboard() if self.phase is Phase.OVER else (),
        )

    def question_view(self) -> QuestionView | None:
        if self.phase is not Phase.QUESTION or self._asked is None or self._until is None:
            return None
        asked = self._asked
        assert asked.time_limit is not None  # rooms are timed
        return QuestionView(
            number=asked.number,
            total=asked.total,
            prompt=asked.question.prompt,
            choices=asked.choices,
            kind=asked.question.type.value,
            time_limit=min(asked.time_limit, self._until - self._opened_at),
            remaining=max(0.0, self._until - self._clock.now()),
            answered=sum(1 for seat in self._seats.values() if seat.outcome is not None),
            players=len(self._seats),
        )

    def player_result(self, token: str) -> PlayerResult | None:
        """The seat's own outcome of the question just closed; None while one is open."""
        seat = self._seat(token)
        if self.phase not in (Phase.REVEAL, Phase.OVER) or seat.outcome is None:
            return None
        outcome = seat.outcome
        return PlayerResult(
            verdict=outcome.verdict,
            given=outcome.given,
            points=outcome.points,
            score=seat.score,
            place=seat.place,
            matched=outcome.matched,
        )

    def leaderboard(self) -> tuple[LeaderRow, ...]:
        """Best first; equal scores share a place, seat order breaks the tie for display."""
        rows = []
        for seat in self._ranked():
            gained = seat.outcome.points if seat.outcome is not None else 0
            rows.append(
                LeaderRow(
                    place=seat.place,
                    seat=seat.number,
                    name=seat.name,
                    score=seat.score,
                    gained=gained,
                    moved=self._moved.get(seat.number, 0),
                    present=seat.present,
                )
            )
        return tuple(rows)

    def seat_of(self, token: str) -> Seat:
        return self._seat(token)

    def results(self) -> list[QuizResult]:
        """Every seat's result, marked as a room game, once the game is over."""
        if self.phase is not Phase.OVER:
            raise RoomError("room.error.not_over")
        results = []
        for seat in self._by_seat():
            assert seat.session is not None
            results.append(replace(seat.session.result(), room=True))
        return results

    # -- inside -----------------------------------------------------------------------------

    def _changed(self) -> None:
        self.version += 1

    def _seat(self, token: str) -> Seat:
        seat = self._seats.get(token)
        if seat is None:
            raise RoomError("room.error.unknown_seat")
        return seat

    def _by_seat(self) -> list[Seat]:
        return sorted(self._seats.values(), key=lambda seat: seat.number)

    def _ranked(self) -> list[Seat]:
        return sorted(self._seats.values(), key=lambda seat: (-seat.score, seat.number))

    def _player_view(self, seat: Seat) -> PlayerView:
        return PlayerView(
            seat=seat.number,
            name=seat.name,
            score=seat.score,
            present=seat.present,
            answered=self.phase is Phase.QUESTION and seat.outcome is not None,
        )

    def _free_seats_away_since(self, limit: float) -> None:
        gone = [
            token
            for token, seat in self._seats.items()
            if seat.away_since is not None and seat.away_since <= limit
        ]
        for token in gone:
            del self._seats[token]
        if gone:
            # Seat numbers stay dense in the lobby: they are join order, shown on screen.
            for number, seat in enumerate(self._by_seat(), start=1):
                seat.number = number
            self._changed()

    def _open_next(self) -> None:
        now = self._clock.now()
        sessions = [seat.session for seat in self._by_seat() if seat.session is not None]
        asked = [session.next_question() for session in sessions]
        self._reveal = None
        if any(question is None for question in asked):
            for session in sessions:
                session.stop()  # all end together (a blitz's budget is the same for every seat)
            self.phase = Phase.OVER
            self._until = None
            self._changed()
            return
        for seat in self._seats.values():
            seat.outcome = None
        self._asked = asked[0]
        left = [session.remaining() for session in sessions]
        self._opened_at = now
        self._until = now + min(seconds for seconds in left if seconds is not None)
        self.phase = Phase.QUESTION
        self._changed()

    def _close_if_everyone_answered(self) -> None:
        # Stops at the first present seat still thinking: cheap while answers come in.
        if not any(seat.present and seat.outcome is None for seat in self._seats.values()):
            self._close()

    def _close(self) -> None:
        asked = self._asked
        assert asked is not None
        for seat in self._seats.values():
            if seat.outcome is None and seat.session is not None:
                seat.outcome = seat.session.expire()
        before = {seat.number: seat.place for seat in self._seats.values()}
        for seat in self._seats.values():
            if seat.session is not None:
                seat.score = seat.session.score
        self._place_seats()
        self._moved = {
            seat.number: (before[seat.number] - seat.place) if before[seat.number] else 0
            for seat in self._seats.values()
        }
        last = all(seat.session is None or seat.session.finished for seat in self._seats.values())
        question = asked.question
        self._reveal = RevealView(
            number=asked.number,
            total=asked.total,
            prompt=question.prompt,
            answer=question.answer,
            accepted=question.accept,
            explanation=question.explanation or "",
            spread=self._spread(asked),
            leaderboard=self.leaderboard(),
            last=last,
        )
        self.phase = Phase.REVEAL
        self._until = self._clock.now() + self.limits.reveal_seconds
        self._changed()

    def _place_seats(self) -> None:
        place, previous = 0, None
        for index, seat in enumerate(self._ranked(), start=1):
            if seat.score != previous:
                place, previous = index, seat.score
            seat.place = place

    def _spread(self, asked: AskedQuestion) -> tuple[SpreadRow, ...]:
        outcomes = [seat.outcome for seat in self._seats.values() if seat.outcome is not None]
        if asked.choices:
            rows = [
                SpreadRow(
                    label=choice,
                    count=sum(
                        1
                        for outcome in outcomes
                        if outcome.matched == choice and outcome.verdict is not Verdict.TIMEOUT
                    ),
                    right=choice == asked.question.answer,
                    is_choice=True,
                )
                for choice in asked.choices
            ]
            picked = sum(row.count for row in rows)
            rows.append(
                SpreadRow(label="other", count=len(outcomes) - picked, right=False, is_choice=False)
            )
            return tuple(rows)
        return tuple(
            SpreadRow(
                label=verdict.value,
                count=sum(1 for outcome in outcomes if outcome.verdict is verdict),
                right=verdict.is_right,
                is_choice=False,
            )
            for verdict in _VERDICT_ORDER
        )


def room_modes() -> tuple[Mode, ...]:
    """The modes a room can play: timed ones, since every question must close."""
    return tuple(mode for mode in Mode if SessionSettings(mode=mode).timed)
