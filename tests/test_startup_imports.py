"""Start-up pays only for what a game needs: the modules each front end imports, checked in a
fresh Python that really plays (issue 12: plain < 0.3 s, UI < 0.6 s to the first question).

A module that slips onto these paths costs tens of milliseconds at every start (aiohttp alone
about 130 ms), which the benchmark would show only as a slower figure on a noisy machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BANK = Path(__file__).resolve().parents[1] / "questions" / "beispiel.yaml"

# Neither front end needs the exchange formats, the network, the room or the generator.
NEVER_IN_A_GAME = (
    "aiohttp",
    "openpyxl",
    "genanki",
    "segno",
    "HanTa",
    "numpy",
    "wordfreq",
    "quiz.exchange",
    "quiz.net",
    "quiz.room",
    "quiz.generator",
)
NOT_IN_PLAIN = ("textual", "rich", "quiz.ui")

# A plain game to its end (one question, skipped by the end of input), then the modules.
PLAIN_GAME = """
import sys
from quiz.banks import index
from quiz.cli import main
index.RACY_SLACK_NS = -(10**12)  # as if the bank had been written long ago (a warm start)
code = main(sys.argv[1:])
print("MODULES", *sorted(sys.modules), file=sys.stderr)
sys.exit(code)
"""

# The UI as `quiz play` starts it, headless, until the first question shows; then the modules.
UI_GAME = """
import asyncio, sys
from pathlib import Path
from quiz.cli import build_parser
from quiz.play.model import SessionSettings
from quiz.ui.app import make_app

build_parser(sys.argv[1:-2])  # what the command line imports before the game
folder, db = map(Path, sys.argv[-2:])

async def first_question():
    settings = SessionSettings(count=1, in_order=True, player="Test", seed=1)
    app = make_app(question_dirs=[folder], db_path=db, lang="de", settings=settings, home=False)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(50):
            await pilot.pause()
            if type(app.screen).__name__ == "QuestionScreen":
                break
        print("SCREEN", type(app.screen).__name__, file=sys.stderr)
        app.exit()

asyncio.run(first_question())
print("MODULES", *sorted(sys.modules), file=sys.stderr)
"""


def modules_after(script: str, argv: list[str], tmp_path: Path) -> tuple[set[str], str]:
    """Run ``script`` with ``argv`` (``{folder}`` and ``{db}`` filled in); its modules at the end."""
    folder = tmp_path / "questions"
    if not folder.exists():  # a second run finds the bank as the first one left it
        folder.mkdir()
        shutil.copy(BANK, folder)
    db = tmp_path / "scores.json"
    env = os.environ | {
        "QUIZ_DATA_DIR": str(tmp_path / "data"),
        "QUIZ_CACHE_DIR": str(tmp_path / "cache"),
        "QUIZ_DB": str(db),
        "QUIZ_LANG": "de",
    }
    words = [word.format(folder=folder, db=db) for word in argv]
    done = subprocess.run(
        [sys.executable, "-c", script, *words],
        input="",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    found = [line.split()[1:] for line in done.stderr.splitlines() if line.startswith("MODULES")]
    assert found, done.stderr
    return set(found[0]), done.stderr


def offenders(modules: set[str], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        name
        for name in modules
        if any(name == bad or name.startswith(bad + ".") for bad in forbidden)
    )


PLAIN_ARGV = ["play", "--plain", "--count", "1", "--in-order", "--player", "Test"]


def test_a_plain_game_imports_no_front_end_no_network_no_formats(tmp_path):
    modules, errors = modules_after(PLAIN_GAME, [*PLAIN_ARGV, "--questions", "{folder}"], tmp_path)
    assert "quiz.plain" in modules and "Frage 1 von 1" not in errors  # the game did run
    assert offenders(modules, NEVER_IN_A_GAME + NOT_IN_PLAIN) == []


def test_a_warm_plain_game_does_not_load_the_yaml_reader(tmp_path):
    argv = [*PLAIN_ARGV, "--questions", "{folder}"]
    cold, _ = modules_after(PLAIN_GAME, argv, tmp_path)  # parses the bank into the index
    assert "yaml" in cold  # the check below can fail
    warm, errors = modules_after(PLAIN_GAME, argv, tmp_path)
    assert "quiz.plain" in warm, errors
    assert offenders(warm, ("yaml", "quiz.banks.yamlread", "quiz.banks.validation")) == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_ui_game_imports_no_network_and_no_formats(tmp_path, lang):
    modules, errors = modules_after(UI_GAME, ["--lang", lang, "play", "{folder}", "{db}"], tmp_path)
    assert "SCREEN QuestionScreen" in errors
    assert "textual" in modules
    assert offenders(modules, NEVER_IN_A_GAME) == []
