"""The review after a game: typed answers against the right one, Anki-style."""

from __future__ import annotations

from quiz.banks.model import Question, QuestionType
from quiz.results import Outcome, Verdict
from quiz.ui.answer_diff import EXTRA_STYLE, MISSING_STYLE, answer_diff
from quiz.ui.widgets.review_list import review_text


def styled(text, style: str) -> list[str]:
    return [text.plain[span.start : span.end] for span in text.spans if span.style == style]


def test_a_missing_letter_is_green_and_a_wrong_one_struck_red():
    shown = answer_diff("Schilingre", "Schillinger")
    assert styled(shown, MISSING_STYLE) == ["l", "e"]
    assert styled(shown, EXTRA_STYLE) == ["e"]
    # What was typed, in order, with the missing letters merged in where they belong.
    assert shown.plain == "Schillingere"


def test_a_different_word_is_struck_whole_not_interleaved():
    shown = answer_diff("Direktor", "Krankenservice")
    assert shown.plain == "Direktor"
    assert styled(shown, EXTRA_STYLE) == ["Direktor"]


def test_an_answer_that_only_differs_in_case_shows_no_difference():
    shown = answer_diff("vernon schillinger", "Vernon Schillinger")
    assert shown.spans == [] and shown.plain == "vernon schillinger"


def outcome(
    question: Question, verdict: Verdict, given: str, matched: str | None = None
) -> Outcome:
    return Outcome(
        question, verdict, given, points=0, streak_bonus=0, seconds=3.0, streak=0, matched=matched
    )


FILL_IN = Question(
    id="q",
    type=QuestionType.FILL_IN,
    prompt="Wer?",
    answer="Vernon Schillinger",
    explanation="Der Anführer.",
    tags=("staffel-1", "folge-2"),
)
CHOICE = Question(
    id="c",
    type=QuestionType.MULTIPLE_CHOICE,
    prompt="Wer?",
    answer="Leo Glynn",
    choices=("Leo Glynn", "Tim McManus"),
)


def test_a_typo_is_shown_against_the_form_that_counted():
    text = review_text(outcome(FILL_IN, Verdict.TYPO, "Schilinger", matched="Schillinger"))
    assert styled(text, MISSING_STYLE) == ["l"]
    assert "Right: Vernon Schillinger" in text.plain  # the environment's language: English
    assert "Der Anführer." in text.plain and "Staffel 1 · Folge 2" in text.plain


def test_a_choice_taken_by_number_is_shown_by_its_text():
    text = review_text(outcome(CHOICE, Verdict.WRONG, "2", matched="Tim McManus"))
    assert "Tim McManus" in text.plain
    assert styled(text, EXTRA_STYLE) == []


def test_no_answer_is_said_so():
    text = review_text(outcome(FILL_IN, Verdict.TIMEOUT, ""))
    assert "(none)" in text.plain
