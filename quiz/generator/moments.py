"""Times counted from a moment the story told before: "wenige Tage später", "am nächsten
Morgen", "noch am selben Abend", "in der folgenden Nacht". Later than what? Read without the
sentence before, such a time points at nothing (blind readings, rounds 7 and 9): a cloze takes
its sentence before, a question written fresh leaves the time out ("Wer stirbt im
Krankenhaus?").

The words are matched lower-cased, one by one, so that the tagged sentence (``context``) and the
prompt as shown (``standalone``) are read by the same rule.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quiz.text.numbers import number_words, parse_number

# "zwei" to "hundert": the number words are the text package's, not a list of our own.
_NUMBER_WORDS = sorted(
    {word for n in range(2, 101) for word in number_words(n, "de")}, key=len, reverse=True
)
_AMOUNTS = (
    r"(?:wenige|wenigen|einige|einigen|ein paar|ein|eine|einen|"
    + "|".join(_NUMBER_WORDS)
    + r"|\d+)"
)
_UNITS = r"(?:minuten?|stunden?|tage?n?|wochen?|monate?n?|jahre?n?|nacht|nächte|abende?)"
_AFTER = r"(?:später|danach|darauf|darauf folgend)"
_DAYTIMES = r"(?:morgen|tag|abend|mittag|nachmittag|vormittag|wochenende)"
_COUNTED_FROM_BEFORE = re.compile(
    r"(?:^| )((?:noch )?(?:"
    rf"(?:{_AMOUNTS} )?{_UNITS} {_AFTER}"
    rf"|(?:wenig|kurz|etwas|bald|kurze zeit|einige zeit|tags|am tag|am abend|am morgen"
    rf"|in der nacht) {_AFTER}"
    rf"|am (?:nächsten|folgenden|darauffolgenden|selben|gleichen) {_DAYTIMES}"
    r"|(?:in|an) (?:derselben|der selben|der gleichen|der folgenden|der nächsten|dieser"
    r"|jener) (?:nacht|woche)"
    r"))(?= |$)"
)


def may_be_counted(word: str) -> bool:
    """Whether the word (lower-cased) may be part of such a time: a quick test before the
    whole sentence is matched."""
    return word in _PHRASE_WORDS or parse_number(word) is not None


def counted_from_before(words: tuple[str, ...]) -> frozenset[int]:
    """The positions of the words (lower-cased) that make up a time counted from a moment
    told before."""
    return _counted_from_before(" ".join(words))


# Every word such a time may hold (numbers in figures aside).
_PHRASE_WORDS = frozenset(
    [
        "noch",
        "wenige",
        "wenigen",
        "einige",
        "einigen",
        "ein",
        "eine",
        "einen",
        "paar",
        "minute",
        "minuten",
        "stunde",
        "stunden",
        "tag",
        "tage",
        "tagen",
        "woche",
        "wochen",
        "monat",
        "monate",
        "monaten",
        "jahr",
        "jahre",
        "jahren",
        "nacht",
        "nächte",
        "abend",
        "abende",
        "später",
        "danach",
        "darauf",
        "folgend",
        "wenig",
        "kurz",
        "etwas",
        "bald",
        "kurze",
        "zeit",
        "tags",
        "am",
        "in",
        "an",
        "der",
        "morgen",
        "mittag",
        "nachmittag",
        "vormittag",
        "wochenende",
        "nächsten",
        "folgenden",
        "darauffolgenden",
        "selben",
        "gleichen",
        "derselben",
        "dieser",
        "jener",
    ]
)


@lru_cache(maxsize=4096)
def _counted_from_before(text: str) -> frozenset[int]:
    found: set[int] = set()
    for match in _COUNTED_FROM_BEFORE.finditer(text):
        first = text[: match.start(1)].count(" ")
        found.update(range(first, first + match.group(1).count(" ") + 1))
    return frozenset(found)
