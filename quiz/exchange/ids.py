"""Ids for imported questions: stable when the source gives a name, unique in the bank."""

from __future__ import annotations

from quiz.text.slug import slug

# Ids made from a prompt are cut short; a source's own names are kept whole up to a bound
# that only a hostile file reaches (a long name cut would change the id on every import).
_LONGEST_FROM_PROMPT = 60
_LONGEST_NAME = 200


class IdMaker:
    def __init__(self, stem: str) -> None:
        self._stem = slug(stem, empty="import")
        self._taken: set[str] = set()

    def make(self, name: str | None, prompt: str) -> str:
        """From the source's own name (GIFT ``::title::``) when given, else from the prompt;
        the same input gives the same id, so a second import keeps scores and practice.
        Ids start with the bank's name: they must be unique across all banks, and every
        Moodle file has its "Q1"."""
        base = slug(name, empty="") if name else ""
        if not base:
            base = f"{self._stem}-{slug(prompt, empty='frage')}"[:_LONGEST_FROM_PROMPT]
        elif not base.startswith(f"{self._stem}-"):
            base = f"{self._stem}-{base}"
        base = base[:_LONGEST_NAME].rstrip("-") or self._stem
        candidate, number = base, 2
        while candidate in self._taken:
            candidate, number = f"{base}-{number}", number + 1
        self._taken.add(candidate)
        return candidate


def bank_title(stem: str) -> str:
    """A title for a bank named after its file: "oz-staffel-1" -> "Oz staffel 1"."""
    words = stem.replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize() if words else stem
