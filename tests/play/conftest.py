"""Small banks written into a temporary folder, and a store beside them."""

from __future__ import annotations

import pytest

from quiz.scores.store import ScoreStore

CINEMA = """\
title: Kino
language: de
questions:
  - id: kino-library
    prompt: "Wo arbeitet die Heldin?"
    answer: Bibliothek
    tags: [staffel-1, folge-3]
    explanation: "Sie liebt Bücher."
  - id: kino-colour
    prompt: "Welche Farbe hat der Mantel?"
    answer: Rot
    choices: [Rot, Grün, Blau]
  - id: kino-years
    prompt: "Wie viele Jahre sitzt er?"
    answer: "15"
    accept: [fünfzehn]
"""

SPACE = """\
title: Space
language: en
questions:
  - id: space-moon
    prompt: "What orbits the earth?"
    answer: Moon
  - id: space-markup
    prompt: "[bold]Loud[/] \\e[31mred\\e[0m {braces} and {0}?"
    answer: "[b]"
"""

BROKEN = "title: [unclosed\n"


@pytest.fixture
def banks_dir(tmp_path):
    folder = tmp_path / "questions"
    folder.mkdir()
    (folder / "kino.yaml").write_text(CINEMA, encoding="utf-8")
    (folder / "space.yaml").write_text(SPACE, encoding="utf-8")
    (folder / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path):
    opened = ScoreStore(tmp_path / "scores.json")
    yield opened
    opened.close()
