"""A question stands alone: what its prompt points at, the prompt shows (blind reading, round 2:
"der Witwer", "will sie entlassen", "daraufhin" and "Graf ____ ... von Wartenberg" failed)."""

from __future__ import annotations

from pathlib import Path

from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis

# Every episode has one clean sentence, so that nothing is asked only for want of better.
CLEAN = "Kommissar Ole Brink verhört den Reeder Udo Kern im Hafen von Kiel."


def prompts(*lines: str) -> list[str]:
    synopsis = Synopsis(Path("hafen-staffel-1.txt"), "hafen-staffel-1.txt", lines)
    return [g.question.prompt for g in generate([synopsis])[0].questions]


def test_a_pronoun_with_nobody_named_before_its_clause_is_not_asked():
    asked = prompts(f"{CLEAN} Am ersten Tag zerbricht sie eine Meißner Teetasse der Reederei.")
    assert asked
    assert not [p for p in asked if p.startswith("Am ersten Tag zerbricht sie")], asked
    assert not [p for p in asked if "zerbricht sie" in p and "?" in p], asked


def test_a_person_described_but_never_named_is_not_asked_about():
    asked = prompts(f"Der Witwer besitzt drei Zuckerfabriken in Stettin. {CLEAN}")
    assert asked
    assert not [p for p in asked if "Witwer" in p and "Udo Kern" not in p], asked


def test_an_adverb_that_goes_on_from_the_sentence_before_is_left_out():
    asked = prompts(f"{CLEAN} Kommissarin Eva Lind verhaftet schließlich den Fischer Jan Voss.")
    assert [p for p in asked if "Jan Voss" in p or "Eva Lind" in p], asked
    assert not [p for p in asked if "schließlich" in p], asked


def test_half_a_name_in_the_prompt_is_no_question_about_that_person():
    synopsis = Synopsis(
        Path("gut-staffel-1.txt"),
        "gut-staffel-1.txt",
        (
            f"{CLEAN} Gräfin Adelheid von Wartenberg ist die Witwe von Graf Ludwig von "
            "Wartenberg und reist nach Berlin.",
        ),
    )
    questions = generate([synopsis])[0].questions
    assert questions
    for g in questions:
        if g.question.answer == "Ludwig von Wartenberg":
            assert "Wartenberg" not in g.question.prompt, g.question.prompt


def test_when_is_answered_by_a_time_not_by_a_cause():
    asked = prompts(f"{CLEAN} Nach einem Giftanschlag ist Häftling Peter Schibetta wieder genesen.")
    assert not [p for p in asked if p.startswith("Wann")], asked


def test_an_object_is_answered_with_its_article_and_the_bare_noun_is_accepted():
    synopsis = Synopsis(
        Path("hafen-staffel-1.txt"),
        "hafen-staffel-1.txt",
        ("Häftling Simon Adebisi sticht Antonio Nappa mit einer unsterilen Nadel.",),
    )
    for g in generate([synopsis])[0].questions:
        if g.question.prompt.startswith("Womit"):
            if g.question.choices:  # nouns of its kind ("Klinge", "Schere"), bare like it
                assert g.question.answer == "Nadel"
                return
            assert g.question.answer == "mit einer unsterilen Nadel"
            assert "Nadel" in g.question.accept
            return
    raise AssertionError("no 'Womit' question")


def test_an_object_pronoun_after_an_insertion_is_not_its_subject():
    # "____, die seit Jahren ... spielt, will sie ... übergeben": "sie" is not the gap's
    # person (German would say "sich"), but a girl of the sentence before (round 13).
    asked = prompts(
        f"{CLEAN} Im Laderaum versteckt sich ein Mädchen, das sich nur „Möwe“ nennt. "
        "Greta Lind, die seit zehn Jahren das Fährhaus führt, will sie sofort der Polizei "
        "übergeben, doch Ole Brink lässt sie bleiben."
    )
    assert not [p for p in asked if p.startswith("____, die seit zehn Jahren")], asked


def test_a_subject_pronoun_after_a_fronted_phrase_is_nobody_named_in_it():
    # "Zusammen mit X und Y gründen sie ...": they are not X and Y (round 13).
    asked = prompts(
        f"{CLEAN} Die Schwestern Greta Lind und Ida Lind wollen den Dieb selbst fangen. "
        "Zusammen mit der Lotsin Wiebke Kruse, die am Deich wohnt, und dem Kater Moses gründen "
        "sie einen Suchtrupp."
    )
    assert not [p for p in asked if p.startswith("Zusammen mit")], asked
