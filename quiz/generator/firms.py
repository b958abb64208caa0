"""Names of firms: surnames joined by "&" ("Vogt & Roth"), the names after a firm word
("die Kanzlei Roth", "die Praxis Dr. Lind") and before a firm suffix ("Kranz GmbH").

A firm named after its partners is no mention of them: asked as a gap ("Kanzlei Vogt &
____") or written in full ("verlässt Lena Vogt & Jan Roth"), it turns a company
into persons (blind reading, round 9). The tokens found here are never a person's mention.
"""

from __future__ import annotations

from quiz.generator.lexicon import FIRM_SUFFIXES, FIRM_WORDS
from quiz.generator.text import Token
from quiz.text.normalize import fold

_JOINERS = frozenset({"&", "+"})


def firm_name_tokens(tokens: list[Token]) -> set[int]:
    """The indexes of the tokens that belong to a firm's name."""
    found: set[int] = set()
    for index, token in enumerate(tokens):
        if token.text in _JOINERS and _named_around(tokens, index):
            found |= _run(tokens, index, -1) | _run(tokens, index, 1) | {index}
        elif token.is_capitalised and _is_firm_word(token.text):
            found |= _run(tokens, index, 1)
        elif fold(token.text) in FIRM_SUFFIXES and index > 0 and tokens[index - 1].is_capitalised:
            found |= _run(tokens, index, -1) | {index}
    return found


def _named_around(tokens: list[Token], index: int) -> bool:
    return (
        0 < index < len(tokens) - 1
        and tokens[index - 1].is_capitalised
        and tokens[index + 1].is_capitalised
    )


def _is_firm_word(word: str) -> bool:
    folded = fold(word)
    # "des Bankhauses Sommerfeld", "des Verlags Lind": the genitive too
    return any(folded.endswith((firm, firm + "es", firm + "s")) for firm in _FOLDED_FIRM_WORDS)


_FOLDED_FIRM_WORDS = tuple(fold(firm) for firm in FIRM_WORDS)


def _run(tokens: list[Token], index: int, step: int) -> set[int]:
    """The names next to ``index`` in one direction: one word each ("Dr. Lind" counts as one),
    chained by joiners and commas ("Kranz, Lohse & Partner"), so that "verlässt Jan Roth
    Vogt & Roth" leaves Jan Roth out of the firm."""
    found: set[int] = set()
    position = index + step
    while 0 <= position < len(tokens) and tokens[position].is_capitalised:
        found.add(position)
        title = tokens[position].text.endswith(".")  # "Dr." belongs to the name after it
        position += step
        if title if step > 0 else _is_title(tokens, position):
            continue
        chain = _JOINERS if step > 0 else {*_JOINERS, ","}  # "Kranz, Lohse & Partner"
        if not 0 <= position < len(tokens) or tokens[position].text not in chain:
            break
        found.add(position)
        position += step
    return found


def _is_title(tokens: list[Token], position: int) -> bool:
    return 0 <= position < len(tokens) and tokens[position].text in _TITLES


_TITLES = frozenset({"Dr.", "Prof.", "Dres."})
