"""The answer-checking table: what must count as right, as a typo, and as wrong."""

import pytest

from quiz.banks.model import Question, QuestionType
from quiz.play.matching import AnswerChecker, allowed_edits, looks_like_name
from quiz.results import Verdict

C, T, W, S = Verdict.CORRECT, Verdict.TYPO, Verdict.WRONG, Verdict.SKIPPED


def fill_in(qid, answer, *accept):
    return Question(id=qid, type=QuestionType.FILL_IN, prompt="?", answer=answer, accept=accept)


def choice(qid, answer, *choices):
    return Question(
        id=qid, type=QuestionType.MULTIPLE_CHOICE, prompt="?", answer=answer, choices=choices
    )


QUESTIONS = {
    q.id: q
    for q in [
        fill_in("ryan", "Ryan O’Reily"),
        fill_in("cyril", "Cyril O’Reily"),
        fill_in("gregor", "Gregor Hallinger"),
        fill_in("kareem", "Kareem Said"),
        fill_in("tim", "Tim Brandt"),
        fill_in("tom", "Tom Brandt"),
        fill_in("augustus", "Augustus Hill", "Gus"),
        fill_in("years", "15", "fünfzehn"),
        fill_in("cell", "Zelle 3"),
        fill_in("library", "Bibliothek"),
        fill_in("poison", "Gift"),
        fill_in("umlaut", "Müller"),
        fill_in("spelled", "Mueller"),
        choice(
            "peter",
            "Peter Hallmann",
            "Peter Hallmann",
            "Petra Hallmann",
            "Dieter Hallmann",
            "Leo Glinn",
        ),
        choice("drug", "Marihuana", "Marihuana", "Marinade", "Mariana"),
        choice("count", "16", "15", "16", "20", "25"),
        fill_in("marks", "?!"),
        fill_in("surname", "Hallinger"),
        fill_in("shared", "O’Reily"),
    ]
}

TABLE = [
    # exact forms and the normaliser
    ("ryan", "Ryan O’Reily", C),
    ("ryan", "ryan o'reily", C),
    ("ryan", "  RYAN OREILY. ", C),
    ("umlaut", "Mueller", C),
    ("umlaut", "MÜLLER", C),
    ("spelled", "Müller", C),
    ("augustus", "gus", C),
    ("augustus", "Augustus Hill", C),
    # surname alone: only when no other person has it
    ("gregor", "Hallinger", C),
    ("kareem", "Said", C),
    ("ryan", "O’Reily", W),
    ("cyril", "O'Reily", W),
    ("tim", "Brandt", W),
    ("peter", "Hallmann", W),
    ("ryan", "Ryan", W),
    ("surname", "Gregor Hallinger", C),  # the only person of that surname
    ("surname", "Gregor Halinger", T),
    ("shared", "O'Reily", C),
    ("shared", "Ryan O’Reily", W),  # which of the two was meant is not known
    # typos: tolerated in longer words, never below 5 characters
    ("gregor", "Gregor Halinger", T),
    ("gregor", "Halinger", T),
    ("gregor", "Hallingre", T),
    ("library", "Bibliotek", T),
    ("library", "Biblotehk", T),
    ("ryan", "Ryan O'Reilly", T),
    ("ryan", "Ryan O Reily", T),
    ("tim", "Tim Brant", T),
    ("poison", "gift", C),
    ("poison", "Gitf", W),
    ("poison", "Geft", W),
    ("kareem", "Sahid", W),
    ("library", "Bibel", W),
    ("library", "Bblotek", W),  # three edits
    # never something as close to another person
    ("ryan", "Cyril O’Reily", W),
    ("cyril", "Ryan O’Reily", W),
    ("tim", "Tom Brandt", W),
    ("tim", "Tum Brandt", W),  # one edit from both
    ("tom", "Tim Brandt", W),
    # numbers: digits and words alike, never fuzzy
    ("years", "15", C),
    ("years", "fünfzehn", C),
    ("years", "fuenfzehn", C),
    ("years", "fifteen", C),
    ("years", "16", W),
    ("years", "sechzehn", W),
    ("years", "150", W),
    ("years", "1", W),
    ("cell", "Zelle drei", C),
    ("cell", "zelle 3", C),
    ("cell", "Zele 3", T),
    ("cell", "Zelle 4", W),
    ("cell", "Zelle vier", W),
    ("cell", "Zelle", W),
    # multiple choice: position, letter or text
    ("peter", "1", C),
    ("peter", "a", C),
    ("peter", "A)", C),
    ("peter", "2", W),
    ("peter", "b", W),
    ("peter", "Peter Hallmann", C),
    ("peter", "Peter Halmann", T),
    ("peter", "Petra Hallmann", W),
    ("peter", "Deter Hallmann", W),  # as close to another choice
    ("peter", "5", W),
    ("peter", "e", W),
    ("drug", "marihuana", C),
    ("drug", "Marihuanna", T),
    ("drug", "Mariuana", W),  # one edit from two choices: ambiguous
    ("drug", "Marinade", W),
    ("count", "16", C),
    ("count", "sechzehn", C),
    ("count", "2", C),  # the position shown
    ("count", "15", W),
    ("count", "17", W),
    # an answer of punctuation only is not matched by any other punctuation
    ("marks", "?!", C),
    ("marks", "...", W),
    # blank input
    ("ryan", "", S),
    ("ryan", "   ", S),
    ("peter", "\t", S),
]


