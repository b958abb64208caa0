"""Choices for a number of years, an age, a count of people up to a hundred: near the answer,
within what the words around the gap and the unit allow (blind reading, round 10).

"Ihr Sohn ist erst ____ Jahre alt" (14) with 21 and 28 read as arbitrary multiples and as
ruled out by "erst"; "nach ____ Jahren in den Ruhestand" (41) with 123 as no working life.
Above a hundred (money, 100.000 years) the scaled spread of ``distractors`` stays."""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass

from quiz.generator.text import Token
from quiz.text.normalize import fold

NEAR_LIMIT = 100  # up to here choices lie near the answer
# About -25 to -55 % and +25 to +75 %: never a neighbour, never a plain multiple.
_BELOW = (0.75, 0.6, 0.45)
_ABOVE = (1.25, 1.5, 1.75)
# Right before the number: the answer is small for what it counts ("erst 14", "nur 3"), so
# choices far above are ruled out; or large ("schon 67", "über 40"), ruling out far below.
_AT_MOST = frozenset({"erst", "nur", "knapp", "kaum", "gerade", "höchstens", "unter"})
_AT_LEAST = frozenset({"schon", "bereits", "über", "mindestens"})
_AT_MOST_PAIRS = frozenset({("noch", "nicht"), ("weniger", "als"), ("gerade", "einmal")})
_AT_LEAST_PAIRS = frozenset({("mehr", "als"), ("älter", "als")})
_SMALL_SIDE = 1.35  # how far above "erst 14" a choice may lie (and below "schon 67": 1/1.3)
_OLDEST = 100  # an age
_LONGEST_SPAN = 60  # years of one's life's work: "nach 41 Jahren in den Ruhestand"


@dataclass(frozen=True, slots=True)
class Bounds:
    lowest: float
    highest: float

    def allow(self, number: int) -> bool:
        return self.lowest <= number <= self.highest


def bounds(tokens: list[Token], start: int, end: int, value: int) -> Bounds:
    """What the words around the number at ``start``..``end`` leave possible."""
    lowest, highest = value * 0.45, value * 2.0
    before = fold(tokens[start - 1].text) if start > 0 else ""
    pair = (fold(tokens[start - 2].text), before) if start > 1 else ("", before)
    if before in _AT_MOST or pair in _AT_MOST_PAIRS:
        highest = min(highest, value * _SMALL_SIDE)
    if before in _AT_LEAST or pair in _AT_LEAST_PAIRS:
        lowest = max(lowest, value / _SMALL_SIDE)
    unit = fold(tokens[end].text) if end < len(tokens) else ""
    if unit.startswith("jahr"):
        age = end + 1 < len(tokens) and fold(tokens[end + 1].text) == "alt"
        highest = min(highest, max(_OLDEST if age else _LONGEST_SPAN, value))
    return Bounds(lowest, highest)


def near_spread(value: int, key: str, allowed: Bounds) -> list[int]:
    """Three values near ``value`` within ``allowed``, how many below it chosen by ``key``;
    then the rest, for when one of these stands in the question already."""
    step = 5 if value >= 20 and value % 5 == 0 else 1  # 40 -> 30, 50; 41 -> 33, 51
    below = _scaled(value, _BELOW, step, allowed)
    above = _scaled(value, _ABOVE, step, allowed)
    digest = hashlib.sha256(key.encode()).digest()
    wanted_below = max(min(digest[0] % 4, len(below)), 3 - len(above))
    preferred = [*below[:wanted_below], *above[: 3 - wanted_below]]
    picked: list[int] = []
    for number in [*preferred, *below, *above]:
        if number not in picked and len(picked) < 3 and _well_spaced([value, *picked, number]):
            picked.append(number)
    return sorted(picked) + [n for n in [*below, *above] if n not in picked]


def _well_spaced(values: list[int]) -> bool:
    """No two a neighbour, measured by the largest of all: 18, 21, 25 beside 14 read as a run."""
    ordered = sorted(values)
    least_gap = max(2, ordered[-1] / 8)
    return all(b - a >= least_gap for a, b in itertools.pairwise(ordered))


def plain_multiple(number: int, value: int) -> bool:
    """28 or 7 beside 14: a multiple reads as made up from the answer."""
    return number != value and (number % value == 0 or value % number == 0)


def _scaled(value: int, factors: tuple[float, ...], step: int, allowed: Bounds) -> list[int]:
    found: list[int] = []
    for factor in factors:
        scaled = int(value * factor / step + 0.5) * step
        if (
            scaled > 1
            and allowed.allow(scaled)
            and not plain_multiple(scaled, value)
            and not any(is_neighbour(scaled, n) for n in (value, *found))
        ):
            found.append(scaled)
    return found


def is_neighbour(number: int, other: int) -> bool:
    """Too close to tell apart as a choice: one apart, or within an eighth of the larger."""
    return abs(number - other) < max(2, max(number, other) / 8)
