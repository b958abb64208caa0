"""Shared by the exchange tests: run the quiz command, load what it wrote, compare questions."""

from __future__ import annotations

from pathlib import Path

from quiz.banks.loader import load_bank_file
from quiz.banks.model import Bank, Question
from quiz.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "exchange"
QUESTIONS = Path(__file__).resolve().parents[2] / "questions"
OZ_BANKS = ("oz-staffel-1", "oz-staffel-2")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def loaded(path: Path) -> Bank:
    bank, problems = load_bank_file(path)
    assert bank is not None, problems
    assert [p for p in problems if p.severity.value == "error"] == []
    return bank


def essence(question: Question) -> tuple:
    """What a format must carry: everything a player meets."""
    return (
        question.id,
        question.type,
        question.prompt,
        question.answer,
        question.accept,
        tuple(sorted(question.choices)),
        question.tolerance,
        question.explanation,
    )
