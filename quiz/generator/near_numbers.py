"""Choices for a number of years, an age, a count of people up to a hundred: near the answer,
within what the words around the gap and the unit allow (blind reading, round 10).

"Ihr Sohn ist erst ____ Jahre alt" (14) with 21 and 28 read as arbitrary multiples and as
ruled out by "erst"; "nach ____ Jahren in den Ruhestand" (41) with 123 as no working life.
Above a hundred (money, 100.000 years) ``distractors`` spreads wider, on the answer's own step."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from quiz.generator import pos
from quiz.generator.text import Token
from quiz.text.normalize import fold
from quiz.text.numbers import parse_number

WRONG_CHOICES = 3
NEAR_LIMIT = 100  # up to here choices lie near the answer
# Right before the number: the answer is small for what it counts ("erst 14", "nur 3"), so
# choices far above are ruled out; or large ("schon 67", "über 40"), ruling out far below.
_AT_MOST = frozenset({"erst", "nur", "knapp", "kaum", "gerade", "höchstens", "unter"})
_AT_LEAST = frozenset({"schon", "bereits", "über", "mindestens"})
_AT_MOST_PAIRS = frozenset({("noch", "nicht"), ("weniger", "als"), ("gerade", "einmal")})
_AT_LEAST_PAIRS = frozenset({("mehr", "als"), ("älter", "als")})
_SMALL_SIDE = 1.35  # how far above "erst 14" a choice may lie (and below "schon 67": 1/1.3)
_OLDEST = 100  # an age
_LONGEST_SPAN = 60  # years of one's life's work: "nach 41 Jahren in den Ruhestand"
# "mit 69 zu 64 Stimmen", "gewinnt 21 gegen 17": the two sides of a score.
_SCORE_JOINS = frozenset({"zu", "gegen"})
_SCORE_REACH = 0.15  # how far from its side a score's choice may lie (at least _CLOSEST_REACH)
_CLOSEST_REACH = 6
_SCORE_GAP = 2  # a score's choices may lie two apart: 62 and 64 votes are told apart
# Periods a quiz master names in round terms: "auf weitere zehn Jahre" -> fünf, fünfzehn,
# zwanzig, not sechzehn, dreizehn (diagnosis 15).
_PERIODS = ("jahr", "monat", "woche", "tag", "stunde", "minute")
_ROUND_PERIOD = 10  # from here a period that is a multiple of five is varied by five
_ROUND_COUNT = 20  # and any other count
# The grains a unit is counted in beside the round steps of five and ten: "binnen 48 Stunden"
# is two days, offered with 24, 36, 72, not with 31, 37, 23 (diagnosis 16).
_UNIT_GRAINS = {
    "stunde": (24, 12, 6),
    "monat": (12, 6, 3),
    "tag": (7,),
    "minute": (30, 15),
    "sekunde": (30, 15),
}
# A count of a unit below the next larger one stays below it: "85 Cent" is asked among
# other sums under a dollar, never beside 105 and 155 Cent (diagnosis 16).
_NEXT_UNIT = {
    "cent": 100,
    "pfennig": 100,
    "rappen": 100,
    "groschen": 100,
    "sekunde": 60,
    "minute": 60,
    "stunde": 24,
    "monat": 12,
}
_AGE_BAND = 15  # an age's choices lie within this many years: a patriarch of 78 is never 36
_AGE_GAP = 3  # years at least between two ages offered, or a sixteenth of the answer


@dataclass(frozen=True, slots=True)
class Bounds:
    lowest: float
    highest: float
    step: int = 1  # the choices lie on multiples of it
    least_gap: float = 0  # two choices closer than this are neighbours (0: ``is_neighbour``)
    # The steps the answer lies on, largest first ("48 Stunden": 24, 12, 6, 1; 100: 100 ... 5, 1)
    ladder: tuple[int, ...] = (1,)

    def allow(self, number: int) -> bool:
        return self.lowest <= number <= self.highest

    def on_a_step(self, number: int) -> bool:
        """On one of the answer's round steps or grains (15 beside 20, 36 beside 48 hours)."""
        return self.step == 1 or any(number % step == 0 for step in self.ladder if step > 1)

    def neighbours(self, number: int, other: int) -> bool:
        if self.least_gap:
            return abs(number - other) < self.least_gap
        return is_neighbour(number, other)


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
    age = unit.startswith("jahr") and end + 1 < len(tokens) and fold(tokens[end + 1].text) == "alt"
    if unit.startswith("jahr"):
        highest = min(highest, max(_OLDEST if age else _LONGEST_SPAN, value))
    least_gap = 0.0
    if age:
        lowest, highest = max(lowest, value - _AGE_BAND), min(highest, value + _AGE_BAND)
        # Within the band a few years tell two ages apart (71, 74, 83 beside 78).
        least_gap = max(_AGE_GAP, value / 16)  # 78: five years
    larger = next((n for name, n in _NEXT_UNIT.items() if unit.startswith(name)), None)
    if larger is not None and value < larger:
        highest = min(highest, larger - 1)
    round_from = _ROUND_PERIOD if unit.startswith(_PERIODS) else _ROUND_COUNT
    # On the answer's grain: 40 -> 30, 60; 100 -> 50, 150; 48 hours -> 36, 72; 41 -> 33, 57.
    ladder = roundness_ladder(value, unit_grains(unit, value))
    step = grain_step(value, lowest, highest, ladder) if value >= round_from else 1
    other = score_partner(tokens, start, end)
    if other is not None and other != value:
        # The answer's side of the score, and near it: "mit 69 zu ____ Stimmen" (64) is lost
        # by 91 and a landslide at 31 (diagnosis 15).
        reach = max(_CLOSEST_REACH, value * _SCORE_REACH)
        lowest, highest = value - reach, value + reach
        if value < other:
            highest = min(highest, other - 1)
        else:
            lowest = max(lowest, other + 1)
        return Bounds(lowest, highest, 1, _SCORE_GAP)
    return Bounds(lowest, highest, step, least_gap, tuple(ladder))


