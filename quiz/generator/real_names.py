"""A person known by a nickname whose real name the series tells later: "ein Mädchen, das nur
„Mücke“ genannt werden will" … "findet Jule in Mückes Rucksack einen Schülerausweis auf den
Namen Emily Brandt", "Kobra heißt in Wirklichkeit Tim Roth", "Kobra, mit richtigem Namen Tim
Roth".

Both names are one person (blind reading: "Mücke spielt … ____ erzählt" answered "Emily
Brandt", the nickname of the answer in the prompt). Only a sentence that says so counts: words
of a real name between the two names, or papers "auf den Namen" of a full name found with
someone known by one name only (in their genitive, or a nickname the series gives).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from quiz.text.normalize import fold

if TYPE_CHECKING:
    from quiz.generator.persons import Mention
    from quiz.generator.text import Sentence

# Words that say the name after them is the real one.
_REAL = frozenset(
    {"wirklichkeit", "wahrheit", "eigentlich", "buergerlich", "buergerlichem"}
    | {"richtigem", "richtiger", "richtigen", "wahrem", "wahrer", "wahren", "echtem", "echter"}
)
# What else may stand between the two names ("Kobra, die in Wirklichkeit Tim Roth heißt").
_BETWEEN = _REAL | frozenset(
    {",", "(", "–", "-", "heisst", "hiess", "in", "mit", "namen", "name", "ist", "lautet"}
    | {"der", "die", "das", "den", "dem", "vollem", "ganzem"}
)
_NAMED = frozenset({"heisst", "hiess", "namen", "name"})


def same_person_pairs(
    sentence: Sentence, mentions: list[Mention], nicknamed: set[str]
) -> list[tuple[Mention, Mention]]:
    """(the name they are known by, the real name) pairs that this sentence says are one
    person; ``nicknamed`` holds the folded words the series gives as nicknames."""
    named = [m for m in mentions if m.person is not None]
    pairs = [
        (first, second)
        for first, second in itertools.pairwise(named)
        if _tells_real_name(sentence, first.end, second.start)
    ]
    tokens = sentence.tokens
    for index in range(len(tokens) - 3):
        if [fold(t.text) for t in tokens[index : index + 3]] != ["auf", "den", "namen"]:
            continue
        real = next((m for m in named if m.start == index + 3), None)
        if real is None or real.person is None or len(real.person.name) < 2:
            continue
        holder = _holder(named, index, real, nicknamed)
        if holder is not None:
            pairs.append((holder, real))
    return pairs


def _tells_real_name(sentence: Sentence, end: int, start: int) -> bool:
    """ "heißt in Wirklichkeit", ", mit richtigem Namen", ", eigentlich", "s richtiger Name ist"
    between two names; "eigentlich" alone only as an apposition or with "heißt" ("Tom will
    eigentlich Anna heiraten" says nothing of a name)."""
    between = [fold(token.text) for token in sentence.tokens[end:start]]
    if not between or not set(between) <= _BETWEEN or not set(between) & _REAL:
        return False
    if set(between) & _REAL == {"eigentlich"}:
        return between[0] in (",", "(", "–", "-") or bool(set(between) & _NAMED)
    return True


def _holder(named: list[Mention], index: int, real: Mention, nicknamed: set[str]) -> Mention | None:
    """Whose papers "auf den Namen" are: the one person known by one name only before it, in
    their genitive ("in Mückes Rucksack") or by a nickname the series gives."""
    before = [m for m in named if m.end <= index and m.person is not real.person]
    known_by_one = [m for m in before if m.person is not None and len(m.person.name) == 1]
    owners = [m for m in known_by_one if m.genitive] or [
        m for m in known_by_one if m.person is not None and fold(m.person.name[0]) in nicknamed
    ]
    persons = {id(m.person) for m in owners}
    return owners[-1] if len(persons) == 1 else None
