"""The order of the high-score table, computed once per version of the file.

Best score first; equal scores keep the earlier session (lower id) ahead. Only records
that ``records.is_rankable`` admits take part: marked ``ranked`` (not practice, not
abandoned, not interrupted), with a whole-number score and a readable id.

A ``Ranking`` is built in one sweep over the stored records and holds a plain tuple
``(score, -id, id, banks)`` per ranked session, which Python compares in C (ids are
unique, so the banks are never compared): the top 10 of 100,000 sessions is a
``heapq.nlargest`` without a key function. After a save the store extends
the ranking with the new session instead of building it again.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass

from quiz.scores.records import Record, is_rankable

# (score, -id, id as stored, banks): ordered by score, then by the earlier id.
Place = tuple[int, int, str, list[str]]


@dataclass(frozen=True, slots=True)
class Ranking:
    records: dict[str, Record]  # what this ranking was built from (the stored sessions)
    places: list[Place]

    @classmethod
    def of(cls, records: dict[str, Record]) -> Ranking:
        places = [
            (
                record["score"],
                -int(key),
                key,
                banks if type(banks := record.get("banks")) is list else [],
            )
            for key, record in records.items()
            if is_rankable(key, record)
        ]
        return cls(records, places)

    def with_session(self, records: dict[str, Record], session_id: int) -> Ranking:
        """This ranking plus one session just saved into ``records``."""
        record = records[str(session_id)]
        if not record["ranked"]:
            return Ranking(records, self.places)
        place = (record["score"], -session_id, str(session_id), record["banks"])
        return Ranking(records, [*self.places, place])

    def top(self, bank: str | None, limit: int) -> list[Place]:
        return heapq.nlargest(limit, self._in_table(bank))

    def rank_for(self, score: int, bank: str | None) -> int:
        """The place a new ``score`` takes: after every equal or better one already there."""
        return 1 + sum(1 for place in self._in_table(bank) if place[0] >= score)

    def _in_table(self, bank: str | None) -> Iterable[Place]:
        if bank is None:
            return self.places
        return [place for place in self.places if bank in place[3]]
