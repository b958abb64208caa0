"""The quality bars of issue 3 on the seeds and on two series the generator has never seen.

The hard invariants hold for every question; the bars are counts, coverage and spans.
"""

from __future__ import annotations

from collections import Counter

import pytest

from quiz.banks.loader import load_bank_file
from quiz.banks.model import QuestionType
from quiz.generator.command import generate_banks
from tests.generator.quality import (
    FIXTURES,
    HELD_OUT_9_SYNOPSES,
    PROJECT,
    SEEDS,
    annotation,
    bad_answers,
    choice_kind_failures,
    episodes_asked,
    generated,
    invariant_failures,
    person_coverage,
    series_annotation,
)

CORPORA = {"seeds": tuple(SEEDS), "unseen": tuple(FIXTURES)}
# At least 120 questions for the 24 seed episodes: five an episode, on the unseen series too.
# At most three per sentence, each answer at most max(3, 5 %) times, and only questions that
# stand alone (a blind reading found the fourth and fifth of an episode mostly needing context).
# 3.5 until round 5, when answers anyone guesses ("die Todesstrafe", "ein Date") became the
# last resort of an episode (precision before volume): the seeds lost three of them.
# 3.25 until round 8, when another man's deed stopped being a choice beside a cause (the
# seeds' one "Warum" with choices had no others) and an answer the verb expects became a
# last resort ("Wo macht X große Fortschritte?" -- "im Weiterbildungskurs").
# 3.15 until round 10, when a context that shares nothing with its question ("Tobias Beecher
# verteidigt ihn. Der Mörder von Häftling ____ ...") and an empty body as the answer ("Was
# beruft X ins Amt?" -- "ein Gremium"), both rejected blind in round 9, stopped being asked.
QUESTIONS_PER_EPISODE = 3.1


@pytest.fixture(params=sorted(CORPORA))
def banks(request):
    return generated(CORPORA[request.param])


def test_the_corpora_are_what_the_bars_are_about():
    assert len(SEEDS) == 3 and len(FIXTURES) == 5
    for bank in generated(CORPORA["unseen"]):
        assert len(bank.synopsis.lines) >= 8


def test_every_question_keeps_the_hard_invariants(banks):
    failures = [failure for bank in banks for failure in invariant_failures(bank, banks)]
    assert failures == []


def test_enough_questions_of_both_types_from_every_episode_and_no_prompt_twice(banks):
    episodes = sum(len(bank.synopsis.lines) for bank in banks)
    assert sum(len(bank.questions) for bank in banks) >= QUESTIONS_PER_EPISODE * episodes
    for bank in banks:
        types = Counter(g.question.type for g in bank.questions)
        assert types[QuestionType.FILL_IN] and types[QuestionType.MULTIPLE_CHOICE], bank.name
        assert episodes_asked(bank) == set(range(1, len(bank.synopsis.lines) + 1)), bank.name
    prompts = [g.question.prompt for bank in banks for g in bank.questions]
    assert len(prompts) == len(set(prompts))
    ids = [g.question.id for bank in banks for g in bank.questions]
    assert len(ids) == len(set(ids))


def test_nine_in_ten_person_mentions_are_asked_about_in_their_episode(banks):
    coverages = [person_coverage(bank, annotation(bank.name)) for bank in banks]
    covered = sum(c.covered for c in coverages)
    total = sum(c.total for c in coverages)
    assert total > 0  # on the unseen series too since round 9
    assert covered / total >= 0.9, [m for c in coverages for m in c.missing]


def test_no_answer_is_a_role_word_half_a_name_or_a_genitive(banks):
    bad = [bad for bank in banks for bad in bad_answers(bank, annotation(bank.name))]
    assert bad == []  # on the unseen series too since round 7 B (a child's house name)


def test_the_written_banks_validate_clean(tmp_path, monkeypatch):
    monkeypatch.chdir(PROJECT)
    generate_banks([*SEEDS, *FIXTURES], tmp_path)
    for path in sorted(tmp_path.glob("*.yaml")):
        bank, problems = load_bank_file(path)
        assert problems == [], path
        assert bank is not None and bank.language == "de"
    assert len(list(tmp_path.glob("*.yaml"))) == 8


def test_fill_in_answers_accept_the_surname_and_the_other_number_form(banks):
    from quiz.text.numbers import LARGEST_WORD_NUMBER, parse_number

    numbers = persons = 0
    # A surname is accepted alone only when no other person of the series bears it.
    everyone = {g.person for bank in banks for g in bank.questions if g.person}
    everyone |= {person for bank in banks for person in annotation(bank.name).persons}
    for bank in banks:
        for g in bank.questions:
            question = g.question
            if question.type is not QuestionType.FILL_IN:
                continue
            if g.kind == "number":
                numbers += 1
                value = parse_number(question.answer)
                assert value is not None
                if not question.accept:
                    # "50.000" has no German number word to accept: digits only.
                    assert value > LARGEST_WORD_NUMBER, question.id
                    continue
                assert [parse_number(form) for form in question.accept] == [value]
                assert question.accept[0] != question.answer
            if g.kind == "person" and " " in question.answer:
                surname = question.answer.split()[-1]
                shared = [person for person in everyone if person.split()[-1] == surname]
                assert (surname in question.accept) == (len(shared) == 1), question.id
                persons += 1
    assert numbers and persons


def test_every_choice_is_of_the_answers_kind(banks):
    # Round 9: a town and a noun among persons ("Nordersiel" beside Ole, Luis, Jonte), a person
    # twice, once with a role word ("Bäcker Hauke Jansen" beside "Hauke Jansen").
    notes = series_annotation(banks)
    assert [failure for bank in banks for failure in choice_kind_failures(bank, notes)] == []


def test_the_hard_invariants_hold_on_the_series_of_round_9():
    # Three series of round 9's blind reading, tuning data since: their banks keep every hard
    # invariant, and every choice is of its answer's kind.
    banks = generated(tuple(HELD_OUT_9_SYNOPSES))
    assert len(banks) == 3
    failures = [failure for bank in banks for failure in invariant_failures(bank, banks)]
    failures += [
        failure
        for bank in banks
        for failure in choice_kind_failures(bank, series_annotation((bank,)))
    ]
    assert failures == []
