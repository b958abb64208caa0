"""Classes of round 11's blind reading on new series, on invented lines: the place a series
opens in is no answer; half a clock time is no number; a pair told twice ("zwei ..., eine
davon") is no count to ask; a man "von" a place the series names is from there, not of a
noble house; a year counts nothing; a short question ending in "daran" is too thin."""

from __future__ import annotations

from pathlib import Path

from quiz.generator.candidates import PERSON, Candidate
from quiz.generator.forms import WHO, Wording
from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis
from quiz.generator.thin import asks_too_little
from tests.generator.test_generator_reads_as_german import tagged


def _asked(*lines: str) -> list[tuple[str, str]]:
    synopsis = Synopsis(Path("deich-staffel-1.txt"), "deich-staffel-1.txt", lines)
    return [(g.question.prompt, g.question.answer) for g in generate([synopsis])[0].questions]


def _answers(*lines: str) -> set[str]:
    return {answer for _, answer in _asked(*lines)}


def test_the_place_a_series_opens_in_is_not_asked():
    lines = (
        "Im Mai 1958 tritt Lotse Hinrich Dahl seinen Dienst am Bremer Weserhafen an.",
        "Hinrich Dahl sucht in Bremen nach seiner Schwester, die seit drei Wochen verschwunden "
        "ist.",
        "Greta Voss zieht nach Oldenburg und kauft dort ein Fischrestaurant.",
    )
    # "Bremer" in the opening line: "Wo sucht Hinrich Dahl ...?" asks for the setting
    assert "Bremen" not in _answers(*lines), _asked(*lines)


def test_where_a_series_comes_from_is_no_home():
    lines = (
        "Lotse Hinrich Dahl kehrt aus Lissabon in sein Heimatdorf Kleinwarden zurück.",
        "Greta Voss fährt nach Lissabon, um Hinrich Dahl zu suchen.",
    )
    answers = _answers(*lines)
    assert "Kleinwarden" not in answers, _asked(*lines)
    assert "Lissabon" in answers, _asked(*lines)


# One series for the spans below: the finder learns "in Cuxhaven" from its second line.
HARBOUR = (
    "Im März 1958 wird Lotse Hinrich Dahl von Cuxhaven an den Weserhafen versetzt, nachdem er "
    "dort einen Schmugglerring ausgehoben hat. Sein Kollege Jens Ahlers rät ihm, vorsichtig zu "
    "sein.",
    "Greta Voss wird in Cuxhaven verhaftet, als sie mit einem Kutter nach Emden fliehen will. "
    "Im Verhör belastet sie Jens Ahlers.",
    "Lotse Hinrich Dahl findet Greta Voss gegen 5:30 Uhr bewusstlos am Deich. Greta Voss kauft "
    "14 Fässer Teer in Emden.",
    "Fürstin Maelis von Dornholt besucht Hinrich Dahl am Hafen. Greta Voss flieht nach Dornholt.",
)


def test_half_a_clock_time_is_no_number():
    asked = _asked(*HARBOUR)
    assert not [p for p, _ in asked if ":____" in p], asked
    assert "14" in {a for _, a in asked}, asked


def test_a_full_name_von_a_place_is_a_man_from_there():
    asked = _asked(*HARBOUR)
    answers = {a for _, a in asked}
    assert not [a for a in answers if "Cuxhaven" in a], asked
    assert not [p for p, _ in asked if "in Hinrich Dahl" in p], asked
    assert "Hinrich Dahl" in answers, asked
    # after a first name alone, "von" and a place is a noble house
    assert not [p for p, a in asked if a == "Maelis"], asked


def test_a_pair_told_twice_is_not_counted():
    asked = _asked(
        "Lotse Hinrich Dahl sieht zwei Gestalten auf dem Deich, eine davon mit roter Mütze.",
        "Greta Voss kauft zwei Kutter in Emden.",
    )
    assert not [p for p, a in asked if a == "zwei" and "Gestalten" in p], asked
    assert [p for p, a in asked if a == "zwei" and "Kutter" in p], asked


def test_a_known_group_is_not_counted_again():
    asked = _asked(
        "Lotse Hinrich Dahl schenkt den vier Kindern zum Abschied sein altes Fernrohr.",
        "Greta Voss kauft den vier Meter hohen Mast eines Kutters.",
        "Greta Voss lädt die 80 Hochzeitsgäste auf den Kutter.",
    )
    counts = {a: p for p, a in asked}
    assert not [p for p, a in asked if a == "vier" and "Kindern" in p], asked
    # a measure after the article, and a large crowd, are news worth asking
    assert [p for p, a in asked if a == "vier" and "Mast" in p], asked
    assert "80" in counts, asked


def test_a_year_before_a_noun_counts_nothing():
    asked = _asked(
        "Die Reederei von Greta Voss bringt seit 1898 Kaffee aus Santos nach Emden.",
        "Lotse Hinrich Dahl findet 1500 Säcke Kaffee im Schuppen.",
    )
    assert not [p for p, a in asked if a == "1898"], asked
    assert [p for p, a in asked if a == "1500"], asked


def test_a_short_question_ending_in_daran_is_too_thin():
    sentence = tagged("Lotse Hinrich Dahl glaubt nicht daran, denn Jens Ahlers trank nie Rum.")
    person = Candidate(PERSON, sentence, 1, 3, "Hinrich Dahl", (), frozenset())
    thin = Wording(WHO, "Wer glaubt nicht daran?", sentence.text)
    assert asks_too_little(thin, person, frozenset())
    # a longer question says itself in what: "... mit 412 Euro darin?"
    sentence = tagged("Lotse Hinrich Dahl findet unter dem Bett eine Kassette mit 412 Euro darin.")
    person = Candidate(PERSON, sentence, 1, 3, "Hinrich Dahl", (), frozenset())
    full = Wording(WHO, "Wer findet unter dem Bett eine Kassette mit 412 Euro darin?", "")
    assert not asks_too_little(full, person, frozenset())


def test_a_series_with_no_sentence_has_no_home_and_no_question():
    assert _asked("", "   ") == []
