"""Number choices up to a hundred (years, ages, people) lie near the answer, within what the
words around the gap and the unit allow, never plain multiples of it (blind reading, round
10: "erst ____ Jahre alt" (14) with 21 and 28; "nach ____ Jahren in den Ruhestand" (41) with
123), all on invented lines."""

from __future__ import annotations

from quiz.generator import tagging
from quiz.generator.candidates import NUMBER
from quiz.generator.distractors import distractors
from quiz.generator.near_numbers import Bounds, bounds, near_spread
from quiz.generator.text import split_sentences
from tests.generator.test_generator_choices import CAST
from tests.generator.test_generator_gender import series

KEYS = [f"key-{n}" for n in range(12)]


def _tokens(text: str):
    sentence = split_sentences(text, 1)[0]
    tagging.tag(sentence)
    return sentence.tokens


def _bounds_of(text: str, number: str) -> tuple[int, Bounds]:
    tokens = _tokens(text)
    start = next(i for i, t in enumerate(tokens) if t.text == number)
    return int(number), bounds(tokens, start, start + 1, int(number))


def test_erst_and_nur_rule_out_choices_far_above_and_schon_far_below():
    for text, number in (
        ("Ihr Sohn Mats ist erst 14 Jahre alt.", "14"),
        ("Zum Fest kommen nur 30 Gäste.", "30"),
        ("Der Junge ist noch nicht 16 Jahre alt.", "16"),
    ):
        value, allowed = _bounds_of(text, number)
        for key in KEYS:
            assert all(n <= value * 1.35 for n in near_spread(value, key, allowed)[:3]), text
    value, allowed = _bounds_of("Der Fischer ist schon 67 Jahre alt.", "67")
    for key in KEYS:
        picked = near_spread(value, key, allowed)[:3]
        assert all(value / 1.35 <= n <= 100 for n in picked), picked


def test_years_of_work_stay_within_a_working_life_and_ages_within_a_lifetime():
    value, allowed = _bounds_of("Die Hebamme geht nach 41 Jahren in den Ruhestand.", "41")
    for key in KEYS:
        assert max(near_spread(value, key, allowed)) <= 60
    value, allowed = _bounds_of("Die Witwe ist 88 Jahre alt.", "88")
    for key in KEYS:
        assert max(near_spread(value, key, allowed)) <= 100


def test_choices_up_to_a_hundred_lie_near_and_are_no_plain_multiples():
    for line, answer in (
        ("Häftling Max Roth versteckt 14 Briefe unter der Matratze.", "14"),
        ("Häftling Tom Krause sitzt seit 41 Jahren in Oz.", "41"),
        ("Häftling Jan Hahn besticht 25 Wärter.", "25"),
    ):
        _who, finder, pools, sentences = series(CAST, line)
        candidate = next(
            c for c in finder.find(sentences[-1]) if c.kind == NUMBER and c.answer == answer
        )
        value = int(answer)
        for key in KEYS:
            wrong = distractors(candidate, sentences[-1].text, pools, key)
            assert wrong is not None and len(wrong) == 3, (line, key)
            numbers = [int(n) for n in wrong]
            assert all(value * 0.45 <= n <= value * 2 for n in numbers), (line, numbers)
            assert not [n for n in numbers if n % value == 0 or value % n == 0], (line, numbers)


def test_choices_keep_the_answers_round_step_and_its_units_grain():
    # Diagnosis 16: 31, 37, 23 beside "binnen 48 Stunden"; 45, 85, 70 beside 100 Florin.
    for text, number, grain in (
        ("Binnen 48 Stunden verlassen alle Gäste die Pension Seeblick.", "48", 12),
        ("Der Schmied Ortwin zahlt die geliehenen 100 Taler zurück.", "100", 50),
        ("Nach 36 Monaten kehrt die Fischerin Wiebke heim.", "36", 6),
    ):
        value, allowed = _bounds_of(text, number)
        for key in KEYS:
            picked = near_spread(value, key, allowed)[:3]
            assert all(n % grain == 0 for n in picked), (text, picked)


def test_a_count_below_the_next_unit_stays_below_it():
    # Diagnosis 16: 105 and 155 Cent beside 85 Cent.
    value, allowed = _bounds_of("Die Bäuerin Henrike verlangt 85 Cent für ein Ei.", "85")
    for key in KEYS:
        assert max(near_spread(value, key, allowed)[:3]) < 100
    value, allowed = _bounds_of("Der Zug hält 40 Minuten in Talheim.", "40")
    for key in KEYS:
        assert max(near_spread(value, key, allowed)[:3]) < 60


def test_an_age_has_choices_within_fifteen_years_of_it():
    # Diagnosis 16: 36 for a patriarch of 78 whose eldest son runs the firm.
    value, allowed = _bounds_of("Reeder Bodo Harms, 78 Jahre alt, übergibt die Werft.", "78")
    for key in KEYS:
        picked = near_spread(value, key, allowed)[:3]
        assert len(picked) == 3 and all(abs(n - value) <= 15 for n in picked), picked
