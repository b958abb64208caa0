"""The writer: YAML that carries any synopsis text verbatim, and the generated-file marker."""

from __future__ import annotations

import hashlib

import yaml

from quiz.banks.loader import load_bank_file
from quiz.banks.model import Question, QuestionType, Source
from quiz.generator.writer import MARKER_PREFIX, refusal, render

AWKWARD = 'Er sagt: "Nein" – #1 {a: b} [bold]x[/] \\ back\tslash ’ \u2028 Ende'


def question(**changes) -> Question:
    values = {
        "id": "x-1-a-luecke",
        "type": QuestionType.FILL_IN,
        "prompt": AWKWARD + " ____",
        "answer": "Anna Roth",
        "accept": ("Roth",),
        "tags": ("staffel-1", "folge-1"),
        "difficulty": 2,
        "explanation": AWKWARD,
        "source": Source("seeds/x.txt", 1),
    }
    values.update(changes)
    return Question(**values)


def test_any_text_survives_the_round_trip_through_yaml(tmp_path):
    text = render(
        "Titel: mit Doppelpunkt",
        "de",
        "seeds/x.txt",
        [
            question(),
            question(
                id="x-1-b-wahl",
                type=QuestionType.MULTIPLE_CHOICE,
                accept=(),
                choices=("Anna Roth", "Ben Ott", "Cem Aydın", "Dora Lind"),
            ),
        ],
    )
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    bank, problems = load_bank_file(path)
    assert problems == []
    assert bank is not None and bank.title == "Titel: mit Doppelpunkt"
    first, second = bank.questions
    assert first.prompt == AWKWARD + " ____" and first.explanation == AWKWARD
    assert first.accept == ("Roth",) and first.source == Source("seeds/x.txt", 1)
    assert second.choices == ("Anna Roth", "Ben Ott", "Cem Aydın", "Dora Lind")
    assert yaml.safe_load(text)["questions"][0]["tags"] == ["staffel-1", "folge-1"]


def test_the_marker_carries_the_checksum_of_the_body(tmp_path):
    text = render("T", "de", "seeds/x.txt", [question()])
    lines = text.split("\n", 2)
    assert lines[1].startswith(MARKER_PREFIX + "seeds/x.txt — sha256:")
    assert lines[1].endswith(hashlib.sha256(lines[2].encode()).hexdigest())
    path = tmp_path / "x.yaml"
    assert refusal(path, "x.yaml") is None  # nothing there yet
    path.write_text(text, encoding="utf-8")
    assert refusal(path, "x.yaml") is None  # ours, unchanged
    path.write_text(text + "# a comment added by hand\n", encoding="utf-8")
    assert "by hand" in refusal(path, "x.yaml")
    path.write_bytes(b"\xff\xfe not text")
    assert "not written by quiz generate" in refusal(path, "x.yaml")