def grain_step(value: int, lowest: float, highest: float, ladder: list[int]) -> int:
    """The largest step of ``ladder`` with three choices on it within ``lowest``..``highest``
    that are no neighbours of ``value``."""
    for step in ladder:
        first = max(step, int(lowest / step + 0.999) * step)
        fitting = [n for n in range(first, int(highest) + 1, step) if not is_neighbour(n, value)]
        if len(fitting) >= WRONG_CHOICES:
            return step
    return 1


def unit_grains(unit: str, value: int) -> tuple[int, ...]:
    """The grains of ``unit`` (folded) that ``value`` is a multiple of, largest first."""
    grains = next((g for name, g in _UNIT_GRAINS.items() if unit.startswith(name)), ())
    return tuple(grain for grain in grains if value % grain == 0 and value > grain)


def score_partner(tokens: list[Token], start: int, end: int) -> int | None:
    """The other number of a score the number at ``start``..``end`` is one side of ("69 zu
    64"), None when it is none."""
    if end + 1 < len(tokens) and fold(tokens[end].text) in _SCORE_JOINS:
        return parse_number(tokens[end + 1].text) if pos.is_number(tokens[end + 1]) else None
    if start >= 2 and fold(tokens[start - 1].text) in _SCORE_JOINS:
        return parse_number(tokens[start - 2].text) if pos.is_number(tokens[start - 2]) else None
    return None


def near_spread(value: int, key: str, allowed: Bounds) -> list[int]:
    """Three values near ``value`` within ``allowed``, on its step; then the rest, for when one
    of these stands in the question already."""
    return spread_around(value, key, allowed, allowed.step, near=True)


def spread_around(value: int, key: str, allowed: Bounds, step: int, near: bool) -> list[int]:
    """Three values on the answer's ``step`` within ``allowed``, picked by ``key`` from all
    that fit, so that the answer is no base the others are made from (170, 260, 510 beside
    340: half, three quarters, one and a half times) and not always the middle: how many lie
    below it is drawn evenly from 0 to 3 (round 12). As round as the answer comes first."""
    digest = hashlib.sha256(key.encode()).digest()
    below, above = _candidates(value, allowed, step, key, near)
    wanted_below = digest[0] % 4
    gap = allowed.least_gap
    picked = _picked(value, below, above, wanted_below, near, gap)
    if wanted_below in (0, 3) and len([n for n in picked if n < value]) != wanted_below:
        # All on one side is what the words left no room for: all on the other, so that the
        # answer stands at an end as often as by chance, not in the middle.
        picked = _picked(value, below, above, 3 - wanted_below, near, gap)
    rest = [n for n in [*below, *above] if n not in picked]
    return sorted(picked) + rest


def _picked(
    value: int, below: list[int], above: list[int], wanted_below: int, near: bool, gap: float
) -> list[int]:
    picked: list[int] = []
    for side, count in ((below, wanted_below), (above, 3 - wanted_below)):
        _take(side, count, value, picked, near, gap)
    for side in (below, above):  # one side too short: the other fills up
        _take(side, 3 - len(picked), value, picked, near, gap)
    return picked


