"""The JSON Schema shipped for editors, and the banks shipped in questions/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from quiz import locations
from quiz.banks import format as bank_format
from quiz.banks.loader import load_bank_file, load_banks

REPO = Path(__file__).resolve().parents[2]
BUNDLED = sorted((REPO / "questions").glob("*.yaml"))


def schema() -> dict:
    return json.loads(bank_format.SCHEMA_PATH.read_text(encoding="utf-8"))


def test_the_schema_is_draft_2020_12_and_inside_the_package():
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert bank_format.SCHEMA_PATH.parent == locations.PACKAGE_DIR / "banks"


def test_the_schema_knows_the_same_fields_as_the_validator():
    described = schema()
    assert set(described["properties"]) == set(bank_format.BANK_FIELDS)
    assert set(described["required"]) == set(bank_format.REQUIRED_BANK_FIELDS)
    question = described["$defs"]["question"]
    assert tuple(question["properties"]) == bank_format.QUESTION_FIELDS
    assert tuple(question["properties"]["source"]["properties"]) == bank_format.SOURCE_FIELDS


def test_the_schema_comment_points_from_questions_to_the_schema():
    comment = bank_format.SCHEMA_COMMENT
    assert comment.startswith("# yaml-language-server: $schema=")
    relative = comment.split("$schema=", 1)[1]
    assert (REPO / "questions" / relative).resolve() == bank_format.SCHEMA_PATH


def test_there_are_bundled_banks():
    assert REPO / "questions" / "beispiel.yaml" in BUNDLED


@pytest.mark.parametrize("path", BUNDLED, ids=lambda path: path.stem)
def test_every_bundled_bank_starts_with_the_schema_comment(path):
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == bank_format.SCHEMA_COMMENT


@pytest.mark.parametrize("path", BUNDLED, ids=lambda path: path.stem)
def test_every_bundled_bank_passes_our_validator(path):
    bank, problems = load_bank_file(path)
    assert [str(p) for p in problems] == []
    assert bank is not None and bank.questions


def test_the_bundled_banks_load_together_without_clashing_ids():
    report = load_banks([REPO / "questions"])
    assert [str(p) for p in report.problems] == []
    assert [bank.name for bank in report.banks] == sorted(path.stem for path in BUNDLED)


@pytest.mark.parametrize("path", BUNDLED, ids=lambda path: path.stem)
def test_every_bundled_bank_passes_the_json_schema(path):
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(schema())
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [error.message for error in validator.iter_errors(data)] == []


def test_the_json_schema_itself_is_valid():
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema())


def test_true_false_and_tolerance_follow_the_schema_as_the_validator_does():
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(schema())

    def errors(question: str) -> list[str]:
        data = yaml.safe_load(f"title: T\nlanguage: de\nquestions:\n  - {question}\n")
        return [error.message for error in validator.iter_errors(data)]

    assert errors("{id: a, prompt: P, answer: true}") == []
    assert errors("{id: a, type: true_false, prompt: P, answer: false}") == []
    assert errors("{id: a, prompt: P, answer: 15, tolerance: 2}") == []
    assert errors('{id: a, type: true_false, prompt: P, answer: "wahr"}')
    assert errors("{id: a, type: fill_in, prompt: P, answer: true}")
    assert errors("{id: a, prompt: P, answer: 15, tolerance: -1}")
