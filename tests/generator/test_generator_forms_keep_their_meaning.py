"""Broken forms of the tenth blind reading, taken as classes, on an invented series: a "Wer"
question that runs on into a second main clause with a subject of its own; a bare "Wessen X"
of a person who is no subject; a "mit" attribute left dangling when its noun is asked (number
choices: ``test_generator_near_numbers``)."""

from __future__ import annotations

from tests.generator.test_generator_not_worth_asking import questions


def test_a_who_question_stops_before_und_and_a_subject_of_its_own():
    asked = questions(
        "Fischer Hannes Kruse bricht mit hohem Fieber im Hafen zusammen, und die Ärztin "
        "Dr. Greta Lind stellt eine schwere Vergiftung fest.",
        "Reeder Udo Kern verkauft seinen Kutter und die Polizei nimmt ihn in Kiel fest.",
    )
    assert "Wer bricht mit hohem Fieber im Hafen zusammen?" in asked, asked
    assert not [p for p in asked if p.startswith("Wer") and "stellt" in p], asked
    assert not [p for p in asked if p.startswith("Wer") and "Polizei" in p], asked


def test_a_question_keeps_reported_speech_after_its_comma():
    # a bare comma may open what is said: it is no second main clause
    asked = questions("Fischer Hannes Kruse behauptet, der Kutter sei gestohlen worden.")
    assert [p for p in asked if p.endswith("der Kutter sei gestohlen worden.")], asked


def test_a_bare_whose_person_is_not_asked_where_it_would_read_as_the_subject():
    asked = questions(
        "Reeder Udo Kern gibt Gretas Vater die Schuld am Untergang des Kutters.",
        "Fischerin Greta Lind lebt in Kiel.",
    )
    assert not [p for p in asked if p.startswith("Wessen Vater")], asked


def test_a_whose_thing_and_a_whose_person_after_a_preposition_are_still_asked():
    asked = questions(
        "Fischerin Greta Lind lebt in Kiel.",
        "Reeder Udo Kern isst Gretas Fischbrötchen auf.",
    )
    assert "Wessen Fischbrötchen isst Udo Kern auf?" in asked, asked


def test_a_mit_attribute_stays_with_its_asked_noun():
    asked = questions(
        "Der Kutter Möwe gerät in einen Sturm mit bis zu zwölf Meter hohen Wellen.",
        "Reeder Udo Kern kauft für seinen Sohn ein Boot mit rotem Segel.",
    )
    # asked, the noun would leave its attribute behind: "Wohin gerät X mit ... Wellen?"
    dangling = [p for p in asked if "?" in p and "Wellen" in p and "Sturm" not in p]
    assert not dangling, asked
    assert not [p for p in asked if "?" in p and "Segel" in p and "Boot" not in p], asked
    # the measure of an adjective is no count: "Wie viele Meter gerät ... mit hohen Wellen?"
    assert not [p for p in asked if p.startswith("Wie viele Meter")], asked
