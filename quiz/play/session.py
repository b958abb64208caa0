"""One quiz session as a state machine fed by a clock; front ends only show it.

ask (``next_question``) -> answer (``answer`` / ``expire``) -> ask ... until ``finished``.
Time comes from the injected clock only, so tests drive it with a ``FakeClock``.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from itertools import chain, islice

from quiz.banks.model import Question
from quiz.banks.types import kind_of
from quiz.play.clock import Clock
from quiz.play.matching import AnswerChecker
from quiz.play.model import AskedQuestion, SessionSettings
from quiz.play.pool import ListPool, QuestionGone, QuestionPool
from quiz.play.scoring import points_for, streak_bonus
from quiz.play.spread import spread_lazily
from quiz.results import Mode, Outcome, QuizResult, Verdict


class SessionStateError(RuntimeError):
    """A front end called the session out of turn: a programming error, not a user error."""


def draw(
    pool: QuestionPool,
    settings: SessionSettings,
    rng: random.Random,
    first_ids: Sequence[str] = (),
) -> tuple[int, Iterator[Question]]:
    """How many questions the session asks, and those questions in the order they will be
    asked: ``first_ids`` first (practice: earlier misses), the rest shuffled (and spread:
    see ``quiz.play.spread``) or in file order. A question is read from the pool only when
    it is its turn (or when the spread rule looks past it)."""
    first = list(dict.fromkeys(pool.places_of(first_ids))) if first_ids else []
    planned = len(pool) if settings.count is None else min(settings.count, len(pool))
    asked_first = [pool.question(place) for place in first[:planned]]
    skipped = set(first)
    if settings.in_order:
        places: Iterator[int] = iter(range(len(pool)))
    else:
        places = _shuffled(len(pool), rng)
    rest: Iterator[Question] = _readable(pool, (place for place in places if place not in skipped))
    if not settings.in_order:
        rest = spread_lazily(rest, asked_first)
    return planned, islice(chain(asked_first, rest), planned)


def _readable(pool: QuestionPool, places: Iterator[int]) -> Iterator[Question]:
    """The questions at the places, passing over one that is gone (see ``QuestionGone``)."""
    for place in places:
        try:
            yield pool.question(place)
        except QuestionGone:
            continue


def _shuffled(count: int, rng: random.Random) -> Iterator[int]:
    """0 to count - 1 in random order, one at a time: Fisher-Yates with the swapped places
    in a dict, so that drawing ten of a million costs ten steps, not a million."""
    moved: dict[int, int] = {}
    for step in range(count):
        pick = rng.randrange(step, count)
        yield moved.get(pick, pick)
        moved[pick] = moved.pop(step, step)


class QuizSession:
    def __init__(
        self,
        questions: Sequence[Question] | QuestionPool,
        settings: SessionSettings,
        clock: Clock,
        *,
        checker: AnswerChecker | None = None,
        first_ids: Sequence[str] = (),
        banks: Sequence[str] = (),
    ) -> None:
        self.settings = settings
        self._clock = clock
        self._rng = random.Random(settings.seed)
        if isinstance(questions, QuestionPool):
            if checker is None:
                raise TypeError("a session on a pool needs the checker of the pool's banks")
            pool: QuestionPool = questions
        else:
            pool = ListPool(questions, settings)
            checker = checker if checker is not None else AnswerChecker(questions)
            banks = banks or tuple(dict.fromkeys(q.bank for q in questions if q.bank))
        self._pool = pool
        self.planned, self._queue = draw(pool, settings, self._rng, first_ids)
        self._left = self.planned
        self._checker = checker
        self.banks = tuple(banks)
        self._outcomes: list[Outcome] = []
        self.score = 0
        self.streak = 0
        self.longest_streak = 0
        self.current: AskedQuestion | None = None
        self._asked_at = 0.0
        self._started_at: float | None = None
        self._ended_at: float | None = None
        self._abandoned = False
        self._interrupted = False

    def take_notices(self) -> list[str]:
        """What the player should be told since the last call (the bank index was rebuilt
        during the game); the front end shows them."""
        taken = list(self._pool.notices)
        self._pool.notices.clear()
        return taken

    # -- asking ---------------------------------------------------------------------------

    def next_question(self) -> AskedQuestion | None:
        """The next question, its timer started now; None when the session is over."""
        if self.finished:
            return None
        if self.current is not None:
            raise SessionStateError(
                "next_question() called before the current question was answered"
            )
        now = self._clock.now()
        if self._started_at is None:
            self._started_at = now
        if not self._left or self.session_remaining() == 0:
            self._end(now)
            return None
        question = next(self._queue, None)
        if question is None:  # fewer left than planned: the banks changed under the game
            self._end(now)
            return None
        self._left -= 1
        kind = kind_of(question)
        choices = kind.choices(question)
        if kind.shuffles_choices and not self.settings.in_order:
            choices = tuple(self._rng.sample(choices, len(choices)))
        self.current = AskedQuestion(
            question=question,
            choices=choices,
            number=len(self._outcomes) + 1,
            total=None if self._is_blitz else self.planned,
            time_limit=self._time_limit(question),
        )
        self._asked_at = now
        return self.current

    def remaining(self) -> float | None:
        """Seconds left for the current question (blitz: or the session, if sooner)."""
        if self.current is None or self.current.time_limit is None:
            return None
        left = max(0.0, self.current.time_limit - (self._clock.now() - self._asked_at))
        session_left = self.session_remaining()
        return left if session_left is None else min(left, session_left)

    def session_remaining(self) -> float | None:
        """Blitz only: seconds left of the session's budget."""
        if not self._is_blitz:
            return None
        return max(0.0, self.settings.blitz_seconds - self._duration())

    # -- answering ------------------------------------------------------------------------

    def answer(self, text: str) -> Outcome:
        """Judge ``text`` for the current question; empty text skips, a late one times out."""
        asked = self._require_current()
        now = self._clock.now()
        seconds = now - self._asked_at
        if self._too_late(asked, seconds, now):
            return self._record(asked, Verdict.TIMEOUT, text, seconds, now)
        judgement = self._checker.check(asked.question, text, asked.choices)
        return self._record(asked, judgement.verdict, text, seconds, now, judgement.matched)

    def expire(self) -> Outcome:
        """The front end's countdown ran out before an answer came."""
        asked = self._require_current()
        now = self._clock.now()
        return self._record(asked, Verdict.TIMEOUT, "", now - self._asked_at, now)

    def stop(self) -> QuizResult:
        """End now, keeping what was answered (input ran out); the open question is dropped."""
        self.current = None
        if not self.finished:
            self._end(self._clock.now())
        return self.result()

    def abandon(self) -> QuizResult:
        """The player gave up: the result is kept for the review but never ranked."""
        if not self.finished:
            self._abandoned = True
        return self.stop()

    def interrupt(self) -> QuizResult:
        """The program is ending (a signal, an error of ours): keep the answers so far, as a
        session that did not finish. The open question is dropped, as in ``stop``."""
        if not self.finished:
            self._interrupted = True
        return self.stop()

    # -- state ----------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self._ended_at is not None

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        return tuple(self._outcomes)

    def result(self) -> QuizResult:
        return QuizResult(
            player=self.settings.player,
            banks=self.banks,
            mode=self.settings.mode,
            score=self.score,
            correct=sum(1 for outcome in self._outcomes if outcome.verdict.is_right),
            total=len(self._outcomes),
            longest_streak=self.longest_streak,
            duration_s=self._duration(),
            outcomes=self.outcomes,
            abandoned=self._abandoned,
            interrupted=self._interrupted,
        )

    # -- inside ---------------------------------------------------------------------------

    @property
    def _is_blitz(self) -> bool:
        return self.settings.mode is Mode.BLITZ

    def _time_limit(self, question: Question) -> float | None:
        if not self.settings.timed:
            return None
        return (
            self.settings.time_limit or question.time_limit or kind_of(question).default_time_limit
        )

    def _too_late(self, asked: AskedQuestion, seconds: float, now: float) -> bool:
        if asked.time_limit is not None and seconds > asked.time_limit:
            return True
        if not self._is_blitz or self._started_at is None:
            return False
        return now - self._started_at > self.settings.blitz_seconds

    def _require_current(self) -> AskedQuestion:
        if self.current is None:
            raise SessionStateError(
                "no question is waiting for an answer: call next_question() first"
            )
        return self.current

    def _record(
        self,
        asked: AskedQuestion,
        verdict: Verdict,
        given: str,
        seconds: float,
        now: float,
        matched: str | None = None,
    ) -> Outcome:
        points = bonus = 0
        if verdict.is_right:
            self.streak += 1
            self.longest_streak = max(self.longest_streak, self.streak)
            bonus = streak_bonus(self.streak)
            points = points_for(seconds, asked.time_limit) + bonus
        else:
            self.streak = 0
        self.score += points
        outcome = Outcome(
            question=asked.question,
            verdict=verdict,
            given=given,
            points=points,
            streak_bonus=bonus,
            seconds=seconds,
            streak=self.streak,
            matched=matched,
        )
        self._outcomes.append(outcome)
        self.current = None
        if not self._left or self.session_remaining() == 0:
            self._end(now)
        return outcome

    def _end(self, now: float) -> None:
        if self._is_blitz and self._started_at is not None:
            # A blitz lasts its budget at most, however late the last answer came.
            now = min(now, self._started_at + self.settings.blitz_seconds)
        self._ended_at = now

    def _duration(self) -> float:
        """Seconds since the first question (until the end once ended); 0 before it."""
        if self._started_at is None:
            return 0.0
        end = self._ended_at if self._ended_at is not None else self._clock.now()
        return end - self._started_at
