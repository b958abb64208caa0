"""Round 20's blind reading: question words of the wrong case or kind. "Wen holt eine Stunde
später ... eine Schachtel?" asked the subject (the time before the verb was read as the
subject), "Was ernennt X zum Kapellmeister?" a conductor, "Woher wird X exmatrikuliert?" the
town of "der Universität Rostock", "Woher näht die Bootshaut er?" an object read as the
subject and a material as a place. Invented series."""

from __future__ import annotations

from pathlib import Path

from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis


def prompts(*lines: str) -> dict[str, str]:
    synopsis = Synopsis(Path("werft-staffel-1.txt"), "werft-staffel-1.txt", lines)
    return {g.question.prompt: g.question.answer for g in generate([synopsis])[0].questions}


def test_a_time_before_the_verb_is_no_subject():
    asked = prompts(
        "Am Morgen beobachtet Kommissar Paul Roth, wie Udo Kern an einem Grab stehen bleibt.",
        "Eine Stunde später holt Kommissar Paul Roth aus der Laterne eine Schachtel mit einem"
        " Mikrofilm.",
    )
    assert not [p for p in asked if p.startswith(("Wen holt", "Was holt eine Stunde"))], asked


def test_a_conductor_is_a_person_never_a_was():
    asked = prompts(
        "Nach der Vorstellung ernennt Direktor Max Pohl den jungen Dirigenten zum Ersten"
        " Kapellmeister.",
        "Kommissar Paul Roth verhört Max Pohl in Wien.",
    )
    assert not [p for p in asked if p.startswith("Was ernennt")], asked


def test_the_town_of_a_university_is_not_asked_woher():
    asked = prompts(
        "Am Morgen beobachtet Kommissar Paul Roth, wie Udo Kern an einem Grab stehen bleibt.",
        "Zwei Tage danach verhaftet Paul Roth den Diplomaten Udo Kern in Bonn.",
        "Eva Lind wird von der Universität Rostock exmatrikuliert, nachdem man in ihrem Zimmer"
        " Zeitschriften gefunden hat.",
    )
    assert not [p for p in asked if p.startswith("Woher wird")], asked


def test_an_object_before_er_is_no_subject_and_a_stuff_no_place():
    asked = prompts(
        "Werftarbeiter Tom Lenz beschließt, mit Eva Lind nach Gedser zu paddeln. Die Bootshaut"
        " näht er heimlich aus Persenningstoff, den er von der Werft geschmuggelt hat.",
        "Am Morgen beobachtet Kommissar Paul Roth, wie Udo Kern an einem Grab stehen bleibt.",
    )
    assert not [p for p in asked if p.startswith("Woher")], asked
    assert not [p for p in asked if "die Bootshaut er" in p], asked
