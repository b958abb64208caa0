"""Issue 13: a bank that holds each kind of question the hostile run aimed at."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.scores.store import ScoreStore

LONG_NUMBER = "7" * 5000

BANK = f"""\
title: Härtetest
language: de
questions:
  - id: h-paris
    type: fill_in
    prompt: "Die Hauptstadt von Frankreich heißt ____."
    answer: Paris
  - id: h-planet
    prompt: "Welcher Planet hat die auffälligsten Ringe?"
    answer: Saturn
    choices: [Mars, Saturn, Venus, Merkur]
  - id: h-beine
    type: fill_in
    prompt: "Wie viele Beine hat eine Spinne?"
    answer: "8"
  - id: h-lang
    type: fill_in
    prompt: "Welche Zahl steht hier?"
    answer: "{LONG_NUMBER}"
"""


@pytest.fixture
def banks_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "questions"
    folder.mkdir()
    (folder / "hart.yaml").write_text(BANK, encoding="utf-8")
    return folder


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "scores.json"


@pytest.fixture
def store(db: Path):
    opened = ScoreStore(db)
    yield opened
    opened.close()
