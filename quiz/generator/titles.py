"""A rank the prompt names by a definite noun that only the answer holds in the series.

"Lord Roderik Falkenau, der Berater der Königin, rät ____ zu einem Bündnis" (the answer the
one queen of the series): among choices, "der Königin" picks out the answer as plainly as a
role right before the gap ("die Königin ____", whose choices must hold it: round 10), wherever
it stands in the prompt (blind reading). Such a question is typed. A rank several persons hold
("des Kapitäns" among three captains) tells nothing, nor does a relation ("der Mutter":
whose?) or a title of address ("die Frau").
"""

from __future__ import annotations

import re

from quiz.generator.circles import is_shared_relation
from quiz.generator.gender import role_gender
from quiz.generator.lexicon import ADDRESS_TITLES
from quiz.generator.persons import Person
from quiz.generator.roles import role_circle, role_key
from quiz.text.normalize import fold

_DEFINITE = frozenset(
    {"der", "die", "das", "den", "dem", "des", "zum", "zur", "vom", "beim", "am", "im"}
)
_WORDS = re.compile(r"[\wÄÖÜäöüß’'-]+")
_RELATIONS = ("family", "relation")


def named_by_rank(prompt: str, answer: Person, persons: list[Person]) -> bool:
    """Whether the prompt shows a definite role noun ("der Königin", "des jungen Kapitäns")
    whose holders in the series, of the noun's gender, are the answer alone."""
    words = _WORDS.findall(prompt)
    names = {word for person in persons for word in person.name_words}
    for index, word in enumerate(words):
        if word.lower() not in _DEFINITE:
            continue
        # The noun after the article and up to two adjectives ("des jungen Kapitäns").
        after = range(index + 1, min(index + 4, len(words)))
        at = next((i for i in after if words[i][:1].isupper()), None)
        if at is None or not _a_rank(words[at]):
            continue
        if at + 1 < len(words) and fold(words[at + 1]) in names:
            continue  # "die Ärztin Nora Weiß": the rank of the one named there
        noun = words[at]
        key, gender = role_key(noun), role_gender(noun, word.lower())
        holders = [
            person
            for person in persons
            if key is not None and person.titles[key] and person.gender in (None, gender)
        ]
        if gender is not None and len(holders) == 1 and holders[0] is answer:
            return True
    return False


def _a_rank(noun: str) -> bool:
    return (
        role_key(noun) is not None
        and role_circle(noun) not in _RELATIONS
        and not is_shared_relation(noun)
        and fold(noun) not in ADDRESS_TITLES
    )
