"""The choices every front end shares: count, language, notices, player name, results line."""

from __future__ import annotations

import getpass

from quiz.banks.model import Bank
from quiz.i18n import set_language
from quiz.play.choices import (
    Standing,
    interface_language,
    player_name,
    question_count,
    standing,
    standing_text,
)
from quiz.preferences import Preferences
from quiz.results import Mode, QuizResult, Verdict
from quiz.scores.model import SavedScore
from tests.scores.results import outcome, result


def test_question_count_defaults_to_ten_but_a_blitz_runs_until_time_is_up():
    assert question_count(Mode.CLASSIC, None) == 10
    assert question_count(Mode.PRACTICE, None) == 10
    assert question_count(Mode.BLITZ, None) is None
    assert question_count(Mode.BLITZ, 3) == 3
    assert question_count(Mode.CLASSIC, 4) == 4


def test_interface_language_is_the_option_else_the_first_bank(monkeypatch):
    monkeypatch.delenv("QUIZ_LANG", raising=False)
    banks = [Bank(name="a", title="A", language="de", questions=())]
    assert interface_language("en", banks) == "en"
    assert interface_language(None, banks) == "de"
    assert interface_language(None, []) is None


def test_quiz_lang_overrides_the_bank_and_the_option_overrides_quiz_lang(monkeypatch):
    banks = [Bank(name="a", title="A", language="de", questions=())]
    monkeypatch.setenv("QUIZ_LANG", "en")
    assert interface_language(None, banks) == "en"
    assert interface_language("de", banks) == "de"
    monkeypatch.setenv("QUIZ_LANG", "fr")  # not a language of the catalogue: the bank's
    assert interface_language(None, banks) == "de"


def test_player_name_given_remembered_or_the_login(monkeypatch):
    monkeypatch.setattr(getpass, "getuser", lambda: "osuser")
    assert player_name(None).name == "osuser"
    assert player_name("Kim").name == "Kim"
    assert Preferences.load().player == "Kim"
    assert player_name("  ").name == "Kim"


def _result(
    *, mode: Mode = Mode.CLASSIC, abandoned: bool = False, answered: bool = True
) -> QuizResult:
    outcomes = [outcome("oz-1", Verdict.CORRECT)] if answered else []
    return result(mode=mode, abandoned=abandoned, outcomes=outcomes)


def test_standing_names_every_end_of_a_game():
    played = _result()
    assert standing(played, SavedScore(id=1, rank=3)) is Standing.RANKED
    assert standing(played, None) is Standing.NOT_SAVED
    assert standing(_result(mode=Mode.PRACTICE), SavedScore(id=1, rank=None)) is Standing.PRACTICE
    assert standing(_result(abandoned=True), None) is Standing.ABANDONED
    assert standing(_result(answered=False), None) is Standing.NOTHING_ANSWERED
    set_language("de")
    assert standing_text(played, SavedScore(id=1, rank=3)) == "Platz 3 in der Bestenliste"
