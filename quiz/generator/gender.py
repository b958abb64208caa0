"""A person's grammatical gender, read from the role words the text puts before the name.

"Schwester Anna", "Chefärztin Dr. Lind", "die Verdächtige Eva Roth" say a woman; "Bruder
Cyril", "Wärter Jan Roth", "der Gefangene Max Roth" a man. Roles said of anyone ("Häftling",
"Dr.", "Officer") say nothing. ``references`` adds one more sign: an "Er ..." right after
the only person named. Distractors use it so that "seinen Sohn ____" is never offered a woman.
"""

from __future__ import annotations

from quiz.generator.lexicon import COMMON_GENDER_ROLES, FEMALE_WORDS, MALE_WORDS, ROLE_TO_CIRCLE
from quiz.generator.roles import role_circle
from quiz.generator.text import Token

FEMALE, MALE = "f", "m"
_CASE_ENDINGS = ("", "s", "es", "e", "n", "en")
# Nominalised adjectives ("Gefangene", "Verdächtige") take their gender from the article.
_ADJECTIVE_ROLES = tuple(
    role for role in ROLE_TO_CIRCLE if role.endswith("e") and f"{role}r" in ROLE_TO_CIRCLE
)
_ARTICLE_GENDERS = {"der": MALE, "die": FEMALE, "eine": FEMALE}
# ... and in -en from the articles that only a man takes ("den Gefangenen", "dem Verdächtigen").
_ADJECTIVE_ROLES_EN = tuple(f"{role}n" for role in _ADJECTIVE_ROLES)
_ARTICLE_GENDERS_EN = {
    "den": MALE,
    "dem": MALE,
    "des": MALE,
    "einen": MALE,
    "einem": MALE,
    "eines": MALE,
}


def opposite(gender: str) -> str:
    return MALE if gender == FEMALE else FEMALE


def named_gender(tokens: list[Token], start: int, roles: tuple[str, ...]) -> str | None:
    """The gender the role words right before a name (at ``start``) give its person, None
    when they give none or disagree."""
    if not roles:
        return None
    opening = start - len(roles) - 1
    article = tokens[opening].text.lower() if opening >= 0 else None
    found = {gender for role in roles if (gender := role_gender(role, article)) is not None}
    return found.pop() if len(found) == 1 else None


_APPOSITION_ARTICLES = {"der": MALE, "die": FEMALE, "ein": MALE, "eine": FEMALE}


def apposition_gender(tokens: list[Token], end: int) -> str | None:
    """The gender a role in apposition after a name (ending at ``end``) gives its person
    ("Ser Lianne Hartwig, die einzige Ritterin der Königsgarde": female), when the article and
    the role word agree (", der Königin" after a dative name says nothing)."""
    if end + 2 >= len(tokens) or tokens[end].text != ",":
        return None
    article = _APPOSITION_ARTICLES.get(tokens[end + 1].text.lower())
    position = end + 2
    while position < len(tokens) - 1 and tokens[position].text[:1].islower():
        position += 1  # adjectives: "die einzige Ritterin"
    role = role_gender(tokens[position].text) if tokens[position].text[:1].isupper() else None
    return role if role is not None and role == article else None


def role_gender(word: str, article: str | None = None) -> str | None:
    """FEMALE or MALE when the role word says it ("Wärterin", "Bruder"), else None."""
    head = word.lower().rsplit("-", 1)[-1]
    for gender, words in ((FEMALE, FEMALE_WORDS), (MALE, MALE_WORDS)):
        if _ends_with(head, words):
            return gender
    if role_circle(head) is None or _ends_with(head, COMMON_GENDER_ROLES):
        return None
    if _is_feminine_form(head):
        return FEMALE
    if head.endswith(_ADJECTIVE_ROLES):
        return _ARTICLE_GENDERS.get(article or "")
    if head.endswith(_ADJECTIVE_ROLES_EN):
        return _ARTICLE_GENDERS_EN.get(article or "")
    return MALE


def _ends_with(head: str, words: tuple[str, ...]) -> bool:
    stems = {head[: len(head) - len(ending)] for ending in _CASE_ENDINGS if head.endswith(ending)}
    return any(stem.endswith(word) for stem in stems for word in words if len(stem) >= len(word))


def _is_feminine_form(head: str) -> bool:
    """ "Wärterin", "Chefärztin", "Kollegin": a role with the feminine ending "-in" (no role of
    the lists is masculine and ends so)."""
    return head.endswith(("in", "innen")) and role_circle(head) is not None
