"""Choices that do not give the answer away: gender, look of name, numbers, places, overlaps."""

from __future__ import annotations

import itertools

from quiz.generator.candidates import NUMBER, PERSON, REASON, Candidate
from quiz.generator.distractors import (
    Pools,
    _kind_of,
    _miscut,
    _overlaps,
    _scale,
    _spread,
    distractors,
    roundness,
)
from quiz.generator.forms import GAP
from quiz.generator.gender import FEMALE, MALE
from quiz.generator.name_style import (
    first_name_gender,
    origin,
    origin_before_gap,
    origin_matters,
)
from quiz.generator.nouns import NounInfo
from quiz.generator.persons import Person
from quiz.generator.pipeline import _locations
from tests.generator.analysis import analyse
from tests.generator.test_generator_gender import series

# Nobody's gender is said by a role word: only the first names tell it.
CAST = (
    "Häftling Tom Krause schweigt. Häftling Lisa Brandt lacht. Häftling Max Roth flieht. "
    "Häftling Paul Wagner betet. Häftling Jan Hahn liest. Häftling Otto Sommer schläft. "
    "Häftling Miguel Alvarez schreit. Häftling Carlos Ramirez singt."
)


def choices_for(line: str, answer: str, kind: str = PERSON, extra: Pools | None = None):
    _who, finder, pools, sentences = series(CAST, line)
    if extra is not None:
        pools.numbers = extra.numbers
    candidate = next(c for c in finder.find(sentences[-1]) if c.kind == kind and c.answer == answer)
    return distractors(candidate, sentences[-1].text, pools, "key")


def test_first_names_tell_a_gender_with_the_usual_exceptions():
    assert [first_name_gender(n) for n in ("Mia", "Gloria", "Lianne", "Miriam")] == [FEMALE] * 4
    assert [first_name_gender(n) for n in ("Jonas", "Karl", "Luca", "Richie")] == [MALE] * 4
    assert first_name_gender("Al") is None


def test_the_only_woman_is_never_among_men():
    # The gap says nothing; the answer's first name says a woman, and only one other is one.
    assert choices_for("Am Abend besucht Lisa Brandt die Kapelle.", "Lisa Brandt") is None
    wrong = choices_for("Am Abend besucht Tom Krause die Kapelle.", "Tom Krause")
    assert wrong is not None and "Lisa Brandt" not in wrong


def test_names_tell_where_they_come_from():
    assert origin("El Cid") == origin("Miguel Alvarez") == "hispanic"
    assert origin("Marek Nowak") == origin("Irina") == "slavic"
    assert origin("Mehmet Yılmaz") == "turkish_arabic"
    assert origin("Jefferson Keane") is origin("Clayton Hughes") is origin("Jana Petersen") is None


def test_an_origin_in_the_prompt_wants_names_that_look_alike():
    assert origin_matters("Wer führt die Latino-Häftlinge an?", "Miguel Alvarez", [])
    assert origin_matters("Wessen Frau ist Irina?", "Marek Nowak", ["Irina"])
    assert not origin_matters("Wessen Frau ist Anna?", "Marek Nowak", ["Anna"])
    assert not origin_matters("Wer führt die Latino-Häftlinge an?", "Tom Krause", [])
    # the people of a country point at it as its adjective does ("der Spanier", "spanisch")
    prompt = "Nachdem Hawk den Mast der Spanier zerschossen hat, ergibt sich ____."
    assert origin_matters(prompt, "Pedro Ramírez", [])
    # Two Latinos only: the leader of the Latinos is asked without choices rather than
    # offered among German names.
    line = "Der neue Anführer der Latino-Häftlinge ist Miguel Alvarez."
    assert choices_for(line, "Miguel Alvarez") is None
    wrong = choices_for("Am Abend besucht Miguel Alvarez die Kapelle.", "Miguel Alvarez")
    assert wrong is not None  # no origin said: any inmate may stand beside him


def test_a_nationality_before_the_gap_wants_names_of_the_answers_look_or_none():
    # Diagnosis 16: "der brasilianische Physiker Dr. ____" beside a Japanese and a Czech name.
    assert origin_before_gap("Im Labor misst der chilenische Chemiker Dr. ____ die Probe.", GAP)
    assert origin_before_gap("Dort wartet die polnische Ärztin ____ auf ihn.", GAP)
    assert not origin_before_gap("Im Deutschen Museum misst der Chemiker Dr. ____ nach.", GAP)
    assert not origin_before_gap("Der technische Leiter ____ misst nach.", GAP)
    lab = (
        "Dr. Daichi Mori forscht. Dr. Pavel Dvořák rechnet. Dr. Emil Brenner misst. "
        "Dr. Tiago Souza schreibt. Dr. Jonas Weber liest."
    )
    for line, wanted in (
        ("Im Labor entdeckt der portugiesische Dr. Tiago Souza einen Fehler.", False),
        ("Im Labor entdeckt Dr. Tiago Souza einen Fehler.", True),
    ):
        _who, finder, pools, sentences = series(lab, line)
        candidate = next(c for c in finder.find(sentences[-1]) if c.answer == "Tiago Souza")
        prompt = sentences[-1].text.replace("Tiago Souza", GAP)
        assert (distractors(candidate, prompt, pools, "key") is not None) == wanted, line


def test_roundness_is_the_step_a_quiz_master_would_vary_by():
    assert [roundness(n) for n in (3, 12, 15, 40, 800, 12000, 37)] == [1, 1, 5, 10, 100, 1000, 1]


