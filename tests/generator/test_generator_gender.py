"""Gender of persons from the role words before their names, and distractors that respect it."""

from __future__ import annotations

import pytest

from quiz.generator.candidates import PERSON, CandidateFinder
from quiz.generator.distractors import Pools, distractors
from quiz.generator.gender import FEMALE, MALE, role_gender
from quiz.generator.nouns import NounBook
from quiz.generator.references import References
from tests.generator.analysis import analyse

CAST = (
    "Schwester Anna Keller pflegt die Kranken. Bruder Paul Wagner betet in der Kapelle. "
    "Wärterin Maria Schulz öffnet die Zelle. Wärter Jonas Berg schließt das Tor. "
    "Häftling Tom Krause schweigt beharrlich. Häftling Lisa Brandt lacht laut. "
    "Der Gefangene Max Roth flieht über die Mauer. Die Verdächtige Eva Lind leugnet alles. "
    "Richterin Clara Hahn verkündet das Urteil. Herr Otto Sommer bezahlt die Kaution."
)


def series(*lines: str):
    who, sentences, facts = analyse(*lines)
    references = References(who, sentences)
    who.learn_genders(references.pronoun_genders)
    finder = CandidateFinder(who, NounBook(sentences, facts), references, who.places, "serie")
    pools = Pools(persons=[p for p in who.persons if p.mentions], nouns={}, places=[])
    return who, finder, pools, sentences


def wrong_choices(finder, pools, sentence, answer: str) -> list[str] | None:
    candidate = next(c for c in finder.find(sentence) if c.kind == PERSON and c.answer == answer)
    return distractors(candidate, sentence.text, pools, "key")


@pytest.mark.parametrize(
    ("word", "article", "gender"),
    [
        ("Schwester", None, FEMALE),
        ("Mutter", None, FEMALE),
        ("Ehefrau", None, FEMALE),
        ("Ärztin", None, FEMALE),
        ("Chefärztin", None, FEMALE),
        ("Wärterin", None, FEMALE),
        ("Kommissarin", None, FEMALE),
        ("Richterin", None, FEMALE),
        ("Kollegin", None, FEMALE),
        ("Bruder", None, MALE),
        ("Sohn", None, MALE),
        ("Herrn", None, MALE),
        ("Ehemann", None, MALE),
        ("Wärter", None, MALE),
        ("Gefängniswärters", None, MALE),
        ("Kommissar", None, MALE),
        ("Gefangene", "der", MALE),
        ("Verdächtige", "die", FEMALE),
        ("Gefangenen", "den", MALE),
        ("Häftling", None, None),
        ("Dr.", None, None),
        ("Officer", None, None),
        ("Captain", None, None),
        ("Zwillinge", "die", None),
        ("Gefangene", None, None),
    ],
)
def test_role_words_say_the_gender_when_they_can(word, article, gender):
    assert role_gender(word, article) == gender


def test_names_are_not_read_as_feminine_roles():
    who, *_ = series("Der Kapitän Konstantin Vogel lügt. Kristin Lange und Martin Lange lachen.")
    assert {p.canonical: p.gender for p in who.persons} == {
        "Konstantin Vogel": MALE,
        "Kristin Lange": None,
        "Martin Lange": None,
    }


def test_a_person_takes_the_gender_of_the_role_words_before_the_name():
    who, *_ = series(CAST)
    genders = {p.canonical: p.gender for p in who.persons}
    assert genders == {
        "Anna Keller": FEMALE,
        "Paul Wagner": MALE,
        "Maria Schulz": FEMALE,
        "Jonas Berg": MALE,
        "Tom Krause": None,
        "Lisa Brandt": None,
        "Max Roth": MALE,
        "Eva Lind": FEMALE,
        "Clara Hahn": FEMALE,
        "Otto Sommer": MALE,
    }


def test_a_gap_after_a_male_kinship_word_gets_no_woman():
    _who, finder, pools, sentences = series(
        CAST, "Tom Krause besucht seinen Sohn Felix Winter im Heim."
    )
    wrong = wrong_choices(finder, pools, sentences[-1], "Felix Winter")
    assert wrong is not None
    assert set(wrong) <= {"Paul Wagner", "Jonas Berg", "Max Roth", "Otto Sommer"}


def test_a_gap_after_a_feminine_role_gets_women_first_and_never_a_man():
    _who, finder, pools, sentences = series(CAST, "Die Ärztin Nora Weiß operiert den Verletzten.")
    wrong = wrong_choices(finder, pools, sentences[-1], "Nora Weiß")
    assert wrong is not None
    assert set(wrong) <= {"Anna Keller", "Maria Schulz", "Eva Lind", "Clara Hahn"}


def test_the_answers_own_gender_counts_where_the_gap_says_nothing():
    _who, finder, pools, sentences = series(
        CAST, "Am Abend besucht Lisa Brandt heimlich Clara Hahn."
    )
    wrong = wrong_choices(finder, pools, sentences[-1], "Clara Hahn")
    assert wrong is not None
    males = {"Paul Wagner", "Jonas Berg", "Max Roth", "Otto Sommer"}
    assert not set(wrong) & males


def test_too_few_of_the_right_gender_means_no_choices_rather_than_a_wrong_one():
    _who, finder, pools, sentences = series(
        "Schwester Anna Keller pflegt die Kranken. Wärter Jonas Berg schließt das Tor. "
        "Wärter Paul Wagner öffnet die Zelle. Bruder Otto Sommer betet in der Kapelle. "
        "Die Ärztin Nora Weiß operiert den Verletzten."
    )
    assert wrong_choices(finder, pools, sentences[-1], "Nora Weiß") is None


def test_an_er_right_after_the_only_person_named_says_a_man():
    who, *_ = series(
        "Häftling Tom Krause schweigt beharrlich. Er wartet auf seinen Prozess. Häftling Lisa Brandt lacht."
    )
    assert {p.canonical: p.gender for p in who.persons} == {"Tom Krause": MALE, "Lisa Brandt": None}


def test_where_the_gap_asks_for_a_man_known_men_come_before_inmates_of_unknown_gender():
    _who, finder, pools, sentences = series(
        CAST, "Wärter Jonas Berg schlägt den Gefangenen Felix Winter."
    )
    wrong = wrong_choices(finder, pools, sentences[-1], "Felix Winter")
    assert wrong is not None
    assert set(wrong) == {"Max Roth", "Paul Wagner", "Otto Sommer"}


def test_references_hand_on_the_gender_an_er_gives_and_write_into_no_person():
    who, sentences, _ = analyse("Pfleger Kim Roth wohnt am Fluss. Er verkauft jeden Morgen Fische.")
    person = next(p for p in who.persons if p.canonical == "Kim Roth")
    before = dict(person.genders)
    references = References(who, sentences)
    assert dict(person.genders) == before
    assert references.pronoun_genders == [(person, MALE)]
    who.learn_genders(references.pronoun_genders)
    assert person.genders[MALE] == before.get(MALE, 0) + 1
