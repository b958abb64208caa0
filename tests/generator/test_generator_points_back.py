"""Questions that lean on what they do not show, by class, on invented lines: a nickname of
the answer in the prompt; a person, an event or a word that points back at sentences the
prompt leaves out."""

from __future__ import annotations

from pathlib import Path

from quiz.generator.pipeline import GeneratedBank, generate
from quiz.generator.sources import Synopsis
from tests.generator.quality import invariant_failures


def _bank(*lines: str) -> GeneratedBank:
    return generate([Synopsis(Path("kanal-staffel-1.txt"), "kanal-staffel-1.txt", lines)])[0]


def _asked(*lines: str) -> list[tuple[str, str]]:
    return [(g.question.prompt, g.question.answer) for g in _bank(*lines).questions]


NICKNAMES = (
    "Um den Schmugglern näherzukommen, trifft sich Kommissar Albert Freund mit seinem alten "
    "Informanten Bruno Haas, den im Hafenviertel alle nur „Kaffee-Bruno“ nennen.",
    "Kaffee-Bruno wird mit einer Schusswunde in einer Lagerhalle am Kanal gefunden. Albert "
    "Freund verdächtigt den Reeder Konrad Wilms.",
    "Im Pokalspiel gegen Kassel hält Torwart Mirko Stahl, den die Fans nur „die Mauer“ nennen, "
    "drei Elfmeter.",
    "Masseurin Ilka Brandt entdeckt, dass die Mauer seit Tagen mit einem gebrochenen Finger "
    "spielt. Trainer Hannes Ried stellt Mirko Stahl trotzdem auf.",
)


def test_a_nickname_given_in_a_relative_clause_is_the_same_person():
    bank = _bank(*NICKNAMES)
    asked = [(g.question.prompt, g.question.answer) for g in bank.questions]
    answers = {answer for _, answer in asked}
    assert not answers & {"Kaffee-Bruno", "die Mauer"}, asked
    assert not [p for p, a in asked if a == "Mirko Stahl" and "Mauer" in p], asked
    assert not [p for p, a in asked if a == "Bruno Haas" and "Kaffee-Bruno" in p], asked
    assert invariant_failures(bank) == []
