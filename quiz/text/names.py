"""Lower-case words that stand inside a person's name ("Hanna von Stetten", "Luis de la Cruz",
"Pieter den Hollander")."""

from __future__ import annotations

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
    }
)

# In German running text these are an article or a pronoun far more often than part of a
# name ("stößt Keller den Wärter", "du"): a reader of prose joins names only across the others.
# A name an author wrote as an answer may still contain them.
PROSE_NAME_PARTICLES = NAME_PARTICLES - {"der", "den", "du"}
