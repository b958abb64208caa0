"""Bring typed answers and expected answers to one comparable form.

Applied to both sides alike, so a rule never favours the answer over the guess:
Unicode form, case, umlaut spelling (ä/ae, ß/ss), accents, quotes and apostrophes
("O’Neil" = "O'Neil" = "ONeil"), punctuation and spacing do not matter.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})

# Apostrophes and quotes vanish (rather than becoming a space) so that "O’Neil" and
# "ONeil" are the same word.
_QUOTES = re.compile("['\"`´‘’‚‛“”„‟′″‹›«»]")
# "1.000" / "1,000" written with a thousands separator is the number 1000.
_THOUSANDS_SEPARATOR = re.compile(r"(?<=\d)[.,](?=\d{3}(?!\d))")
_PUNCTUATION = re.compile(r"[\W_]+")


# The generator folds the same few thousand words tens of thousands of times (a third of its
# time before the cache); bounded, so a long game's typed answers cannot grow it.
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case, Unicode form, umlauts (ä -> ae, ß -> ss) and other accents (é -> e) folded."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_UMLAUTS)
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def normalize(text: str) -> str:
    """The comparable form of an answer: folded, punctuation gone, single spaces."""
    text = _QUOTES.sub("", fold(text))
    text = _THOUSANDS_SEPARATOR.sub("", text)
    return " ".join(_PUNCTUATION.sub(" ", text).split())
