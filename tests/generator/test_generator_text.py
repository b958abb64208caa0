"""Sentences and tokens of German synopses."""

from __future__ import annotations

from quiz.generator.text import split_sentences, tokenize
from tests.generator import analysis


def words(text: str) -> list[str]:
    return [token.text for token in tokenize(text)]


def test_abbreviations_apostrophes_and_compounds_stay_whole():
    assert words("Dr. Gloria Nathan trifft O’Reily im Oz-Gefängnis.") == [
        "Dr.",
        "Gloria",
        "Nathan",
        "trifft",
        "O’Reily",
        "im",
        "Oz-Gefängnis",
        ".",
    ]


def test_typographic_quotes_stand_apart_and_a_genitive_apostrophe_stays_on_the_name():
    assert words("Der Trakt „Emerald City“ und Max’ Zelle") == [
        "Der",
        "Trakt",
        "„",
        "Emerald",
        "City",
        "“",
        "und",
        "Max’",
        "Zelle",
    ]


def test_numbers_with_thousands_separators_are_one_token():
    assert words("Er findet 12.000 Euro.") == ["Er", "findet", "12.000", "Euro", "."]


def test_sentences_end_at_full_stops_but_not_after_dr():
    line = "Seine Augen sind auf Dr. Gloria Nathan gerichtet. Sie lacht! Wer weiß?"
    sentences = split_sentences(line, 4)
    assert [s.text for s in sentences] == [
        "Seine Augen sind auf Dr. Gloria Nathan gerichtet.",
        "Sie lacht!",
        "Wer weiß?",
    ]
    assert {s.line for s in sentences} == {4}
    assert [s.index for s in sentences] == [0, 1, 2]


def test_initials_keep_their_full_stop_and_end_no_sentence():
    line = "Der Reeder L. W. Brandes kauft drei Dampfer. Dr. H. Kranz hilft. Er nimmt Vitamin C. Dann schläft er."
    assert [s.text for s in split_sentences(line, 1)] == [
        "Der Reeder L. W. Brandes kauft drei Dampfer.",
        "Dr. H. Kranz hilft.",
        "Er nimmt Vitamin C.",
        "Dann schläft er.",
    ]
    assert words("L. W. Brandes")[:2] == ["L.", "W."]


def test_a_name_with_initials_is_one_person():
    who, _sentences, _facts = analysis.analyse(
        "Der Reeder L. W. Brandes kauft drei Dampfer. Sein Sohn Paul Brandes leitet die Linie."
    )
    assert sorted(p.canonical for p in who.persons) == ["L. W. Brandes", "Paul Brandes"]


def test_a_closing_quote_after_the_full_stop_belongs_to_the_sentence():
    sentences = split_sentences("Er sagt: „Ich gehe.“ Dann geht er.", 1)
    assert [s.text for s in sentences] == ["Er sagt: „Ich gehe.“", "Dann geht er."]


def test_span_text_and_replacement_keep_the_original_spacing():
    sentence = split_sentences("Wärter  Leo Glynn lehnt ab.", 1)[0]
    assert sentence.span_text(1, 3) == "Leo Glynn"
    assert sentence.replace_span(1, 3, "____") == "Wärter  ____ lehnt ab."


def test_an_era_after_a_year_ends_no_sentence():
    sentences = split_sentences(
        "Im Jahr 82 n. Chr. kommt Senator Titus Varro nach Mainz. Er bleibt.", 1
    )
    assert [s.text for s in sentences] == [
        "Im Jahr 82 n. Chr. kommt Senator Titus Varro nach Mainz.",
        "Er bleibt.",
    ]


def test_a_large_ordinal_ends_no_sentence():
    # "den 500.000. Nutzer" was cut after the number (diagnosis 16); a year still ends one.
    texts = [
        s.text
        for s in split_sentences(
            "Sie feiern den 200.000. Kunden ihres Ladens. Das war im Jahr 1990. Danach kam der "
            "1.000. und letzte Gast.",
            1,
        )
    ]
    assert texts == [
        "Sie feiern den 200.000. Kunden ihres Ladens.",
        "Das war im Jahr 1990.",
        "Danach kam der 1.000. und letzte Gast.",
    ]
