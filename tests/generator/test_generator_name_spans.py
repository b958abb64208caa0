"""Where a name starts and ends (diagnosis 16, on invented lines): "von Bord" is no house;
a surname said with its particle is gapped with it; a known name does not run on into the
word after it."""

from __future__ import annotations

from pathlib import Path

from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis
from tests.generator import analysis


def _asked(*lines: str) -> list[tuple[str, str]]:
    synopsis = Synopsis(Path("hafen-staffel-1.txt"), "hafen-staffel-1.txt", lines)
    return [(g.question.prompt, g.question.answer) for g in generate([synopsis])[0].questions]


def test_von_before_a_noun_of_a_set_phrase_is_no_noble_house():
    who, _, _ = analysis.analyse(
        "Die Ärztin Dr. Lea Kramm geht mit Kapitän Ole Hahn von Bord.",
        "Später ist Lea Kramm wieder an Bord, und Ole Hahn bleibt von Zeit zu Zeit an Land.",
        "Graf Konrad von Falkenstein kommt.",
    )
    names = {p.canonical for p in who.persons}
    assert names == {"Lea Kramm", "Ole Hahn", "Konrad von Falkenstein"}, names


def test_an_bord_is_never_written_as_a_name():
    lines = (
        "Die Tänzerin Mara Quell geht Arm in Arm mit Steward Timo Raske von Bord.",
        "Mara Quell erfährt, dass ein Dieb an Bord ist, der Schmuck stiehlt.",
    )
    asked = _asked(*lines)
    assert any("Dieb an Bord ist" in prompt for prompt, _ in asked), asked
    for prompt, answer in asked:
        assert "Bord" not in answer and "an Timo" not in prompt and "an ____" not in prompt


def test_a_surname_with_its_particle_is_one_mention():
    assert analysis.mentions(
        "Baron Jonas von Tannberg kommt an.",
        "Sie sieht, dass von Tannberg Geld stiehlt. Von Tannberg flieht.",
        "Der Plan wurde von Graf von Tannberg gebilligt.",
    ) == [
        ("Jonas von Tannberg", "Jonas von Tannberg"),
        ("von Tannberg", "Jonas von Tannberg"),
        ("Von Tannberg", "Jonas von Tannberg"),
        ("von Tannberg", "Jonas von Tannberg"),
    ]


def test_a_gap_never_leaves_the_particle_before_it():
    lines = (
        "Baron Jonas von Tannberg mietet in Lübeck eine Suite mit drei Zimmern.",
        "Die Köchin Ada Brill bemerkt, dass von Tannberg Rechnungen über 900 Euro fälscht.",
        "Von Tannberg wird in Kiel der Polizei übergeben.",
    )
    for prompt, answer in _asked(*lines):
        if answer == "Jonas von Tannberg":
            assert "von ____" not in prompt.lower(), prompt


def test_a_known_name_does_not_run_on_into_the_word_after_it():
    assert analysis.mentions(
        "In Triest legt die MS Stella Marina zu einer Reise ab. Kapitän Jens Ohlsen ist froh.",
        "Wegen eines Sturms kann die Stella Marina Bastia nicht anlaufen.",
        "In Bastia kauft Jens Ohlsen Käse.",
    ) == [
        ("MS Stella Marina", "MS Stella Marina"),
        ("Jens Ohlsen", "Jens Ohlsen"),
        ("Stella Marina", "MS Stella Marina"),
        ("Jens Ohlsen", "Jens Ohlsen"),
    ]


def test_a_name_introduced_in_full_keeps_its_last_word():
    who, _, _ = analysis.analyse(
        "Kapitän Arvid Lund Moberg segelt nach Bergen.",
        "Arvid Lund verkauft den Fang. Arvid Lund lacht.",
    )
    assert "Arvid Lund Moberg" in {p.canonical for p in who.persons}


def test_a_word_of_place_names_makes_the_run_a_place_not_a_person():
    lines = (
        "Die Hirtin Mira Lott kauft eine Farm.",
        "Unterdessen findet der Hirte Bo am Dingo Creek zwölf tote Ziegen. Mira Lott weint.",
        "Bo reitet nach Mount Tilba.",
    )
    who, _, _ = analysis.analyse(*lines)
    assert {p.canonical for p in who.persons} == {"Mira Lott", "Bo"}
    assert {("Dingo", "Creek"), ("Mount", "Tilba")} <= who.places
    assert ("Wo findet Bo zwölf tote Ziegen?", "Dingo Creek") in _asked(*lines)


def test_an_english_possessive_stays_inside_the_name():
    lines = (
        "Die Dubbo Growers' Bank schickt den Prüfer Ray Tully auf die Farm.",
        "Mira Lott fährt nach Perth, um bei der Zentrale der Bank Beschwerde gegen Ray Tully "
        "einzulegen.",
    )
    asked = _asked(*lines)
    answers = {answer for _, answer in asked}
    assert "Growers' Bank" not in answers, asked
    assert "Dubbo Growers' Bank" in answers, asked
    assert ("Wen schickt die Dubbo Growers' Bank auf die Farm?", "Ray Tully") in asked


def test_a_demonstrative_after_a_person_spoken_of_by_a_noun_points_at_no_name():
    # Once "Ines Albrecht von Bord" was gone, "Der stellt sich ... vor" was asked of the man
    # who guesses, not of the stranger he guesses at.
    from quiz.generator.references import References

    who, sentences, _ = analysis.analyse(
        "Steward Udo Brehm tippt auf den schweigsamen Herrn aus der Kabine am Heck. "
        "Der stellt sich als Fürst Anton von Rehberg vor.",
    )
    assert References(who, sentences).opening(sentences[1], sentences[0]) is None


def test_a_set_phrase_is_no_mention_of_a_person_of_that_surname():
    assert analysis.mentions(
        "Fischer Tom Land kommt in Kiel an.", "Das Boot treibt an Land, und Tom Land lacht."
    ) == [("Tom Land", "Tom Land"), ("Tom Land", "Tom Land")]
