"""Round 20's blind reading: a named animal ("ihren Mops Otto") was asked as a person ("Wem
bringt Insa ihren Mops?", "Wer hat zwei Kilo abgenommen?"); it is asked only by the gap after
the word for it, never among persons. And the hour is "Um wie viel Uhr". Invented series."""

from __future__ import annotations

from pathlib import Path

from quiz.generator.animals import is_animal_word
from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis

LINES = (
    "Apothekerin Wiebke Harms bringt ihren Dackel Bruno in die Praxis, weil er Rattengift"
    " gefressen hat.",
    "Tierärztin Gesa Onken untersucht Bruno und ruft den Apotheker Lars Dirks an.",
    "Am Abend findet Wiebke Harms ihren Dackel Bruno schlafend unter dem Sofa.",
    "Bruno hat am Ende drei Kilo abgenommen, und Lars Dirks schenkt Gesa Onken einen Kuchen.",
    "Gesa Onken holt um sieben Uhr nachts den Kater Moritz aus dem Keller von Lars Dirks.",
    "Bauer Hinnerk Popken bringt Gesa Onken eine Kiste Äpfel.",
)


def questions():
    synopsis = Synopsis(Path("praxis-staffel-1.txt"), "praxis-staffel-1.txt", LINES)
    return [g.question for g in generate([synopsis])[0].questions]


def test_words_for_animals_in_any_case_and_compound():
    assert all(map(is_animal_word, ("Mops", "Hundes", "Schäferhund", "Elefantenkuh", "Stuten")))
    assert not any(map(is_animal_word, ("Hundeführer", "Pferdeknecht", "Bulle", "Apotheker")))


def test_a_named_animal_is_asked_only_by_the_gap_after_its_word():
    asked = questions()
    pets = ("Bruno", "Moritz")
    about_pets = [q for q in asked if q.answer in pets]
    assert about_pets, [q.prompt for q in asked]
    for question in about_pets:
        assert "?" not in question.prompt, question.prompt
        assert "Dackel ____" in question.prompt or "Kater ____" in question.prompt
        assert question.type == "fill_in" or set(question.choices) <= {*pets}


# A comedy of first names: the cat's name looks like theirs.
FIRST_NAMES = (
    "Gesa bringt ihren Kater Moritz in die Praxis, weil Wiebke krank ist.",
    "Moritz schläft im Garten, während Lars mit Wiebke streitet.",
    "Hinnerk ruft Lars an, weil Moritz verschwunden ist.",
    "Moritz frisst bei Gesa, und Hinnerk lacht.",
    "Wiebke schenkt Gesa einen Kuchen, weil Lars Geburtstag hat.",
    "Lars und Hinnerk fahren nach Emden, und Moritz bleibt bei Wiebke.",
    "Tjark repariert das Dach, weil Imke Regen fürchtet.",
)


def test_no_animal_among_the_choices_of_a_person():
    synopsis = Synopsis(Path("wg-staffel-1.txt"), "wg-staffel-1.txt", FIRST_NAMES)
    chosen = [g.question for g in generate([synopsis])[0].questions if g.question.choices]
    assert chosen  # the persons are still asked with choices
    for question in chosen:
        assert "Moritz" not in question.choices, question.prompt


def test_the_hour_is_asked_um_wie_viel_uhr():
    prompts = [q.prompt for q in questions()]
    assert not [p for p in prompts if "wie viele Uhr" in p], prompts
    assert [p for p in prompts if p.startswith("Um wie viel Uhr")], prompts
