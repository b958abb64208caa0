"""Every test runs with its own data and cache folders: nothing touches a real home."""

from __future__ import annotations

import time

import pytest

from quiz.i18n import set_language


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("QUIZ_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("QUIZ_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("HOME", str(home))
    for variable in ("QUIZ_DB", "QUIZ_QUESTIONS", "QUIZ_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    set_language(None)
    yield home
    set_language(None)


@pytest.fixture
def utc(monkeypatch):
    """Local time pinned to UTC: dates shown in local time are then known in advance."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
