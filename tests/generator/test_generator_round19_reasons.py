"""Round 19 of the blind reading, on invented lines: two persons' first names side by side,
a teacher among pupils, and what a gap may not cut out of a name."""

from __future__ import annotations

from pathlib import Path

from quiz.generator.circles import Circles
from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis
from tests.generator import analysis


def _persons(*lines: str) -> dict[str, set[tuple[str, ...]]]:
    who, _sentences, _facts = analysis.analyse(*lines)
    return {p.canonical: set(p.aliases) for p in who.persons}


def _questions(*lines: str):
    synopsis = Synopsis(Path("kanzlei-staffel-1.txt"), "kanzlei-staffel-1.txt", lines)
    return generate([synopsis])[0].questions


def test_two_first_names_of_two_known_persons_side_by_side_are_two_persons():
    # "Am Abend gesteht Cem Johanna, dass …" was answered "Cem Johanna" (Cem confesses to Johanna)
    lines = (
        "Die Anwältin Dr. Greta Wolff übernimmt die Verteidigung. Ihr Partner Dr. Ole Brandt "
        "hält das Mandat für zu riskant.",
        "Greta gewinnt den ersten Tag. Ole trifft heimlich den Staatsanwalt.",
        "Am Abend gesteht Ole Greta, dass er den Vertrag bereits unterschrieben hat.",
    )
    persons = _persons(*lines)
    assert not any("Ole Greta" in name for name in persons), persons
    assert {"Greta Wolff", "Ole Brandt"} <= set(persons), persons


def test_a_role_said_after_a_comma_without_article_gives_the_circle():
    # "____, Sportlehrer und Leiter der Garten-AG, verrät Leonie …" offered two pupils beside
    # the teacher, and the teacher among the pupils of "gegen ____ aus der 10a"
    lines = (
        "Herr Voss, Sportlehrer und Leiter der Schach-AG, verrät Mia ein Geheimnis.",
        "Voss lacht. Jonas, Mia und Paul streiten sich.",
    )
    who, sentences, _ = analysis.analyse(*lines)
    circles = Circles.of(sentences, who)
    voss = next(p for p in who.persons if p.canonical.endswith("Voss"))
    jonas = next(p for p in who.persons if p.canonical == "Jonas")
    assert circles.circle(voss) == "school"
    assert circles.circle(jonas) is None
    # an enumeration goes on with a name after the role: no role said of the one before it
    listed = ("Mia, Lehrer Voss und Jonas gehen in den Garten.", "Mia lacht. Jonas weint.")
    who, sentences, _ = analysis.analyse(*listed)
    mia = next(p for p in who.persons if p.canonical == "Mia")
    assert Circles.of(sentences, who).circle(mia) is None


def test_a_place_inside_a_clubs_name_is_no_gap():
    # "rutscht Rot-Weiß ____ auf den vorletzten Platz" and "gegen die Sportfreunde ____"
    lines = (
        "Nach einem 0:3 gegen Eintracht Ostwald rutscht Rot-Weiß Emscherbruch am 24. Spieltag auf "
        "den vorletzten Tabellenplatz, und Präsident Horst Kolbe entlässt den Trainer.",
        "Im Derby gegen die Sportfreunde Heidekamp schießt Kolbe ein Tor. Er feiert in Heidekamp.",
        "Am letzten Spieltag braucht Rot-Weiß Emscherbruch einen Punkt. Kolbe zieht nach Ostwald.",
    )
    prompts = [g.question.prompt for g in _questions(*lines)]
    glued = ("Rot-Weiß ____", "Eintracht ____", "Sportfreunde ____")
    assert not [p for p in prompts if any(g in p for g in glued)], prompts
    assert any("Präsident ____" in p for p in prompts), prompts


def test_a_woman_named_after_a_feminine_role_in_e_stays_a_person():
    # "die Garderobiere Frieda" is one woman, though the tagger reads "Garderobiere" as a form
    lines = ("Am Abend versperren der Wirt Otto Kranz und die Garderobiere Frieda den Weg.",)
    assert "Frieda" in _persons(*lines)
