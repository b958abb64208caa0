"""What a name itself tells a quiz reader: the gender of a first name, and where it comes from.

Among the choices of a person question, the one woman among men, or the one Spanish name for
"the leader of the Latino inmates", is picked without reading the synopsis (blind reading,
round 4). These are guesses from the look of a name only, used where the series says nothing
better (role words and pronouns come first, in ``Person.gender``).
"""

from __future__ import annotations

from quiz.generator.gender import FEMALE, MALE
from quiz.generator.lexicon import (
    FEMALE_FIRST_NAMES_OTHERWISE,
    MALE_FIRST_NAMES_IN_A_OR_E,
    NAME_ORIGINS,
    NATIONALITY_ADJECTIVES,
    ORIGIN_WORDS,
)
from quiz.generator.persons import Person
from quiz.text.normalize import fold


def first_name_gender(word: str) -> str | None:
    """FEMALE for most first names in -a or -e ("Mia", "Gloria", "Lianne"), MALE for most
    others ("Jonas", "Karl"); English pet names in -ie/-y ("Richie", "Kenny") are men's."""
    name = word.lower()
    if len(name) < 3 or not name.isalpha():
        return None
    if name in MALE_FIRST_NAMES_IN_A_OR_E:
        return MALE
    if name in FEMALE_FIRST_NAMES_OTHERWISE:
        return FEMALE
    if name.endswith("a") or (name.endswith("e") and not name.endswith(("ie", "ee"))):
        return FEMALE
    return MALE


def gender_of_person(person: Person, by_first_names: bool) -> str | None:
    """What the series says of the person, else what the first name suggests (a lone name only
    in a series of first names: "Rivera" is a surname)."""
    if person.gender is not None:
        return person.gender
    if person.first_name is not None:
        return first_name_gender(person.first_name)
    if by_first_names:
        return first_name_gender(person.name[0])
    return None


def origin(name: str) -> str | None:
    """The origin a name's look tells ("slavic" for "Yuri Kosygin"), None for a plain one."""
    words = [fold(word) for word in name.replace("-", " ").split()]
    lowered = name.lower()
    for found, signs in NAME_ORIGINS.items():
        if any(word in {fold(sign) for sign in signs["words"]} for word in words):
            return found
        endings = tuple(fold(ending) for ending in signs["endings"])
        if any(len(word) > 4 and word.endswith(endings) for word in words):
            return found
        if any(letter in lowered for letter in signs["letters"]):
            return found
    return None


def origin_matters(prompt: str, answer: str, others_named: list[str]) -> bool:
    """The prompt points at the answer's origin: it names a group or a country ("Latino",
    "Auswärtiges Amt"), or a person whose name looks alike ("Wessen Frau ist Irina?")."""
    style = origin(answer)
    if style is None:
        return False
    lowered = prompt.lower()
    return any(word in lowered for word in ORIGIN_WORDS) or any(
        origin(name) == style for name in others_named
    )


_NATIONALITIES = tuple(fold(adjective) for adjective in NATIONALITY_ADJECTIVES)
_ADJECTIVE_ENDINGS = frozenset({"", "e", "en", "er", "es", "em"})
_ORIGIN_REACH = 4  # words before the gap: "der brasilianische Physiker Dr. ____"


def origin_before_gap(prompt: str, gap: str) -> bool:
    """A nationality adjective in the words right before the gap: it says where the answer
    comes from, and among names of other looks the one that fits is picked without reading
    ("der brasilianische Physiker Dr. ____" beside a Japanese and a Czech name)."""
    before = prompt.split(gap, 1)[0].split()[-_ORIGIN_REACH:]
    return any(_is_nationality(word) for word in before if word.islower())


def _is_nationality(word: str) -> bool:
    folded = fold(word.strip(",.;:"))
    return any(
        folded.startswith(base) and folded[len(base) :] in _ADJECTIVE_ENDINGS
        for base in _NATIONALITIES
    )
