"""Names derived from a synopsis file's name: bank title, season tag, series.

Generic rules: a stem ending in ``staffel-N`` / ``season-N`` / a bare number is season N of
the series named by the rest ("hafen-staffel-1" -> series "hafen", title "Hafen – Staffel 1").
"""

from __future__ import annotations

import re

from quiz.text.slug import slug

_SEASON = re.compile(
    r"^(?P<series>.*?)[-_ ]*(?P<word>(?:staffel|season|s)[-_ ]*)?(?P<number>\d+)$", re.IGNORECASE
)
_LOWER_WORDS = frozenset(
    {
        "am",
        "im",
        "an",
        "in",
        "und",
        "der",
        "die",
        "das",
        "von",
        "vom",
        "zum",
        "zur",
        "of",
        "the",
        "and",
    }
)


def season_of(stem: str) -> int | None:
    match = _SEASON.match(stem)
    if match is None or not (match.group("series") or match.group("word")):
        return None
    return int(match.group("number"))


def series_of(stem: str) -> str:
    """The series a file belongs to: its stem without the season part."""
    match = _SEASON.match(stem)
    return match.group("series") if match and season_of(stem) is not None else stem


def season_tag(stem: str) -> str:
    season = season_of(stem)
    return f"staffel-{season}" if season is not None else slug(stem)


def bank_title(stem: str) -> str:
    words = [word for word in re.split(r"[-_ ]+", series_of(stem)) if word]
    title = " ".join(
        word if index and word.lower() in _LOWER_WORDS else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )
    season = season_of(stem)
    if season is None:
        return title
    return f"{title} – Staffel {season}" if title else f"Staffel {season}"
