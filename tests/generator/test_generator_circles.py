"""Person choices of the answer's circle, and never a person the series has reported dead."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.generator.circles import Circles, asks_a_shared_relation
from quiz.generator.deaths import Deaths, reported_dead
from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis
from tests.generator.analysis import analyse


def _dead(line: str) -> list[str]:
    who, sentences, _ = analyse(line)
    return [
        person.canonical
        for sentence in sentences
        for person in reported_dead(sentence, who.mentions_in(sentence))
    ]


@pytest.mark.parametrize(
    ("line", "dead"),
    [
        ("Der Wärter Karl Metzger ist tot.", ["Karl Metzger"]),
        ("Am Morgen stirbt Baron Friedrich Aldenburg bei einer Jagd.", ["Friedrich Aldenburg"]),
        ("Nach dem Tod von Häftling Dino Ortolani wird gesucht.", ["Dino Ortolani"]),
        ("Der Arbeiter Mehmet Yilmaz wird tot im Wasser gefunden.", ["Mehmet Yilmaz"]),
        (
            "Ser Lianne Hartwig führt die Garde, weil Jorin Eichwald gestorben ist.",
            ["Jorin Eichwald"],
        ),
        # a killing still to come is no death; nor is one that did not happen
        ("Der Häftling Jefferson Keane soll getötet werden.", []),
        ("Häftling Jefferson Keane ist fast gestorben.", []),
        # the victim of a clause after a comma is not the one named before the comma
        ("Richterin Anna Hallstein lässt suchen, weil ein Patient gestorben ist.", []),
    ],
)
def test_deaths_are_read_from_plain_reports(line, dead):
    assert _dead(line) == dead


def test_a_person_is_dead_from_the_sentence_that_tells_it_on():
    who, sentences, _ = analyse(
        "Wärter Karl Metzger streitet mit Häftling Tom Brack.",
        "Wärter Karl Metzger ist tot.",
        "Häftling Tom Brack trauert.",
    )
    deaths = Deaths.of(sentences, who)
    metzger = next(p for p in who.persons if p.canonical == "Karl Metzger")
    assert [deaths.dead_by(metzger, sentence) for sentence in sentences] == [False, True, True]


def test_a_role_said_of_a_person_gives_the_circle():
    who, sentences, _ = analyse(
        "Häftling Tobias Beecher sitzt ein. Donald Groves ist sein Mithäftling.",
    )
    circles = Circles.of(sentences, who)
    groves = next(p for p in who.persons if p.canonical == "Donald Groves")
    assert circles.circle(groves) == "inmate"


_PRISON = (
    "Häftling Tom Brack prügelt sich mit Häftling Ben Kowalski.",
    "Häftling Ben Kowalski erpresst Häftling Jan Mertens.",
    "Häftling Jan Mertens beklaut Häftling Ole Sander.",
    "Häftling Ole Sander bedroht Häftling Tom Brack.",
    "Wärter Karl Metzger durchsucht die Zelle von Häftling Ole Sander.",
    "Wärter Paul Richter bewacht Häftling Tom Brack.",
    "Wärter Paul Richter streitet mit Wärter Karl Metzger.",
    "Wärter Emil Hoff schlägt Häftling Tom Brack.",
    "Wärter Udo Berg beschimpft Häftling Ole Sander.",
    "Wärter Karl Metzger ist tot.",
    "Gouverneur Hans Devlin führt die Todesstrafe wieder ein.",
    "Wärter Paul Richter meldet Gouverneur Hans Devlin einen Aufstand.",
    "Wärter Max Lindner entlässt Häftling Jan Mertens.",
    "Wärter Max Lindner verhört Häftling Ben Kowalski.",
)


def _questions():
    synopsis = Synopsis(Path("knast-staffel-1.txt"), "knast-staffel-1.txt", _PRISON)
    return [g for g in generate([synopsis])[0].questions if g.kind == "person"]


_CIRCLE = {
    "Tom Brack": "inmate",
    "Ben Kowalski": "inmate",
    "Jan Mertens": "inmate",
    "Ole Sander": "inmate",
    "Karl Metzger": "guard",
    "Paul Richter": "guard",
    "Max Lindner": "guard",
    "Emil Hoff": "guard",
    "Udo Berg": "guard",
    "Hans Devlin": "leader",
}


def test_every_person_choice_is_of_the_answers_circle():
    questions = [g.question for g in _questions() if g.question.choices]
    assert questions  # the inmates have three of their kind
    for question in questions:
        wanted = _CIRCLE[question.answer]
        assert {_CIRCLE[choice] for choice in question.choices} == {wanted}, question


def test_the_one_of_his_kind_gets_no_choices():
    governor = [g.question for g in _questions() if g.question.answer == "Hans Devlin"]
    assert governor
    assert all(not question.choices for question in governor)


def test_a_dead_person_is_never_a_choice_after_his_death():
    died = _PRISON.index("Wärter Karl Metzger ist tot.") + 1
    later = [
        g.question
        for g in _questions()
        if g.question.source is not None and g.question.source.line > died
    ]
    guards = [q for q in later if q.choices and _CIRCLE[q.answer] == "guard"]
    assert guards  # four guards are left: three of them stand beside the fourth
    assert all("Karl Metzger" not in question.choices for question in later)


@pytest.mark.parametrize(
    ("prompt", "shared"),
    [
        ("Wessen Knastgenosse ist Huseni Mershah?", True),
        ("Wessen Mithäftling ist Donald Groves?", True),
        ("Wessen Kollegin ist Petra Lang?", True),
        ("Wessen Bruder ist Cyril?", False),
        ("Wessen Zellengenosse ist Simon Adebisi?", False),
        ("Wer feuert Clayton Hughes?", False),
    ],
)
def test_a_relation_many_share_is_no_whose_question(prompt, shared):
    assert asks_a_shared_relation(prompt) is shared


def _circle_of(name: str, *lines: str) -> str | None:
    who, sentences, _ = analyse(*lines)
    person = next(p for p in who.persons if p.canonical == name)
    return Circles.of(sentences, who).circle(person)


def test_a_nurse_is_of_medicine_and_a_sister_of_the_family():
    assert _circle_of("Ayşe Demir", "Schwester Ayşe Demir entdeckt den Diebstahl.") == "medicine"
    sister = ("Anna Lehmann gesteht ihrer Schwester Grete Lehmann alles.",)
    assert _circle_of("Grete Lehmann", *sister) == "family"


_CLINIC = (
    "Chefärztin Dr. Hanna Berger leitet die Klinik.",
    "Oberarzt Felix Brandt operiert.",
    "Pfleger Jonas Koch verdächtigt den Praktikanten Tim Seidel.",
    "Pfarrer Anton Gruber liegt auf der Station.",
)


def test_a_trainee_is_of_the_walk_of_life_most_of_the_series_is_of():
    assert _circle_of("Tim Seidel", *_CLINIC) == "medicine"
    # one doctor and one priest make no workplace: the trainee stays of none
    few = (
        "Oberarzt Felix Brandt operiert.",
        "Pfarrer Anton Gruber verdächtigt den Praktikanten Tim Seidel.",
    )
    assert _circle_of("Tim Seidel", *few) not in ("medicine", "church")


def _small_cast():
    lines = (
        *_CLINIC,
        "Oberarzt Felix Brandt wird nach Freiburg versetzt.",
        "Pfleger Jonas Koch stiehlt das Morphium.",
        "Dr. Hanna Berger gibt Pfleger Jonas Koch eine zweite Chance.",
    )
    synopsis = Synopsis(Path("klinik-staffel-1.txt"), "klinik-staffel-1.txt", lines)
    return [g.question for g in generate([synopsis])[0].questions if g.kind == "person"]


def test_a_small_cast_offers_the_two_others_of_the_answers_kind():
    doctors = {"Felix Brandt", "Jonas Koch", "Tim Seidel"}
    chosen = [q for q in _small_cast() if q.choices and q.answer in doctors]
    assert chosen  # three men of medicine: the answer and two others
    assert all(set(q.choices) == doctors for q in chosen)
    # the one woman of medicine has no two of her kind: typed
    assert all(not q.choices for q in _small_cast() if q.answer == "Hanna Berger")


def test_a_prisoner_killed_by_description_is_dead_from_then_on():
    who, sentences, _ = analyse(
        "Königin Ysolde Varn lässt Lord Roderik Falkenau in den Kerker werfen. "
        "In der Nacht tötet der Rabe den Gefangenen mit einem Bolzen. "
        "Ser Jorin Eichwald verfolgt den Mörder."
    )
    deaths = Deaths.of(sentences, who)
    by_name = {p.canonical: p for p in who.persons}
    assert deaths.dead_by(by_name["Roderik Falkenau"], sentences[1])
    assert not deaths.dead_by(by_name["Roderik Falkenau"], sentences[0])
    # the one who has him thrown in is not the one killed
    assert not deaths.dead_by(by_name["Ysolde Varn"], sentences[2])
