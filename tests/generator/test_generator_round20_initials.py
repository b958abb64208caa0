"""Round 20's blind reading: "drei Tage vor John F. Kennedys Besuch" was cut into two sentences
after "F." (the splitter sees no tags), and a question asked the stump. Once tagged, a name,
an initial and one name after it make one sentence; "Vitamin C. Dann ..." stays two."""

from __future__ import annotations

from pathlib import Path

from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis


def prompts(*lines: str) -> list[str]:
    synopsis = Synopsis(Path("bonn-staffel-1.txt"), "bonn-staffel-1.txt", lines)
    return [g.question.prompt for g in generate([synopsis])[0].questions]


def test_a_middle_initial_keeps_its_sentence_whole():
    asked = prompts(
        "Drei Tage vor John F. Kennedys Besuch verhaftet Kommissar Paul Roth den Diplomaten"
        " Udo Kern in Bonn.",
        "Kommissar Paul Roth verhört Udo Kern im Keller des Präsidiums.",
    )
    line_one = [p for p in asked if "Diplomaten" in p or "verhaftet" in p]
    assert line_one, asked
    assert all("John F. Kennedys" in p for p in line_one), line_one
    assert not [p for p in asked if p.rstrip().endswith("John F.")], asked


def test_a_letter_after_a_noun_still_ends_its_sentence():
    asked = prompts(
        "Ärztin Lisa Marx verordnet Udo Kern Vitamin C. Dann fährt Lisa Marx nach Bonn.",
        "Kommissar Paul Roth verhört Udo Kern im Keller des Präsidiums.",
    )
    assert not [p for p in asked if "Vitamin C. Dann" in p], asked
    assert [p for p in asked if p.startswith(("Wohin fährt", "Dann fährt", "Wer fährt"))], asked
