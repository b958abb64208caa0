"""Question forms on invented synopses: "Wer ...?", context for pronouns, clause ends,
numbers with their other form, distractors from the same circle."""

from __future__ import annotations

from pathlib import Path

from quiz.banks.model import QuestionType
from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis

LINES = (
    "Wärter Jan Brandt verhaftet den Häftling Otto Krämer. Wärter Lutz Engel hilft ihm dabei. "
    "Wärter Kai Sommer und Wärter Tom Hagen schauen zu.",
    "Häftling Max Roth findet heraus, dass er krank ist. Der Häftling Leon Wolf stach ihn mit einer Injektionsnadel.",
    "Direktor Paul Graf bekommt schwere Magenprobleme und Häftling Emil Vogt erleidet einen Herzanfall.",
    "Häftling Ben Adler sitzt für 15 Jahre. Häftling Tim Berg sitzt zwölf Monate in Einzelhaft.",
)


def questions():
    bank = generate([Synopsis(Path("wache-staffel-1.txt"), "wache-staffel-1.txt", LINES)])[0]
    return {g.question.prompt: g for g in bank.questions}


def find(prompts, *parts: str):
    found = [g for prompt, g in prompts.items() if all(part in prompt for part in parts)]
    assert len(found) == 1, (parts, list(prompts))
    return found[0].question


def test_a_person_opening_a_main_clause_gets_a_who_question():
    question = find(questions(), "Wer verhaftet den Häftling Otto Krämer?")
    assert question.answer == "Jan Brandt"
    assert question.prompt == "Wer verhaftet den Häftling Otto Krämer?"
    assert question.explanation.startswith("Wärter Jan Brandt verhaftet")


def test_an_object_pronoun_brings_the_sentence_before_as_context():
    question = find(questions(), "Wer stach ihn")
    assert question.prompt == (
        "Häftling Max Roth findet heraus, dass er krank ist. Wer stach ihn mit einer Injektionsnadel?"
    )
    assert question.answer == "Leon Wolf"


def test_a_who_question_ends_where_a_new_subject_starts_its_clause():
    question = find(questions(), "Wer bekommt schwere Magenprobleme")
    assert question.prompt == "Wer bekommt schwere Magenprobleme?"
    assert question.answer == "Paul Graf"  # a role word as surname stays part of the name


def test_numbers_are_asked_with_the_other_form_accepted_or_near_choices():
    prompts = questions()
    for answer, other in (("15", "fünfzehn"), ("zwölf", "12")):
        [question] = [g.question for g in prompts.values() if g.question.answer == answer]
        if question.type is QuestionType.FILL_IN:
            assert question.accept == (other,)
        else:
            assert len(question.choices) == 4 and answer in question.choices
            assert all(choice.isdigit() == answer.isdigit() for choice in question.choices)


def test_person_distractors_come_from_the_same_circle_first():
    guards = {"Jan Brandt", "Lutz Engel", "Kai Sommer", "Tom Hagen"}
    checked = 0
    for generated in questions().values():
        question = generated.question
        if question.type is not QuestionType.MULTIPLE_CHOICE or question.answer not in guards:
            continue
        available = {
            name for name in guards - {question.answer} if name.split()[-1] not in question.prompt
        }
        wrong = set(question.choices) - {question.answer}
        assert len(wrong & guards) == min(3, len(available)), question
        checked += 1
    assert checked


def test_noun_distractors_share_gender_number_and_a_part_of_the_compound():
    # No persons: a gap on a common noun is asked only where an episode has nothing else.
    lines = (
        "Ein Gewaltausbruch erschüttert die Stadt. Die Polizei fürchtet einen Gewaltexzess.",
        "Nach einem Gewaltübergriff auf den Hafen sucht die Polizei einen Waffenschmuggler.",
        "Der Gewaltverzicht der Banden hält nicht. Die Presse findet einen Brandanschlag verdächtig.",
        "Ein Giftanschlag trifft das Rathaus. Die Polizei vermutet einen Racheanschlag.",
        "Ein Sprengstoffanschlag zerstört das Rathaus. Ein Bombenanschlag folgt am Hafen.",
        "Ein Brandanschlag trifft den Hafen. Die Presse fürchtet einen Gewaltexzess am Kai.",
        "Ein Bombenanschlag trifft die Stadt. Die Polizei sucht einen Gewaltexzess im Hafen.",
    )
    bank = generate([Synopsis(Path("hafen-staffel-1.txt"), "hafen-staffel-1.txt", lines)])[0]
    from quiz.generator import tagging

    noun_choices = [g.question for g in bank.questions if g.kind == "noun" and g.question.choices]
    assert noun_choices
    for question in noun_choices:
        parts = set(tagging.noun_parts(question.answer))
        for choice in question.choices:
            assert choice == question.answer or parts & set(tagging.noun_parts(choice)), question


def test_a_lone_surname_answer_gets_only_short_forms_the_text_uses_as_distractors():
    pairs = (("Rolf", "Janssen"), ("Udo", "Kessler"), ("Nils", "Brandes"), ("Piet", "Hollmann"))
    lines = (
        *tuple(
            f"Häftling {first} {last} streitet mit Wärter Ole Dietz. {last} verliert."
            for first, last in pairs
        ),
        "Bandenchef El Toro übernimmt den Zellenblock.",
        "Häftling Udo Kessler beschwert sich bei Gouverneur Marquardt über das Essen.",
        "Häftling Nils Brandes schreibt Direktor Kowalczyk einen Brief.",
        "Häftling Rolf Janssen beleidigt Direktor Falkenberg.",
        # A fourth leader: the governor's choices are leaders, never the inmates who complain.
        "Häftling Piet Hollmann schreibt Bürgermeister Lindholm.",
        "Häftling Udo Kessler verklagt Senator Brückner.",
    )
    bank = generate([Synopsis(Path("block-staffel-1.txt"), "block-staffel-1.txt", lines)])[0]
    short_answers = [
        g.question for g in bank.questions if g.question.choices and " " not in g.question.answer
    ]
    assert len(short_answers) >= 1, [g.question.prompt for g in bank.questions]
    # Names the text uses alone; "Toro" and "Dietz" never stand alone: they would be half a name.
    alone = {last for _, last in pairs} | {
        "Marquardt",
        "Kowalczyk",
        "Falkenberg",
        "Lindholm",
        "Brückner",
    }
    for question in short_answers:
        assert set(question.choices) <= alone, question
