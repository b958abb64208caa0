"""Lower-case words that stand inside a person's name ("Hanna von Stetten", "Luis de la Cruz",
"Pieter den Hollander")."""

from __future__ import annotations

import re

NAME_PARTICLES = frozenset(
    {
        "van",
        "von",
        "vom",
        "de",
        "der",
        "den",
        "di",
        "da",
        "du",
        "del",
        "della",
        "la",
        "le",
        "ten",
        "ter",
        "zu",
        # Arabic patronymics ("Ibrahim ibn Yaqub": round 18 cut "____ ibn Yaqub"); not "bin"
        # (a verb) nor "ben" (a first name when written "Ben")
        "ibn",
        "bint",
    }
)

# In German running text these are an article or a pronoun far more often than part of a
# name ("stößt Keller den Wärter", "du"): a reader of prose joins names only across the others.
# A name an author wrote as an answer may still contain them.
PROSE_NAME_PARTICLES = NAME_PARTICLES - {"der", "den", "du"}

# A name: 2-4 words, each capitalised; lower-case particles may stand inside.
_NAME_WORD = re.compile(r"[^\W\d_][\w’'.\-]*")


def looks_like_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(word) for word in words):
        return False
    if not (words[0][0].isupper() and words[-1][0].isupper()):
        return False
    return all(word[0].isupper() or word in NAME_PARTICLES for word in words[1:-1])


def surnames(name: str) -> list[str]:
    """The last word, and with its particle where there is one ("van Dyke", "Dyke")."""
    words = name.split()
    forms = [words[-1]]
    if len(words) > 2 and words[-2] in NAME_PARTICLES:
        forms.append(" ".join(words[-2:]))
    return forms
