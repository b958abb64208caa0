"""Number words in German and English, both ways, for 0 to 1000.

``number_words(21, "de")`` gives the spellings a player might type ("einundzwanzig"),
``parse_number("twenty-one")`` gives 21. The answer checker treats "15", "fünfzehn" and
"fifteen" as the same answer, and the generator uses the words to accept the other form
of a number.

This is also the one place where a number is read from text or from a parsed file: typed
answers, bank fields and score records all come through ``whole_number`` or
``bounded_number``. Both are total (they return None instead of raising) and bounded:
Python's ``int()`` refuses strings over 4,300 digits, ``float()`` overflows past 1e308 and
``int("፩")`` fails although ``"፩".isdigit()`` is true, and each of these once ended a game.
"""

from __future__ import annotations

import math
import re
from functools import cache

from quiz.text.normalize import fold

LARGEST_WORD_NUMBER = 1000
# More digits than any count, year or score a quiz asks for; a longer run of digits is
# text, not a number (int() of it would be slow and float() of it would overflow).
MAX_DIGITS = 18

_DE_UNITS = (
    "null",
    "eins",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
)
_DE_TENS = (
    "",
    "",
    "zwanzig",
    "dreißig",
    "vierzig",
    "fünfzig",
    "sechzig",
    "siebzig",
    "achtzig",
    "neunzig",
)
_EN_UNITS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

# The spoken "zwo" (said to tell it from "drei" on the phone) is typed too.
_EXTRA_SPELLINGS = {"zwo": 2}

# Decimal digits of any script ("٣" is 3): exactly what int() reads. "\d" is the same set.
_DIGITS = re.compile(r"\d+")
_GROUPED_DIGITS = re.compile(r"\d{1,3}(?:[.,\s]\d{3})+")
_WORD_JOINERS = re.compile(r"[\s\-‐‑‒–—]+")


def number_words(n: int, lang: str) -> list[str]:
    """The spellings of ``n`` (0-1000) in ``lang`` ("de" or "en"), the usual one first."""
    if not 0 <= n <= LARGEST_WORD_NUMBER:
        raise ValueError(f"number words exist for 0..{LARGEST_WORD_NUMBER}, not {n}")
    if lang == "de":
        return _german(n)
    if lang == "en":
        return _english(n)
    raise ValueError(f"unknown language {lang!r}")


def parse_number(text: str) -> int | None:
    """The number written in ``text`` as digits or as one German or English number word.

    Case, umlaut spelling, spaces and hyphens inside the word do not matter
    ("Fünfzehn", "fuenfzehn", "twenty one"); anything else gives None.
    """
    stripped = text.strip()
    if len(stripped) > _LONGEST_NUMBER_TEXT:
        return None  # no number word is this long, and digits would be over MAX_DIGITS
    if _GROUPED_DIGITS.fullmatch(stripped):
        return whole_number(re.sub(r"\D", "", stripped))
    return (
        whole_number(stripped) if stripped.isdecimal() else _word_values().get(_word_key(stripped))
    )


def whole_number(text: str, *, max_digits: int = MAX_DIGITS) -> int | None:
    """``text`` as a whole number when it is decimal digits only (any script, no sign, no
    spaces around), at most ``max_digits`` of them; otherwise None. Never raises."""
    if not text or len(text) > max_digits or not text.isdecimal():
        return None
    return int(text)


def bounded_number(value: object, low: float, high: float) -> float | None:
    """A number parsed from a file (YAML, JSON) as a float when it lies in [low, high];
    None for anything else: bools, strings, NaN, infinities, ints too large for a float."""
    if type(value) is int:
        # Compared as ints: float() of a 400-digit int overflows, the comparison does not.
        return float(value) if low <= value <= high else None
    if type(value) is float and math.isfinite(value) and low <= value <= high:
        return value
    return None


# "siebenhundertsiebenundsiebzig" is 29 characters; grouped digits "1.000.000..." add
# a separator to every three of MAX_DIGITS.
_LONGEST_NUMBER_TEXT = 2 * MAX_DIGITS + 8


def _german(n: int) -> list[str]:
    if n == 1:
        return ["eins", "ein", "eine"]
    if n < 100:
        return [_german_below_100(n)]
    if n == LARGEST_WORD_NUMBER:
        return ["tausend", "eintausend"]
    hundreds, rest = divmod(n, 100)
    heads = ["hundert", "einhundert"] if hundreds == 1 else [_DE_UNITS[hundreds] + "hundert"]
    if rest == 0:
        return heads
    tail = _german_below_100(rest)
    return [head + tail for head in heads] + [head + "und" + tail for head in heads]


def _german_below_100(n: int) -> str:
    if n < 20:
        return _DE_UNITS[n]
    tens, units = divmod(n, 10)
    if units == 0:
        return _DE_TENS[tens]
    unit = "ein" if units == 1 else _DE_UNITS[units]
    return unit + "und" + _DE_TENS[tens]


def _english(n: int) -> list[str]:
    if n < 100:
        return [_english_below_100(n)]
    if n == LARGEST_WORD_NUMBER:
        return ["one thousand", "a thousand"]
    hundreds, rest = divmod(n, 100)
    heads = [f"{_EN_UNITS[hundreds]} hundred"] + (["a hundred"] if hundreds == 1 else [])
    if rest == 0:
        return heads
    tail = _english_below_100(rest)
    return [f"{head} and {tail}" for head in heads] + [f"{head} {tail}" for head in heads]


def _english_below_100(n: int) -> str:
    if n < 20:
        return _EN_UNITS[n]
    tens, units = divmod(n, 10)
    return _EN_TENS[tens] if units == 0 else f"{_EN_TENS[tens]}-{_EN_UNITS[units]}"


def _word_key(text: str) -> str:
    return _WORD_JOINERS.sub("", fold(text))


def _without_umlaut_e(word: str) -> str:
    """'fünf' typed without the dots ('funf') is still five."""
    return word.replace("ü", "u").replace("ö", "o").replace("ä", "a")


@cache
def _word_values() -> dict[str, int]:
    values = {_word_key(word): n for word, n in _EXTRA_SPELLINGS.items()}
    for n in range(LARGEST_WORD_NUMBER + 1):
        for lang in ("de", "en"):
            for word in number_words(n, lang):
                values[_word_key(word)] = n
                values[_word_key(_without_umlaut_e(word))] = n
    return values
