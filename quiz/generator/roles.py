"""Recognise role words ("Mitschüler", "Chefärztin", "Gefängniswärters") and place nouns.

German builds roles as compounds and inflects them, so a word is a role when, after taking
off a case or feminine ending, it is a known role or ends with one ("Küchenchef" ends with
"chef", "Hafen-Kommissar" with "kommissar").
"""

from __future__ import annotations

from functools import cache

from quiz.generator.lexicon import (
    PLACE_NAME_ENDS,
    PLACE_NAME_STARTS,
    PLACE_NOUNS,
    ROLE_ENDINGS,
    ROLE_TO_CIRCLE,
)

# Endings taken off before looking a word up: genitive, plural/weak, feminine.
_ENDINGS = ("", "s", "es", "ses", "n", "en", "e", "in", "innen", "nen")
_FEMININE_ENDINGS = ("in", "innen")
_UMLAUTS = str.maketrans("äöü", "aou")
_SHORTEST_STEM = 3


@cache
def role_circle(word: str) -> str | None:
    """The circle of a role word, or None when the word is no role."""
    key = _known_role(word)
    return None if key is None else ROLE_TO_CIRCLE[key]


@cache
def role_key(word: str) -> str | None:
    """What a role word names, the same for its cases and genders ("Gouverneurs",
    "Kadettin" and "Kadett" give one key; "Chefärztin" gives "chefarzt"), None when the word
    is no role. Two persons share a role when they share a key."""
    lowered = word.lower()
    if lowered in ROLE_TO_CIRCLE:
        return lowered
    head = lowered.rsplit("-", 1)[-1]
    for stem in (*_stems(head), *_feminine_stems_with_e(head)):
        if stem in ROLE_TO_CIRCLE:
            return stem
    # A compound role not in the lexicon ("Hafen-Kommissar", "Küchenchef"): the whole word.
    return head if _known_role(word) is not None else None


def _known_role(word: str) -> str | None:
    """The lexicon entry a role word is, or ends with."""
    lowered = word.lower()
    if lowered in ROLE_TO_CIRCLE:
        return lowered
    head = lowered.rsplit("-", 1)[-1]
    for stem in _stems(head):
        if stem in ROLE_TO_CIRCLE:
            return stem
        for ending in ROLE_ENDINGS:
            if stem.endswith(ending) and len(stem) - len(ending) >= _SHORTEST_STEM:
                return ending
    # Feminine forms that drop an -e ("Kollegin" of "Kollege"): only whole roles, since the
    # ending of a compound would match names ("Konstantin").
    for stem in _feminine_stems_with_e(head):
        if stem in ROLE_TO_CIRCLE:
            return stem
    return None


@cache
def ends_a_place_name(word: str) -> bool:
    """ "Creek" of "Mulga Creek": a word written after a name that makes it a place."""
    return word.lower() in PLACE_NAME_ENDS


def starts_a_place_name(word: str) -> bool:
    """ "Mount" of "Mount Isa": a word written before a name that makes it a place."""
    return word.lower() in PLACE_NAME_STARTS


def is_place_noun(word: str) -> bool:
    head = word.lower().rsplit("-", 1)[-1]
    return any(stem.endswith(noun) for stem in _stems(head) for noun in PLACE_NOUNS)


def _stems(word: str) -> list[str]:
    stems = [
        word[: len(word) - len(ending)]
        for ending in _ENDINGS
        if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_STEM
    ]
    # Feminine forms take an umlaut ("Chefärztin" of "Chefarzt").
    return stems + [base.translate(_UMLAUTS) for base in _feminine_bases(word)]


def _feminine_stems_with_e(word: str) -> list[str]:
    return [
        f"{form}e" for base in _feminine_bases(word) for form in (base, base.translate(_UMLAUTS))
    ]


def _feminine_bases(word: str) -> list[str]:
    return [
        word[: -len(ending)]
        for ending in _FEMININE_ENDINGS
        if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_STEM
    ]
