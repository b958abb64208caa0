"""The questions a session may ask: filtered, counted, and read one at a time when drawn.

A session asks ten questions of banks that may hold half a million, so the session sees
the pool only through its size and the questions it draws. ``IndexPool`` reads them from
the bank index; ``ListPool`` holds questions already in memory (tests, tools).
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import accumulate
from typing import Protocol, runtime_checkable

from quiz.banks.index import BankIndex, Content, Filters, IndexDamaged
from quiz.banks.model import Question
from quiz.i18n import t
from quiz.play.model import SessionSettings

# A fresh index, its contents by bank name, its notices (``Catalogue.reopened``).
Reopen = Callable[[], tuple[BankIndex, Mapping[str, Content], list[str]]]


class QuestionGone(LookupError):
    """The question at a place can no longer be read (its bank changed and the index that
    knew it was lost): the session asks another one instead."""


@runtime_checkable
class QuestionPool(Protocol):
    # What the player should be told about the pool itself (its index was rebuilt during the
    # game); the session hands them to the front end and empties the list.
    notices: list[str]

    def __len__(self) -> int: ...

    def question(self, place: int) -> Question:
        """The question at ``place`` (0 to len - 1), in file order of the banks."""
        ...

    def places_of(self, question_ids: Sequence[str]) -> list[int]:
        """The places of those ids that are in the pool, in the order of the ids."""
        ...


def filters_of(settings: SessionSettings) -> Filters:
    return Filters(
        types=tuple(kind.value for kind in settings.types),
        difficulties=settings.difficulty,
        tags=settings.tags,
    )


def wanted(question: Question, settings: SessionSettings) -> bool:
    """The filters of ``filters_of`` for one question in memory (the index applies them in SQL)."""
    if settings.tags and not set(settings.tags) & set(question.tags):
        return False
    if settings.types and question.type not in settings.types:
        return False
    return not settings.difficulty or question.difficulty in settings.difficulty


class ListPool:
    def __init__(self, questions: Iterable[Question], settings: SessionSettings) -> None:
        self.questions = [question for question in questions if wanted(question, settings)]
        self.notices: list[str] = []  # in memory: nothing to recover, nothing to tell

    def __len__(self) -> int:
        return len(self.questions)

    def question(self, place: int) -> Question:
        return self.questions[place]

    def places_of(self, question_ids: Sequence[str]) -> list[int]:
        places = {question.id: place for place, question in enumerate(self.questions)}
        return [places[qid] for qid in question_ids if qid in places]


class IndexPool:
    """The questions of some banks in the index that pass the filters.

    Without filters a bank's places are its positions (no query at all); with filters one
    query per bank lists the positions that pass.
    """

    def __init__(
        self,
        index: BankIndex,
        contents: Sequence[Content],
        settings: SessionSettings,
        *,
        reopen: Reopen | None = None,
    ):
        self._filters = filters_of(settings)
        self._index = index
        self._reopen = reopen
        self.notices: list[str] = []  # what the player should hear (the front end takes them)
        self._banks = [content.summary.name for content in contents]
        self._keys = [content.key for content in contents]
        self._positions: list[Sequence[int]] = [self._positions_of(content) for content in contents]
        self._starts = [0, *accumulate(len(positions) for positions in self._positions)]
        # After a recovery, per bank: None, or the positions it still has (it was edited).
        self._still_there: list[set[int] | None] = [None] * len(contents)

    def _positions_of(self, content: Content) -> Sequence[int]:
        if not self._filters:
            return range(content.summary.total)
        return self._index.positions(content.key, self._filters)

    def __len__(self) -> int:
        return self._starts[-1]

    def question(self, place: int) -> Question:
        if not 0 <= place < len(self):
            raise IndexError(place)
        segment = bisect_right(self._starts, place) - 1
        position = self._positions[segment][place - self._starts[segment]]
        for attempt in range(2):
            still = self._still_there[segment]
            if still is not None and position not in still:
                break
            try:
                return self._index.question(self._keys[segment], position, self._banks[segment])
            except (IndexDamaged, sqlite3.Error):
                # Damaged (or its folder taken away) during the game: go on from the files.
                if attempt or not self._recovered():
                    break
        raise QuestionGone(place)

    def _recovered(self) -> bool:
        """Index the banks again from their files. A bank whose questions changed meanwhile
        keeps only the positions it still has (the places of the pool do not move)."""
        if self._reopen is None:
            return False
        try:
            self._index, contents, notices = self._reopen()
            self.notices.extend(notices or [t("play.index_lost")])
            for segment, name in enumerate(self._banks):
                content = contents.get(name)
                now = self._positions_of(content) if content is not None else ()
                if content is not None:
                    self._keys[segment] = content.key
                if list(now) != list(self._positions[segment]):
                    self._still_there[segment] = set(now)
        except (IndexDamaged, sqlite3.Error, OSError):
            return False
        return True

    def places_of(self, question_ids: Sequence[str]) -> list[int]:
        found = self._index.find(question_ids, self._keys)
        segment_of = {key: segment for segment, key in enumerate(self._keys)}
        places = []
        for qid in question_ids:
            if qid not in found:
                continue
            key, position = found[qid]
            segment = segment_of[key]
            positions = self._positions[segment]
            offset = bisect_left(positions, position)
            if offset < len(positions) and positions[offset] == position:
                places.append(self._starts[segment] + offset)
        return places

    def persons(self) -> list[str]:
        """The persons of every bank in the pool, filtered out or not: all are rivals."""
        try:
            return self._index.persons(self._keys)
        except (IndexDamaged, sqlite3.Error):
            if not self._recovered():
                return []  # answers are still checked, only without the rivals' names
        try:
            return self._index.persons(self._keys)
        except (IndexDamaged, sqlite3.Error):
            return []  # damaged again straight after the rebuild: the same fallback
