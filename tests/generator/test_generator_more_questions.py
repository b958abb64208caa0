"""Gaps that were once left unasked, on invented synopses: the number that opens an adjective,
hyphenated nouns (also when the tagger takes them for a name), long nouns without an article,
and "Wer ...?" where a pronoun of an inner clause points at the one asked for."""

from __future__ import annotations

from pathlib import Path

from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis
from tests.generator import analysis

LINES = (
    "Kommissarin Ida Kranz sucht einen siebenjährigen Jungen am Hafen. "
    "Die Polizei durchsucht das Viertel mit SEK-Einheiten.",
    "Hafenarbeiter Ole Brandt erfährt, dass er sich mit dem Q-Fieber angesteckt hat. "
    "Die Reederin Uta Sander lässt die Matrosen in Quarantäne unterbringen.",
    "Der Häftling Jens Falk hasst seinen Komplizen Rolf Stein dafür, dass er ihn an die Polizei verraten hat.",
)


def prompts_by_answer() -> dict[str, list[str]]:
    bank = generate([Synopsis(Path("hafen-staffel-1.txt"), "hafen-staffel-1.txt", LINES)])[0]
    found: dict[str, list[str]] = {}
    for generated in bank.questions:
        found.setdefault(generated.question.answer, []).append(generated.question.prompt)
    return found


def test_the_number_that_opens_an_adjective_is_asked_with_the_rest_of_the_word_kept():
    assert (
        "Kommissarin Ida Kranz sucht einen ____jährigen Jungen am Hafen."
        in prompts_by_answer()["sieben"]
    )


def found_nouns() -> set[str]:
    """What the finder offers to ask (the ranking then asks a gap on a common noun only where
    an episode has nothing better, but "Womit ...?" and "Was ...?" take them up)."""
    sentences, series = analysis.series("hafen", *LINES)
    return {c.answer for s in sentences for c in series.finder.find(s) if c.kind == "noun"}


def test_hyphenated_nouns_are_compounds_worth_asking():
    assert prompts_by_answer()["mit SEK-Einheiten"]  # "Womit ...?", answered with its preposition
    assert {"SEK-Einheiten", "Q-Fieber"} <= found_nouns()


def test_a_long_noun_without_an_article_is_something_new_worth_asking():
    assert "Quarantäne" in found_nouns()


def test_a_pronoun_in_an_inner_clause_may_point_at_the_one_asked_for():
    # Asked by what he does, or by the relation the sentence names; either way by name.
    assert set(prompts_by_answer()["Jens Falk"]) <= {
        "Wer hasst seinen Komplizen Rolf Stein dafür, dass er ihn an die Polizei verraten hat?",
        "Wessen Komplize ist Rolf Stein?",
    }
    assert prompts_by_answer()["Jens Falk"]