def _candidates(
    value: int, allowed: Bounds, step: int, key: str, near: bool
) -> tuple[list[int], list[int]]:
    """Every value on ``step`` within ``allowed`` that is no neighbour of the answer, those as
    round as the answer and no simple fraction of it first, each side in the order of ``key``."""
    lowest = max(2, int(allowed.lowest / step + 0.999) * step)
    values = [
        n
        for n in range(lowest, int(allowed.highest) + 1, step)
        if n != value and not allowed.neighbours(n, value)
    ]

    # Near the answer the roundest come first, on the answer's ladder; far above a hundred,
    # where the step is already the answer's own, any as round as the answer.
    ladder = allowed.ladder if near else (round_step(value), 1)

    def rank(number: int) -> tuple[int, bool, bytes]:
        digest = hashlib.sha256(f"{key}\x00{number}".encode()).digest()
        return roundness_rank(number, ladder), simple_fraction(number, value), digest

    below = sorted((n for n in values if n < value), key=rank)
    above = sorted((n for n in values if n > value), key=rank)
    return below, above


def _take(
    side: list[int], count: int, value: int, picked: list[int], near: bool, gap: float
) -> None:
    """Up to ``count`` more of ``side`` into ``picked``: none a neighbour, and never all three
    a simple fraction of the answer."""
    for number in side:
        if count <= 0 or len(picked) == 3:
            return
        if number in picked:
            continue
        shown = [value, *picked, number]
        if near:
            spaced = _well_spaced(shown, gap)
        else:
            spaced = not any(is_neighbour(number, n) for n in shown[:-1])
        if not spaced:
            continue
        if simple_fraction(number, value) and sum(simple_fraction(n, value) for n in picked) >= 2:
            continue
        picked.append(number)
        count -= 1


_SIMPLE_FRACTIONS = frozenset(
    Fraction(a, b) for a in range(1, 5) for b in range(1, 5) if Fraction(a, b) != 1
)


def simple_fraction(number: int, value: int) -> bool:
    """150 or 75 beside 100: a half, a third, three quarters, twice ... reads as made from it."""
    return value != 0 and Fraction(number, value) in _SIMPLE_FRACTIONS


def roundness_ladder(value: int, grains: tuple[int, ...] = ()) -> list[int]:
    """The steps ``value`` lies on, largest first: its round steps (100 -> 100, 50, 10, 5) and
    the grains of its unit, then 1."""
    steps = {1, *grains}
    step = 5
    while step <= value:
        if value % step == 0:
            steps.add(step)
        step *= 2 if str(step).startswith("5") else 5
    return sorted(steps, reverse=True)


def roundness_rank(number: int, ladder: Sequence[int]) -> int:
    """How far down the answer's ``ladder`` a choice lies: 0 as round as the answer (200
    beside 100), 1 one step less (150, 50) ...: the roundest choices come first, so that the
    round answer does not stand out among odd ones (diagnosis 16: 45, 85, 70 beside 100)."""
    return next(index for index, step in enumerate(ladder) if number % step == 0)


def round_step(value: int) -> int:
    """The largest of 5, 10, 50, 100, 500 ... that divides ``value`` (1 when none does)."""
    step, best = 5, 1
    while step <= value:
        if value % step == 0:
            best = step
        step *= 2 if str(step).startswith("5") else 5
    return best


def _well_spaced(values: list[int], gap: float = 0) -> bool:
    """No two a neighbour, measured by the largest of all: 18, 21, 25 beside 14 read as a run
    (or closer than ``gap`` when the words call for close choices)."""
    ordered = sorted(values)
    least_gap = gap or max(2, ordered[-1] / 8)
    return all(b - a >= least_gap for a, b in itertools.pairwise(ordered))


def plain_multiple(number: int, value: int) -> bool:
    """28 or 7 beside 14: a multiple reads as made up from the answer."""
    return number != value and (number % value == 0 or value % number == 0)


def is_neighbour(number: int, other: int) -> bool:
    """Too close to tell apart as a choice: one apart, or within an eighth of the larger."""
    return abs(number - other) < max(2, max(number, other) / 8)


# A number word written as the first part of a compound: "neunjährig", "dreimal", "zehnfach".
_NUMBER_COMPOUND = re.compile(r"^(\w+?)(jaehrig\w*|mal|fach\w*)$")  # folded
_ARTICLES = frozenset({"ein", "eine"})  # "ein Mädchen" shows no count of one
_PROMPT_NUMBERS = re.compile(r"\d[\d.]*\d|\d|[^\W\d_]+")


def numbers_shown(prompt: str) -> set[int]:
    """Every number the prompt shows, in digits ("15", "1.800"), as a word ("fünfzehn") or as
    the first part of a compound ("neunjährig"): a choice equal to one reads as taken from the
    question, and ruling it out by that helps a guess (blind reading: "fünfzehn" among the
    choices of "sitzt für 15 Jahre, weil er ein ____jähriges Mädchen tötete")."""
    shown: set[int] = set()
    for word in _PROMPT_NUMBERS.findall(prompt):
        if fold(word) in _ARTICLES:
            continue
        value = parse_number(word)
        compound = _NUMBER_COMPOUND.match(fold(word))
        if value is None and compound is not None:
            value = parse_number(compound.group(1))
        if value is not None:
            shown.add(value)
    return shown
