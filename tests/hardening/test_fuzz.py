"""Issue 13's fuzzing, bounded so that the suite stays fast: a few dozen cases per target.

The same targets and strategies run for thousands of cases in ``bench/fuzz.py`` (figures in
the README's reliability part). ``derandomize``: every run tries the same cases, so the
suite passes or fails alike on every machine; QUIZ_FUZZ_CASES=N tries N random ones.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.banks.loader import load_banks
from quiz.play.matching import AnswerChecker

from . import fuzz_targets as fuzz

CASES = int(os.environ.get("QUIZ_FUZZ_CASES", "0"))


def bounded(examples: int):
    return settings(
        max_examples=CASES or examples,
        derandomize=not CASES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


@pytest.fixture(scope="module")
def questions_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz") / "questions"
    folder.mkdir()
    (folder / "fuzz.yaml").write_text(fuzz.SEED_BANK, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def ui_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz-ui") / "questions"
    folder.mkdir()
    (folder / "ui.yaml").write_text(fuzz.ui_bank(8), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def checker_and_questions(questions_dir):
    questions = [q for bank in load_banks([questions_dir]).banks for q in bank.questions]
    return AnswerChecker(questions), questions


@bounded(40)
@given(data=fuzz.mutated_banks(), answers=st.lists(fuzz.ANSWERS, max_size=4))
def test_mutated_banks_through_validate_and_plain_play(data, answers):
    assert fuzz.bank_target(data, answers) == []


@bounded(60)
@given(answer=fuzz.ANSWERS)
def test_random_answers_through_the_checker(checker_and_questions, answer):
    checker, questions = checker_and_questions
    assert fuzz.answer_target(answer, checker, questions) == []


@bounded(40)
@given(data=fuzz.PLAIN_INPUT)
def test_random_bytes_through_plain_mode(questions_dir, data):
    assert fuzz.plain_target(data, questions_dir) == []


@bounded(4)  # each case starts the app: the long run tries thousands
@given(answers=st.lists(fuzz.ANSWERS, min_size=1, max_size=8))
def test_random_answers_through_the_textual_ui(ui_dir, answers):
    assert asyncio.run(fuzz.ui_target(answers, ui_dir)) == []


@bounded(40)
@given(data=fuzz.mutated_score_files())
def test_mutated_score_files_through_scores_and_a_save(data):
    assert fuzz.scores_target(data) == []


@bounded(15)
@given(text=fuzz.hostile_synopses())
def test_hostile_synopses_through_the_generator(text):
    assert fuzz.synopsis_target(text) == []
