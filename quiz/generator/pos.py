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


def is_attributive_adjective(token: Token) -> bool:
    """An adjective before its noun ("hohen" of "hohe Wellen"), not one said of a subject."""
    return token.tag in ("ADJA", "ADJ(A)")


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


def is_plain_noun(token: Token) -> bool:
    """A common noun proper (not a nominalised adjective)."""
    return token.tag == "NN"


def is_nominalised_adjective(token: Token) -> bool:
    """ "der Verurteilte", "die Gefangene"."""
    return token.tag == "NNA"


def is_tagged_name(token: Token) -> bool:
    """Tagged a proper noun (NE) in its sentence; foreign words (FM) not counted."""
    return token.tag == "NE"


def is_adverb(token: Token) -> bool:
    return token.tag == "ADV"


def is_pronominal_adverb(token: Token) -> bool:
    """ "dafür", "darum", "dabei"."""
    return token.tag == "PROAV"


def is_demonstrative(token: Token) -> bool:
    return token.tag in ("PDS", "PDAT")


def is_quantifier(token: Token) -> bool:
    """ "viele", "alle" before a noun."""
    return token.tag == "PIAT"


def is_contracted_preposition(token: Token) -> bool:
    """ "im", "zum", "vom": a preposition with its article."""
    return token.tag == "APPRART"


def is_verb_particle(token: Token) -> bool:
    """The separated particle of a verb ("zieht ... ein")."""
    return token.tag == "PTKVZ"


def is_subordinating_conjunction(token: Token) -> bool:
    """ "weil", "dass", "als" (not the "um" of "um ... zu")."""
    return token.tag == "KOUS"


def is_full_verb(token: Token) -> bool:
    """A full verb in any form ("schaltet", "freigelassen"), not an auxiliary or modal."""
    return token.tag.startswith("VV")


# Words that carry grammar, not content: never a name, whatever their capital letter says.
_FUNCTION_TAGS = frozenset(
    {
        "ART", "APPR", "APPRART", "APPO", "APZR", "KON", "KOUS", "KOUI", "KOKOM", "PPER",
        "PPOSAT", "PPOSS", "PDS", "PDAT", "PIS", "PIAT", "PIDAT", "PRELS", "PRELAT", "PRF",
        "PWS", "CARD",
    }
)  # fmt: skip


def is_function_word(token: Token) -> bool:
    return token.tag in _FUNCTION_TAGS or is_punctuation(token)


def opens_noun_phrase(token: Token) -> bool:
    """A word after which a capitalised word is a noun: a determiner, a quantifier, a
    question determiner or a preposition with its article ("im")."""
    return token.tag in ("ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "APPRART", "PWAT")


def is_modal_verb(token: Token) -> bool:
    return token.tag.startswith("VM")


def is_non_finite_verb(token: Token) -> bool:
    """An infinitive, an infinitive with "zu" or a participle, or the "zu" before one: what a
    modal or auxiliary governs."""
    tag = token.tag
    return (tag.startswith("V") and any(part in tag for part in ("INF", "IZU", "PP"))) or (
        tag.startswith("PTKZU")
    )


def is_nominal(token: Token) -> bool:
    """A noun, a name or a pronoun standing for one: what fills a noun phrase's place."""
    return token.tag.startswith(("PPER", "PDS", "PIS", "PWS", "PRELS", "PRF", "NN", "NE"))


def closes_prepositional_phrase(token: Token) -> bool:
    """The noun, name or pronoun a preposition governs."""
    return token.tag.startswith(("NN", "NE", "PPER", "PDS", "PIS"))


def is_demonstrative_pronoun(token: Token) -> bool:
    """ "der" standing alone for a person ("Der übt lieber Tuba")."""
    return token.tag == "PDS"


def is_demonstrative_determiner(token: Token) -> bool:
    """ "dieser", "jene" before a noun."""
    return token.tag == "PDAT"


def is_relative_pronoun(token: Token) -> bool:
    """ "der", "die", "dessen" opening a relative clause."""
    return token.tag in ("PRELS", "PRELAT")


def is_participle_or_infinitive(token: Token) -> bool:
    """ "gesehen", "sehen": the verb form a finite "haben" or a modal stands with."""
    return token.tag.startswith("V") and ("PP" in token.tag or "INF" in token.tag)
