"""Every planted mistake in tests/fixtures/broken_banks is reported on its line, with its id.

The fixtures mark each mistake where it must be reported:
``# expect: <message key> [<question id>]``; several on one line are separated by ``;``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quiz.banks.loader import load_bank_file
from quiz.banks.model import Problem
from quiz.cli import main
from quiz.i18n import catalogue

BROKEN = Path(__file__).resolve().parents[1] / "fixtures" / "broken_banks"
EXPECT = re.compile(r"#\s*expect:\s*(.+)$")
ENTRY = re.compile(r"(banks\.[\w.]+)(?:\s*\[(.+)\])?")


def expectations(path: Path) -> set[tuple[int, str, str | None]]:
    expected = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        marker = EXPECT.search(line)
        if marker:
            for entry in marker.group(1).split(";"):
                key, qid = ENTRY.fullmatch(entry.strip()).groups()
                expected.add((number, key, qid))
    return expected


def message_key(message: str) -> str:
    """The catalogue key whose English template produced ``message``."""
    matches = [
        key
        for key, texts in catalogue().items()
        if key.startswith("banks.") and _template_pattern(texts["en"]).fullmatch(message)
    ]
    assert len(matches) == 1, (message, matches)
    return matches[0]


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{\w+\}", template)
    return re.compile("(.+?)".join(map(re.escape, parts)), re.DOTALL)


def reported(problems: list[Problem]) -> set[tuple[int, str, str | None]]:
    return {(p.line, message_key(p.message), p.question_id) for p in problems}


BROKEN_FILES = sorted(BROKEN.glob("*.yaml"))


def test_there_are_broken_banks_to_check():
    assert len(BROKEN_FILES) >= 12
    assert all(expectations(path) for path in BROKEN_FILES)


@pytest.mark.parametrize("path", BROKEN_FILES, ids=lambda path: path.stem)
def test_each_planted_mistake_is_reported_on_its_line_with_its_id(path):
    bank, problems = load_bank_file(path)
    assert reported(problems) == expectations(path)
    assert all(p.file == str(path) for p in problems)
    if any(p.severity == "error" for p in problems):
        assert bank is None


@pytest.mark.parametrize("path", BROKEN_FILES, ids=lambda path: path.stem)
def test_every_message_says_what_to_do_in_german_too(path):
    from quiz.i18n import set_language

    set_language("en")
    _, in_english = load_bank_file(path)
    set_language("de")
    _, problems = load_bank_file(path)
    assert problems
    for problem, english in zip(problems, in_english, strict=True):
        assert problem.message
        assert "Traceback" not in problem.message
        assert problem.message != english.message  # really translated, not the English text


def test_quiz_validate_reports_every_planted_mistake_with_file_and_line(capsys):
    assert main(["validate", str(BROKEN)]) == 1
    output = capsys.readouterr().out
    for path in BROKEN_FILES:
        for line, _, qid in expectations(path):
            place = f"{path}:{line}:"
            assert place in output, place
            if qid:
                assert any(
                    row.startswith(place) and f"[{qid}]" in row for row in output.splitlines()
                ), (place, qid)
