"""Remembered player name and banks: kept across runs, never an error when damaged."""

from __future__ import annotations

import json
import os

import pytest

from quiz.errors import QuizError
from quiz.locations import settings_path
from quiz.preferences import Preferences


def test_defaults_without_a_file():
    assert Preferences.load() == Preferences(player="", banks=())


def test_saved_choices_come_back_from_the_data_folder():
    Preferences(player="Jürgen", banks=("oz-staffel-1", "beispiel")).save()
    assert settings_path().is_relative_to(os.environ["QUIZ_DATA_DIR"])
    assert json.loads(settings_path().read_text(encoding="utf-8")) == {
        "player": "Jürgen",
        "banks": ["oz-staffel-1", "beispiel"],
    }
    assert Preferences.load() == Preferences(player="Jürgen", banks=("oz-staffel-1", "beispiel"))


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe", b"[]", b'"Ada"'])
def test_a_damaged_file_means_defaults(content):
    settings_path().parent.mkdir(parents=True)
    settings_path().write_bytes(content)
    assert Preferences.load() == Preferences()


def test_fields_of_the_wrong_kind_fall_back_one_by_one():
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text('{"player": 7, "banks": ["oz"]}')
    assert Preferences.load() == Preferences(player="", banks=("oz",))
    settings_path().write_text('{"player": "Ada", "banks": "oz"}')
    assert Preferences.load() == Preferences(player="Ada", banks=())


def test_an_explicit_path_is_used(tmp_path):
    target = tmp_path / "elsewhere.json"
    Preferences(player="Ada").save(target)
    assert Preferences.load(target).player == "Ada"
    assert not settings_path().exists()


def test_an_unwritable_place_is_a_clear_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(QuizError, match="a-file") as caught:
        Preferences(player="Ada").save(blocker / "settings.json")
    assert "QUIZ_DATA_DIR" in str(caught.value)
    assert os.path.isfile(blocker)


def test_a_name_that_is_not_valid_unicode_is_kept_with_a_replacement_character():
    Preferences(player="Spieler\udcff", banks=("oz",)).save()
    assert Preferences.load() == Preferences(player="Spieler\ufffd", banks=("oz",))
