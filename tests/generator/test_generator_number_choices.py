"""Number choices that do not give the answer away (round 12): no base the others are made
from by simple fractions (170, 260, 510 beside 340), the answer no more often in the middle
than by chance, small counts within what one scene holds; all on invented lines."""

from __future__ import annotations

from fractions import Fraction

from quiz.generator.candidates import NUMBER
from quiz.generator.distractors import distractors
from quiz.generator.forms import GAP
from quiz.text.numbers import parse_number
from tests.generator.test_generator_choices import CAST
from tests.generator.test_generator_gender import series

KEYS = [f"key-{n}" for n in range(40)]
SIMPLE = {Fraction(a, b) for a in range(1, 5) for b in range(1, 5)} - {Fraction(1)}


def _choices(line: str, answer: str) -> list[list[int]]:
    _who, finder, pools, sentences = series(CAST, line)
    candidate = next(
        c for c in finder.find(sentences[-1]) if c.kind == NUMBER and c.answer == answer
    )
    found = []
    for key in KEYS:
        prompt = sentences[-1].text.replace(answer, GAP, 1)
        wrong = distractors(candidate, prompt, pools, key)
        assert wrong is not None and len(wrong) == 3, (line, key)
        found.append([parse_number(n) or 0 for n in wrong])
    return found


def test_the_answer_is_no_base_and_no_more_often_the_middle_than_by_chance():
    middles = made_from = asked = 0
    for line, answer in (
        ("Häftling Max Roth schuldet dem Koch 340 Dollar.", "340"),
        ("Häftling Tom Krause schmuggelt 180 Zigarren in den Block.", "180"),
        ("Häftling Jan Hahn erbeutet 100.000 Euro.", "100.000"),
        ("Häftling Paul Wagner versteckt 12.000 Euro im Keller.", "12.000"),
        ("Häftling Otto Sommer besticht 41 Wärter.", "41"),
    ):
        value = parse_number(answer) or 0
        step = 10 if value % 10 == 0 else 1
        for wrong in _choices(line, answer):
            asked += 1
            middles += sorted([value, *wrong]).index(value) in (1, 2)
            made_from += all(Fraction(n, value) in SIMPLE for n in wrong)
            assert all(n % step == 0 for n in wrong), (answer, wrong)  # rounded like it
    assert middles <= asked * 0.6, (middles, asked)
    assert made_from <= asked * 0.1, (made_from, asked)


def test_a_small_count_gets_choices_one_scene_can_hold():
    # "hält zwei Elfmeter": never acht or zehn beside it.
    for line, answer, highest in (
        ("Häftling Max Roth hält zwei Elfmeter im Hofspiel.", "zwei", 7),
        ("Häftling Jan Hahn gräbt mit 3 Löffeln einen Tunnel.", "3", 6),
        ("Häftling Tom Krause hat vier Messer versteckt.", "vier", 7),
    ):
        for wrong in _choices(line, answer):
            assert all(1 <= n <= highest for n in wrong), (answer, wrong)


def test_a_number_shown_in_the_prompt_leaves_room_for_three_small_choices():
    # "sechs" stands in the prompt: the choices for "zwei" are judged without it.
    line = "Der Aufstand kostet Häftling Max Roth sechs Zähne und ____ Finger."
    for wrong in _choices(line.replace("____", "zwei"), "zwei"):
        assert 6 not in wrong and len(set(wrong)) == 3, wrong


def test_a_score_s_choices_keep_the_answer_s_side_and_stay_near_it():
    # "übersteht das Votum mit 69 zu ____ Stimmen" (64): 91 would lose the vote (diagnosis 15)
    for line, answer, other in (
        ("Häftling Max Roth wird mit 69 zu 64 Stimmen zum Sprecher gewählt.", "64", 69),
        ("Häftling Tom Krause verliert die Wahl mit 58 zu 71 Stimmen.", "71", 58),
    ):
        value = int(answer)
        for choices in _choices(line, answer):
            assert all((n < other) == (value < other) for n in choices), (line, choices)
            assert all(abs(n - value) <= 10 for n in choices), (line, choices)


def test_a_round_period_gets_round_choices():
    # "auf weitere zehn Jahre": fünf, fünfzehn, zwanzig, not sechzehn, dreizehn (diagnosis 15)
    for line, answer in (
        ("Häftling Max Roth bekommt weitere zehn Jahre.", "zehn"),
        ("Häftling Tom Krause muss 15 Tage in die Zelle.", "15"),
    ):
        for choices in _choices(line, answer):
            assert all(n % 5 == 0 for n in choices), (line, choices)


def test_no_choice_equals_a_number_the_prompt_shows_in_another_form():
    # "sitzt für 12 Jahre, weil er einen ____jährigen Jungen überfuhr": "zwölf" read as
    # copied from the question (blind reading); so does 11 beside "elf Brüder".
    for line, answer, shown in (
        (
            "Häftling Jan Hahn sitzt für 12 Jahre, weil er einen zehnjährigen Jungen überfuhr.",
            "zehn",
            12,
        ),
        ("Häftling Otto Sommer hat elf Brüder und 14 Schwestern.", "14", 11),
        ("Häftling Tom Krause wird zwölfmal verlegt und sitzt 15 Monate im Block.", "15", 12),
    ):
        for wrong in _choices(line, answer):
            assert shown not in wrong and len(set(wrong)) == 3, (answer, wrong)