@pytest.fixture(scope="module")
def checker():
    return AnswerChecker(QUESTIONS.values())


@pytest.mark.parametrize(
    ("qid", "typed", "verdict"), TABLE, ids=[f"{q}:{typed!r}" for q, typed, _ in TABLE]
)
def test_answer_table(checker, qid, typed, verdict):
    question = QUESTIONS[qid]
    assert checker.check(question, typed, question.choices).verdict is verdict


def test_the_table_covers_both_ways():
    verdicts = [verdict for _, _, verdict in TABLE]
    assert verdicts.count(C) >= 15 and verdicts.count(T) >= 10 and verdicts.count(W) >= 25


def test_a_typo_names_the_form_it_was_taken_for(checker):
    assert checker.check(QUESTIONS["gregor"], "Halinger").matched == "Hallinger"
    assert checker.check(QUESTIONS["library"], "Bibliotek").matched == "Bibliothek"


def test_position_and_letter_follow_the_order_shown(checker):
    question = QUESTIONS["peter"]
    shown = ("Leo Glinn", "Dieter Hallmann", "Peter Hallmann", "Petra Hallmann")
    assert checker.check(question, "3", shown).verdict is C
    assert checker.check(question, "c", shown).matched == "Peter Hallmann"
    assert checker.check(question, "1", shown).verdict is W
    assert checker.check(question, "1", shown).matched == "Leo Glinn"


def test_surname_alone_is_refused_once_another_person_shares_it():
    alone = AnswerChecker([QUESTIONS["ryan"]])
    assert alone.check(QUESTIONS["ryan"], "O’Reily").verdict is C
    together = AnswerChecker([QUESTIONS["ryan"], QUESTIONS["cyril"]])
    assert together.check(QUESTIONS["ryan"], "O’Reily").verdict is W


def test_a_person_only_seen_among_choices_is_a_rival():
    checker = AnswerChecker(
        [fill_in("a", "Anna Berger"), choice("b", "Leo Glinn", "Leo Glinn", "Anja Berger")]
    )
    assert checker.check(fill_in("a", "Anna Berger"), "Berger").verdict is W
    assert checker.check(fill_in("a", "Anna Berger"), "Anja Berger").verdict is W


def test_a_question_the_checker_was_not_given_is_still_judged():
    checker = AnswerChecker([])
    assert checker.check(fill_in("x", "Helga Sommerfeld"), "Sommerfeld").verdict is C
    assert checker.check(fill_in("x", "Helga Sommerfeld"), "Somerfeld").verdict is T


@pytest.mark.parametrize(("length", "edits"), [(1, 0), (4, 0), (5, 1), (8, 1), (9, 2), (30, 2)])
def test_typo_allowance_grows_with_length(length, edits):
    assert allowed_edits(length) == edits


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        ("Ryan O’Reily", True),
        ("Dr. Gloria Nathan", True),
        ("Ludwig van Beethoven", True),
        ("Bibliothek", False),
        ("15 Jahre", False),
        ("drei Jahre", False),
        ("A B C D E", False),
    ],
)
def test_what_looks_like_a_name(text, is_name):
    assert looks_like_name(text) is is_name
