"""The "Done when" of issue 9 on every question of every fixture (the seeds and each unseen
series on its own), and the form figures on the seeds.

Checked apart from the generator: sentences by the explanation (the source sentence), names
and roles by the hand annotation in tests/fixtures/persons/.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from quiz.banks.model import QuestionType
from tests.generator.quality import (
    FIXTURES,
    GAP,
    PERSONS,
    SEEDS,
    annotation,
    fold,
    generated,
    words,
)

EVERY_FIXTURE = {"seeds": tuple(SEEDS)} | {path.stem: (path,) for path in FIXTURES}
QUESTION_WORD = re.compile(
    r"(?:^|[!?] |\. )(?:\w+ )?([Ww](?:er|en|em|as|o\w*|ann|arum|essen)|[Ww]ie viele\w*)\b.*\?$"
)


@pytest.fixture(params=sorted(EVERY_FIXTURE))
def fixture_banks(request):
    return generated(EVERY_FIXTURE[request.param])


def _all(banks):
    return [g for bank in banks for g in bank.questions]


def test_no_answer_more_often_than_max_3_or_5_percent_of_its_bank(fixture_banks):
    for bank in fixture_banks:
        limit = max(3, len(bank.questions) * 5 // 100)
        counts = Counter(fold(g.question.answer) for g in bank.questions)
        assert max(counts.values()) <= limit, (bank.name, counts.most_common(3))


def test_no_more_than_three_questions_from_one_sentence(fixture_banks):
    for bank in fixture_banks:
        per_sentence = Counter(
            (g.question.source.line, g.question.explanation) for g in bank.questions
        )
        assert max(per_sentence.values()) <= 3, per_sentence.most_common(2)


def test_the_explanation_is_one_sentence_of_the_source_line(fixture_banks):
    for bank in fixture_banks:
        for g in bank.questions:
            line = bank.synopsis.lines[g.question.source.line - 1]
            assert g.question.explanation and g.question.explanation in line, g.question.id


def _roles(bank) -> set[str]:
    return {fold(role) for role in annotation(bank.name).roles}


def test_no_role_word_in_an_answer_or_a_persons_choice(fixture_banks):
    for bank in fixture_banks:
        roles = _roles(bank)
        for g in bank.questions:
            if g.kind != "person":
                continue
            for shown in (g.question.answer, *g.question.choices):
                assert not set(fold(shown).split()) & roles, (g.question.id, shown)


def _person_words(bank) -> set[str]:
    """Words of the persons annotated anywhere in the bank's series (all its seasons)."""
    series = bank.name.split("-staffel-")[0]
    stems = [path.stem for path in PERSONS.glob(f"{series}-staffel-*.yaml")]
    return {
        word
        for stem in stems
        for person in annotation(stem).persons
        for word in fold(person).split()
    }


def test_no_non_person_among_a_persons_choices(fixture_banks):
    wrong = []
    for bank in fixture_banks:
        known = _person_words(bank)
        for g in bank.questions:
            if g.kind == "person" and g.question.choices:
                wrong += [
                    (g.question.id, choice)
                    for choice in g.question.choices
                    if not set(fold(choice).split()) <= known
                ]
    assert wrong == []


def test_no_choice_shares_a_surname_with_a_name_in_the_prompt(fixture_banks):
    for bank in fixture_banks:
        for g in bank.questions:
            question = g.question
            if g.kind != "person" or not question.choices:
                continue
            prompt = words(question.prompt.replace(GAP, " "))
            for choice in question.choices:
                surname = fold(choice).split()[-1]
                assert surname not in prompt, (question.id, choice, question.prompt)


def _form_figures(banks):
    questions = _all(banks)
    fresh = [g for g in questions if GAP not in g.question.prompt]
    question_words = Counter()
    for g in fresh:
        match = QUESTION_WORD.search(g.question.prompt)
        assert match, g.question.prompt
        question_words[match.group(1).capitalize()] += 1
    chosen = [g for g in questions if g.question.type is QuestionType.MULTIPLE_CHOICE]
    return len(questions), len(fresh), question_words, Counter(g.kind for g in chosen)


def test_form_figures_on_the_seeds():
    total, fresh, question_words, chosen_kinds = _form_figures(generated(tuple(SEEDS)))
    assert fresh / total >= 0.40, (fresh, total)
    assert len(question_words) >= 6, question_words
    assert sum(chosen_kinds.values()) / total >= 0.40, chosen_kinds
    # No reason and no place since round 8: the seeds tell one deed per person, and another's
    # deed is no choice beside a cause; their one place with choices was the one the verb
    # expects ("Wo macht X große Fortschritte?" -- "im Weiterbildungskurs"). Invented series
    # show both offered (test_generator_answers_not_given_away, _choices_of_the_kind).
    assert chosen_kinds["number"]


def test_objects_get_choices_on_the_seeds():
    # From the lexicon's kinds of nouns since round 5 ("Niere" among organs): the seeds hold
    # no three relatives of one object, and nouns of the same gender alone read as nonsense.
    *_, chosen_kinds = _form_figures(generated(tuple(SEEDS)))
    assert chosen_kinds["noun"]


def test_an_object_gets_choices_from_nouns_of_the_same_slot():
    from pathlib import Path

    from quiz.generator.pipeline import generate
    from quiz.generator.sources import Synopsis

    lines = (
        "Der Wilderer Max Roth bedroht den Förster Jan Weber mit einer Axt.",
        "Die Jägerin Eva Lind verteidigt sich mit einer Harke.",
        "Der Angler Udo Kern schlägt den Dieb Ole Brink mit einer Schaufel.",
        "Die Bäuerin Anna Voss vertreibt die Diebe mit einer Mistgabel.",
        "Die Köchin Lisa Berg verjagt den Fuchs mit einer Pfanne.",
        "Der Schmied Paul Graf öffnet das Tor mit einer Zange.",
    )
    bank = generate([Synopsis(Path("wald-staffel-1.txt"), "wald-staffel-1.txt", lines)])[0]
    asked = [g.question for g in bank.questions if g.kind == "noun" and g.question.choices]
    assert asked, [g.question.prompt for g in bank.questions]
    tools = {"Axt", "Harke", "Schaufel", "Mistgabel", "Pfanne", "Zange"}
    for question in asked:
        assert question.prompt.startswith("Womit"), question.prompt
        assert set(question.choices) <= tools, question.choices


def test_every_question_that_is_no_cloze_asks_with_a_question_word(fixture_banks):
    for g in _all(fixture_banks):
        if GAP not in g.question.prompt:
            assert QUESTION_WORD.search(g.question.prompt), g.question.prompt