def test_number_choices_are_as_round_as_the_answer_and_not_evenly_around_it():
    middles = 0
    for index in range(40):
        picked = _spread(40, f"key-{index}")[:3]
        assert len(set(picked)) == 3 and 40 not in picked
        assert all(n % 10 == 0 and n > 1 for n in picked)
        values = sorted([40, *picked])
        middles += values.index(40) in (1, 2)
    assert 0 < middles < 40  # the answer is sometimes at an end


def test_number_choices_are_never_a_run_of_neighbours():
    # Blind reading, round 8: 12, 13, 14, 15 around 12 read as arbitrary numbers.
    for line, answer in (
        ("Mit 12 Fotos erpresst Häftling Tom Krause den Wärter.", "12"),
        ("Häftling Max Roth versteckt 14 Briefe unter der Matratze.", "14"),
        ("Häftling Paul Wagner schuldet dem Koch 800 Dollar.", "800"),
        ("Häftling Jan Hahn hat 1000 Zigaretten gehortet.", "1000"),
    ):
        wrong = choices_for(line, answer, NUMBER)
        assert wrong is not None and len(wrong) == 3, (line, wrong)
        values = sorted(int(n.replace(".", "")) for n in [answer, *wrong])
        gaps = [b - a for a, b in itertools.pairwise(values)]
        assert min(gaps) >= max(2, values[-1] / 8), (line, values)
    share = choices_for("Häftling Max Roth verlangt 60 Prozent der Beute.", "60", NUMBER)
    assert share is not None and all(int(n) <= 100 for n in share), share
    # A small count is offered its neighbours, but never three in a row with the answer.
    for count in ("2", "3", "4", "5"):
        line = f"Häftling Otto Sommer gräbt mit {count} Löffeln einen Tunnel."
        small = choices_for(line, count, NUMBER)
        assert small is not None and len(small) == 3, (count, small)
        values = {int(count), *map(int, small)}
        assert not any({n, n + 1, n + 2} <= values for n in values), (count, small)
        assert all(int(n) <= 4 * int(count) for n in small), (count, small)


def test_numbers_of_the_same_unit_in_the_series_come_first():
    pools = Pools(persons=[], nouns={}, places=[], numbers={"jahr": {15, 30, 2000}})
    wrong = choices_for("Tom Krause sitzt für 20 Jahre.", "20", NUMBER, pools)
    assert wrong is not None and wrong[:2] == ["15", "30"]  # 2000 is too far away


def test_no_choice_contains_another():
    assert _overlaps("gletscherspalte", {"spalte"})
    assert _overlaps("spalte", {"gletscherspalte"})
    assert not _overlaps("dachboden", {"spalte", "kapelle"})


def test_a_cut_gone_wrong_is_never_offered_as_a_person():
    who, *_ = series(
        "Kommandantin Sofia Marek landet. Kadett Kiro Tal hilft. Dann macht Marek Vorwürfe. "
        "Mia lacht. Tom isst Mias Geburtstagstorte."
    )
    # The person finder cuts them off itself (round 5 B) ...
    names = {person.canonical for person in who.persons}
    assert not names & {"Marek Vorwürfe", "Mias Geburtstagstorte"}, names
    # ... and a cut that still slips through is never a choice.
    made = [Person(tuple(name.split())) for name in ("Sofia Marek", "Mia", "Kiro Tal")]
    glued = [Person(("Marek", "Vorwürfe")), Person(("Mias", "Geburtstagstorte"))]
    assert _miscut(made + glued) == {"Marek Vorwürfe", "Mias Geburtstagstorte"}


def test_where_choices_are_places_of_the_same_scale_written_as_the_series_writes_them():
    _who, sentences, _facts = analyse(
        "Tom Krause sitzt in einer engen Gummizelle. Max Roth lernt im Weiterbildungskurs.",
        "Paul Wagner stürzt beim Aufstieg. Jan Hahn wohnt im Dorf.",
    )
    locations = _locations(sentences)
    assert locations["Gummizelle"] == "in einer Gummizelle"  # the adjective left out
    assert locations["Weiterbildungskurs"] == "im Weiterbildungskurs"
    assert [_scale(noun) for noun in ("Gummizelle", "Pfarrgarten", "Dorf", "Aufstieg")] == [
        "spot",
        "spot",
        "site",
        None,
    ]


def test_a_cause_is_offered_among_causes_only_even_if_that_makes_three_choices():
    _who, sentences, _facts = analyse("Tom Krause sitzt im Knast.")
    reasons = [
        "weil er betrunken Auto fuhr",
        "weil er ihm Geld schuldet",
        "als Strafe dafür, dass er Max Roth bestahl",
        "um sich vom Alltag abzulenken",
        "weil sie Ärger sucht",
        "dafür, dass er lügt",
    ]
    pools = Pools(persons=[], nouns={}, places=[], reasons=reasons)
    answer = reasons[0]
    candidate = Candidate(REASON, sentences[0], 0, 0, answer, (), frozenset({"auto"}))
    wrong = distractors(candidate, "Warum sitzt Tom Krause?", pools, "key")
    assert wrong is not None
    # No purpose among causes, no "sie" where the answer says "er", no "ihm" the answer lacks
    # (it would dangle), and every cause opened as the answer is (blind reading, round 5).
    assert set(wrong) == {"weil er Max Roth bestahl", "weil er lügt"}


def test_an_object_the_lexicon_knows_gets_nouns_of_its_kind_and_gender():
    assert set(_kind_of(NounInfo("Niere", True, "f"))) == {
        "Leber",
        "Lunge",
        "Milz",
        "Hornhaut",
        "Bauchspeicheldrüse",
    }
    assert "Messer" not in _kind_of(NounInfo("Nadel", True, "f"))  # "eine" would not fit it
    assert _kind_of(NounInfo("Drachenkrone", True, "f")) == []  # a compound stands out
    assert _kind_of(NounInfo("Nadeln", False, None)) == []
