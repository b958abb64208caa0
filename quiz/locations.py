"""Every path the program reads or writes, in one place.

Each has a command-line option and/or an environment variable, so that tests and
benchmarks never touch a real home folder. Defaults come from platformdirs (XDG on Linux).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "quiz"

QUESTIONS_ENV = "QUIZ_QUESTIONS"
DB_ENV = "QUIZ_DB"
DATA_DIR_ENV = "QUIZ_DATA_DIR"  # the user's data folder (scores, own banks, settings)
CACHE_DIR_ENV = "QUIZ_CACHE_DIR"  # the bank index

PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


def cache_dir() -> Path:
    override = os.environ.get(CACHE_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME))


def user_banks_dir() -> Path:
    """Where players keep their own banks when they use the installed game."""
    return data_dir() / "questions"


def bundled_banks_dir() -> Path:
    """The banks shipped with the program.

    In a wheel they are copied into the package (see pyproject.toml); in a source
    checkout (an editable install) they are the repository's ``questions/``.
    """
    inside = PACKAGE_DIR / "bundled_questions"
    return inside if inside.is_dir() else PACKAGE_DIR.parent / "questions"


def question_dirs(option: str | None = None) -> list[Path]:
    """The folders to load banks from, in the order of the rules in the README."""
    chosen = option or os.environ.get(QUESTIONS_ENV)
    if chosen:
        return [Path(chosen)]
    local = Path.cwd() / "questions"
    if local.is_dir():
        return [local]
    return [bundled_banks_dir(), user_banks_dir()]


def db_path(option: str | None = None) -> Path:
    chosen = option or os.environ.get(DB_ENV)
    return Path(chosen) if chosen else data_dir() / "scores.json"


def settings_path() -> Path:
    """Small remembered choices (last player name, last banks)."""
    return data_dir() / "settings.json"
