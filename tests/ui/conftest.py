"""Fixtures for the UI tests: a folder of known banks, a score file, a fake clock."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from quiz.play.clock import FakeClock
from quiz.play.model import SessionSettings
from quiz.ui.app import QuizApp, make_app

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def bank_dir(tmp_path: Path) -> Path:
    """A questions folder holding only the well-formed test bank."""
    folder = tmp_path / "questions"
    folder.mkdir()
    shutil.copy(FIXTURES / "quiz-test.yaml", folder)
    return folder


@pytest.fixture
def add_bank(bank_dir: Path) -> Callable[[str], Path]:
    def add(name: str) -> Path:
        return Path(shutil.copy(FIXTURES / f"{name}.yaml", bank_dir))

    return add


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "scores.json"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def build_app(bank_dir: Path, db: Path, clock: FakeClock) -> Callable[..., QuizApp]:
    """The app as `quiz play` builds it, on the test folders, the fake clock and German."""

    def build(
        *,
        home: bool = False,
        banks: tuple[str, ...] = ("quiz-test",),
        lang: str | None = "de",
        **settings,
    ) -> QuizApp:
        chosen = SessionSettings(**{"seed": 1, "in_order": True, "player": "Tester", **settings})
        return make_app(
            question_dirs=[bank_dir],
            db_path=db,
            clock=clock,
            lang=lang,
            settings=chosen,
            banks=banks,
            home=home,
        )

    return build
