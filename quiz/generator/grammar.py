"""Source German that is broken already: a question cut from it would be broken too.

Synopses are written by hand and sometimes lose a word ("wie es zu dem Gewaltausbruch konnte":
"kommen" is missing). A modal verb that closes its clause needs an infinitive, unless the
clause holds an object for it ("was er kann", "dass sie es kann"); with neither, a verb is
missing and the sentence is not asked.
"""

from __future__ import annotations

from quiz.generator import pos
from quiz.generator.text import Sentence, Token

_CLAUSE_BREAKS = frozenset({",", ";", ":", "und", "oder", "aber", "doch", "."})


def lacks_a_verb(sentence: Sentence) -> bool:
    """Whether a clause of the sentence ends in a modal verb with nothing it governs."""
    tokens = sentence.tokens
    start = 0
    for index, token in enumerate(tokens):
        if token.text in _CLAUSE_BREAKS:
            start = index + 1
            continue
        if not _is_modal(token) or index == start:
            continue
        if _closes(tokens, index) and not _governs(tokens[start:index]):
            return True
    return False


def _closes(tokens: list[Token], index: int) -> bool:
    """The modal ends its clause, and no clause it governs follows ("möchte, dass ...")."""
    if index + 1 >= len(tokens):
        return True
    following = tokens[index + 1]
    if following.text == ",":
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        return after is None or not pos.is_subordinating(after)
    return following.text in _CLAUSE_BREAKS


def _is_modal(token: Token) -> bool:
    return pos.is_modal_verb(token) and pos.is_finite_verb(token)


def _governs(clause: list[Token]) -> bool:
    """An infinitive or participle, or besides the subject a second noun phrase outside any
    prepositional phrase (the object the modal stands with)."""
    if any(pos.is_non_finite_verb(token) for token in clause):
        return True
    phrases = 0
    in_preposition = False
    for token in clause:
        if pos.is_preposition(token):
            in_preposition = True
            continue
        if pos.is_nominal(token):
            if in_preposition and pos.closes_prepositional_phrase(token):
                in_preposition = False  # the noun that closes the prepositional phrase
                continue
            phrases += 1
    return phrases >= 2
