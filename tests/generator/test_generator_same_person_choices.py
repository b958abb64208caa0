"""One person is never offered twice, once in full and once by a shorter form (round 12:
a title the finder did not know, "Jarl", opened both); all on invented lines."""

from __future__ import annotations

from quiz.generator.candidates import PERSON
from quiz.generator.distractors import distractors
from quiz.generator.forms import GAP
from quiz.generator.persons import Person
from tests.generator.test_generator_gender import series

SAGA = (
    "Jarl Ole Ragnarsson aus Bergen fordert von Knut Berg die Hälfte. Am Fjord wartet Knut Berg. "
    "Sven Lund fischt im Hafen. Arne Dahl singt am Feuer. Lars Holm betet in der Kapelle. "
    "Später lacht Jarl Ole über den Sturm. Knut Berg streitet mit Jarl Ole."
)


def test_a_shorter_form_that_opens_one_known_full_name_is_that_person():
    who, *_ = series(SAGA)
    names = {person.canonical for person in who.persons if person.mentions}
    assert "Jarl Ole Ragnarsson" in names and "Jarl Ole" not in names, names


def test_no_two_choices_are_one_name_inside_another():
    _who, finder, pools, sentences = series(SAGA, "Am Abend verrät Knut Berg den Hafen.")
    # Even when the finder keeps them apart, the choices never hold both.
    pools.persons += [Person(("Jarl", "Ole")), Person(("Jarl", "Ole", "Ragnarsson"))]
    candidate = next(
        c for c in finder.find(sentences[-1]) if c.kind == PERSON and c.answer == "Knut Berg"
    )
    prompt = sentences[-1].text.replace("Knut Berg", GAP)
    for key in (f"key-{n}" for n in range(30)):
        wrong = distractors(candidate, prompt, pools, key) or []
        assert not {"Jarl Ole", "Jarl Ole Ragnarsson"} <= set(wrong), wrong


CLAN = (
    "Knut Berg segelt nach Norden. Sein Bruder Sven Berg bleibt am Fjord. Arne Dahl singt. "
    "Lars Holm betet. Olav Lund fischt. Erik Moen rudert."
)


def test_a_person_the_prompt_calls_another_is_no_choice():
    # The prompt says the answer finds his dying brother: the brother cannot be the answer.
    _who, finder, pools, sentences = series(
        CLAN, "Knut Berg kehrt zurück und findet seinen sterbenden Bruder, dem er hilft."
    )
    candidate = next(
        c for c in finder.find(sentences[-1]) if c.kind == PERSON and c.answer == "Knut Berg"
    )
    prompt = sentences[-1].text.replace("Knut Berg", GAP)
    for key in (f"key-{n}" for n in range(20)):
        wrong = distractors(candidate, prompt, pools, key)
        assert wrong is not None and "Sven Berg" not in wrong, wrong
