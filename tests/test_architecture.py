"""The folder layout is the architecture: these tests keep the dependencies pointing one way."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "quiz"

# What each part may not import: the domain knows no front end, and the parts below the
# game (banks, scores, generator, text) do not reach up into the game.
FORBIDDEN = {
    "banks": ("quiz.play", "quiz.room", "quiz.net", "quiz.ui", "quiz.cli", "quiz.plain", "textual"),
    "scores": (
        "quiz.play",
        "quiz.room",
        "quiz.net",
        "quiz.ui",
        "quiz.cli",
        "quiz.plain",
        "textual",
    ),
    "generator": (
        "quiz.play",
        "quiz.room",
        "quiz.net",
        "quiz.ui",
        "quiz.cli",
        "quiz.plain",
        "textual",
    ),
    "text": ("quiz.banks", "quiz.play", "quiz.scores", "quiz.generator", "quiz.ui", "textual"),
    "play": ("quiz.ui", "quiz.cli", "quiz.plain", "quiz.room", "quiz.net", "textual"),
    # The room is domain: no screen and no network (quiz.net carries it to players).
    "room": (
        "quiz.ui",
        "quiz.cli",
        "quiz.plain",
        "quiz.net",
        "textual",
        "aiohttp",
        "asyncio",
        "socket",
    ),
    # The network layer carries the room; it draws nothing.
    "net": ("quiz.ui", "quiz.cli", "quiz.plain", "textual"),
    # import and export: text and bytes in and out; the CLI reads and writes the files
    "exchange": (
        "quiz.play",
        "quiz.ui",
        "quiz.cli",
        "quiz.plain",
        "textual",
        "socket",
        "urllib.request",
        "http",
    ),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_a_part_imports_nothing_it_must_not(part):
    offenders = []
    for path in sorted((PACKAGE / part).rglob("*.py")):
        for module in imported_modules(path):
            if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN[part]):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert not offenders


def test_the_check_sees_a_forbidden_import(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("from quiz.play.session import QuizSession\nimport textual.app\n")
    assert imported_modules(module) == {"quiz.play.session", "textual.app"}
