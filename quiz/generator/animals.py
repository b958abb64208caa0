"""Named animals: "ihren Mops Otto", "den Hengst Sturmwind", "eine Katze namens Minka".

A name right after a word for an animal names that animal, in that sentence and wherever the
series uses the name alone again ("Frauke stellt fest, dass Otto elf Kilo wiegt"). Taken for a
person, it gave "Wen findet Insa Bruns ihren Mops ...?" and "Wer hat zwei Kilo abgenommen?"
(blind reading, round 20). The tagger is no help: it read "Mops" as a verb.
"""

from __future__ import annotations

from collections.abc import Callable

from quiz.generator import pos
from quiz.generator.text import Token
from quiz.text.normalize import fold

# Words for animals people name, as whole words. "Bulle" stays out (a policeman in a crime
# series), as do animals used for persons in praise or scorn ("Fuchs", "Esel", "Wolf").
_ANIMALS = frozenset(
    fold(word)
    for word in {
        "hund",
        "hündin",
        "rüde",
        "welpe",
        "mops",
        "dackel",
        "pudel",
        "terrier",
        "collie",
        "labrador",
        "retriever",
        "bernhardiner",
        "katze",
        "kater",
        "kätzchen",
        "pferd",
        "stute",
        "hengst",
        "wallach",
        "fohlen",
        "pony",
        "rappe",
        "schimmel",
        "maultier",
        "kuh",
        "kalb",
        "stier",
        "ochse",
        "schwein",
        "ferkel",
        "ziege",
        "schaf",
        "lamm",
        "widder",
        "hahn",
        "huhn",
        "henne",
        "gans",
        "ente",
        "papagei",
        "wellensittich",
        "kanarienvogel",
        "rabe",
        "falke",
        "eule",
        "taube",
        "hamster",
        "kaninchen",
        "meerschweinchen",
        "schildkröte",
        "goldfisch",
        "affe",
        "elefant",
        "kamel",
        "dromedar",
        "lama",
        "alpaka",
        "robbe",
        "seehund",
        "delfin",
        "pinguin",
    }
)
# Heads of compounds that are animals in any compound ("Schäferhund", "Rennpferd", "Zuchtstute").
_ANIMAL_HEADS = tuple(
    fold(head) for head in ("hund", "hündin", "pferd", "stute", "hengst", "katze", "kater", "kuh")
)
# Endings of the case forms of those words ("den Hengsten", "des Hundes", "dem Pferde").
_ENDINGS = ("es", "en", "e", "s", "n")


def is_animal_word(word: str) -> bool:
    """Whether a noun is a word for an animal, in any case form."""
    folded = fold(word).rsplit("-", 1)[-1]
    forms = {folded} | {folded[: -len(end)] for end in _ENDINGS if folded.endswith(end)}
    return any(
        form in _ANIMALS or (len(form) > 5 and form.endswith(_ANIMAL_HEADS)) for form in forms
    )


def animal_name_at(
    tokens: list[Token], index: int, looks_like_name: Callable[[Token], bool]
) -> int:
    """The index after the name an animal word at ``index`` introduces, or ``index`` when it
    introduces none: "ihren Mops Otto", "eine Katze namens Minka". The word must follow a
    determiner or an adjective, so a surname that is also an animal ("Hahn") stays a name."""
    if not (0 < index < len(tokens) - 1) or not tokens[index].is_capitalised:
        return index
    before = tokens[index - 1]
    if not (pos.is_determiner(before) or pos.is_adjective(before)):
        return index
    if not is_animal_word(tokens[index].text):
        return index
    at = index + 1
    if tokens[at].text == "namens" and at + 1 < len(tokens):
        at += 1
    end = at
    while end < len(tokens) and end - at < 2 and looks_like_name(tokens[end]):
        end += 1
    return end if end > at else index
