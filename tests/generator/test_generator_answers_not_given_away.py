"""Round 8 of the blind reading: answers and choices that give themselves away, by class.

Invented series only (never the fixtures a reader judges), one failure class per test.
"""

from __future__ import annotations

from pathlib import Path

from quiz.generator.pipeline import GeneratedQuestion, generate
from quiz.generator.sources import Synopsis


def questions(*lines: str, name: str = "muehle-staffel-1.txt") -> list[GeneratedQuestion]:
    return generate([Synopsis(Path(name), name, lines)])[0].questions


def asked(*lines: str) -> dict[str, str]:
    return {g.question.prompt: g.question.answer for g in questions(*lines)}


def test_a_parent_question_needs_the_only_parent_the_series_names():
    mother_only = asked(
        "Müllerin Greta Sellner backt Brot für das Dorf. Ihr Sohn Jakob hütet die Ziegen.",
        "Der Schmied Anton Kübler repariert das Mühlrad.",
    )
    assert mother_only.get("Wessen Sohn ist Jakob?") == "Greta Sellner", mother_only
    both = asked(
        "Müllerin Greta Sellner backt Brot für das Dorf. Ihr Sohn Jakob hütet die Ziegen.",
        "Müller Ernst Sellner repariert das Mühlrad.",
    )
    assert "Wessen Sohn ist Jakob?" not in both, both
    by_relation = asked(
        "Müllerin Greta Sellner backt Brot für das Dorf. Ihr Sohn Jakob hütet die Ziegen.",
        "Jakobs Vater Anton Kübler repariert das Mühlrad.",
    )
    assert "Wessen Sohn ist Jakob?" not in by_relation, by_relation
