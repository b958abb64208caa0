"""Part-of-speech tests (STTS tags from HanTa) as named predicates: the question writer asks
"is this a preposition?", never which tag literals mean that."""

from __future__ import annotations

from quiz.generator.text import Token


def is_finite_verb(token: Token) -> bool:
    return token.tag.endswith("(FIN)") or token.tag in ("VVFIN", "VAFIN", "VMFIN")


def is_noun(token: Token) -> bool:
    """A common noun, or an adjective used as one ("der Verurteilte")."""
    return token.tag in ("NN", "NNA")


def is_proper_noun(token: Token) -> bool:
    return token.tag in ("NE", "FM")


def is_article(token: Token) -> bool:
    return token.tag == "ART"


def is_possessive(token: Token) -> bool:
    return token.tag == "PPOSAT"


def is_determiner(token: Token) -> bool:
    """What opens a noun phrase: an article, a possessive, a quantifier or a demonstrative."""
    return token.tag in ("ART", "PPOSAT", "PIAT", "PDAT")


def is_adjective(token: Token) -> bool:
    return token.tag.startswith("ADJ")


def is_preposition(token: Token) -> bool:
    """A preposition, alone ("in") or with its article ("im")."""
    return token.tag in ("APPR", "APPRART")


def is_number(token: Token) -> bool:
    return token.tag == "CARD"


def is_personal_pronoun(token: Token) -> bool:
    return token.tag == "PPER"


def is_subordinating(token: Token) -> bool:
    """A conjunction that opens a subordinate clause ("weil", "dass") or an "um ... zu"."""
    return token.tag in ("KOUS", "KOUI")


def is_coordinating(token: Token) -> bool:
    return token.tag == "KON"


def is_punctuation(token: Token) -> bool:
    return token.tag.startswith("$")


def is_quote(token: Token) -> bool:
    return token.tag == "$(" and token.text not in "()-–"
