"""Classes of round 12's blind reading on wh-questions, on invented lines: a score or a clock
time is one word ("mit 1:0", never "mit 1?"); quotes and hyphens hug their words in a prompt
built from tokens ("„Möwe“", "17-jährigen")."""

from __future__ import annotations

from pathlib import Path

from quiz.generator import text
from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis
from quiz.generator.text import split_sentences, tokenize


def _asked(*lines: str) -> list[tuple[str, str]]:
    synopsis = Synopsis(Path("moor-staffel-1.txt"), "moor-staffel-1.txt", lines)
    return [(g.question.prompt, g.question.answer) for g in generate([synopsis])[0].questions]


def _prompts(*lines: str) -> list[str]:
    return [prompt for prompt, _ in _asked(*lines)]


def test_a_score_and_a_clock_time_are_one_token():
    assert [t.text for t in tokenize("siegt mit 3:2 um 18:45 Uhr, Folge 4: Ende")] == [
        "siegt",
        "mit",
        "3:2",
        "um",
        "18:45",
        "Uhr",
        ",",
        "Folge",
        "4",
        ":",
        "Ende",
    ]


def test_a_score_at_the_end_of_a_sentence_ends_it():
    # "0:4." was "4" and "." with a word after it: an ordinal, so the sentence went on
    sentences = split_sentences("Der TuS Moorbach verliert in Aurich mit 0:4. Dann regnet es.", 1)
    assert len(sentences) == 2


SCORES = (
    "Torwart Fiete Brandt hält im Derby gegen Aurich zwei Elfmeter.",
    "Stürmerin Wiebke Janssen gewinnt mit 2:0 durch ein Tor in der Nachspielzeit.",
    "Wiebke Janssen erzielt in der 88. Minute das 3:1 gegen den SV Ostermoor.",
)


def test_a_score_is_never_cut_at_its_colon():
    prompts = _prompts(*SCORES)
    assert not [p for p in prompts if "mit 2?" in p or "das 3?" in p or "das 3 " in p], prompts
    assert any("2:0" in p for p in prompts), prompts


def test_quotes_and_hyphens_hug_their_words():
    assert text.as_written(["im", "„", "Moorboten", "“", ",", "dass"]) == "im „Moorboten“, dass"
    assert text.as_written(["»", "Möwe", "«", "(", "alt", ")"]) == "»Möwe« (alt)"
    prompts = _prompts(
        "Reporterin Ilka Feddersen enthüllt im „Moorboten“, dass der Bürgermeister Geld nimmt.",
        "Fiete Brandt bringt den 16-jährigen Hauke Lüders mit der Fähre „Möwe“ nach Juist.",
    )
    assert not [p for p in prompts if "„ " in p or " “" in p or " - " in p], prompts
    assert any("„Moorboten“" in p for p in prompts if not p.endswith("."))


NAMED_PLACES = (
    "Kapitänin Ronja Albers trinkt im Gasthof „Zum Kormoran“ einen Grog mit dem Wirt Ole Petersen.",
    "Ronja Albers funkt von der Station Wegener IV nach Bremerhaven, dass das Eis bricht.",
    "Ole Petersen trifft Ronja Albers im „Blauen Anker“ und erzählt vom Sturm.",
)


def test_part_of_a_name_is_no_gap():
    tokens = tokenize("trinkt im „Zum Kormoran“ mit der Station Wegener IV und der „Möwe“")
    assert text.inside_a_name(tokens, 4, 5)  # Kormoran
    assert text.inside_a_name(tokens, 9, 10)  # Wegener
    assert not text.inside_a_name(tokens, 14, 15)  # Möwe: the whole quoted name
    asked = _asked(*NAMED_PLACES)
    assert not {"Kormoran", "Wegener", "Anker"} & {a for _, a in asked}, asked
    assert not [p for p, _ in asked if "„Zum ____“" in p or "____ IV" in p], asked


def test_a_place_noun_a_name_follows_is_not_asked_alone():
    asked = _asked(*NAMED_PLACES)
    # "Wo trinkt Ronja Albers „Zum Kormoran“ einen Grog?" => "im Gasthof"
    assert "im Gasthof" not in {a for _, a in asked}, asked
    assert "Bremerhaven" in {a for _, a in asked}, asked


COUNTS = (
    "Greta Voss kauft 14 Fässer Teer in Emden.",
    "Die Fischer müssen ihre 50 Euro an Jana Petersen auszahlen.",
    "Jens Harmsen lässt die bisher gewonnenen 180 Meter Bohrkern zum Hafen bringen.",
    "Jakob Lindqvist rettet so alle 340 Bewohner der Insel.",
    "Ole Brandt sitzt mit 12 Skischülern aus den Niederlanden auf der Hütte fest.",
    "Amara Okafor rettet die Gesandte mit einem Serum aus Tessar-Moos.",
)


def test_a_count_takes_its_words_along_or_is_not_asked():
    asked = _asked(*COUNTS)
    prompts = [p for p, _ in asked if p.endswith("?")]
    assert "Wie viele Fässer Teer kauft Greta Voss in Emden?" in prompts, asked
    left_behind = ("ihre an", "gewonnenen zum", "so alle?", "Brandt aus den", "Gesandte aus")
    assert not [p for p in prompts if any(words in p for words in left_behind)], asked


def test_the_question_word_fits_the_case_and_the_idiom():
    asked = dict(
        _asked(
            "Im Mai wird Lotse Hauke Ahrens an den Fischereihafen versetzt, weil er gelogen hat.",
            "Hauke Ahrens macht Wiebke Janssen Vorwürfe, weil sie das Boot verkauft hat.",
            "Kommissarin Wiebke Janssen lässt den Schmuggler Piet Claasen unter Arrest stellen.",
        )
    )
    assert asked.get("Wohin wird Hauke Ahrens versetzt?") == "Fischereihafen", asked
    assert asked.get("Wem macht Hauke Ahrens Vorwürfe?") == "Wiebke Janssen", asked
    assert not [p for p in asked if p.startswith(("Woran", "Wen macht", "Worunter"))], asked


def test_a_verb_keeps_what_it_needs():
    asked = _asked(
        "Professorin Ulrike Brandes setzt gegen Reeder Piet Claasen durch, dass alle Daten frei "
        "veröffentlicht werden.",
        "Rektorin Frauke Lüders bestraft alle drei mit einer Woche Küchendienst bei Köchin Hanne.",
        "Kommissar Jan Wessels ruft den früheren Kassenwart Sven Holtkamp auf, der aussagt, "
        "Bürgermeister Piet Claasen habe die Kasse geplündert.",
    )
    prompts = [p for p, _ in asked]
    assert not [p for p in prompts if p.endswith(("setzt Ulrike Brandes durch?", "aussagt?"))]
    assert "Küchendienst" not in {a for _, a in asked}, asked  # no "Was bestraft ...?"
    assert "Wer ruft den früheren Kassenwart Sven Holtkamp auf?" in prompts, asked
