"""Why a person named in an episode was asked nowhere there, and the general fixes (issue 9,
round 9). All on invented synopses of a new series (a coastal village)."""

from __future__ import annotations

from pathlib import Path

from quiz.generator.persons import WhoIsWho
from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis
from tests.generator import analysis


def _bank(*lines: str):
    return generate([Synopsis(Path("kutter-staffel-1.txt"), "kutter-staffel-1.txt", lines)])[0]


def _asked(*lines: str) -> dict[str, str]:
    return {g.question.prompt: g.question.answer for g in _bank(*lines).questions}


def test_a_shared_surname_after_a_role_only_one_bearer_holds_names_that_bearer():
    who, sentences, _ = analysis.analyse(
        "Kapitän Paul Behrens repariert das Boot. Pfarrer Jakob Behrens predigt in der Kirche.",
        "Kapitän Behrens fährt in der Nacht nach Lübeck. Behrens lacht.",
    )
    riding, laughing = sentences[2], sentences[3]
    (smith,) = WhoIsWho.mentions_in(who, riding)
    assert smith.person is not None and smith.person.canonical == "Paul Behrens"
    # no role: either Behrens
    assert [m.person for m in WhoIsWho.mentions_in(who, laughing)] == [None]


def test_bis_before_a_place_phrase_is_asked_with_it():
    asked = _asked(
        "Kapitän Paul Behrens repariert das Boot. Pfarrer Jakob Behrens predigt in der Kirche.",
        "Kapitän Behrens fährt in der Nacht bis in die Kreisstadt Lübeck, um Dr. Ida Kamp zu holen.",
    )
    assert not [prompt for prompt in asked if prompt.endswith(" bis?")], asked
    assert (
        asked.get("Wer fährt in der Nacht bis in die Kreisstadt Lübeck, um Dr. Ida Kamp zu holen?")
        == "Paul Behrens"
    )
