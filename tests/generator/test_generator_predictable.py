"""Answers anyone guesses without the synopsis rank low (blind reading, round 4)."""

from __future__ import annotations

from quiz.generator.predictable import COMMON_ZIPF, Predictability, common_zipf
from tests.generator.analysis import analyse

LINES = (
    "Ein Gewaltausbruch erschüttert das Lager. Häftling Tom Krause spendet eine Niere.",
    "Die Gewalt des Wärters Jan Hahn trifft Max Roth.",
    "Gewaltattacken nehmen zu. Die Retter tragen Paul Wagner mit einer Gebirgstrage ins Tal.",
    "Tom Krause erkämpft sich Respekt durch Gewaltspielchen.",
)


def predictability(name: str = "knast-staffel-1") -> Predictability:
    _who, sentences, _facts = analyse(*LINES)
    return Predictability(name, sentences)


def test_an_answer_echoing_a_word_of_the_question_is_guessed():
    book = predictability()
    assert book.guessable("mit einer Gebirgstrage", "Womit tragen die Retter Paul Wagner ins Tal?")
    assert not book.guessable("mit einer Gebirgstrage", "Womit bringen die Retter Paul Wagner weg?")


def test_the_series_theme_as_a_part_of_the_answer_is_guessed():
    book = predictability()
    assert book.guessable("durch Gewaltspielchen", "Wodurch erkämpft sich Tom Krause Respekt?")


def test_a_word_of_the_series_name_in_the_answer_is_guessed():
    prompt = "Wo feiern die Kollegen?"
    assert predictability("klinik-am-see-staffel-1").guessable(
        "Bodensee", prompt, by_frequency=False
    )
    assert not predictability().guessable("Bodensee", prompt, by_frequency=False)


def test_common_german_words_are_guessed_and_rare_ones_are_not():
    assert common_zipf("Todesstrafe") >= COMMON_ZIPF
    assert common_zipf("Anklage") >= COMMON_ZIPF
    assert common_zipf("Niere") < COMMON_ZIPF
    assert common_zipf("Schmugglerring") < COMMON_ZIPF
    book = predictability()
    assert book.guessable("die Todesstrafe", "Was hat der Gouverneur wieder eingeführt?")
    assert not book.guessable("eine Niere", "Was spendet Tom Krause?")


def test_an_object_that_its_verb_calls_for_is_guessed():
    book = predictability()
    assert book.guessable("eine Aktionärsversammlung", "Was beruft Ida Lorenz kurzfristig ein?")
    assert book.guessable("einen Aufschub", "Was gewährt der Bankier Otto Reim bis Juni?")
    assert book.guessable("einen Pachtvertrag", "Was unterschreibt Tom Krause in Eile?")
    assert not book.guessable("eine Aktionärsversammlung", "Was verschiebt Ida Lorenz?")
    assert not book.guessable("einen Aufschub", "Was erbittet Tom Krause?")


def test_an_answer_that_is_the_series_name_is_not_asked_as_a_gap():
    from pathlib import Path

    from quiz.generator.pipeline import generate
    from quiz.generator.sources import Synopsis

    lines = [
        "Die Designerin Carla Benedetti übernimmt nach dem Tod ihres Vaters das Modehaus.",
        "Am Abend präsentiert Casa Lucente im Palazzo Rinaldi die Kollektion, und die Presse jubelt.",
        "Carla Benedetti feiert mit ihrem Bruder Marco Benedetti.",
    ]
    name = "casa-lucente-staffel-1.txt"
    questions = generate([Synopsis(Path(name), name, lines)])[0].questions
    assert not [g for g in questions if g.question.answer == "Casa Lucente"], questions
    assert predictability("casa-lucente-staffel-1").is_the_title("Casa Lucente")
    assert not predictability("casa-lucente-staffel-1").is_the_title("Carla Benedetti")


def test_an_answer_that_holds_the_whole_title_is_the_title():
    # "die MS ____" in "Bella Aurora", "die Bezahlversion ____" of "Kiezly" (diagnosis 16)
    assert predictability("nordlicht-staffel-2").is_the_title("MS Nordlicht")
    assert predictability("kiez-kompass-staffel-1").is_the_title("Kiez Kompass Plus")
    assert not predictability("kiez-kompass-staffel-1").is_the_title("Kompass Plus")
