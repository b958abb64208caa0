"""Titles of address before a person's gap ("Mrs. ____", "Herrn ____", "Madame ____").

Such a title says little of the story but a great deal of the answer: where one woman of the
series is a "Mrs.", "Mrs. ____ hinterlegt die Summe" has one candidate whoever read the
synopsis (blind reading, round 9). A cloze leaves the title out with the name ("____
hinterlegt die Summe"); where it cannot ("dem Mr. ____" would leave "dem ____") the cloze is
not asked. A title after an article or possessive is a relation, not an address ("Seine Frau
Mrs. Ruth Hale": "Frau" stays, "Mrs." goes).
"""

from __future__ import annotations

from quiz.generator import pos
from quiz.generator.lexicon import ADDRESS_TITLES
from quiz.generator.text import Token
from quiz.text.normalize import fold


def address_start(tokens: list[Token], start: int) -> int | None:
    """Where the gap of the name at ``start`` begins once the titles of address right before
    it go with it (``start`` when there are none); None when leaving them out would leave a
    word dangling before the gap."""
    first = start
    while first > 0 and fold(tokens[first - 1].text) in ADDRESS_TITLES:
        first -= 1
    if first == start or first == 0 or not _owned(tokens[first - 1]):
        return first
    # "Seine Frau Mrs. ...", "Ohms Frau Ida": after an article or possessive a title is a
    # relation (a wife, a husband) and stays; any other is left dangling ("dem Mr. ____").
    if fold(tokens[first].text) not in _RELATIONS:
        return None
    return first + 1


_RELATIONS = frozenset({"frau", "herr", "herrn", "lady"})


def _owned(token: Token) -> bool:
    return (
        pos.is_article(token)
        or pos.is_possessive(token)
        or pos.is_determiner(token)
        or pos.is_demonstrative(token)
        or (pos.is_adjective(token) and not token.is_capitalised)  # "Fintech-Gründer" is none
        or (token.is_capitalised and token.text.endswith(("s", "’", "'")))  # "Ohms Frau"
    )
