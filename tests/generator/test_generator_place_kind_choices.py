"""Place choices of the answer's kind or none (round 12: a mountain village among faraway
cities and a region; a match, "im Derby", among towns and a newspaper); invented lines."""

from __future__ import annotations

from quiz.generator.candidates import PLACE
from quiz.generator.distractors import distractors
from quiz.generator.forms import GAP
from tests.generator.test_generator_choices import CAST
from tests.generator.test_generator_gender import series

PLACES = ["Lindenau", "Brunnwald", "Kaltenbach", "Eichhofen", "Rostock", "Wien", "Sizilien"]
KINDS = {
    "Lindenau": frozenset({"bergdorf"}),
    "Brunnwald": frozenset({"dorf"}),
    "Kaltenbach": frozenset({"dorf"}),
    "Eichhofen": frozenset({"bergdorf"}),
    "Rostock": frozenset({"hafenstadt"}),
}


def _wrong(answer: str, *lines: str) -> list[str] | None:
    _who, finder, pools, sentences = series(CAST, *lines)
    pools.places = [*PLACES, answer] if answer not in PLACES else PLACES
    pools.place_kinds = KINDS
    pools.towns = frozenset({"Lindenau", "Rostock", "Wien", "Sizilien", "Brunnwald"})
    candidate = next(c for c in finder.find(sentences[-1]) if c.kind == PLACE)
    assert candidate.answer == answer
    return distractors(candidate, sentences[-1].text.replace(answer, GAP), pools, "key")


def test_a_village_is_offered_among_villages_only():
    wrong = _wrong(
        "Lindenau",
        "Das Bergdorf Lindenau liegt still im Tal.",
        "Häftling Max Roth flieht nach Lindenau.",
    )
    assert wrong is not None and set(wrong) == {"Brunnwald", "Kaltenbach", "Eichhofen"}, wrong


def test_a_place_that_is_no_town_gets_no_towns_as_choices():
    assert _wrong("Derby", "Häftling Max Roth wird im Derby verletzt.") is None


def test_a_spot_the_source_sentence_names_is_no_wrong_choice_and_a_service_is_no_person():
    # "Bei einer Seilübung in der Schlucht findet Leni an einem Bohrhaken ...": "Schlucht" is
    # right as well; "die Bergwacht Kaltenbrunn" made Kaltenbrunn a person (round 17).
    from pathlib import Path

    from quiz.generator.pipeline import generate
    from quiz.generator.sources import Synopsis

    lines = (
        "Am Sonntag holt die Bergwacht Almdorf zwei Wanderer vom Grat. Bereitschaftsleiter Sepp"
        " Huber verletzt sich, und seine Tochter Vroni Huber bringt die Bergung zu Ende.",
        "Im Gasthof streiten Sepp Huber und Wirt Toni Mair. Im Tal wartet Toni Mair.",
        "Bei einer Übung in der Schlucht findet Vroni Huber an einem Bohrhaken eine Mappe mit"
        " einem Gutachten.",
        "In der Hütte trinkt Toni Mair Tee. Im Stall füttert Vroni Huber die Kühe.",
    )
    name = "almdorf-staffel-1.txt"
    questions = [g.question for g in generate([Synopsis(Path(name), name, lines)])[0].questions]
    assert not [
        q for q in questions if "Schlucht" in (q.choices or ()) and "Schlucht" in q.explanation
    ]
    assert not [q for q in questions if q.answer == "Almdorf" and q.prompt.startswith("Wessen")]
    from quiz.generator.firms import firm_name_tokens
    from tests.generator.test_generator_reads_as_german import tagged

    opening = tagged("Am Sonntag holt die Bergwacht Almdorf zwei Wanderer vom Grat.")
    almdorf = next(i for i, t in enumerate(opening.tokens) if t.text == "Almdorf")
    assert almdorf in firm_name_tokens(opening.tokens)


def test_place_choices_share_no_part_with_the_answer_or_each_other():
    # "Duisburg" beside "Duisburg-Ruhrort" among the choices for "Köln" (round 18)
    from quiz.generator.distractors import _apart

    ordered = ["Duisburg-Ruhrort", "Duisburg", "Basel", "Bad Ems", "Ems"]
    assert _apart("Köln", ordered) == ["Duisburg-Ruhrort", "Basel", "Bad Ems"]
    assert _apart("Ruhrort", ["Duisburg-Ruhrort", "Basel"]) == ["Basel"]
