"""Persons found by how the series uses a word, and words that only looked like a name."""

from __future__ import annotations

from quiz.generator.persons import WhoIsWho
from tests.generator import analysis


def found(*lines: str) -> tuple[list[str], list[tuple[str, str | None]]]:
    who, sentences, _ = analysis.analyse(*lines)
    return sorted(p.canonical for p in who.persons), [
        (m.written, m.person.canonical if m.person else None)
        for sentence in sentences
        for m in WhoIsWho.mentions_in(who, sentence)
    ]


def test_a_word_the_tagger_calls_a_noun_is_a_name_where_the_series_uses_it_as_one():
    persons, mentions = found(
        "Jonas und Mia suchen einen Mitbewohner. So zieht Bommel ein, ein Musikstudent.",
        "Erst als Bommel anbietet, sein Zimmer zu teilen, packt Kemal seine Koffer.",
    )
    assert "Bommel" in persons
    assert mentions.count(("Bommel", "Bommel")) == 2


def test_a_word_between_an_article_and_a_name_is_a_role():
    persons, mentions = found(
        "Die Hexe Morwen lebt im Sumpf. Der Fischer Ole Brink kommt nach Kiel.",
        "Fischer Brink lacht. Morwen kennt jedes Gift.",
    )
    assert persons == ["Morwen", "Ole Brink"]
    assert ("Brink", "Ole Brink") in mentions


def test_a_name_glued_to_the_noun_after_it_is_cut_off():
    persons, mentions = found(
        "Kommandantin Sofia Marek übernimmt die Station. Admiralin Helga Marek kommt an.",
        "Sie macht Marek Vorwürfe. Mia lacht, Kemal isst Mias Geburtstagstorte auf.",
    )
    assert "Marek Vorwürfe" not in persons and "Mias Geburtstagstorte" not in persons
    assert ("Marek", None) in mentions  # Sofia or Helga: nobody in particular
    assert ("Mias", "Mia") in mentions


def test_a_person_known_by_an_epithet_only_is_found_with_its_article():
    persons, mentions = found(
        "In Kiel treibt ein Dieb sein Unwesen, den alle nur den Fuchs nennen.",
        "Kommissar Jan Roth stellt dem Fuchs eine Falle. Der Fuchs entkommt über die Dächer.",
        "Vom Fuchs fehlt jede Spur.",
    )
    assert "der Fuchs" in persons
    assert ("dem Fuchs", "der Fuchs") in mentions and ("Der Fuchs", "der Fuchs") in mentions
    # the naming itself and "Vom Fuchs" (no subject, no object) are not asked about
    assert ("den Fuchs", "der Fuchs") not in mentions and ("Vom Fuchs", "der Fuchs") not in mentions
