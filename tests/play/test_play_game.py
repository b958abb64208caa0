"""open_session / finish against the real loader and score store."""

from pathlib import Path

import pytest

from quiz.banks.loader import load_banks
from quiz.banks.model import Bank, Question, QuestionType, Source
from quiz.errors import QuizError
from quiz.i18n import set_language
from quiz.play.clock import FakeClock
from quiz.play.game import available_banks, default_banks, finish, open_session
from quiz.play.model import SessionSettings
from quiz.results import Mode, Verdict


def play_all(session, answers):
    while (asked := session.next_question()) is not None:
        session.answer(answers.get(asked.question.id, ""))
    return session.result()


def test_only_the_named_banks_are_loaded(banks_dir, store):
    session, report = open_session([banks_dir], ["space"], SessionSettings(), store, FakeClock())
    assert [bank.name for bank in report.banks] == ["space"]
    assert report.problems == []  # the broken bank was not even read
    assert session.banks == ("space",)
    assert session.planned == 2


def test_all_banks_when_none_named_and_the_broken_one_reported(banks_dir, store):
    session, report = open_session([banks_dir], [], SessionSettings(count=None), store, FakeClock())
    assert session.banks == ("kino", "space")
    assert session.planned == 5
    assert len(report.errors) == 1 and "broken.yaml:2" in str(report.errors[0])


GENERATED = """\
title: Aus Notizen
language: de
questions:
  - id: notizen-1
    prompt: "Wer kommt in Folge 1 ins Gefängnis?"
    answer: Beecher
    source: {file: seeds/notizen.txt, line: 1}
  - id: notizen-2
    prompt: "Wie viele Jahre sitzt er?"
    answer: "15"
    source: {file: seeds/notizen.txt, line: 2}
"""
REPO_QUESTIONS = Path(__file__).resolve().parents[2] / "questions"


def bank(name: str, language: str = "de", *, sources: tuple[bool, ...] = (True,)) -> Bank:
    questions = tuple(
        Question(
            id=f"{name}-{n}",
            type=QuestionType.FILL_IN,
            prompt="p",
            answer="a",
            source=Source("seeds/s.txt", n + 1) if sourced else None,
        )
        for n, sourced in enumerate(sources)
    )
    return Bank(name=name, title=name, language=language, questions=questions)


def names(banks: list[Bank]) -> list[str]:
    return [bank.name for bank in banks]


def test_by_default_the_generated_banks_are_played_not_the_example():
    example = bank("beispiel", sources=(False, True, False))  # one question shows `source`
    banks = [example, bank("oz-1"), bank("oz-2")]
    assert names(default_banks(banks)) == ["oz-1", "oz-2"]


def test_the_default_narrows_to_the_language_asked_for_when_it_has_generated_banks():
    banks = [bank("de-1"), bank("en-1", "en"), bank("hand-en", "en", sources=(False,))]
    assert names(default_banks(banks, "en")) == ["en-1"]
    assert names(default_banks(banks, "fr")) == ["de-1", "en-1"]  # none in French: all generated
    assert names(default_banks(banks, None)) == ["de-1", "en-1"]


def test_without_generated_banks_every_bank_is_the_default():
    banks = [bank("mine", sources=(False,)), bank("yours", "en", sources=(False, False))]
    assert names(default_banks(banks, "en")) == ["mine", "yours"]
    assert default_banks([]) == []


def test_the_shipped_banks_default_to_the_generated_seasons():
    report = load_banks([REPO_QUESTIONS])
    assert "beispiel" in names(report.banks)
    assert names(default_banks(report.banks)) == ["oz-staffel-1", "oz-staffel-2", "oz-staffel-3"]


def test_quiz_play_without_bank_plays_the_default_banks(banks_dir, store):
    (banks_dir / "notizen.yaml").write_text(GENERATED, encoding="utf-8")
    session, report = open_session([banks_dir], [], SessionSettings(count=None), store, FakeClock())
    assert session.banks == ("notizen",)
    assert names(report.banks) == ["notizen"]
    assert len(report.errors) == 1  # the broken bank is still reported


def test_an_unknown_bank_names_the_available_ones(banks_dir, store):
    set_language("en")
    with pytest.raises(QuizError) as caught:
        open_session([banks_dir], ["kino", "nope"], SessionSettings(), store, FakeClock())
    assert str(caught.value) == "unknown bank: nope. Available: broken, kino, space"
    assert available_banks([banks_dir]) == ["broken", "kino", "space"]


def test_an_empty_folder_says_where_banks_go(tmp_path, store):
    set_language("de")
    with pytest.raises(QuizError, match="keine Fragenkataloge"):
        open_session([tmp_path / "none"], ["x"], SessionSettings(), store, FakeClock())


def test_a_bank_that_failed_to_load_is_named_with_its_line(banks_dir, store):
    with pytest.raises(QuizError, match=r"broken\.yaml:2"):
        open_session([banks_dir], ["broken"], SessionSettings(), store, FakeClock())


def test_filters_that_keep_nothing_are_refused(banks_dir, store):
    set_language("en")
    with pytest.raises(QuizError, match="no question matches"):
        open_session([banks_dir], ["kino"], SessionSettings(tags=("nowhere",)), store, FakeClock())


def test_a_finished_game_is_saved_and_ranked(banks_dir, store):
    settings = SessionSettings(in_order=True, player="Ana")
    session, _ = open_session([banks_dir], ["kino"], settings, store, FakeClock())
    result = play_all(
        session, {"kino-library": "Bibliothek", "kino-colour": "Rot", "kino-years": "14"}
    )
    saved = finish(result, store)
    assert saved is not None and saved.rank == 1
    [entry] = store.top()
    assert (entry.player, entry.score, entry.correct, entry.total, entry.banks) == (
        "Ana",
        2100,
        2,
        3,
        ("kino",),
    )


def test_an_abandoned_or_empty_game_is_not_saved(banks_dir, store):
    session, _ = open_session(
        [banks_dir], ["kino"], SessionSettings(player="Ana"), store, FakeClock()
    )
    session.next_question()
    session.answer("Bibliothek")
    assert finish(session.abandon(), store) is None
    untouched, _ = open_session(
        [banks_dir], ["kino"], SessionSettings(player="Ana"), store, FakeClock()
    )
    untouched.next_question()
    assert finish(untouched.stop(), store) is None
    assert store.top() == []


def test_practice_is_saved_unranked_and_asks_earlier_misses_first(banks_dir, store):
    first, _ = open_session(
        [banks_dir], ["kino"], SessionSettings(in_order=True, player="Ana"), store, FakeClock()
    )
    play_all(first, {"kino-library": "Bibliothek", "kino-colour": "Rot"})  # misses kino-years
    finish(first.result(), store)
    practice = SessionSettings(mode=Mode.PRACTICE, seed=5, player="Ana")
    session, _ = open_session([banks_dir], ["kino"], practice, store, FakeClock())
    assert session.next_question().question.id == "kino-years"
    outcome = session.answer("fünfzehn")
    assert outcome.verdict is Verdict.CORRECT
    saved = finish(session.stop(), store)
    assert saved is not None and saved.rank is None
    assert [entry.mode for entry in store.top()] == ["classic"]
    assert "kino-years" not in store.missed_question_ids("Ana")
